package org.wayfinder.zone.question;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How alike two questions are, for suggesting answered questions while a student types and for
 * showing moderators likely duplicates: the overlap of their content words (lower case, without
 * common words, plurals folded), as a cosine of the two word sets, from 0 (nothing shared) to 1.
 */
public final class Similarity {

    /** From this score on, a question is shown as similar. */
    public static final double SIMILAR = 0.45;

    private static final Set<String> COMMON = Set.of(
            "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "before", "being", "but",
            "by", "can", "could", "did", "do", "does", "doing", "for", "from", "get", "got", "had", "has", "have", "how", "i", "if",
            "in", "into", "is", "it", "its", "just", "like", "me", "more", "most", "my", "no", "not", "of", "on", "or", "other",
            "our", "out", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
            "to", "too", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with",
            "would", "you", "your", "yours", "u", "ur", "thing", "things", "really", "much", "many", "here", "think");

    private Similarity() {
    }

    /** The content words of a text. */
    static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
                .map(word -> word.replace("'", ""))
                .filter(word -> word.length() > 1 && !COMMON.contains(word))
                .map(Similarity::fold)
                .collect(Collectors.toCollection(LinkedHashSet::new));
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
