package org.wayfinder.zone.chat;

import java.time.Instant;

/**
 * A Chat line as the Chat page and the socket show it: the writer by the name the Chat gives them
 * (never an email address or username), and for moderators what the safeguarding screen found.
 * Who may see which lines is decided by {@link #visibleTo}.
 */
public record LineView(String id, String chatId, String authorId, String author, String role, String body, ChatLine.Status status,
                       String heldFor, String clientKey, Instant sentAt, String moderatedBy, Instant moderatedAt) {

    /** Whether this person sees the line's text: shown lines everyone, held lines their writer, everything moderators. */
    public boolean visibleTo(String accountId, boolean moderator) {
        return moderator || status == ChatLine.Status.SHOWN || status == ChatLine.Status.HELD && authorId.equals(accountId);
    }
}
