package org.wayfinder.events.personal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.wayfinder.events.EventsPlugin;
import org.wayfinder.events.event.Event;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.personal.PersonalData;

/**
 * What Events holds about a person: the places they booked, waited for or applied for (their own
 * and their classes'), with what staff decided. A booking holds no words of theirs (a class's name
 * such as "10B" names no one), so erasing them leaves the bookings as they are: the name goes with
 * the account, and the counts of places stay right.
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
                List.of("Event", "Booked as", "Class", "Places", "Status", "Asked", "Booked", "Cancelled", "Reason given"),
                em().createQuery("SELECT e.title, b.bookedAs, b.className, b.places, b.status, b.requestedAt, b.bookedAt, b.cancelledAt,"
                                + " b.reason FROM EventBooking b, Event e WHERE b.accountId = :person AND e.id = b.eventId ORDER BY b.requestedAt")
                        .setParameter("person", accountId).getResultList());
        return bookings.rows().isEmpty() ? List.of() : List.of(bookings);
    }

    @Override
    public void erase(String accountId) {
        // Nothing of theirs in words: see the class comment.
    }
}
