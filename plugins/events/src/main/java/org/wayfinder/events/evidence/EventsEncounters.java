package org.wayfinder.events.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.wayfinder.events.EventsPlugin;
import org.wayfinder.events.event.Event;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.evidence.Encounter;
import org.wayfinder.platform.spi.evidence.EncounterRecords;
import org.wayfinder.platform.spi.web.Dates;

/**
 * Events' encounters for schools' careers records: each session a student came to with a place of
 * their own, as staff or the session's code recorded it, is an encounter of the kind of event it was
 * (a career event, a work experience day), with the programme's organisation, for as long as the
 * session lasted. A teacher's class booking names no students, so its places count in the report
 * but are no student's evidence; parents' places are no student's either.
 */
@ApplicationScoped
public class EventsEncounters extends Repository<Event> implements EncounterRecords {

    @Inject
    TenantContext tenantContext;

    @Inject
    Dates dates;

    public EventsEncounters() {
        super(Event.class);
    }

    @Override
    public String pluginId() {
        return EventsPlugin.ID;
    }

    @Override
    @RequiresRole(Roles.OWNER)
    public List<Encounter> encounters() {
        String organisation = tenantContext.tenant().name();
        ZoneId zone = dates.zone();
        List<Encounter> encounters = new ArrayList<>();
        for (Object[] row : em().createQuery("SELECT b.accountId, b.school, s.startsAt, s.endsAt, e.type, e.title"
                        + " FROM EventAttendance a, EventBooking b, EventSession s, Event e"
                        + " WHERE a.present > 0 AND b.id = a.bookingId AND s.id = a.sessionId AND e.id = b.eventId"
                        + " AND b.className IS NULL AND b.bookedAs <> :parent ORDER BY s.startsAt, b.accountId", Object[].class)
                .setParameter("parent", EventsPlugin.PARENT).getResultList()) {
            Instant starts = (Instant) row[2];
            Instant ends = (Instant) row[3];
            encounters.add(new Encounter((String) row[0], null, row[1] == null ? "" : (String) row[1], LocalDate.ofInstant(starts, zone),
                    (String) row[4], organisation, (String) row[5], (int) Duration.between(starts, ends).toMinutes()));
        }
        return encounters;
    }
}
