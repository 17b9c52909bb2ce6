package org.wayfinder.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Puts the address the OpenAPI document was asked on into its {@code servers}. Payara serves the
 * document at {@code /openapi} from a servlet it adds to this WAR (the one at the root context), so
 * the request passes this application's filters like any other, after the tenant filter has matched
 * its Host to a programme. The document itself is built once for all programmes, with the placeholder
 * {@link OpenApiDocumentFilter#SERVER} as its one server; here, per request, the placeholder becomes
 * {@code scheme://host[:port]} as the caller used it (JSON and YAML alike). The paths carry
 * {@code /api/v1}, so the API is that address followed by a path.
 */
public class OpenApiServers extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Captured captured = new Captured(response);
        chain.doFilter(request, captured);
        byte[] body = captured.body();
        if (body.length == 0) {
            return; // nothing written, e.g. an error sent: the container draws its problem document as usual
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.contains(OpenApiDocumentFilter.SERVER)) {
            body = text.replace(OpenApiDocumentFilter.SERVER, addressOf(request)).getBytes(StandardCharsets.UTF_8);
        }
        if (!response.isCommitted()) {
            response.setContentLength(body.length);
        }
        response.getOutputStream().write(body);
    }

    /**
     * {@code scheme://host[:port]} of the request. The Host has been matched to a programme by the
     * tenant filter; one that is not a valid authority yields the relative server {@code /}, which
     * OpenAPI resolves against the address the document was served from.
     */
    static String addressOf(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null || host.isBlank()) {
            return "/";
        }
        try {
            URI address = new URI(request.getScheme() + "://" + host);
            if (address.getHost() == null || address.getRawPath() != null && !address.getRawPath().isEmpty()
                    || address.getRawUserInfo() != null || address.getRawQuery() != null || address.getRawFragment() != null) {
                return "/";
            }
            return address.toString();
        } catch (URISyntaxException notAnAuthority) {
            return "/";
        }
    }

    /** Holds what the document servlet writes until the placeholder has been replaced. */
    private static final class Captured extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("The OpenAPI document is written blocking");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // set from the rewritten body
        }

        @Override
        public void setContentLengthLong(long len) {
            // set from the rewritten body
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Content-Length".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Content-Length".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void flushBuffer() {
            // the body is sent once, rewritten
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }
    }
}
