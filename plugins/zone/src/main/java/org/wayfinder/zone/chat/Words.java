package org.wayfinder.zone.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of Chat lines as the report's word cloud counts them: lowercase, letters and digits
 * (with apostrophes and hyphens inside a word), 2 to 40 characters, without English stop words
 * ({@code zone/stopwords.txt}), links, email addresses or numbers alone. Pure, so it is unit-tested.
 */
public final class Words {

    static final int SHORTEST = 2;
    static final int LONGEST = 40;

    /** A run of letters or digits, joined by single apostrophes or hyphens (don't, follow-up). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\\-][\\p{L}\\p{N}]+)*");
    /** Links and email addresses are not words: their parts would fill the cloud with "www" and "com". */
    private static final Pattern NOT_TEXT = Pattern.compile("(?i)(?:https?://|www\\.)\\S+|\\S+@\\S+");
    private static final Pattern DIGITS = Pattern.compile("[\\p{N}'\\-]+");

    private static final Set<String> STOP_WORDS = load();

    private Words() {
    }

    /** How often each counted word appears in these lines, in alphabetical order. */
    public static Map<String, Integer> count(Collection<String> lines) {
        Map<String, Integer> uses = new TreeMap<>();
        for (String line : lines) {
            for (String word : words(line)) {
                uses.merge(word, 1, Integer::sum);
            }
        }
        return uses;
    }

    /** The counted words of one line, in order, repeats kept. */
    public static java.util.List<String> words(String line) {
        java.util.List<String> words = new java.util.ArrayList<>();
        if (line == null) {
            return words;
        }
        String text = Normalizer.normalize(line, Normalizer.Form.NFC).replace('\u2019', '\'').replace('\u2018', '\'');
        text = NOT_TEXT.matcher(text).replaceAll(" ");
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT);
            if (word.endsWith("'s")) {
                word = word.substring(0, word.length() - 2);
            }
            if (word.length() >= SHORTEST && word.length() <= LONGEST && !STOP_WORDS.contains(word) && !DIGITS.matcher(word).matches()) {
                words.add(word);
            }
        }
        return words;
    }

    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = Words.class.getResourceAsStream("/zone/stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("zone/stopwords.txt is missing from the plugin");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
