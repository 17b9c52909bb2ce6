package org.wayfinder.platform.safeguarding;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.wayfinder.platform.spi.safeguarding.ContactScreen.Finding;
import org.wayfinder.platform.spi.safeguarding.ContactScreen.Kind;

/**
 * Finds social media handles: a name someone can be found by on an app. A handle on its own is a
 * word like any other, so it is found either by its {@code @} or by the app named beside it, before
 * or after ("snap: jo.b", "jo_b on snap", "my insta is jobloggs"). This is separate from the
 * invitations ({@link OffPlatform}) because a handle is a detail given, where an invitation is a
 * detail offered.
 */
final class Handles {

    /**
     * A word written the way handles are and ordinary words are not: begins with a letter or
     * underscore and has a dot, an underscore or a digit in it ({@code jo.b}, {@code jo_b},
     * {@code jobloggs09}, {@code j.o.b.l.o.g.g.s}), optionally Discord's {@code #1234}. "e.g." and
     * "i.e." have that shape and are left out; times and ordinals begin with a digit.
     */
    static final String HANDLE = "(?![a-z]\\.[a-z]\\.?(?![a-z0-9_.]))[a-z_](?=[a-z0-9_.]{0,29}[._0-9])[a-z0-9_.]{2,29}(?:#\\d{4})?(?![a-z0-9_])";
    /** Words that describe an account rather than name it: "my insta is private". */
    private static final String NOT_A_NAME = "(?:private|public|deleted|down|banned|blocked|dead|inactive|new|old|boring|empty|full|locked|gone"
            + "|hacked|rubbish|bad|good|great|fine|ok|okay|not|so|really|very|just|only|mostly|all|a|an|the|for|about|on|off|literally"
            + "|still|different|n't|got|was|has|had|keeps|kept|my|your|our|their|his|her|it|this|that|same|is|are)\\b";
    private static final String NAME = "@?(?!" + NOT_A_NAME + ")[a-z0-9_.]{2,30}(?:#\\d{4})?";

    private static final List<Pattern> RULES = List.of(
            // @jo.bloggs, but not "@3pm" or "@ 4:30"
            Pattern.compile("(?<![a-z0-9._%+\\-])@(?!\\d{1,2}(?:[:.]\\d{2})?(?:am|pm)?(?![a-z0-9_.]))[a-z0-9_.]{2,30}"),
            // insta: jo.b / sc = jo_b / snap - j.o.b
            Pattern.compile("\\b" + Platforms.ANY + "(?: ?[:=] ?@?[a-z0-9_.]{2,30}(?:#\\d{4})?| ?- ?@?" + HANDLE + ")"),
            // my insta is jo_b / my snapchat username jobloggs / my roblox user is jo_b_09
            Pattern.compile("\\b(?:my|me|mine|our) " + Platforms.APP + "(?: (?:username|user name|handle|gamertag|tag|@)(?: is|'s| ?[:=])?"
                    + "| (?:name|user|id|account|acc)(?: is|'s| ?[:=])| is|'s| ?[:=]|, ?it'?s) ?" + NAME),
            // my signal is jo.b, but not "my signal is terrible"
            Pattern.compile("\\b(?:my|me|mine|our) " + Platforms.ANY + "(?: is|'s| ?[:=]) ?@?" + HANDLE),
            // xbox gamertag is job 2009
            Pattern.compile("\\b" + Platforms.ANY + " (?:username|user name|handle|gamertag)(?: is|'s| ?[:=])? ?" + NAME),
            // my user on insta is jo.b_2009
            Pattern.compile("\\b(?:my|me) (?:username|user name|user|handle|name|tag|gamertag|@|account|acc|id) (?:on|for) " + Platforms.ANY
                    + "(?: is|'s| ?[:=])? ?" + NAME),
            // snap is jo.b.2009, but not "instagram is full of nursing content"
            Pattern.compile("\\b" + Platforms.ANY + "(?: is|'s) @?" + HANDLE),
            // my @ is jo.b.2009
            Pattern.compile("\\b(?:my|me) (?:@|handle|username|user name|gamertag)(?: is|'s| ?[:=])? ?" + NAME),
            // insta jo.bloggs.x
            Pattern.compile("\\b" + Platforms.ANY + " @?" + HANDLE),
            // jo_b on snap / i'm jo.b.2009 on ig
            Pattern.compile("(?<![a-z0-9_.@])" + HANDLE + " (?:on|at|via|over on) (?:my )?" + Platforms.ANY + "\\b"),
            // i'm on snap, same name as here
            Pattern.compile("\\bsame (?:name|username|user name|user|handle|@|tag)(?: as| on)? (?:here|on here|this|everywhere|everything)\\b"),
            // add jobloggs on snap
            Pattern.compile("\\badd @?(?!(?:me|us|you|u|it|this|that|them|him|her|the|a|an|my|your|everyone|people)\\b)[a-z0-9_.]{2,30} on "
                    + Platforms.ANY + "\\b"));

    private Handles() {
    }

    static void find(String withoutEmails, Collection<Finding> found) {
        ContactDetailsScreen.addMatches(Kind.SOCIAL_HANDLE, RULES, withoutEmails, found);
    }
}
