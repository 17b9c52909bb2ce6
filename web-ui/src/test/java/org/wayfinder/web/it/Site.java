package org.wayfinder.web.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One visitor's browser on one site of the platform under test: it sends the site's Host header to
 * the Payara Micro the tests started, keeps the cookies that site sets, and does not follow
 * redirects, so tests can look at them.
 */
public final class Site {

    public static final String PLATFORM = "localhost";
    public static final String HORIZONS = "healthcare-horizons.localhost";
    public static final String ZONE = "healthcare-zone.localhost";

    /**
     * HTTP/1.1 only: an HTTP/2 upgrade would move later requests on the connection to HTTP/2,
     * whose authority comes from the URL (127.0.0.1) rather than the Host header the test set.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String host;
    private final String fixedPort;
    private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

    public Site(String host) {
        this.host = host;
        this.fixedPort = null;
    }

    /** The site on one server's port, whatever it.http.port says: for requests to several instances at the same moment. */
    public Site(String host, int port) {
        this.host = host;
        this.fixedPort = String.valueOf(port);
    }

    /** The server's port: the build's, or inside the server (in-container tests) the one it was started on. */
    static String port() {
        return System.getProperty("it.http.port", System.getProperty("wayfinder.demo.port", "18080"));
    }

    public static String base() {
        return "http://127.0.0.1:" + port();
    }

    public String host() {
        return host;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    /** Presents another site's cookies here, as a stolen or replayed cookie would be. */
    public void replayCookiesOf(Site other) {
        cookies.putAll(other.cookies);
    }

    public Page get(String path) {
        return send(request(path).GET());
    }

    /** The raw bytes at a path (images), and nothing else of the response. */
    public byte[] bytes(String path) {
        try {
            return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Page post(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue())).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts fields as PrimeFaces' script does for an Ajax request, which is answered with a partial response. */
    public Page postAjax(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue())).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A file sent with a form. */
    public record Upload(String field, String filename, String contentType, byte[] bytes) {
    }

    public Page postMultipart(String path, List<Map.Entry<String, String>> fields, List<Upload> uploads) {
        String boundary = "----wayfinder" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n");
        }
        for (Upload upload : uploads) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + upload.field() + "\"; filename=\""
                    + upload.filename() + "\"\r\nContent-Type: " + upload.contentType() + "\r\n\r\n");
            body.writeBytes(upload.bytes());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void write(java.io.ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Signs in through the sign-in page and returns the page the form answered with. */
    public Page signIn(String email, String password) {
        return get("/login.xhtml").form("signIn").set("email", email).set("password", password).submit("submit");
    }

    HttpRequest.Builder request(String path) {
        String port = fixedPort != null ? fixedPort : port();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Host", host + ":" + port)
                .timeout(Duration.ofSeconds(60));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    Page send(HttpRequest.Builder builder) {
        HttpResponse<String> response = exchange(builder, HttpResponse.BodyHandlers.ofString());
        return new Page(this, response.statusCode(), response.headers(), response.body());
    }

    /** A file a page answered with (an export), kept as bytes: a spreadsheet or a PDF is not text. */
    public record Download(int status, HttpHeaders headers, byte[] bytes) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** Posts a form whose answer is a file. */
    public Download postForDownload(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue())).collect(Collectors.joining("&"));
        HttpResponse<byte[]> response = exchange(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers(), response.body());
    }

    /** Sends a request and keeps the cookies the answer sets, as a browser would. */
    private <T> HttpResponse<T> exchange(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> body) {
        try {
            HttpResponse<T> response = HTTP.send(builder.build(), body);
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
