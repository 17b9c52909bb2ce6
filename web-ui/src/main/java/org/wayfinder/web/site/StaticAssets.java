package org.wayfinder.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The addresses of the site's own static files with their content's fingerprint in the query
 * ({@code /resources/css/site.css?v=3f9a0c12d4}), so browsers keep them for a year
 * ({@link StaticCaching}) and still fetch a changed file at once: a new deployment changes the
 * fingerprint of what it changed. {@code #{assets.url('/resources/css/site.css')}} in a page;
 * Faces resources get theirs from {@link VersionedResources}. Each file is read once.
 */
@Named("assets")
@ApplicationScoped
public class StaticAssets {

    /** What a fingerprint is made of: the first 10 hex digits of the content's SHA-256. */
    static String fingerprint(InputStream content) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read = content.read(buffer); read != -1; read = content.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static final Map<String, String> FINGERPRINTS = new ConcurrentHashMap<>();

    /**
     * The fingerprint of a file, worked out the first time it is asked for; null when there is no
     * such file (the address is then given as it is).
     */
    static String fingerprintOf(String key, Supplier<InputStream> opener) {
        String known = FINGERPRINTS.get(key);
        if (known != null) {
            return known;
        }
        try (InputStream content = opener.get()) {
            if (content == null) {
                return null;
            }
            String made = fingerprint(content);
            FINGERPRINTS.put(key, made);
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of a file of the web application, with the context path and its fingerprint. */
    public String url(String path) {
        return servletContext().getContextPath() + versioned(path);
    }

    /** A path of the web application with its file's fingerprint, for pages that add the context path themselves. */
    public String versioned(String path) {
        ServletContext context = servletContext();
        String version = fingerprintOf("webapp:" + path, () -> context.getResourceAsStream(path));
        return path + (version == null ? "" : "?v=" + version);
    }

    private static ServletContext servletContext() {
        Object request = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return ((HttpServletRequest) request).getServletContext();
    }
}
