package org.wayfinder.web.diagnostics;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
 * container ({@link #traced}): the query budget is checked page by page that way. Such a request
 * also keeps how large its session was once it ended, serialized as the data grid holds it
 * ({@link #sessionBytes}). The last {@value #KEPT} traced requests are kept.
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

    private static final Map<String, Long> SESSION_BYTES = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
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
            HttpSession session = request.getSession(false);
            if (session != null) {
                SESSION_BYTES.put(trace, serializedSize(session));
            }
        }
    }

    /** The bytes of the session's attributes serialized in one stream, as the data grid writes the session. */
    private static long serializedSize(HttpSession session) {
        long[] bytes = {0};
        OutputStream counter = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        try (ObjectOutputStream out = new ObjectOutputStream(counter)) {
            for (String name : Collections.list(session.getAttributeNames())) {
                out.writeObject(name);
                out.writeObject(session.getAttribute(name));
            }
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "Session not measured", e);
            return -1;
        }
        return bytes[0];
    }

    /** How large the session was after the request that carried this trace (serialized bytes), if it had one. */
    public static OptionalLong sessionBytes(String trace) {
        Long bytes = SESSION_BYTES.get(trace);
        return bytes == null ? OptionalLong.empty() : OptionalLong.of(bytes);
    }

    /** The statements of the request that carried this trace, once it has ended. */
    public static Optional<Recording> traced(String trace) {
        return Optional.ofNullable(TRACED.get(trace));
    }
}
