package org.wayfinder.web.site;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Where the application's view files (pages, templates, includes) are, once found. Facelets asks
 * the resource handler for the page's and each template's file on every request, and Mojarra's
 * lookup looks for a locale prefix in the message bundle each time, throwing and catching an
 * exception when there is none: 2 to 3 % of a signed-in page's CPU (docs/performance.md). The
 * files of a deployed application do not move, so what was found is kept; what was not found is
 * asked again each time, so made-up addresses cost no memory. At most {@value #MOST} are kept.
 */
final class KnownViewResources {

    /** Far more than the application's view files, and few enough that odd spellings cannot fill memory. */
    static final int MOST = 2_000;

    private final Map<String, URL> found = new ConcurrentHashMap<>();

    /** The file of a view resource: the one found before, or what {@code lookup} finds now (null when none). */
    URL find(String name, Function<String, URL> lookup) {
        URL known = found.get(name);
        if (known != null) {
            return known;
        }
        URL url = lookup.apply(name);
        if (url != null && found.size() < MOST) {
            found.put(name, url);
        }
        return url;
    }
}
