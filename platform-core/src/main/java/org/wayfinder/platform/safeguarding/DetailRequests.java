package org.wayfinder.platform.safeguarding;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.wayfinder.platform.spi.safeguarding.ContactScreen.Finding;
import org.wayfinder.platform.spi.safeguarding.ContactScreen.Kind;

/**
 * Finds requests for someone's contact details or where they live ("what's your snap", "send me
 * your number", "where do you live"). The answer would be held, but by then the question has been
 * put to a child; holding the question lets a moderator see who is asking.
 */
final class DetailRequests {

    private static final String DETAIL = "(?:number(?! (?:1|of)\\b)|num|no\\b|digits|mobile|phone|e-?mail|address|addy|postcode|post code"
            + "|socials|@|handle|username|user|deets|details|contact|" + Platforms.APP + ")";

    private static final List<Pattern> RULES = List.of(
            // what's your number / send me ur addy / drop your @; not "don't share your phone number"
            Pattern.compile("(?<!n't |not |never |dont )\\b(?:what'?s|whats|wats|wots|what is|wat is|wuts|send(?: me)?|give(?: me)?|gimme|drop"
                    + "|share|(?:can|could|may) i (?:have|get|take)|pass me|tell me|let me know|lmk|need|want|dm me|post) (?:[a-z]+ ){0,4}?"
                    + "(?:your|ur|yr|ya) "
                    + "(?:(?:phone|mobile|home|personal|real|house|email|e-mail|private|own|snap|insta|whatsapp) )?" + DETAIL + "(?![a-z])"),
            // where do you live / what road do u live on / where's your house
            Pattern.compile("\\bwhere (?:do|d'?|did|abouts do) ?(?:you|u|ya) (?:live|stay)\\b"
                    + "|\\bwhere(?:'?s| is) (?:your|ur) (?:house|home|flat|place)\\b"
                    + "|\\b(?:what|wat|which|wot) (?:road|street|st|area|estate|house|flat|part of town|postcode|town|village) (?:do|d) (?:you|u|ya) live\\b"),
            // where r u from exactly, what street
            Pattern.compile("\\b(?:you|u|ya|your|ur)\\b[^.?!]{0,30}?\\b(?:what|which|wat) (?:street|road|house number|estate)\\b"),
            // do you have a personal email
            Pattern.compile("\\b(?:do|did|have) (?:you|u|ya) (?:have|got)(?: a| an)?(?: personal| private| home| own| other| different)? "
                    + "(?:number|phone|mobile|e-?mail|email address)\\b"));

    private DetailRequests() {
    }

    static void find(String read, Collection<Finding> found) {
        ContactDetailsScreen.addMatches(Kind.DETAILS_REQUEST, RULES, read, found);
    }
}
