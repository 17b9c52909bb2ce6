package org.wayfinder.platform.safeguarding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wayfinder.platform.spi.safeguarding.ContactScreen.Finding;
import org.wayfinder.platform.spi.safeguarding.ContactScreen.Kind;

/**
 * Finds UK phone numbers in read text ({@link Reading}). It exists on its own because ordinary
 * messages are full of numbers (grades, dates, times, UCAS points, money, ISBNs), so the question
 * is never "are there digits" but "do these digits make a number someone could ring", and that
 * needs the UK numbering plan rather than a pattern.
 */
final class PhoneNumbers {

    /**
     * What may keep two digits of one number apart: up to three characters that are neither letters
     * nor digits ("07700 / 900", "077_00", "07700|900", emoji already read as spaces), or "and" or
     * "then" ("nine hundred and four seven nine"). Colons, per cent and currency signs are left out
     * because they make times, percentages and money, which a reader never runs together with the
     * next number.
     */
    private static final Pattern GAP = Pattern.compile("(?:[^\\p{L}\\p{N}:%£$€@#&'\"]{1,3}|,? ?(?:and |then |and then ))(?=\\d)");
    private static final Pattern GROUP = Pattern.compile("\\d+");
    /**
     * The first eight to ten digits of a mobile, written the way mobiles are (07 and three digits,
     * then a space): "starts 07700 900, ends 146" gives the number in two pieces. Dates and shift
     * times never have a five-digit group starting 07.
     */
    private static final Pattern FIRST_PART_OF_MOBILE = Pattern.compile("07[1-9]\\d\\d(?: \\d{1,5})+");
    /** The longest a UK number can be with its international prefix and a bracketed 0: 0044 (0) 7700 900123. */
    private static final int LONGEST = 15;

    private PhoneNumbers() {
    }

    static void find(String read, Collection<Finding> found) {
        for (String run : runs(read)) {
            String number = number(run);
            if (number != null) {
                found.add(new Finding(Kind.PHONE, number));
            }
        }
    }

    /**
     * The runs of digits and gaps ({@link #GAP}) that a reader takes as one number each, with a
     * leading +. Walked in a loop rather than matched as one repeated pattern, because Java's regex
     * engine recurses once per repetition and a hostile message of 20,000 digits would overflow
     * the stack.
     */
    private static List<String> runs(String read) {
        List<String> runs = new ArrayList<>();
        Matcher gap = GAP.matcher(read);
        int i = 0;
        while (i < read.length()) {
            if (!isDigit(read, i)) {
                i++;
                continue;
            }
            int start = i > 0 && read.charAt(i - 1) == '+' ? i - 1 : i;
            int end = i;
            boolean more = true;
            while (more) {
                while (isDigit(read, end)) {
                    end++;
                }
                more = end < read.length() && gap.region(end, read.length()).lookingAt();
                if (more) {
                    end = gap.end();
                }
            }
            runs.add(read.substring(start, end));
            i = end;
        }
        return runs;
    }

    private static boolean isDigit(String read, int at) {
        return at < read.length() && read.charAt(at) >= '0' && read.charAt(at) <= '9';
    }

    /**
     * The phone number in one run of digits, or null. The whole run counts first; failing that, a
     * number that starts a group and ends a group inside the run ("07700 900123, 4pm is best" reads
     * on into the 4). Only numbers written with their 0 or +44 are looked for inside a run: a 7 and
     * nine digits somewhere in a list of grades is too likely to be grades.
     */
    private static String number(String run) {
        boolean international = run.startsWith("+");
        String digits = run.replaceAll("\\D", "");
        if (isUkPhone(digits, international)
                || digits.length() >= 8 && digits.length() <= 10 && FIRST_PART_OF_MOBILE.matcher(run).matches()) {
            return digits;
        }
        List<String> groups = new ArrayList<>();
        for (Matcher g = GROUP.matcher(run); g.find(); ) {
            groups.add(g.group());
        }
        for (int first = 0; first < groups.size(); first++) {
            if (!groups.get(first).startsWith("0") && !(first == 0 && international)) {
                continue;
            }
            StringBuilder window = new StringBuilder();
            for (int last = first; last < groups.size() && window.length() < LONGEST; last++) {
                window.append(groups.get(last));
                if (isUkPhone(window.toString(), first == 0 && international)) {
                    return window.toString();
                }
            }
        }
        return null;
    }

    /**
     * UK numbers: 0 then 10 digits (mobiles and nearly every landline); the same after 44 or 0044,
     * with or without the bracketed 0 people keep in "+44 (0) 7700"; and mobiles written without
     * their 0 (7 then 9 digits). The few ten-digit landlines are left out on purpose: an ISBN-10
     * ("0-19-852663-6") and a Scottish CHI number are ten digits starting with 0, and no one's own
     * mobile is that short.
     */
    static boolean isUkPhone(String digits, boolean international) {
        String national = digits;
        if (national.startsWith("0044")) {
            national = "0" + stripZero(national.substring(4));
        } else if (national.startsWith("44") && (international || national.length() == 12
                || national.length() == 13 && national.charAt(2) == '0')) {
            national = "0" + stripZero(national.substring(2));
        } else if (national.startsWith("7") && national.length() == 10) {
            national = "0" + national;
        }
        return national.matches("0[1-9]\\d{9}");
    }

    private static String stripZero(String afterCountryCode) {
        return afterCountryCode.startsWith("0") ? afterCountryCode.substring(1) : afterCountryCode;
    }
}
