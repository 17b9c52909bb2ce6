package org.wayfinder.zone.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.audit.AuditTrail;
import org.wayfinder.platform.spi.safeguarding.Cases;
import org.wayfinder.zone.booking.Bookings;
import org.wayfinder.zone.booking.Chat;

/**
 * A moderator's part in a Chat: a line the safeguarding screen held waits for them to release it to
 * everyone or remove it, any line can be removed, and anyone can be muted (their writing paused)
 * and unmuted. Each decision keeps who made it and when, and reaches the Chat's sockets as
 * {@link ChatNews} once committed; a decision in a Chat whose words were already counted counts them
 * again ({@link ChatWords}). A moderator worried about any line, whatever became of it, raises a
 * safeguarding case about its writer ({@link #raiseCase}), which keeps the line and those around it.
 */
@ApplicationScoped
public class Moderation extends Repository<ChatLine> {

    /** The audit trail's actions: a held line released, a line removed, someone muted or unmuted. */
    public static final String LINE_RELEASED = "zone.chat-line.released";
    public static final String LINE_REMOVED = "zone.chat-line.removed";
    public static final String MUTED = "zone.chat.muted";
    public static final String UNMUTED = "zone.chat.unmuted";
    /** The audit trail's action when a moderator raises a safeguarding case about a line. */
    public static final String LINE_REPORTED = "zone.chat-line.reported";

    /**
     * A line a moderator is worried about, as they read it before raising a case.
     *
     * @param around the lines of its Chat around it, the line itself among them, oldest first: at most
     *               {@link Cases#MAX_CONTEXT_LINES}, what the case keeps as its context
     */
    public record Concern(LineView line, List<LineView> around) {
    }

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    @Inject
    Event<ChatNews> news;

    @Inject
    Bookings bookings;

    @Inject
    ChatWords words;

    @Inject
    ChatNames names;

    @Inject
    Cases cases;

    public Moderation() {
        super(ChatLine.class);
    }

    @Override
    protected String describe() {
        return "Chat line";
    }

    /** Lines waiting for a moderator in a Chat, oldest first. */
    @RequiresRole(Roles.MODERATOR)
    public List<LineView> held(String chatId) {
        return names.views(query("SELECT l FROM ChatLine l WHERE l.chatId = :chat AND l.status = :held ORDER BY l.sentAt, l.id")
                .setParameter("chat", chatId).setParameter("held", ChatLine.Status.HELD).getResultList());
    }

    /** Shows a held line to everyone. */
    @RequiresRole(Roles.MODERATOR)
    public LineView release(String lineId, Instant now) {
        ChatLine line = get(lineId);
        if (line.getStatus() != ChatLine.Status.HELD) {
            throw new InvalidInputException("line", line.getStatus() == ChatLine.Status.SHOWN ? "This line is already shown."
                    : "This line has been removed.");
        }
        return decide(line, ChatLine.Status.SHOWN, now);
    }

    /** Takes a line (shown or held) out of the Chat for everyone but the moderators. */
    @RequiresRole(Roles.MODERATOR)
    public LineView remove(String lineId, Instant now) {
        ChatLine line = get(lineId);
        if (line.getStatus() == ChatLine.Status.REMOVED) {
            throw new InvalidInputException("line", "This line has already been removed.");
        }
        return decide(line, ChatLine.Status.REMOVED, now);
    }

    private LineView decide(ChatLine line, ChatLine.Status outcome, Instant now) {
        line.moderate(outcome, currentUser.require().accountId(), now);
        audit.record(outcome == ChatLine.Status.SHOWN ? LINE_RELEASED : LINE_REMOVED, "chat-line", line.getId(), "in Chat " + line.getChatId());
        em().flush();
        Chat chat = bookings.get(line.getChatId());
        if (chat.getWordsCountedAt() != null) {
            words.recount(chat.getId(), now);
        }
        LineView view = names.view(line);
        news.fire(new ChatNews(tenantContext.tenantId(), line.getChatId(), ChatNews.Kind.LINE, view, null, null));
        return view;
    }

    /** A line of the programme's Chats with the lines around it, held and removed ones too, for a moderator who is worried about it. */
    @RequiresRole(Roles.MODERATOR)
    public Concern concern(String lineId) {
        ChatLine line = get(lineId);
        List<LineView> around = names.views(around(line));
        return new Concern(around.stream().filter(view -> view.id().equals(line.getId())).findFirst().orElseThrow(), around);
    }

