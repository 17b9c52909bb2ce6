package org.wayfinder.zone.question;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.wayfinder.zone.chat.Words;

/**
 * How alike two questions are, for suggesting answered questions while a student types and for
 * showing moderators likely duplicates: the overlap of their content words (as the word cloud
 * counts them, plurals folded), as a cosine of the two word sets, from 0 (nothing shared) to 1.
 */
public final class Similarity {

    /** From this score on, a question is shown as similar. */
    public static final double SIMILAR = 0.45;

    private Similarity() {
    }

    /** The content words of a text: {@link Words}, the Zone's one tokeniser and stop-word list, with plurals folded. */
    static Set<String> words(String text) {
        return Words.words(text).stream().map(Similarity::fold).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String fold(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** The likeness of two texts, 0 to 1. */
    public static double of(String one, String other) {
        return of(words(one), words(other));
    }

    static double of(Set<String> one, Set<String> other) {
        if (one.isEmpty() || other.isEmpty()) {
            return 0;
        }
        long shared = one.stream().filter(other::contains).count();
        return shared / Math.sqrt((double) one.size() * other.size());
    }
}
