package org.wayfinder.config.branding;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The limited rich text owners may write (welcome text): paragraphs, line breaks, bold, italic,
 * lists, two levels of heading and links to web or mail addresses. Everything else, scripts,
 * styles, event handlers and {@code javascript:} links included, is removed by the OWASP Java HTML
 * Sanitizer before the text is stored, so what is stored is safe to put on a page as it is.
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h2", "h3", "blockquote", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .toFactory();

    private RichText() {
    }

    /** The text with everything outside the allowed subset removed. */
    public static String clean(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }
}
