package org.wayfinder.config.branding;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A brand colour, and the WCAG 2.2 arithmetic about it: relative luminance, contrast ratio, and
 * the nearest shade that passes AA for normal text (4.5:1) against white.
 *
 * <p>Every brand colour on a Wayfinder site carries white text (headers, buttons) or sits as text
 * on white (links), so both uses come down to its contrast with white.
 */
public record Colour(int red, int green, int blue) {

    /** WCAG 2.2 AA for normal-size text (success criterion 1.4.3). */
    public static final double AA_NORMAL_TEXT = 4.5;
    public static final Colour WHITE = new Colour(255, 255, 255);
    public static final Colour BLACK = new Colour(0, 0, 0);

    private static final Pattern HEX = Pattern.compile("^#?([0-9a-fA-F]{6})$");

    public Colour {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("Colour channels are 0 to 255");
        }
    }

    /** {@code #rrggbb} (the # may be left out); empty for anything else. */
    public static Optional<Colour> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var matcher = HEX.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int rgb = Integer.parseInt(matcher.group(1), 16);
        return Optional.of(new Colour(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** Relative luminance as WCAG defines it, from 0 (black) to 1 (white). */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** The contrast ratio between two colours, from 1 to 21. */
    public double contrastWith(Colour other) {
        double lighter = Math.max(luminance(), other.luminance());
        double darker = Math.min(luminance(), other.luminance());
        return (lighter + 0.05) / (darker + 0.05);
    }

    /** Whether white text on this colour (and this colour as text on white) meets AA. */
    public boolean passesWithWhite() {
        return contrastWith(WHITE) >= AA_NORMAL_TEXT;
    }

    /**
     * The closest colour of the same hue and saturation that passes AA with white: this colour
     * when it already does, otherwise the lightest darker shade that does.
     */
    public Colour nearestPassingShade() {
        if (passesWithWhite()) {
            return this;
        }
        double[] hsl = hsl();
        double low = 0;
        double high = hsl[2];
        for (int i = 0; i < 40; i++) {
            double middle = (low + high) / 2;
            if (fromHsl(hsl[0], hsl[1], middle).passesWithWhite()) {
                low = middle;
            } else {
                high = middle;
            }
        }
        Colour shade = fromHsl(hsl[0], hsl[1], low);
        return shade.passesWithWhite() ? shade : BLACK;
    }

    /**
     * This colour with its HSL lightness scaled down, as Sass's {@code scale-color($lightness: -x%)}:
     * {@code darker(0.1)} keeps 90 % of the lightness.
     */
    public Colour darker(double share) {
        double[] hsl = hsl();
        return fromHsl(hsl[0], hsl[1], hsl[2] * (1 - share));
    }

    /** This colour mixed with white; {@code 0.6} is 60 % white. */
    public Colour tint(double white) {
        return new Colour(mix(red, 255, white), mix(green, 255, white), mix(blue, 255, white));
    }

    private static int mix(int channel, int towards, double share) {
        return (int) Math.round(channel + (towards - channel) * share);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Hue (0 to 360), saturation and lightness (0 to 1). */
    double[] hsl() {
        double r = red / 255.0;
        double g = green / 255.0;
        double b = blue / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double lightness = (max + min) / 2;
        double delta = max - min;
        if (delta == 0) {
            return new double[] {0, 0, lightness};
        }
        double saturation = delta / (1 - Math.abs(2 * lightness - 1));
        double hue;
        if (max == r) {
            hue = 60 * (((g - b) / delta) % 6);
        } else if (max == g) {
            hue = 60 * ((b - r) / delta + 2);
        } else {
            hue = 60 * ((r - g) / delta + 4);
        }
        return new double[] {hue < 0 ? hue + 360 : hue, saturation, lightness};
    }

    static Colour fromHsl(double hue, double saturation, double lightness) {
        double chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
        double x = chroma * (1 - Math.abs((hue / 60) % 2 - 1));
        double m = lightness - chroma / 2;
        double r;
        double g;
        double b;
        if (hue < 60) {
            r = chroma; g = x; b = 0;
        } else if (hue < 120) {
            r = x; g = chroma; b = 0;
        } else if (hue < 180) {
            r = 0; g = chroma; b = x;
        } else if (hue < 240) {
            r = 0; g = x; b = chroma;
        } else if (hue < 300) {
            r = x; g = 0; b = chroma;
        } else {
            r = chroma; g = 0; b = x;
        }
        return new Colour(channel(r + m), channel(g + m), channel(b + m));
    }

    private static int channel(double value) {
        return (int) Math.round(Math.max(0, Math.min(1, value)) * 255);
    }
}
