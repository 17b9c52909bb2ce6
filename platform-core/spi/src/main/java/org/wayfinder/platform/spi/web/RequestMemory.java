package org.wayfinder.platform.spi.web;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;

/** What {@link PerRequest}s keep, for as long as the request lasts: each one's values under its own key. */
@RequestScoped
public class RequestMemory {

    private final Map<String, Map<String, Object>> values = new HashMap<>();

    Map<String, Object> of(String key) {
        return values.computeIfAbsent(key, k -> new HashMap<>());
    }

    void forget(String key) {
        values.remove(key);
    }
}
