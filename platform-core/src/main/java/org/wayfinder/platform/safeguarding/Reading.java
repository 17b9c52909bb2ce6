package org.wayfinder.platform.safeguarding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Undoes the disguises people put on contact details before any rule looks for them, so that each
 * rule is written once for the plain form. It exists apart from the rules because every rule needs
 * the same reading: "０７７００", "O77OO", "oh seven seven double oh" and "0️⃣7️⃣7️⃣0️⃣0️⃣" must all
 * reach the phone rule as {@code 07700}, and "j o b l o g g s @ g m a i l" the email rule as
 * {@code jobloggs@gmail}.
 */
final class Reading {

    private static final Map<String, String> DIGIT_WORDS = Map.ofEntries(
            Map.entry("zero", "0"), Map.entry("oh", "0"), Map.entry("nought", "0"), Map.entry("nil", "0"), Map.entry("o", "0"),
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("thirteen", "13"), Map.entry("fourteen", "14"), Map.entry("fifteen", "15"), Map.entry("sixteen", "16"),
            Map.entry("seventeen", "17"), Map.entry("eighteen", "18"), Map.entry("nineteen", "19"));
    private static final Map<String, String> TENS = Map.of("twenty", "2", "thirty", "3", "forty", "4", "fifty", "5",
            "sixty", "6", "seventy", "7", "eighty", "8", "ninety", "9");
    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern UNDERSCORE = Pattern.compile(" ?\\bunderscore\\b ?");
    /** A word made only of digits and the letters o, l and i, with at least one digit: "O77OO", "9OOI23", "0l61". */
    private static final Pattern LETTERS_FOR_DIGITS = Pattern.compile("(?<![\\p{L}\\p{N}])(?=[oli]*+[0-9])[oli0-9]+(?![\\p{L}\\p{N}])");
    private static final Pattern TENS_AND_UNITS = Pattern.compile(
            "(?<![a-z])(" + String.join("|", TENS.keySet()) + ")(?:[ -](" + UNITS + "))?(?![a-z])");
    private static final Pattern DIGIT_WORD = Pattern.compile("(?<![a-z])(" + String.join("|", DIGIT_WORDS.keySet()) + ")(?![a-z])");
    /** "nine hundred" is 900 when a phone number is read out; only after a digit, so "hundreds of" stays a word. */
    private static final Pattern HUNDRED = Pattern.compile("(\\d) ?\\b(hundred|thousand)\\b");
    private static final Pattern REPEAT = Pattern.compile("\\b(double|triple) ?(\\d)");

    private Reading() {
    }

    /** The text as a reader takes it: lower case, plain digits, plain spaces, number words as digits. */
    static String read(String text) {
        String plain = plainCharacters(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        String joined = joinSpelledOut(SPACES.matcher(plain).replaceAll(" "));
        String underscored = UNDERSCORE.matcher(joined).replaceAll("_");
        String digits = LETTERS_FOR_DIGITS.matcher(underscored)
                .replaceAll(m -> m.group().replace('o', '0').replace('l', '1').replace('i', '1'));
        String tens = TENS_AND_UNITS.matcher(digits)
                .replaceAll(m -> TENS.get(m.group(1)) + (m.group(2) == null ? "0" : DIGIT_WORDS.get(m.group(2))));
        String words = DIGIT_WORD.matcher(tens).replaceAll(m -> DIGIT_WORDS.get(m.group(1)));
        String hundreds = HUNDRED.matcher(words).replaceAll(m -> m.group(1) + (m.group(2).equals("hundred") ? "00" : "000"));
        return REPEAT.matcher(hundreds).replaceAll(m -> m.group(2).repeat(m.group(1).equals("double") ? 2 : 3));
    }

    /**
     * Four or more single characters in a row, one space apart, joined up: "j o b l o g g s @ g m a
     * i l" as {@code jobloggs@gmail}. No ordinary sentence has four one-letter words in a row, so
     * this costs nothing. A loop rather than a repeated pattern, which Java's regex engine would
     * recurse through once per letter.
     */
    private static String joinSpelledOut(String spaced) {
        List<String> words = Arrays.asList(spaced.split(" ", -1));
        List<String> out = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            int end = i;
            while (end < words.size() && isSingleCharacter(words.get(end))) {
                end++;
            }
            if (end - i >= 4) {
                out.add(String.join("", words.subList(i, end)));
                i = end;
            } else {
                out.add(words.get(i));
                i++;
            }
        }
        return String.join(" ", out);
    }

    private static boolean isSingleCharacter(String word) {
        return word.codePointCount(0, word.length()) == 1
                && (Character.isLetterOrDigit(word.codePointAt(0)) || word.equals(".") || word.equals("_") || word.equals("@"));
    }

    /**
     * Character by character: digits of any script as 0-9 (NFKC leaves Arabic-Indic and the like
     * alone), every kind of space as a space, every dash as "-", emoji and other symbols as a space
     * (people put them between groups of digits), curly apostrophes as straight ones (phones type
     * "what’s"), and the invisible characters that emoji keycaps and zero-width tricks leave behind
     * dropped.
     */
    private static String plainCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == 0xFE0E || c == 0xFE0F || c == 0x20E3 || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF) {
                return;
            }
            int type = Character.getType(c);
            if (Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (c == 0x2018 || c == 0x2019 || c == 0x02BC || c == 0x2032) {
                out.append('\'');
            } else if (type == Character.DASH_PUNCTUATION || c == 0x2212) {
                out.append('-');
            } else if (type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || type == Character.SURROGATE) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
