package org.wayfinder.zone.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.SendKeys;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.safeguarding.ContactScreen;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.booking.Bookings;

/**
 * Writing in a Chat: a line of 1 to 1000 characters, from someone with a {@link Seats seat} who is
 * not muted, only while the Chat is live.
 *
 * <ul>
 *   <li>A line is stored before anyone is shown it ({@link ChatNews} reaches the sockets after the
 *       commit). The writer's browser names each line with a key of its own: a line sent again with
 *       the same key (after a lost connection) is stored once and acknowledged again.</li>
 *   <li>Every line passes the safeguarding {@link ContactScreen} with the programme's flagged
 *       phrases; a line with findings is held: its writer sees it as waiting, moderators see it with
 *       what was found, until a moderator releases or removes it ({@link Moderation}).</li>
 * </ul>
 */
@ApplicationScoped
public class ChatLines extends Repository<ChatLine> {

    public static final int LONGEST = 1000;

    /** The answer to a line sent: the line as stored, and whether it had been stored before (a resend). */
    public record Sent(LineView line, boolean again) {
    }

    @Inject
    ContactScreen contactScreen;

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Inject
    ProgrammePlugins plugins;

    @Inject
    TenantContext tenantContext;

    @Inject
    Event<ChatNews> news;

    @Inject
    Bookings bookings;

    @Inject
    Seats seats;

    @Inject
    Moderation moderation;

    @Inject
    ChatNames names;

    public ChatLines() {
        super(ChatLine.class);
    }

    /**
     * Sends a line in a live Chat. A key already used by this person in this Chat answers with the
     * line stored then ({@link Sent#again()}), whatever the text now, so a resend is stored once.
     */
    public Sent send(String chatId, String clientKey, String text, Instant now) {
        // One person's sends happen one after another, on one instance or several, so a resend racing its first
        // sending finds it instead of colliding with it. (Should a resend still collide, because this transaction
        // read something before taking the lock, the unique key refuses the second row; the page sends it again
        // and is acknowledged with the stored line.)
        people.lock(currentUser.require().accountId());
        Seats.Seat seat = seats.requireSeat(chatId);
        SendKeys.required(clientKey, "key");
        Optional<ChatLine> before = query("SELECT l FROM ChatLine l WHERE l.chatId = :chat AND l.clientKey = :key")
                .setParameter("chat", chatId).setParameter("key", clientKey).getResultStream().findFirst();
        if (before.isPresent()) {
            if (!before.get().getAuthorId().equals(seat.accountId())) {
                throw new InvalidInputException("key", "That key belongs to another line. Send the line again.");
            }
            LineView again = names.view(before.get());
            // Told again: the instance that stored it may have stopped before its news reached everyone. Pages drop doubles by id.
            news.fire(new ChatNews(tenantContext.tenantId(), chatId, ChatNews.Kind.LINE, again, null, null));
            return new Sent(again, true);
        }
        if (!bookings.get(chatId).isLive(now)) {
            throw new InvalidInputException("text", "This Chat is not on now, so lines cannot be sent.");
        }
        if (moderation.isMuted(chatId, seat.accountId())) {
            throw new InvalidInputException("text", "A moderator has paused your writing in this Chat. You can still read it.");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > LONGEST) {
            throw new InvalidInputException("text", "Write a line of 1 to " + LONGEST + " characters.");
        }
        List<ContactScreen.Finding> found = contactScreen.screen(body, flaggedPhrases());
        String heldFor = found.isEmpty() ? null : cut(found.stream().map(finding -> finding.kind().description()).distinct()
                .collect(Collectors.joining(", ")), 200);
        ChatLine line = add(new ChatLine(chatId, seat.accountId(), seat.role(), seat.schoolId(), body, clientKey, now, heldFor));
        seats.recordWriter(seat, now);
        LineView view = names.view(line, seat);
        news.fire(new ChatNews(tenantContext.tenantId(), chatId, ChatNews.Kind.LINE, view, null, null));
        return new Sent(view, false);
    }

    private List<String> flaggedPhrases() {
        String phrases = plugins.settings(ZonePlugin.ID).text(ZonePlugin.FLAGGED_PHRASES);
        return phrases == null ? List.of() : Arrays.stream(phrases.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
