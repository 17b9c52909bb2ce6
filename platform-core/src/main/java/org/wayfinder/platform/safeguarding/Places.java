package org.wayfinder.platform.safeguarding;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.wayfinder.platform.spi.safeguarding.ContactScreen.Finding;
import org.wayfinder.platform.spi.safeguarding.ContactScreen.Kind;

/**
 * Finds postal addresses and postcodes: "12 Oak Road", "flat 3", "SW1A 1AA", "I live on Maple
 * Close". A child's address is worth more to someone with bad intent than their phone number, and
 * a full postcode narrows a home to a few houses. Ordinary messages are full of numbers next to
 * words ("a 10 minute walk", "2 hours drive", "level 3 car park"), so a house number counts only
 * when the words after it are a street's name and a street's ending.
 */
final class Places {

    /** Postcode areas, so that "Y12" or "A1" is not read as a postcode. */
    private static final String AREA = "(?:ab|al|ba|bb|bd|bh|bl|bn|br|bs|bt|ca|cb|cf|ch|cm|co|cr|ct|cv|cw|da|dd|de|dg|dh|dl|dn|dt|dy|ec|eh|en"
            + "|ex|fk|fy|gl|gu|gy|ha|hd|hg|hp|hr|hs|hu|hx|ig|im|ip|iv|je|ka|kt|kw|ky|la|ld|le|ll|ln|ls|lu|me|mk|ml|ne|ng|nn|np|nr|nw|ol"
            + "|ox|pa|pe|ph|pl|po|pr|rg|rh|rm|sa|se|sg|sk|sl|sm|sn|so|sp|sr|ss|st|sw|sy|ta|td|tf|tn|tq|tr|ts|tw|ub|wa|wc|wd|wf|wn|wr|ws"
            + "|wv|yo|ze|b|e|g|l|m|n|s|w)";
    /** The same, only the areas of two letters: "I'm in S5" is a Scottish school year, "I'm in LS6" a district. */
    private static final String TWO_LETTER_AREA = AREA.replace("|b|e|g|l|m|n|s|w)", ")");
    /** A postcode's inward half ("1AA"); the letters C, I, K, M, O and V are never used there. "2pm" is a time. */
    private static final String INWARD = "(?!\\d(?:am|pm)\\b)\\d[abd-hjlnp-uw-z]{2}\\b";
    /** Words that come after a number but are never a street's name: units, counts, small words. */
    private static final String NOT_A_STREET_NAME = "(?:the|a|an|of|on|in|at|to|for|and|or|my|your|our|their|his|her|its|it|is|was|are|be|been"
            + "|hours?|hrs?|mins?|minutes?|seconds?|secs?|days?|weeks?|months?|years?|miles?|km|metres?|meters?|times|more|less|than|out|up"
            + "|down|over|back|from|by|with|per|half|whole|long|short|very|so|too|each|every|all|other|car|then|bus|train|laps?|people"
            + "|patients|students|floors?|beds?)\\b";
    private static final String NAME = "(?!" + NOT_A_STREET_NAME + ")[a-z][a-z']{0,20}";
    private static final String STREET = "(?:road|rd|street|st|avenue|ave|lane|close|drive|crescent|cres|grove|gardens|gdns|terrace|mews|court"
            + "|ct|place|square|way|hill|walk|view|park|green|parade|boulevard|wharf|quay)";
    /** Endings that are streets even after "live in the": not "park" or "hill", which are places people live near. */
    private static final String HOME_STREET = "(?:road|rd|street|st|avenue|ave|lane|close|drive|crescent|cres|grove|gardens|terrace|mews|court)";
    private static final String STREET_NAME = "(?:the (?:" + NAME + " ){0,2}|(?:" + NAME + " ){1,3})";

    private static final List<Pattern> RULES = List.of(
            // 12 Oak Road, 14b high st, 3 The Crescent; not £25,000 or 3.14
            Pattern.compile("(?<![\\p{L}\\p{N}£$.,:/-])\\d{1,4}[a-h]?,? " + STREET_NAME + STREET + "\\b"),
            Pattern.compile("\\b(?:flat|apartment|apt)\\.? ?(?:no\\.? ?)?\\d{1,4}[a-h]?\\b"),
            Pattern.compile("\\b" + AREA + "\\d[a-z0-9]? ?" + INWARD),
            // my postcode starts LS6 / I live in M14 / I'm in M14
            Pattern.compile("\\bpost ?code\\b[^.?!]{0,20}?\\b" + AREA + "\\d[a-z0-9]?\\b"),
            Pattern.compile("\\b(?:live|living|lives|stay|staying|based) (?:in|near|round|around|by) " + AREA + "\\d[a-z0-9]?\\b"),
            Pattern.compile("\\b(?:i'?m|im|i am|we'?re|we are)\\b[^.?!]{0,25}? (?:in|near|round|around|by) (?:" + TWO_LETTER_AREA
                    + "\\d[a-z0-9]?|" + AREA + "\\d\\d)\\b"),
            // i live at number 14
            Pattern.compile("\\b(?:live|lives|living|stay|staying) (?:at|in) (?:number |no\\.? |house )?\\d{1,4}[a-h]?\\b(?!,? "
                    + STREET_NAME + STREET + ")"),
            // we live on Oak Road
            Pattern.compile("\\b(?:live|lives|living|stay|staying) (?:on|at|in|off) " + STREET_NAME + HOME_STREET + "\\b"),
            Pattern.compile("\\b(?:my|our) (?:home |house |full )?address(?: is|'s| ?:)"));

    private Places() {
    }

    static void find(String read, Collection<Finding> found) {
        ContactDetailsScreen.addMatches(Kind.ADDRESS, RULES, read, found);
    }
}
