package org.wayfinder.web.site;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import org.wayfinder.platform.cache.ProgrammeCache;

/**
 * Makes each web request one unit for the programme cache: the cache reads each scope's token from
 * the data grid once per request instead of once per value (see {@link ProgrammeCache}). A request
 * listener starts before the authentication mechanism, which already reads the cache.
 */
@WebListener
public class CacheRequest implements ServletRequestListener {

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        ProgrammeCache.beginRequest();
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        ProgrammeCache.endRequest();
    }
}
