package org.wayfinder.platform.safeguarding;

/**
 * The names of the apps and sites people move a conversation to, as regex alternatives. They are
 * kept in one place because handles, invitations and requests all name them, and in two lists
 * because some names are also ordinary words: "are you on teams", "do you have signal", "threads"
 * and "x" say nothing about contact, so those count only where a handle or "me" makes the meaning
 * plain.
 */
final class Platforms {

    /** Names that mean the app whatever the sentence: "are you on snap" is about Snapchat. */
    static final String APP = "(?:insta(?:gram)?|ig|snap(?:chat)?|sc|tik ?tok|whats ?app|wh?ats ?ap|whatapp|telegram|discord|facebook|fb"
            + "|messenger|kik|bereal|skype|you ?tube|yt|twitch|linked ?in|reddit|roblox|xbox|psn|playstation|imessage|face ?time"
            + "|wechat|viber|omegle|yubo|tumblr|vsco|bluesky|bsky|pinterest|hangouts|twitter|linktree|the gram)";
    /**
     * The apps made for talking one to one, where being "on" one is an offer to be messaged there:
     * "I'm on snap" invites, "I'm on TikTok" is how a teenager spends an evening.
     */
    static final String MESSAGING = "(?:snap(?:chat)?|sc|whats ?app|wh?ats ?ap|whatapp|telegram|kik|discord|messenger|imessage|face ?time"
            + "|wechat|viber|signal|skype)";
    /** Every name, the ambiguous ones too, for where a handle or "my" follows: "my signal is", "x: @jo". */
    static final String ANY = "(?:" + APP + "|x|teams|zoom|signal|threads|steam)";

    private Platforms() {
    }
}
