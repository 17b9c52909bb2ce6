package org.wayfinder.platform.safeguarding;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.wayfinder.platform.spi.safeguarding.ContactScreen.Finding;
import org.wayfinder.platform.spi.safeguarding.ContactScreen.Kind;

/**
 * Finds invitations to carry the conversation on somewhere the programme cannot see: another app
 * ("let's talk on snap instead"), a phone ("text me"), or just "somewhere more private". No
 * detail has been given yet, which is why the other rules miss them, and why they matter: this is
 * the step before one is.
 */
final class OffPlatform {

    /** "us" is left out: it is how a trust or a charity speaks ("call us on 111", "follow us on Instagram"). */
    private static final String PERSON = "(?:me|you|u|ya)";
    private static final String TALK = "(?:talk|talking|chat|chatting|speak|speaking|continue|carry on|move|switch|convo|conversation|texting)"
            + "(?: (?:this|it|things|the convo|this convo|the conversation|this conversation))? (?:on|onto|to|over to|over on|via|over) ";

    private static final List<Pattern> RULES = List.of(
            // add me on insta / message you on whatsapp / hmu on snap
            Pattern.compile("\\b(?:(?:add|message|msg|dm|pm|text|txt|find|follow|followed|call|ring|contact|chat to|talk to|speak to|reach"
                    + "|snap|facetime|inbox|hit) " + PERSON + "(?: up)?(?: back)?|hmu) (?:on|at|via|through|over on|over) (?:my |ur |your )?"
                    + Platforms.APP + "\\b"),
            // let's talk on snap / easier to chat on whatsapp: an app made for talking one to one
            Pattern.compile("\\b" + TALK + Platforms.MESSAGING + "\\b"),
            // can we talk on insta / carry on this convo on insta, but not "a nurse was talking on tiktok about nights"
            Pattern.compile("\\b(?:let'?s|lets|we|us|wanna|want to|easier to|better to|rather|prefer to)\\b[^.?!]{0,15}?\\b" + TALK
                    + Platforms.APP + "\\b"),
            // are you on whatsapp / r u on snap / you on tiktok?
            Pattern.compile("(?:\\b(?:are|r) (?:you|u|ya)|\\bru|(?:^|[.!?,] ?)(?:you|u|ya)) (?:still )?on " + Platforms.APP + "\\b"),
            // ur on snap right? (but not "you're on tiktok a lot")
            Pattern.compile("\\b(?:you'?re|youre|ur|you are|u r) (?:still )?on " + Platforms.APP
                    + "(?= ?(?:\\?|right\\b|yeah\\b|yh\\b|innit\\b|too\\b|aren'?t\\b))"),
            // i'm on snap (if you want), offered at the end of what is said, not "i'm on snap a lot"
            Pattern.compile("\\b(?:i'?m|im|i am|we'?re|we are) (?:also |still )?on " + Platforms.MESSAGING
                    + "(?= ?[.!]*$|,? (?:if|add|same|too|as well|x+)\\b)"),
            // do you have snap / have you got insta / do u use bereal / u got insta
            Pattern.compile("\\b(?:(?:do|did|have) (?:you|u|ya) (?:have|got|use|still use|still have)|(?:you|u|ya) (?:got|have|use)) (?:a |an )?"
                    + Platforms.APP + "\\b"),
            // go on snap, as an instruction at the start of a sentence
            Pattern.compile("(?:^|[.!?] ?)(?:go|get|hop|jump|come) (?:on|onto) " + Platforms.APP + "\\b"),
            // dm me / check your dms / slide into my dms
            // "your inbox" is usually email and "my pm shift" an afternoon, so only "dms" after my or your
            Pattern.compile("\\b(?:dm|pm|inbox) " + PERSON + "\\b|\\b(?:my|your|ur|yr) dms?\\b|\\bslide into\\b"),
            // text me / can i text you / ring me / facetime me
            Pattern.compile("\\b(?:text|txt|ring|phone|facetime|whatsapp|snap|sms|imessage) " + PERSON + "\\b"),
            // we can facetime / text each other / give me a ring
            Pattern.compile("\\b(?:we|let'?s|lets|wanna|could|can) (?:facetime|video ?call|whatsapp)\\b"
                    + "|\\b(?:text|txt|call|ring|phone|message|snap|facetime) each other\\b"
                    + "|\\bgive (?:me|us) a (?:ring|call|bell|buzz|text|txt)\\b"),
            // call me tonight, but not "call me sam"
            Pattern.compile("\\bcall " + PERSON + "(?=[?!.]|$| (?:tonight|later|tomorrow|today|now|back|after|when|whenever|at|on|asap|sometime"
                    + "|some time|anytime|any time|this|next|if|once|before|pls|please|x+)\\b)"),
            // let's take this somewhere more private / talk somewhere the moderators can't read
            Pattern.compile("\\b(?:talk|chat|speak|message|continue|carry on|take (?:this|it)|move (?:this|it))\\b[^.?!]{0,20}?\\b(?:somewhere|some where|elsewhere)\\b"),
            Pattern.compile("\\b(?:talk|chat|speak|message|msg|text)(?:ing)? (?:privately|in private|in secret|alone|1 on 1|just us|just the 2 of us)\\b"),
            // somewhere the moderators can't read / so your parents don't find out, but not "my parents don't know I want to nurse"
            Pattern.compile("\\b(?:where|so|somewhere|place) (?:the |your |ur |my )?(?:mods|moderators|teachers|staff|parents|mum|mom|dad|adults) "
                    + "(?:can'?t|cannot|can not|won'?t|wont|don'?t|do not|will not) (?:see|read|check|find out|know)\\b"),
            // let's keep chatting off here
            Pattern.compile("\\b(?:talk|talking|chat|chatting|speak|speaking|message|messaging|continue|carry on|keep)\\b[^.?!]{0,20}?"
                    + "\\boff (?:here|this app|this site|the app|the site|this platform|the platform|wayfinder)\\b"),
            Pattern.compile("\\banother (?:way|place|app|site) to (?:talk|chat|contact|reach|message|msg|speak|get hold of|text)\\b"),
            // friend request / follow back / just add me (but "add me to the list" and "add me as a reference" are not apps)
            Pattern.compile("\\bfriend request\\b|\\bfollow (?:me )?back\\b|\\badd " + PERSON + "(?: back)?\\b(?! (?:to|in|into|onto|as)\\b)"
                    + "|\\badd " + PERSON + " as (?:a |your )?(?:friend|contact|mate)"),
            // download signal and message me there
            Pattern.compile("\\b(?:message|msg|text|find|add|talk to|chat to|dm) (?:me|us) (?:on )?there\\b"));

    private OffPlatform() {
    }

    static void find(String read, Collection<Finding> found) {
        ContactDetailsScreen.addMatches(Kind.OFF_PLATFORM, RULES, read, found);
    }
}
