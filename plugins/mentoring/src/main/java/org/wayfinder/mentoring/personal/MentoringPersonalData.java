package org.wayfinder.mentoring.personal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.messaging.Message;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.personal.PersonalData;

/**
 * What mentoring holds about a person: their matches and requests, the messages they sent, the
 * reports they made, meetings and goals (a mentor's DBS checks are the core's: CorePersonalData).
 *
 * <p>Erasing blanks the messages they sent and the meeting topics they logged, a mentee's goals and
 * a mentor's reasons for declining. What safeguarding needs stays as it was: a message a moderator
 * decided on or somebody reported keeps its words for the moderators (nobody else sees them), as do
 * reports. Matches, meetings and goals stay as records, so the mentoring report's
 * figures do not change. A message of theirs still waiting for a moderator stops the erasure until
 * it is decided.
 */
@ApplicationScoped
public class MentoringPersonalData extends Repository<Message> implements PersonalData {

    @Inject
    People people;

    public MentoringPersonalData() {
        super(Message.class);
    }

    @Override
    public String source() {
        return MentoringPlugin.ID;
    }

    @Override
    public List<Table> about(String accountId) {
        List<Table> tables = new ArrayList<>();
        List<List<String>> matches = new ArrayList<>();
        for (Object[] row : rows("SELECT m.menteeId, m.mentorId, m.startedAt, m.endedAt, m.endReason FROM Match m"
                + " WHERE m.menteeId = :person OR m.mentorId = :person ORDER BY m.startedAt", accountId)) {
            boolean mentee = accountId.equals(row[0]);
            matches.add(List.of(mentee ? "Mentee" : "Mentor", name((String) (mentee ? row[1] : row[0])), PersonalData.text(row[2]),
                    PersonalData.text(row[3]), PersonalData.text(row[4])));
        }
        tables.add(new Table("Your mentoring matches", "To put you in touch with your mentor or mentee and follow how it goes.",
                List.of("You were", "With", "Started", "Ended", "Why it ended"), matches));
        List<List<String>> requests = new ArrayList<>();
        for (Object[] row : rows("SELECT r.menteeId, r.mentorId, r.status, r.requestedAt, r.decidedAt, r.declineReason FROM MatchRequest r"
                + " WHERE r.menteeId = :person OR r.mentorId = :person ORDER BY r.requestedAt", accountId)) {
            boolean mentee = accountId.equals(row[0]);
            requests.add(List.of(mentee ? "Asked" : "Were asked", name((String) (mentee ? row[1] : row[0])), PersonalData.text(row[2]),
                    PersonalData.text(row[3]), PersonalData.text(row[4]), PersonalData.text(row[5])));
        }
        tables.add(new Table("Requests to be matched", "To match mentees with the mentors they choose.",
                List.of("You", "Mentor or mentee", "Outcome", "Asked", "Decided", "Reason given"), requests));
        tables.add(table("Messages you sent", "To deliver them to your mentor or mentee; the safeguarding screen reads them first.",
                List.of("Sent", "Status", "Message as delivered", "Message as you wrote it", "Why it was held"),
                "SELECT m.sentAt, m.status, m.text, m.writtenText, m.heldBecause FROM Message m WHERE m.senderId = :person ORDER BY m.sentAt",
                accountId));
        tables.add(table("Messages you reported", "So that the safeguarding lead can look into what worried you.",
                List.of("Reported", "Message", "Your reason"),
                "SELECT r.reportedAt, r.messageId, r.reason FROM MessageReport r WHERE r.reportedBy = :person ORDER BY r.reportedAt",
                accountId));
        List<List<String>> meetings = new ArrayList<>();
        for (Object[] row : rows("SELECT l.metOn, l.minutes, l.topic, l.loggedBy FROM MeetingLog l, Match m"
                + " WHERE l.matchId = m.id AND (m.menteeId = :person OR m.mentorId = :person) ORDER BY l.metOn", accountId)) {
            meetings.add(List.of(PersonalData.text(row[0]), PersonalData.text(row[1]), PersonalData.text(row[2]),
                    accountId.equals(row[3]) ? "yes" : "no"));
        }
        tables.add(new Table("Meetings", "To follow how a match goes; counted in the mentoring report.",
                List.of("Met on", "Minutes", "Topic", "Logged by you"), meetings));
        tables.add(table("Goals", "What a mentee works towards with their mentor.", List.of("Goal", "Status", "Updated"),
                "SELECT g.description, g.progress, g.updatedAt FROM Goal g, Match m WHERE g.matchId = m.id"
                        + " AND (m.menteeId = :person OR m.mentorId = :person) ORDER BY g.updatedAt", accountId));
        return tables.stream().filter(table -> !table.rows().isEmpty()).toList();
    }

    @Override
    public List<String> erasureBlockers(String accountId) {
        long held = em().createQuery("SELECT COUNT(m) FROM Message m WHERE m.senderId = :person AND m.status = :held", Long.class)
                .setParameter("person", accountId).setParameter("held", Message.Status.HELD).getSingleResult();
        return held == 0 ? List.of()
                : List.of(held + (held == 1 ? " mentoring message" : " mentoring messages") + " of theirs " + (held == 1 ? "waits" : "wait")
                        + " for a moderator: decide " + (held == 1 ? "it" : "them") + " under Held messages first.");
    }

    @Override
    public void erase(String accountId) {
        // Their ordinary messages: delivered, never held, decided on or reported.
        em().createQuery("UPDATE Message m SET m.text = :erased, m.writtenText = :erased, m.version = m.version + 1"
                        + " WHERE m.senderId = :person AND m.status = :sent AND m.decidedBy IS NULL"
                        + " AND NOT EXISTS (SELECT r FROM MessageReport r WHERE r.messageId = m.id)")
                .setParameter("erased", ERASED_TEXT).setParameter("person", accountId).setParameter("sent", Message.Status.SENT).executeUpdate();
        em().createQuery("UPDATE MeetingLog l SET l.topic = :erased, l.version = l.version + 1 WHERE l.loggedBy = :person")
                .setParameter("erased", ERASED_TEXT).setParameter("person", accountId).executeUpdate();
        List<String> asMentee = em().createQuery("SELECT m.id FROM Match m WHERE m.menteeId = :person", String.class)
                .setParameter("person", accountId).getResultList();
        if (!asMentee.isEmpty()) {
            em().createQuery("UPDATE Goal g SET g.description = :erased, g.version = g.version + 1 WHERE g.matchId IN :matches")
                    .setParameter("erased", ERASED_TEXT).setParameter("matches", asMentee).executeUpdate();
        }
        em().createQuery("UPDATE MatchRequest r SET r.declineReason = :erased, r.version = r.version + 1 WHERE r.mentorId = :person"
                        + " AND r.declineReason IS NOT NULL")
                .setParameter("erased", ERASED_TEXT).setParameter("person", accountId).executeUpdate();
    }

    private String name(String accountId) {
        return people.find(accountId).map(People.Person::name).orElse("Someone who left");
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String jpql, String accountId) {
        return em().createQuery(jpql).setParameter("person", accountId).getResultList();
    }

    private Table table(String name, String purpose, List<String> columns, String jpql, String accountId) {
        return Table.of(name, purpose, columns, rows(jpql, accountId));
    }
}
