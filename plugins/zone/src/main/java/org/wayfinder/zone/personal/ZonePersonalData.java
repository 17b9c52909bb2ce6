package org.wayfinder.zone.personal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.personal.PersonalData;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.chat.ChatLine;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.question.Comment;
import org.wayfinder.zone.question.Question;

/**
 * What the Zone holds about a person: their places in Zones (as a student, a teacher or a
 * professional), the questions, answers, comments and Chat lines they wrote, the Chats they joined,
 * their votes, class codes and bookings, and mutes.
 *
 * <p>Erasing blanks what they wrote that others saw (lines shown in a Chat, questions approved,
 * answers, comments approved). What a moderator held back (a line removed, a question or comment
 * not approved) keeps its words for the moderators, who alone see it, as the safeguarding record of
 * the decision. Every record stays, so the Zone report's counts do not change. Anything of theirs
 * still waiting for a moderator stops the erasure until it is decided.
 */
@ApplicationScoped
public class ZonePersonalData extends Repository<Zone> implements PersonalData {

    public ZonePersonalData() {
        super(Zone.class);
    }

    @Override
    public String source() {
        return ZonePlugin.ID;
    }

    @Override
    public List<Table> about(String accountId) {
        List<Table> tables = new ArrayList<>();
        tables.add(table("Zones you joined as a student", "To let you into your class's Chats and count your school in the Zone report.",
                List.of("Zone", "School", "Joined"),
                "SELECT z.name, s.name, st.createdAt FROM Student st, Zone z, School s WHERE st.accountId = :person"
                        + " AND z.id = st.zoneId AND s.id = st.schoolId ORDER BY st.createdAt", accountId));
        tables.add(table("Your school registration as a teacher", "So that the Zone's team can check you teach there before you book.",
                List.of("School", "Status", "Registered", "Decided", "Reason given"),
                "SELECT s.name, t.status, t.createdAt, t.decidedAt, t.rejectReason FROM Teacher t, School s WHERE t.accountId = :person"
                        + " AND s.id = t.schoolId ORDER BY t.createdAt", accountId));
        tables.add(table("Class codes you made", "So that your students can join your class's Chats.", List.of("Class", "Code", "Expires"),
                "SELECT c.className, c.code, c.expiresAt FROM ClassCode c WHERE c.teacherId = :person ORDER BY c.createdAt", accountId));
        tables.add(table("Chats you booked", "To hold your class's place in a Chat and tell you about it.",
                List.of("Class", "Status", "Booked", "Why it was cancelled"),
                "SELECT b.className, b.status, b.bookedAt, b.cancelReason FROM Booking b WHERE b.teacherId = :person ORDER BY b.bookedAt",
                accountId));
        tables.add(table("Zones you took part in as a professional", "To give you access to the Zone and show students your team.",
                List.of("Zone", "Since"),
                "SELECT z.name, p.createdAt FROM Professional p, Zone z WHERE p.accountId = :person AND z.id = p.zoneId ORDER BY p.createdAt",
                accountId));
        tables.add(table("Questions you asked", "To put them to the professionals after a moderator has read them.",
                List.of("Asked", "Status", "Question", "As you wrote it", "Reason given"),
                "SELECT q.askedAt, q.status, q.body, q.originalBody, q.rejectReason FROM Question q WHERE q.askerId = :person ORDER BY q.askedAt",
                accountId));
        tables.add(table("Answers you wrote", "To answer students' questions in the Zone.", List.of("Posted", "Answer"),
                "SELECT a.postedAt, a.body FROM Answer a WHERE a.professionalId = :person ORDER BY a.postedAt", accountId));
        tables.add(table("Comments you wrote", "To show them under the answers once a moderator has read them.",
                List.of("Posted", "Status", "Comment", "Reason given"),
                "SELECT c.postedAt, c.status, c.body, c.rejectReason FROM Comment c WHERE c.authorId = :person ORDER BY c.postedAt", accountId));
        tables.add(table("What you wrote in Chats", "To show it in the Chat; the safeguarding screen reads it first.",
                List.of("Sent", "Status", "Line", "Why it was held"),
                "SELECT l.sentAt, l.status, l.body, l.heldFor FROM ChatLine l WHERE l.authorId = :person ORDER BY l.sentAt", accountId));
        tables.add(table("Chats you joined", "To count who took part, for the Zone report.", List.of("Chat", "As", "Joined"),
                "SELECT p.chatId, p.role, p.joinedAt FROM Participant p WHERE p.accountId = :person ORDER BY p.joinedAt", accountId));
        tables.add(table("Your votes", "To choose the Zone's winning team.", List.of("Zone", "Team", "Cast"),
                "SELECT z.name, t.name, v.castAt FROM Vote v, Zone z, Team t WHERE v.studentId = :person AND z.id = v.zoneId"
                        + " AND t.id = v.teamId ORDER BY v.castAt", accountId));
        tables.add(table("Times a moderator muted you in a Chat", "Safeguarding: to keep a Chat safe for everyone in it.",
                List.of("Chat", "Muted", "Lifted"),
                "SELECT m.chatId, m.createdAt, m.liftedAt FROM Mute m WHERE m.accountId = :person ORDER BY m.createdAt", accountId));
        return tables.stream().filter(table -> !table.rows().isEmpty()).toList();
    }

