package org.wayfinder.mentoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.match.Match;
import org.wayfinder.mentoring.match.Matches;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Mail;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.SendKeys;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.audit.AuditTrail;
import org.wayfinder.platform.spi.safeguarding.Cases;
import org.wayfinder.platform.spi.safeguarding.ContactScreen;
import org.wayfinder.platform.spi.safeguarding.Vetting;

/**
 * The messages of each match, on the platform only. Every message passes the safeguarding screen:
 * one with contact details or a flagged phrase is held, its sender told so, until a moderator
 * approves, redacts or rejects it. Only the two people in a match and the programme's moderators
 * read its conversation; a mentor whose DBS check is not in date cannot send.
 */
@ApplicationScoped
public class Conversations extends Repository<Message> {

    /**
     * The audit trail's actions: a moderator's decision on a held message, a report, and a member of
     * staff opening a conversation they are not part of.
     */
    public static final String MESSAGE_APPROVED = "mentoring.message.approved";
    public static final String MESSAGE_REDACTED = "mentoring.message.redacted";
    public static final String MESSAGE_REJECTED = "mentoring.message.rejected";
    public static final String MESSAGE_REPORTED = "mentoring.message.reported";
    public static final String CONVERSATION_READ = "mentoring.conversation.read";

    @Inject
    AuditTrail audit;

    @Inject
    ContactScreen contactScreen;

    @Inject
    Cases cases;

    static final int LONGEST = 2000;

    @Inject
    Matches matches;

    @Inject
    Vetting vetting;

    @Inject
    People people;

    @Inject
    Cache cache;

    @Inject
    TenantContext tenantContext;

    @Inject
    ProgrammePlugins plugins;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<Mail> mail;

    public Conversations() {
        super(Message.class);
    }

    @Override
    protected String describe() {
        return "Message";
    }

    /**
     * Sends a message in a match of the signed-in person's. Returns it: {@link Message.Status#HELD}
     * when the screen found something, with what in {@link Message#getHeldBecause()}. A message sent
     * again with the {@link SendKeys key} of one already stored (its answer was lost) answers with
     * that one and stores nothing.
     *
     * @param sendKey the page's key for this send, or null to store the message every time
     */
    public Message send(String matchId, String sendKey, String text) {
        Match match = matches.ownMatch(matchId);
        String me = currentUser.require().accountId();
        String key = SendKeys.optional(sendKey, "text");
        if (key != null) {
            people.lock(me);
            Optional<Message> before = sentBefore("senderId", me, key);
            if (before.isPresent()) {
                if (!before.get().getMatchId().equals(match.getId())) {
                    throw new InvalidInputException("text", "That key belongs to another message. Reload the page and send it again.");
                }
                return before.get();
            }
        }
        if (!match.isActive()) {
            throw new InvalidInputException("text", "This match has ended, so no more messages can be sent.");
        }
        if (me.equals(match.getMentorId()) && !vetting.isVetted(me, Vetting.today())) {
            throw new InvalidInputException("text", "Your DBS check is not in date, so you cannot send messages. The programme team"
                    + " has been told; they will be in touch.");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > LONGEST) {
            throw new InvalidInputException("text", "Write a message of 1 to " + LONGEST + " characters.");
        }
        List<ContactScreen.Finding> found = contactScreen.screen(body, flaggedPhrases());
        String heldBecause = found.isEmpty() ? null : found.stream().map(finding -> finding.kind().description()).distinct()
                .collect(Collectors.joining(", "));
        return add(new Message(match.getId(), me, body, Instant.now(), heldBecause, key));
    }

    /**
     * A match's conversation, oldest first: everything for moderators; for the two people, what was
     * delivered and their own held or rejected messages.
     */
    public List<Message> conversation(String matchId) {
        String me = currentUser.require().accountId();
        boolean moderator = mayReadAll(matchId);
        return query("SELECT m FROM Message m WHERE m.matchId = :match ORDER BY m.sentAt, m.id").setParameter("match", matchId)
                .getResultList().stream()
                .filter(message -> moderator || message.getStatus() == Message.Status.SENT || message.getSenderId().equals(me))
                .toList();
    }

