package org.wayfinder.events.personal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.wayfinder.events.EventsPlugin;
import org.wayfinder.events.event.Event;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.personal.PersonalData;

/**
 * What Events holds about a person: the places they booked, waited for or applied for (their own
 * and their classes'), with the school they gave and what staff decided; the sessions they came to;
 * and their feedback. A booking holds no words of theirs (a class's name such as "10B" names no one;
 * a school is no one's), so erasing them leaves the bookings and attendance as they are: the name
 * goes with the account, and the counts of the report stay right. Their feedback's comment is their
 * own words, so it is removed; its score stays for the report. So is why they applied for a placement;
 * the placement, its days and the supervisor's reference stay.
 */
@ApplicationScoped
public class EventsPersonalData extends Repository<Event> implements PersonalData {

    public EventsPersonalData() {
        super(Event.class);
    }

    @Override
    public String source() {
        return EventsPlugin.ID;
    }

    @Override
    public List<Table> about(String accountId) {
        Table bookings = Table.of("Events you booked or applied for", "To hold your place (or your class's) and tell you about it.",
                List.of("Event", "Booked as", "Class", "School", "Places", "Status", "Asked", "Booked", "Cancelled", "Reason given"),
                em().createQuery("SELECT e.title, b.bookedAs, b.className, b.school, b.places, b.status, b.requestedAt, b.bookedAt,"
                                + " b.cancelledAt, b.reason FROM EventBooking b, Event e WHERE b.accountId = :person AND e.id = b.eventId"
                                + " ORDER BY b.requestedAt")
                        .setParameter("person", accountId).getResultList());
        Table attended = Table.of("Sessions you came to", "To give you a certificate, count your careers encounters for your school, and"
                        + " report how many came.", List.of("Event", "Session starts", "Places present", "Recorded", "How"),
                em().createQuery("SELECT e.title, s.startsAt, a.present, a.recordedAt, a.byCode FROM EventAttendance a, EventBooking b,"
                                + " EventSession s, Event e WHERE b.accountId = :person AND a.bookingId = b.id AND s.id = a.sessionId"
                                + " AND e.id = b.eventId ORDER BY s.startsAt", Object[].class)
                        .setParameter("person", accountId).getResultStream()
                        .map(row -> new Object[] {row[0], row[1], row[2], row[3], Boolean.TRUE.equals(row[4]) ? "You typed the code"
                                : "Staff ticked the list"}).toList());
        Table feedback = Table.of("Your feedback on events", "To make the next events better; the scores are counted in the report.",
                List.of("Event", "Score (1 to 5)", "Comment", "Given"),
                em().createQuery("SELECT e.title, f.score, f.comment, f.createdAt FROM EventFeedback f, Event e WHERE f.accountId = :person"
                                + " AND e.id = f.eventId ORDER BY f.createdAt")
                        .setParameter("person", accountId).getResultList());
        Table placements = Table.of("Work experience placements you applied for", "To give the places, tell you about yours, record the"
                        + " days you came and keep your supervisor's reference for you.",
                List.of("Placement", "Department", "First day", "Your choice", "Date of birth", "School", "Why you applied", "Status",
                        "Applied", "Days you came", "Reference"),
                em().createQuery("SELECT p.title, p.department, p.startsOn, a.choice, a.bornOn, a.school, a.statement, a.status, a.appliedAt,"
                                + " (SELECT COUNT(d) FROM PlacementDay d WHERE d.applicationId = a.id AND d.present = TRUE), a.reference"
                                + " FROM PlacementApplication a, Placement p WHERE a.accountId = :person AND p.id = a.placementId"
                                + " ORDER BY a.appliedAt", Object[].class)
                        .setParameter("person", accountId).getResultList());
        return java.util.stream.Stream.of(bookings, attended, feedback, placements).filter(table -> !table.rows().isEmpty()).toList();
    }

    @Override
    public void erase(String accountId) {
        // Bookings and attendance hold no words of theirs (see the class comment); a comment is theirs.
        // Why they applied is their own words; the placement, the days and the reference (the supervisor's) stay on the record.
        em().createQuery("UPDATE PlacementApplication a SET a.statement = :removed, a.version = a.version + 1 WHERE a.accountId = :person")
                .setParameter("removed", ERASED_TEXT).setParameter("person", accountId).executeUpdate();
        em().createQuery("UPDATE EventFeedback f SET f.comment = :removed, f.version = f.version + 1 WHERE f.accountId = :person"
                + " AND f.comment IS NOT NULL").setParameter("removed", ERASED_TEXT).setParameter("person", accountId).executeUpdate();
    }
}
