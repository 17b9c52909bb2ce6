package org.wayfinder.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.wayfinder.platform.spi.TenantRef;

/**
 * The few pages answered before a tenant's site can be drawn: an address that is no programme, a
 * programme that is paused, and the platform briefly unable to reach its database. Plain HTML from
 * {@code /static-pages/page.html}, so they work without a tenant, a session, the database or Faces.
 */
@ApplicationScoped
public class StaticPages {

    private final String template = load("page.html");

    public void unknownHost(HttpServletResponse response) throws IOException {
        write(response, HttpServletResponse.SC_NOT_FOUND, "No programme here - Wayfinder",
                "<h1>There is no programme at this address</h1>\n"
                        + "<p>Check the address you were given. If you followed a link, the programme may have moved or closed.</p>");
    }

    public void paused(HttpServletResponse response, TenantRef tenant) throws IOException {
        String programme = Html.escape(tenant.name());
        response.setHeader("Retry-After", "3600");
        write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, programme + " is paused",
                "<h1>This programme is paused</h1>\n"
                        + "<p>" + programme + " is not available at the moment, and nobody can sign in until it opens again.</p>\n"
                        + "<p>Nothing you have saved has been lost. If you need help, contact the people who run the programme.</p>");
    }

    public void unavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "30");
        write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Back in a moment - Wayfinder",
                "<h1>We will be back in a moment</h1>\n"
                        + "<p>This site cannot reach its records just now. Nothing you have saved is lost.</p>\n"
                        + "<p>Please try again in a minute.</p>");
    }

    private void write(HttpServletResponse response, int status, String title, String content) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(template.replace("{title}", title).replace("{content}", content));
    }

    private static String load(String name) {
        try (InputStream in = StaticPages.class.getResourceAsStream("/static-pages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