    /**
     * The latest {@code limit} messages of a match's conversation that the signed-in person may read
     * (as {@link #conversation}), oldest first, and how many they may read in all: a long
     * conversation opens as fast as a short one, and earlier messages are there on request.
     */
    public Recent recent(String matchId, int limit) {
        String me = currentUser.require().accountId();
        boolean moderator = mayReadAll(matchId);
        String readable = moderator ? "" : " AND (m.status = :sent OR m.senderId = :me)";
        TypedQuery<Message> latest = query("SELECT m FROM Message m WHERE m.matchId = :match" + readable + " ORDER BY m.sentAt DESC, m.id DESC")
                .setParameter("match", matchId).setMaxResults(Math.max(1, limit));
        TypedQuery<Long> count = em().createQuery("SELECT COUNT(m) FROM Message m WHERE m.matchId = :match" + readable, Long.class)
                .setParameter("match", matchId);
        if (!moderator) {
            latest.setParameter("sent", Message.Status.SENT).setParameter("me", me);
            count.setParameter("sent", Message.Status.SENT).setParameter("me", me);
        }
        List<Message> messages = new ArrayList<>(latest.getResultList());
        Collections.reverse(messages);
        long total = messages.size() < limit ? messages.size() : count.getSingleResult();
        return new Recent(List.copyOf(messages), total);
    }

    /**
     * Part of a conversation, oldest first.
     *
     * @param messages the latest messages
     * @param total    how many messages the reader may read in all
     */
    public record Recent(List<Message> messages, long total) {

        /** How many earlier messages there are beyond these. */
        public long earlier() {
            return total - messages.size();
        }
    }

    /**
     * Whether the signed-in person reads a match's conversation as a moderator (everything) rather
     * than as one of its two people; refuses anyone else (403), and another programme's match (404).
     */
    private boolean mayReadAll(String matchId) {
        boolean moderator = currentUser.hasRole(Roles.MODERATOR);
        if (!moderator) {
            matches.ownMatch(matchId);
        } else {
            Match match = matches.get(matchId);
            String me = currentUser.require().accountId();
            if (!me.equals(match.getMenteeId()) && !me.equals(match.getMentorId())) {
                audit.record(CONVERSATION_READ, "match", matchId, null);
            }
        }
        return moderator;
    }

    /** Messages waiting for a moderator, oldest first. */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public List<Message> held() {
        return query("SELECT m FROM Message m WHERE m.status = :held ORDER BY m.sentAt, m.id").setParameter("held", Message.Status.HELD)
                .getResultList();
    }

    /** How many messages wait for a moderator, counted by the database. */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public long countHeld() {
        return em().createQuery("SELECT COUNT(m) FROM Message m WHERE m.status = :held", Long.class).setParameter("held", Message.Status.HELD)
                .getSingleResult();
    }

    /**
     * How many of the other person's delivered messages in one of the signed-in person's matches (one of
     * {@link Matches#mine()}) came after their own last message: what a home page shows as new. Counted by the database, so a long
     * conversation costs no more than a short one, and held by the conversation's cache scope
     * ({@link #cacheScope}) until a message of it is written.
     *
     * <p>"After" is the conversation's own order, send time then id, so two messages in the same
     * instant still have one order (ids are time-ordered). It matters where send times arrive at the
     * database to the second only, as with MySQL Connector/J on MariaDB 10 (see README.md, "Running against MySQL").
     */
    public long countSinceMyLast(Matches.Mine match) {
        String me = currentUser.require().accountId();
        String matchId = match.getId();
        if (!me.equals(match.getMenteeId()) && !me.equals(match.getMentorId())) {
            throw new AccessDeniedException("Only the two people in a match can do this.");
        }
        return cache.get(cacheScope(tenantContext.tenantId(), matchId), "since-last:" + me, () -> em().createQuery(
                        "SELECT COUNT(m) FROM Message m WHERE m.matchId = :match AND m.senderId <> :me AND m.status = :sent"
                        + " AND NOT EXISTS (SELECT o FROM Message o WHERE o.matchId = :match AND o.senderId = :me"
                        + " AND (o.sentAt > m.sentAt OR (o.sentAt = m.sentAt AND o.id > m.id)))",
                        Long.class)
                .setParameter("match", matchId).setParameter("me", me).setParameter("sent", Message.Status.SENT).getSingleResult());
    }

    /**
     * The cache scope of one match's conversation: what its two people's homes count, held until a
     * message of it is written (sent, or a held one decided). Erasing or retiring messages' text
     * (bulk updates, which pass no listener) leaves who sent what and when as it was.
     */
    static String cacheScope(String tenantId, String matchId) {
        return "mentoring-conversation:" + tenantId + ':' + matchId;
    }

    /** Lets a held message through as written. */
    @RequiresRole(Roles.MODERATOR)
    public Message approve(String messageId) {
        Message message = heldMessage(messageId);
        message.decide(Message.Status.SENT, message.getWrittenText(), currentUser.require().accountId(), "Approved", Instant.now());
        audit.record(MESSAGE_APPROVED, "message", message.getId(), null);
        return message;
    }

