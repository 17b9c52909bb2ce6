package org.wayfinder.web.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What Faces finds of the application's own files, by name, kept once found: where a page's,
 * template's or include's file is, and a script's or stylesheet's address. Faces looks for them on
 * every request, and Mojarra's lookup looks for a locale prefix in the message bundle each time,
 * throwing and catching an exception when there is none (docs/performance.md). The files of a
 * deployed application do not move, so what was found is kept; what was not found is asked again
 * each time, so made-up names cost no memory. At most {@value #MOST} are kept.
 *
 * @param <T> what is kept of each
 */
final class FoundOnce<T> {

    /** Far more than the application's files, and few enough that odd spellings cannot fill memory. */
    static final int MOST = 2_000;

    private final Map<String, T> found = new ConcurrentHashMap<>();

    /** What was found under the name before, or what {@code lookup} finds now (null when nothing). */
    T find(String name, Function<String, T> lookup) {
        T known = found.get(name);
        if (known != null) {
            return known;
        }
        T now = lookup.apply(name);
        if (now != null && found.size() < MOST) {
            found.put(name, now);
        }
        return now;
    }
}
