package org.wayfinder.zone.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.zone.booking.Bookings;

/**
 * Reading a Chat's lines: catching up after a reconnection, the whole transcript, and the transcript
 * as a table to download. The Chat's people read the lines shown and their own held ones; moderators
 * and owners read every line, held and removed ones marked by their status.
 */
@ApplicationScoped
public class Transcripts extends Repository<ChatLine> {

    /** The columns of {@link #rows}. */
    public static final List<String> COLUMNS = List.of("sent at (UTC)", "writer", "role", "status", "held for", "moderated at (UTC)",
            "text");

    @Inject
    CurrentUser currentUser;

    @Inject
    Bookings bookings;

    @Inject
    Seats seats;

    @Inject
    ChatNames names;

    public Transcripts() {
        super(ChatLine.class);
    }

    /**
     * The lines the signed-in person may see that were sent at or after a moment, oldest first: for
     * catching up after a reconnection (the page drops those it already has, by id).
     */
    public List<LineView> since(String chatId, Instant since) {
        Seats.Seat seat = seats.requireSeat(chatId);
        List<ChatLine> lines = query("SELECT l FROM ChatLine l WHERE l.chatId = :chat AND l.sentAt >= :since ORDER BY l.sentAt, l.id")
                .setParameter("chat", chatId).setParameter("since", since == null ? Instant.EPOCH : since).getResultList();
        return visible(lines, seat.accountId(), seat.isModerator());
    }

    /**
     * A Chat's whole transcript, oldest first: for its people the lines shown (and their own held
     * ones); for moderators and owners every line, held and removed ones marked by their status.
     */
    public List<LineView> of(String chatId) {
        currentUser.require();
        bookings.get(chatId);
        boolean staff = currentUser.hasAnyRole(Roles.MODERATOR, Roles.OWNER);
        String me = currentUser.require().accountId();
        if (!staff) {
            seats.requireSeat(chatId);
        }
        List<ChatLine> lines = query("SELECT l FROM ChatLine l WHERE l.chatId = :chat ORDER BY l.sentAt, l.id").setParameter("chat", chatId)
                .getResultList();
        return visible(lines, me, staff);
    }

    /**
     * The transcript as a table to download (time in UTC, writer, role, status, what the screen
     * found, text): for moderators and owners, with held and removed lines marked.
     */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public List<List<String>> rows(String chatId) {
        return of(chatId).stream().map(line -> List.of(line.sentAt().toString(), line.author(), line.role(),
                line.status().name().toLowerCase(Locale.ROOT), line.heldFor() == null ? "" : line.heldFor(),
                line.moderatedAt() == null ? "" : line.moderatedAt().toString(), line.body())).toList();
    }

    private List<LineView> visible(List<ChatLine> lines, String me, boolean moderator) {
        return names.views(lines.stream().filter(line -> moderator || line.getStatus() == ChatLine.Status.SHOWN
                || line.getStatus() == ChatLine.Status.HELD && line.getAuthorId().equals(me)).toList());
    }
}
