package org.wayfinder.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wayfinder.config.branding.Branding;
import org.wayfinder.config.branding.Colour;

/**
 * A programme's own PrimeFaces theme: Saga Blue with every colour of its blue family rewritten
 * from the programme's primary colour, so that buttons, links, focus rings, selected items, check
 * boxes and headers all take the brand colour, not just the banner.
 *
 * <p>Saga derives its shades from one primary colour (hover and active with 90 % and 80 % of its
 * HSL lightness, focus ring 60 % towards white, highlighted rows 88 % towards white); the same rules
 * are applied to the programme's colour. Saga's secondary slate ({@code #607d8b}, 4.37:1 on white,
 * under WCAG's 4.5:1 for text) becomes {@code #546e7a} (5.4:1) wherever it colours text or a
 * button. Only {@code #rrggbb} values produced by {@link Colour} reach the stylesheet.
 * Rewritten stylesheets are kept for the most recent colour pairs, as they are the same for every
 * programme with those colours.
 */
@ApplicationScoped
public class ThemeStylesheet {

    private static final String SAGA = "META-INF/resources/primefaces-saga-blue/theme.css";
    /** Saga's secondary colour and the shade of it that reads against white (and white against it). */
    static final String SAGA_SECONDARY = "#607d8b";
    static final String SECONDARY = "#546e7a";
    private static final Pattern SAGA_FAMILY = Pattern.compile(
            "#2196f3|rgb\\(166\\.2,\\s*213,\\s*250\\.2\\)|#e3f2fd|rgb\\(12\\.7384615385,\\s*136\\.9384615385,\\s*235\\.6615384615\\)"
                    + "|rgb\\(11\\.3230769231,\\s*121\\.7230769231,\\s*209\\.4769230769\\)|rgba\\(33,\\s*150,\\s*243,\\s*(\\.\\d+)\\)",
            Pattern.CASE_INSENSITIVE);

    private final String saga = load();
    private final Map<String, String> recent = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 256;
        }
    });

    /** The whole stylesheet for a programme with these colours (#rrggbb; others fall back to the platform's). */
    public String css(String primary, String accent) {
        Colour p = Colour.parse(primary).orElse(Colour.parse(Branding.PLATFORM_PRIMARY).orElseThrow());
        Colour a = Colour.parse(accent).orElse(Colour.parse(Branding.PLATFORM_ACCENT).orElseThrow());
        return recent.computeIfAbsent(p.hex() + a.hex(), key -> build(p, a));
    }

    private String build(Colour primary, Colour accent) {
        Map<String, String> shades = Map.of(
                "#2196f3", primary.hex(),
                "focus", primary.tint(0.6).hex(),
                "#e3f2fd", primary.tint(0.88).hex(),
                "hover", primary.darker(0.10).hex(),
                "active", primary.darker(0.20).hex());
        Matcher matcher = SAGA_FAMILY.matcher(saga);
        StringBuilder rewritten = new StringBuilder(saga.length() + 512);
        while (matcher.find()) {
            String found = matcher.group().toLowerCase(Locale.ROOT).replace(" ", "");
            String replacement;
            if (matcher.group(1) != null) {
                replacement = "rgba(" + primary.red() + "," + primary.green() + "," + primary.blue() + "," + matcher.group(1) + ")";
            } else if (found.startsWith("rgb(166")) {
                replacement = shades.get("focus");
            } else if (found.startsWith("rgb(12")) {
                replacement = shades.get("hover");
            } else if (found.startsWith("rgb(11")) {
                replacement = shades.get("active");
            } else {
                replacement = shades.get(found);
            }
            matcher.appendReplacement(rewritten, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(rewritten);
        rewritten.append("\n:root{--wf-primary:").append(primary.hex()).append(";--wf-primary-hover:").append(shades.get("hover"))
                .append(";--wf-accent:").append(accent.hex()).append(";}\n");
        return rewritten.toString();
    }

    private static String load() {
        try (InputStream in = ThemeStylesheet.class.getClassLoader().getResourceAsStream(SAGA)) {
            if (in == null) {
                throw new IllegalStateException("PrimeFaces' Saga theme is missing from the class path: " + SAGA);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?i)" + SAGA_SECONDARY, SECONDARY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
