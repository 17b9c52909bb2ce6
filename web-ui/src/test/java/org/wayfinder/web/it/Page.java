package org.wayfinder.web.it;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A response as a test reads it: status, headers, the HTML, its messages and forms. */
public record Page(Site site, int status, HttpHeaders headers, String body) {

    public Document html() {
        return Jsoup.parse(body);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public List<String> headers(String name) {
        return headers.allValues(name);
    }

    /** The path and query a redirect points to, on the same site. */
    public String redirectPath() {
        String location = header("Location");
        if (location == null) {
            return null;
        }
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Follows a redirect on the same site. */
    public Page follow() {
        return site.get(redirectPath());
    }

    public String title() {
        return html().title();
    }

    /** The text of every Faces message on the page: global and beside fields. */
    public List<String> messages() {
        return html().select(".ui-messages-error-summary, .ui-messages-info-summary, .ui-messages-warn-summary,"
                + " .ui-message-error-detail, .ui-message-error-summary, .ui-message-info-detail, .error-summary__global").eachText();
    }

    /** The message shown with one field: the one inside the same {@code .field} block. */
    public String messageFor(String clientId) {
        Element input = html().getElementById(clientId);
        Element field = input == null ? null : input.closest(".field");
        Element message = field == null ? null : field.selectFirst(".ui-message");
        return message == null ? "" : message.text();
    }

    public String text() {
        return html().text();
    }

    public Form form(String id) {
        Element form = html().getElementById(id);
        if (form == null) {
            throw new AssertionError("No form " + id + " in " + title() + ": " + text());
        }
        return new Form(this, form);
    }

    /** The CSP nonce PrimeFaces gave this page; its script adds it to every form it submits. */
    String nonce() {
        Element script = html().selectFirst("script[nonce]");
        return script == null ? null : script.attr("nonce");
    }

    /** The value of the option of a drop-down list (by its field name) whose text is exactly this. */
    public String option(String select, String label) {
        return html().select("select[name='" + select + "'] option").stream().filter(option -> option.text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No option \"" + label + "\" in " + select + " of " + this)).val();
    }

    @Override
    public String toString() {
        return status + " " + title() + " " + html().select("main").stream().map(Element::text).collect(Collectors.joining());
    }
}
