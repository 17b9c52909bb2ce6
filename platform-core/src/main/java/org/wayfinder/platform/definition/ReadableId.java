package org.wayfinder.platform.definition;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Ids people can read, made from what they typed: "Which careers interest you?" becomes
 * {@code which-careers-interest-you}. Forms use them for their key, their questions' ids and their
 * options' values, which end up in exports and reports, so they should say what they are.
 *
 * <p>An id is lower-case letters, digits and hyphens and starts with a letter, as the form engine
 * requires of keys, ids and (by convention) option values.
 */
public final class ReadableId {

    private ReadableId() {
    }

    /**
     * The id for a text, at most {@code maxLength} characters and at least two, cut at a word
     * boundary when it is too long.
     *
     * @param fallback a word used when the text has too few letters or starts with a digit
     *                 ({@code question}: "2026 intake" becomes {@code question-2026-intake})
     */
    public static String from(String text, String fallback, int maxLength) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() < 2 || !Character.isLetter(plain.charAt(0))) {
            plain = plain.isEmpty() ? fallback : fallback + "-" + plain;
        }
        return cut(plain, maxLength);
    }

    /**
     * The first of {@code base}, {@code base-2}, {@code base-3}... that is not taken, each at most
     * {@code maxLength} characters.
     */
    public static String unique(String base, Predicate<String> taken, int maxLength) {
        String id = cut(base, maxLength);
        for (int n = 2; taken.test(id); n++) {
            String suffix = "-" + n;
            id = cut(base, maxLength - suffix.length()) + suffix;
        }
        return id;
    }

    /**
     * The id for a text that no id in {@code taken} has, added to {@code taken} so that the next
     * part made in the same draft avoids it too: how a form's questions and a journey's steps get
     * their ids when first saved.
     */
    public static String claim(String text, String fallback, Set<String> taken, int maxLength) {
        String id = unique(from(text, fallback, maxLength), taken::contains, maxLength);
        taken.add(id);
        return id;
    }

    private static String cut(String id, int maxLength) {
        if (id.length() <= maxLength) {
            return id;
        }
        String cut = id.substring(0, maxLength);
        int hyphen = cut.lastIndexOf('-');
        if (hyphen >= maxLength / 2) {
            cut = cut.substring(0, hyphen);
        }
        return cut.replaceAll("-+$", "");
    }
}
