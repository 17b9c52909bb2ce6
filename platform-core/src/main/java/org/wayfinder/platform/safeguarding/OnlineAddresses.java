package org.wayfinder.platform.safeguarding;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wayfinder.platform.spi.safeguarding.ContactScreen.Finding;
import org.wayfinder.platform.spi.safeguarding.ContactScreen.Kind;

/**
 * Finds email addresses and links in read text ({@link Reading}). The two live together because
 * they are written with the same parts (a name, dots, an ending such as {@code .com}) and disguised
 * the same way ("dot", "(at)", spaces around the dot), and because a link must not be found
 * inside an email address.
 */
final class OnlineAddresses {

    /** Endings that make a word a web or email address even with no path after it. */
    private static final String TLD = "(?:com|co|uk|org|net|io|me|ly|gg|tv|app|info|biz|link|ai|nhs|ac|edu|gov|xyz|dev|page|site|online"
            + "|live|ie|ee|gl|gle|gy|cc|fm|gd|tk|ws|social|bio)";
    /** Email services people name instead of writing the whole address: "jo at gmail". */
    private static final String PROVIDER = "(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|proton(?:mail)?|aol|btinternet|gmx|yandex|msn)";
    /** The same, as people say "my gmail"; "my outlook" is a point of view unless an email follows. */
    private static final String NAMED_PROVIDER = "(?:gmail|googlemail|hotmail|yahoo|icloud|proton(?:mail)?|aol|btinternet|gmx|yandex|msn"
            + "|outlook (?:e-?mail|address|account|acc))";
    /**
     * A dot between parts of an address: a real one typed inside the address ({@code gmail.com}),
     * one spaced out on both sides, or spelled ("dot", "(dot)"). A full stop that ends a sentence
     * ("Thanks so much. Me too") is none of these.
     */
    private static final String DOT = "(?:\\.(?=[a-z0-9])| \\. |\\s?(?:\\(dot\\)|\\[dot\\]|\\{dot\\}|<dot>|\\bdot\\b)\\s?)";
    /** After an {@code @} the address has begun, so a dot with a space on one side is still a dot ("@gmail .com"). */
    private static final String DOMAIN_DOT = "(?: ?\\. ?|" + DOT + ")";
    private static final String AT = "(?: ?@ ?| ?(?:\\(at\\)|\\[at\\]|\\{at\\}|<at>) ?| at )";
    private static final String LOCAL = "[a-z0-9][a-z0-9._%+\\-]{0,63}";
    private static final String LABEL = "[a-z0-9][a-z0-9\\-]{0,62}";

    private static final Pattern EMAIL = Pattern.compile(
            LOCAL + "(?:( ?@ ?)" + LABEL + "(?:" + DOMAIN_DOT + LABEL + "){0,5}" + DOMAIN_DOT + TLD
                    + "|" + AT + LABEL + "(?:" + DOT + LABEL + "){0,5}" + DOT + TLD + ")(?![a-z0-9\\-])");
    private static final Pattern EMAIL_WITHOUT_ENDING = Pattern.compile(LOCAL + AT + PROVIDER + "(?![a-z0-9])");
    /**
     * "my gmail is jobloggs09", "email: jo.bloggs2008", "send it to my gmail, it's sam.t.smith": the
     * address's name given with the service. A named service ("my gmail is") is held whatever
     * follows; plain "email" only when what follows looks like an address's name, since "my email
     * is full" is ordinary.
     */
    private static final Pattern EMAIL_NAMED = Pattern.compile(
            "\\b(?:my|me|mine) " + NAMED_PROVIDER + "(?: (?:e-?mail|address|account|acc)){0,3}(?: ?[:=]| is|'s|, ?it'?s| it is) ?\\S+"
                    + "|(?:\\b(?:my|me|mine) (?:[a-z]+ ){0,2}e-?mail(?: address)?(?: is|'s| ?[:=])|\\be-?mail ?[:=]) ?" + Handles.HANDLE);

    private static final Pattern LINK = Pattern.compile(
            "(?:\\bh[tx]{2}ps? ?: ?/ ?/ ?\\S+|\\bwww" + DOT + "\\S+"
                    + "|\\b" + LABEL + "(?:\\." + LABEL + "){0,5}\\.[a-z]{2,6}/[^\\s]+"
                    + "|\\b(?:[a-z0-9\\-]{2,63}|[tmx])(?:" + DOT + LABEL + "){0,5}" + DOT + TLD + "\\b(?:/\\S*)?)");
    /**
     * Sites whose links are the programme's own material (job profiles, courses, applications,
     * apprenticeships) and through which no one can be reached privately; holding them would hold
     * half of what professionals write.
     */
    private static final List<String> OFFICIAL_SITES = List.of("nhs.uk", "gov.uk", "ucas.com", "ac.uk");
    private static final Pattern SPELLED_AT = Pattern.compile(AT);
    private static final Pattern SPELLED_DOT = Pattern.compile(DOT);

    private OnlineAddresses() {
    }

    /** Adds the email addresses found and answers the text with them blanked out, for the other rules. */
    static String findEmails(String read, Collection<Finding> found) {
        StringBuilder rest = new StringBuilder(read);
        for (Pattern pattern : List.of(EMAIL, EMAIL_WITHOUT_ENDING, EMAIL_NAMED)) {
            for (Matcher m = pattern.matcher(rest.toString()); m.find(); ) {
                if (pattern == EMAIL && m.group(1) == null && isOfficialWebsiteAfterAt(m.group())) {
                    continue;
                }
                found.add(new Finding(Kind.EMAIL, pattern == EMAIL_NAMED ? m.group() : plain(m.group())));
                rest.replace(m.start(), m.end(), " ".repeat(m.end() - m.start()));
            }
        }
        return rest.toString();
    }

    static void findLinks(String withoutEmails, Collection<Finding> found) {
        for (Matcher m = LINK.matcher(withoutEmails); m.find(); ) {
            String link = plain(m.group());
            if (!isOfficial(link)) {
                found.add(new Finding(Kind.LINK, link));
            }
        }
    }

    /**
     * "Have a look at healthcareers.nhs.uk": a spelled "at" before an official site is somewhere to
     * look, not an address, unless what comes before it is written like an address's name
     * ("sam.smith at leedsth.nhs.uk").
     */
    private static boolean isOfficialWebsiteAfterAt(String email) {
        String plain = plain(email);
        int at = plain.indexOf('@');
        return isOfficial(plain.substring(at + 1)) && !plain.substring(0, at).matches(".*[._0-9].*");
    }

    private static boolean isOfficial(String link) {
        String host = link.replaceFirst("^h[tx]{2}ps?://", "").replaceFirst("^www\\.", "").replaceFirst("[/?#].*$", "");
        return OFFICIAL_SITES.stream().anyMatch(site -> host.equals(site) || host.endsWith("." + site));
    }

    /** An address as it would be typed: "jo at gmail dot com" as {@code jo@gmail.com}. */
    private static String plain(String address) {
        String at = SPELLED_AT.matcher(address).replaceAll("@");
        return SPELLED_DOT.matcher(at).replaceAll(".").replaceAll("\\s+", "").replaceAll("\\.{2,}", ".");
    }
}
