package org.wayfinder.web.diagnostics;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wayfinder.platform.persistence.StatementLog;
import org.wayfinder.platform.persistence.StatementLog.Recording;

/**
 * Counts the SQL statements of every web request, sign-in included (a request listener starts
 * before the authentication mechanism reads the session's account), and logs them at FINE under
 * {@code org.wayfinder.statements}: "GET /mentoring/index.xhtml: 4 statements, 1.9 ms".
 *
 * <p>With {@code wayfinder.debug.statements=true} (the integration tests set it), a request that
 * carries {@value #TRACE_HEADER} keeps its recording under that value for the test to read in the
 * container ({@link #traced}): the query budget is checked page by page that way. The last
 * {@value #KEPT} traced requests are kept.
 */
@WebListener
public class StatementCount implements ServletRequestListener {

    /** The header a test names its request with. */
    public static final String TRACE_HEADER = "X-Wayfinder-Trace";

    static final int KEPT = 2000;

    private static final Logger LOG = Logger.getLogger("org.wayfinder.statements");

    private static final Map<String, Recording> TRACED = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Recording> eldest) {
            return size() > KEPT;
        }
    });

    @Inject
    @ConfigProperty(name = "wayfinder.debug.statements", defaultValue = "false")
    boolean tracing;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        StatementLog.start();
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        Recording recording = StatementLog.stop();
        if (!(event.getServletRequest() instanceof HttpServletRequest request)) {
            return;
        }
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine(String.format("%s %s: %d statements, %.1f ms", request.getMethod(), request.getRequestURI(), recording.count(),
                    recording.millis()));
        }
        String trace = request.getHeader(TRACE_HEADER);
        if (tracing && trace != null && !trace.isBlank()) {
            TRACED.put(trace, recording);
        }
    }

    /** The statements of the request that carried this trace, once it has ended. */
    public static Optional<Recording> traced(String trace) {
        return Optional.ofNullable(TRACED.get(trace));
    }
}
