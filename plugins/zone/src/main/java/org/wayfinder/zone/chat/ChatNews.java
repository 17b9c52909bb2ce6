package org.wayfinder.zone.chat;

/**
 * Something that happened in a Chat that the people in it must see at once: a line written, held,
 * released or removed, someone muted or unmuted, someone joining. Fired by {@link Seats},
 * {@link ChatLines} and {@link Moderation} inside the transaction that made it happen, and handed
 * to {@link ChatHub} only once that transaction has committed, so nobody is ever shown a line the
 * database does not hold.
 *
 * @param tenantId  the programme the Chat belongs to; a socket of another programme never gets it
 * @param chatId    the Chat
 * @param kind      what happened
 * @param line      the line concerned, for the line kinds
 * @param accountId the person concerned, for mute, unmute and join
 * @param name      that person's name as the Chat shows it, for join
 */
public record ChatNews(String tenantId, String chatId, Kind kind, LineView line, String accountId, String name) {

    /** What happened. */
    public enum Kind {
        /** A line was stored, shown or held; or a moderator released or removed one. */
        LINE,
        /** A moderator muted someone. */
        MUTED,
        /** A moderator lifted someone's mute. */
        UNMUTED,
        /** Someone joined the Chat for the first time. */
        JOINED
    }
}