    /**
     * A moderator's worry about a line: it opens a safeguarding case about its writer, keeping the
     * line as it was written (a held or removed line too: lines are never edited) and the lines
     * around it, each "Name: text" as the Chat names its people, the reported one marked. The line
     * itself stays as it is. The case's id.
     */
    @RequiresRole(Roles.MODERATOR)
    public String raiseCase(String lineId, String note) {
        ChatLine line = get(lineId);
        List<String> context = names.views(around(line)).stream()
                .map(view -> (view.id().equals(line.getId()) ? "\u25b6 " : "") + view.author() + ": " + view.body()).toList();
        String caseId = cases.open(Cases.Kind.CHAT_LINE, line.getAuthorId(), "chat-line", line.getId(), line.getBody(), context, note);
        audit.record(LINE_REPORTED, "chat-line", line.getId(), "in Chat " + line.getChatId() + ", case " + caseId);
        return caseId;
    }

    /**
     * The lines of a line's Chat around it, itself among them, oldest first: as many before as after
     * where the Chat has them, up to {@link Cases#MAX_CONTEXT_LINES} in all, read in two short queries
     * however long the Chat.
     */
    private List<ChatLine> around(ChatLine line) {
        int others = Cases.MAX_CONTEXT_LINES - 1;
        List<ChatLine> before = query("SELECT l FROM ChatLine l WHERE l.chatId = :chat"
                + " AND (l.sentAt < :at OR (l.sentAt = :at AND l.id < :id)) ORDER BY l.sentAt DESC, l.id DESC")
                .setParameter("chat", line.getChatId()).setParameter("at", line.getSentAt()).setParameter("id", line.getId())
                .setMaxResults(others).getResultList();
        List<ChatLine> after = query("SELECT l FROM ChatLine l WHERE l.chatId = :chat"
                + " AND (l.sentAt > :at OR (l.sentAt = :at AND l.id > :id)) ORDER BY l.sentAt, l.id")
                .setParameter("chat", line.getChatId()).setParameter("at", line.getSentAt()).setParameter("id", line.getId())
                .setMaxResults(others).getResultList();
        int fromAfter = Math.min(after.size(), Math.max(others / 2, others - before.size()));
        int fromBefore = Math.min(before.size(), others - fromAfter);
        List<ChatLine> window = new ArrayList<>(before.subList(0, fromBefore));
        Collections.reverse(window);
        window.add(line);
        window.addAll(after.subList(0, fromAfter));
        return window;
    }

    /** Stops someone writing in this Chat until unmuted; muting someone already muted changes nothing. */
    @RequiresRole(Roles.MODERATOR)
    public void mute(String chatId, String accountId) {
        bookings.get(chatId);
        if (accountId == null || accountId.equals(currentUser.require().accountId())) {
            throw new InvalidInputException("account", "Choose someone else to mute.");
        }
        if (!isMuted(chatId, accountId)) {
            em().persist(new Mute(chatId, accountId, currentUser.require().accountId()));
            audit.record(MUTED, "account", accountId, "in Chat " + chatId);
            news.fire(new ChatNews(tenantContext.tenantId(), chatId, ChatNews.Kind.MUTED, null, accountId, null));
        }
    }

    /** Lets a muted person write again. */
    @RequiresRole(Roles.MODERATOR)
    public void unmute(String chatId, String accountId, Instant now) {
        bookings.get(chatId);
        List<Mute> mutes = em().createQuery("SELECT m FROM Mute m WHERE m.chatId = :chat AND m.accountId = :who AND m.liftedAt IS NULL",
                Mute.class).setParameter("chat", chatId).setParameter("who", accountId).getResultList();
        mutes.forEach(mute -> mute.lift(now));
        if (!mutes.isEmpty()) {
            audit.record(UNMUTED, "account", accountId, "in Chat " + chatId);
            news.fire(new ChatNews(tenantContext.tenantId(), chatId, ChatNews.Kind.UNMUTED, null, accountId, null));
        }
    }

    /** Whether someone's writing in this Chat is paused. */
    public boolean isMuted(String chatId, String accountId) {
        return !em().createQuery("SELECT m.id FROM Mute m WHERE m.chatId = :chat AND m.accountId = :who AND m.liftedAt IS NULL",
                        String.class).setParameter("chat", chatId).setParameter("who", accountId).setMaxResults(1).getResultList()
                .isEmpty();
    }

    /** Everyone whose writing in this Chat is paused: for the list of who is here. */
    public List<String> muted(String chatId) {
        return em().createQuery("SELECT m.accountId FROM Mute m WHERE m.chatId = :chat AND m.liftedAt IS NULL", String.class)
                .setParameter("chat", chatId).getResultList();
    }
}