    @Override
    public List<String> erasureBlockers(String accountId) {
        long waiting = count("SELECT COUNT(q) FROM Question q WHERE q.askerId = :person AND q.status = :waiting", accountId,
                Question.Status.PENDING)
                + count("SELECT COUNT(c) FROM Comment c WHERE c.authorId = :person AND c.status = :waiting", accountId, Comment.Status.PENDING)
                + count("SELECT COUNT(l) FROM ChatLine l WHERE l.authorId = :person AND l.status = :waiting", accountId, ChatLine.Status.HELD);
        return waiting == 0 ? List.of()
                : List.of(waiting + " of their Zone questions, comments or Chat lines " + (waiting == 1 ? "waits" : "wait")
                        + " for a moderator: decide " + (waiting == 1 ? "it" : "them") + " first.");
    }

    @Override
    public void erase(String accountId) {
        em().createQuery("UPDATE Question q SET q.body = :erased, q.originalBody = :erased, q.version = q.version + 1"
                        + " WHERE q.askerId = :person AND (q.status = :approved OR q.status = :duplicate)")
                .setParameter("erased", ERASED_TEXT).setParameter("person", accountId)
                .setParameter("approved", Question.Status.APPROVED).setParameter("duplicate", Question.Status.DUPLICATE).executeUpdate();
        em().createQuery("UPDATE Comment c SET c.body = :erased, c.version = c.version + 1 WHERE c.authorId = :person AND c.status = :approved")
                .setParameter("erased", ERASED_TEXT).setParameter("person", accountId).setParameter("approved", Comment.Status.APPROVED)
                .executeUpdate();
        em().createQuery("UPDATE ChatLine l SET l.body = :erased, l.version = l.version + 1 WHERE l.authorId = :person AND l.status = :shown")
                .setParameter("erased", ERASED_TEXT).setParameter("person", accountId).setParameter("shown", ChatLine.Status.SHOWN)
                .executeUpdate();
        em().createQuery("UPDATE Answer a SET a.body = :erased, a.version = a.version + 1 WHERE a.professionalId = :person")
                .setParameter("erased", ERASED_TEXT).setParameter("person", accountId).executeUpdate();
    }

    private long count(String jpql, String accountId, Object status) {
        return em().createQuery(jpql, Long.class).setParameter("person", accountId).setParameter("waiting", status).getSingleResult();
    }

    private Table table(String name, String purpose, List<String> columns, String jpql, String accountId) {
        return Table.of(name, purpose, columns, em().createQuery(jpql).setParameter("person", accountId).getResultList());
    }
}
