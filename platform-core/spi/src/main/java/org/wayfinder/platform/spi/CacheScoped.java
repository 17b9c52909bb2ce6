package org.wayfinder.platform.spi;

import java.util.List;

/**
 * A record whose changes make cached values stale: it names the {@link Cache} scopes it
 * belongs to, given the id of the programme the change is made in.
 */
public interface CacheScoped {

    List<String> cacheScopes(String tenantId);
}
