package org.wayfinder.platform.safeguarding;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.wayfinder.platform.spi.safeguarding.ContactScreen.Finding;
import org.wayfinder.platform.spi.safeguarding.ContactScreen.Kind;

/**
 * Finds invitations to meet in person: "meet me outside Tesco", "come to mine after school", "I
 * can pick you up". Nothing in them is a contact detail, yet they are the one thing a programme
 * for young people must never carry unseen. Programme events ("meet the team at the open day",
 * "nice to meet you") and session times ("can we meet at 3:30") are left to go through.
 */
final class Meetings {

    private static final String YOU = "(?:you|u|ya)";

    private static final List<Pattern> RULES = List.of(
            Pattern.compile("\\bmeet (?:me|u|ya)\\b(?! halfway)"),
            // meet up, but "the meetup for open day" is an event
            Pattern.compile("\\bmeet(?:ing)? up\\b"),
            Pattern.compile("(?<!(?:nice|good|great|lovely|pleasure|pleased|glad|happy|excited|delighted|honour|honor|wait) to )\\bmeet " + YOU
                    + " (?=at|outside|by|near|behind|there|after|round|in town|somewhere|tonight|tomorrow)"),
            Pattern.compile("\\bmeet (?:in person|irl|in real life|face to face|f2f|outside|behind|near|round the back|somewhere)\\b"),
            // meet at maccies / meet at the park, but not a time or the programme's own Chat
            Pattern.compile("\\bmeet (?:at|by|in|outside|near) (?!\\d|half\\b|quarter\\b|noon\\b|midday\\b|(?:(?:the|a|our|your|next|this) ){0,2}"
                    + "(?:chat|zone|session|webinar)\\b)[a-z]"),
            Pattern.compile("\\b(?:let'?s|lets|shall we|should we|we (?:could|should|can)|wanna|want to|fancy|do " + YOU + " want to) "
                    + "(?:hang out|link up|chill)\\b"),
            // wanna meet? / shall we meet this weekend, but not "can we meet at 3:30" (a session)
            Pattern.compile("\\b(?:let'?s|lets|shall we|should we|can we|could we|we (?:could|should|can)|wanna|want to|fancy|do " + YOU
                    + " want to) meet(?:up)?(?= ?[?!.]|$| (?:sometime|some time|soon|this weekend|at the weekend|tomorrow|tonight|after school|later"
                    + "|one day|or)\\b)"),
            // come round after school, but not "did that come over as rude"
            Pattern.compile("\\b(?:come|coming|pop) (?:round|over|around)\\b(?! (?:as|to (?:the|a|an|this|that|it))\\b)"),
            Pattern.compile("\\b(?:come|coming|pop|popping|swing by)(?: over| round| around)?(?: to)? (?:mine|my (?:house|place|flat|home)|yours"
                    + "|your (?:house|place|flat|home))\\b|\\b(?:round|at|back to) (?:mine|yours)\\b"),
            Pattern.compile("\\bsee " + YOU + " (?:outside|behind|by the|near|round the back|after school|at the (?:gates|station|bus stop|park))"),
            Pattern.compile("\\bwait(?:ing)? for " + YOU + " (?:outside|at|by|near|behind|after|round)\\b"),
            // i'll pick you up / can you pick me up, but not "my mum is picking me up"
            Pattern.compile("\\b(?:pick|picking) " + YOU + " up\\b|\\b(?:give|giving) " + YOU + " a lift\\b|\\bwalk " + YOU + " home\\b"
                    + "|\\bdrive " + YOU + " (?:home|there)\\b"
                    + "|\\b" + YOU + " (?:come and |come )?(?:pick me up|give me a lift|walk me home|drive me (?:home|there))\\b"));

    private Meetings() {
    }

    static void find(String read, Collection<Finding> found) {
        ContactDetailsScreen.addMatches(Kind.MEETING, RULES, read, found);
    }
}