    /** Lets a held message through with what must not pass taken out; the original is kept. */
    @RequiresRole(Roles.MODERATOR)
    public Message redact(String messageId, String redactedText, String reason) {
        Message message = heldMessage(messageId);
        String body = redactedText == null ? "" : redactedText.strip();
        if (body.isEmpty() || body.length() > LONGEST) {
            throw new InvalidInputException("text", "The redacted message must have 1 to " + LONGEST + " characters.");
        }
        if (body.equals(message.getWrittenText())) {
            throw new InvalidInputException("text", "Nothing was taken out. Approve it as it is, or change it.");
        }
        message.decide(Message.Status.SENT, body, currentUser.require().accountId(), reasonOf(reason), Instant.now());
        audit.record(MESSAGE_REDACTED, "message", message.getId(), reasonOf(reason));
        return message;
    }

    /** Stops a held message for good, with the reason kept. */
    @RequiresRole(Roles.MODERATOR)
    public Message reject(String messageId, String reason) {
        Message message = heldMessage(messageId);
        message.decide(Message.Status.REJECTED, message.getWrittenText(), currentUser.require().accountId(), reasonOf(reason), Instant.now());
        audit.record(MESSAGE_REJECTED, "message", message.getId(), reasonOf(reason));
        return message;
    }

    /**
     * Reports a message to the programme's safeguarding lead (or, without one, to every
     * moderator): anyone who can read the conversation can report any message in it.
     */
    public MessageReport report(String messageId, String reason, String siteUrl) {
        Message message = get(messageId);
        conversation(message.getMatchId());
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 1000) {
            throw new InvalidInputException("reason", "Say in 3 to 1000 characters what worries you about this message.");
        }
        String me = currentUser.require().accountId();
        MessageReport report = new MessageReport(message.getId(), me, why, Instant.now());
        em().persist(report);
        audit.record(MESSAGE_REPORTED, "message", message.getId(), why);
        cases.open(Cases.Kind.MESSAGE, message.getSenderId(), "message", message.getId(), message.getWrittenText(), around(message), why);
        String reporter = people.find(me).map(People.Person::name).orElse("Someone");
        String sender = people.find(message.getSenderId()).map(People.Person::name).orElse("someone");
        String lead = plugins.settings(MentoringPlugin.ID).text(MentoringPlugin.SAFEGUARDING_LEAD);
        List<String> to = lead != null ? List.of(lead) : people.withRole(Roles.MODERATOR).stream().map(People.Person::email).toList();
        to.forEach(address -> mail.fire(new Mail(address, "A mentoring message has been reported",
                reporter + " reported a message from " + sender + ":\n\n\"" + message.getText() + "\"\n\nTheir reason: " + why
                        + "\n\nRead the whole conversation: " + siteUrl + "/mentoring/conversation.xhtml?match=" + message.getMatchId() + "\n")));
        return report;
    }

    /**
     * The messages of the conversation around a reported one as they read now, up to three before
     * and two after, each "Name: text" with the reported one marked: the case keeps this copy.
     */
    private List<String> around(Message reported) {
        List<Message> all = query("SELECT m FROM Message m WHERE m.matchId = :match ORDER BY m.sentAt, m.id")
                .setParameter("match", reported.getMatchId()).getResultList();
        int at = all.indexOf(reported);
        List<Message> window = all.subList(Math.max(0, at - 3), Math.min(all.size(), at + 3));
        java.util.Map<String, String> names = new java.util.HashMap<>();
        return window.stream().map(m -> (m.equals(reported) ? "\u25b6 " : "") + names.computeIfAbsent(m.getSenderId(),
                        id -> people.find(id).map(People.Person::name).orElse("Someone")) + ": " + m.getWrittenText()).toList();
    }

    /** Reports about messages, newest first, for moderators (owners may read them; only moderators decide). */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public List<MessageReport> reports() {
        return em().createQuery("SELECT r FROM MessageReport r ORDER BY r.reportedAt DESC", MessageReport.class).setMaxResults(200)
                .getResultList();
    }

    private Message heldMessage(String messageId) {
        Message message = get(messageId);
        if (message.getStatus() != Message.Status.HELD) {
            throw new InvalidInputException("message", "Another moderator has already decided about this message.");
        }
        return message;
    }

    private static String reasonOf(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 500) {
            throw new InvalidInputException("reason", "Give a reason of 3 to 500 characters; the sender is shown it.");
        }
        return why;
    }

    private List<String> flaggedPhrases() {
        String phrases = plugins.settings(MentoringPlugin.ID).text(MentoringPlugin.FLAGGED_PHRASES);
        return phrases == null ? List.of() : Arrays.stream(phrases.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
