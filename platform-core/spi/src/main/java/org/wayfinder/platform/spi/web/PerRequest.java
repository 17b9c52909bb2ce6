package org.wayfinder.platform.spi.web;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import java.io.Serializable;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a page bean reads once per request however often its page asks: a table's rows, the record
 * the page is about. A view-scoped bean lives across the requests of its view, and Faces evaluates
 * a value expression many times while it renders ({@code rendered}, {@code value}, each row), so a
 * getter that queries would query each time; one that keeps its answer in a field would show it
 * stale on the next request. Values kept here live as long as the request: the next request of the
 * same view reads afresh. An action that changes what was read calls {@link #forget} so that the
 * page it renders shows the change.
 *
 * <p>The values live in the request's CDI context ({@link RequestMemory}); where there is none (a unit
 * test) nothing is kept.
 */
public final class PerRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The key of this bean's values in the request's memory. */
    private final String key = PerRequest.class.getName() + '@' + java.util.UUID.randomUUID();

    /** The value under a name, loaded at the first ask of this request. Null values are kept too. */
    @SuppressWarnings("unchecked")
    public <T> T get(String name, Supplier<T> loader) {
        Map<String, Object> values = values();
        if (values == null) {
            return loader.get();
        }
        if (values.containsKey(name)) {
            return (T) values.get(name);
        }
        T value = loader.get();
        values.put(name, value);
        return value;
    }

    /** Drops what this request has read, after an action that changed it. */
    public void forget() {
        RequestMemory memory = memory();
        if (memory != null) {
            memory.forget(key);
        }
    }

    private Map<String, Object> values() {
        RequestMemory memory = memory();
        return memory == null ? null : memory.of(key);
    }

    /** Looked up once: {@code CDI.current()} goes through JNDI and a lock of Weld's. A client proxy, it finds each request's own. */
    private static volatile RequestMemory requestMemory;

    private static RequestMemory memory() {
        try {
            RequestMemory memory = requestMemory;
            if (memory == null) {
                memory = CDI.current().select(RequestMemory.class).get();
                requestMemory = memory;
            }
            memory.toString(); // reaches the instance, so an inactive request context shows here
            return memory;
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }
}
