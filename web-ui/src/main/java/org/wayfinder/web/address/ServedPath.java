package org.wayfinder.web.address;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The address a request is served at, as the container resolved it to choose the servlet and the
 * Faces view: decoded, without path parameters, dot-segments or repeated slashes. Every rule about
 * addresses (roles, plugin switches, the API, assets) reads it here, never the request line as
 * typed, so no other spelling of an address reaches a page without its rule ({@link CanonicalPath}
 * has the spellings; {@link CanonicalAddress} refuses the odd ones before any rule runs anyway).
 */
public final class ServedPath {

    private ServedPath() {
    }

    /** {@code /admin/forms.xhtml}, {@code /api/v1/me}; {@code /} for the site's root. */
    public static String of(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String path = request.getPathInfo() == null ? servletPath : servletPath + request.getPathInfo();
        return path.isEmpty() ? "/" : path;
    }

    /**
     * Whether the request is for something in the folder, compared without regard to case, so that
     * a container or file system that ignores case cannot serve {@code /ADMIN/} past a rule for
     * {@code /admin/}.
     *
     * @param folder {@code /admin/}, with both slashes
     */
    public static boolean isIn(HttpServletRequest request, String folder) {
        return of(request).toLowerCase(Locale.ROOT).startsWith(folder);
    }

    /** Whether the request is for the REST API under {@code /api/}. */
    public static boolean isApi(HttpServletRequest request) {
        return isIn(request, "/api/");
    }
}
