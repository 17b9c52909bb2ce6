package org.wayfinder.web.site;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import org.wayfinder.platform.cache.ProgrammeCache;

/**
 * Makes each web request one unit for the programme cache: the cache reads each scope's token from
 * the data grid once per request instead of once per value (see {@link ProgrammeCache}). A request
 * listener starts before the authentication mechanism, which already reads the cache.
 *
 * <p>A WebSocket handshake is left out: its thread goes on to carry the socket's messages (a Chat's
 * lines), each of which must read the tokens afresh, and the container need not tell a listener
 * when an upgraded request ends.
 */
@WebListener
public class CacheRequest implements ServletRequestListener {

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            return;
        }
        ProgrammeCache.beginRequest();
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        ProgrammeCache.endRequest();
    }
}
