package org.wayfinder.zone.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.wayfinder.platform.spi.DemoPeople;
import org.wayfinder.platform.spi.DemoProgrammeReady;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.booking.Booking;
import org.wayfinder.zone.booking.Chat;
import org.wayfinder.zone.event.Professional;
import org.wayfinder.zone.event.Team;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.school.ClassCode;
import org.wayfinder.zone.school.School;
import org.wayfinder.zone.school.Student;
import org.wayfinder.zone.school.Teacher;

/**
 * The demo's open Zone, beside the closed one of {@link ClosedZoneDemo}: open from three days ago
 * for two months, with two teams and a Chat timetable. The demo teacher is approved at The Becket
 * School, has the class code {@value #CLASS_CODE} and has booked a Chat that is on now and one
 * tomorrow; the demo student is in that class and the demo professional in the Nottinghamshire team,
 * so each can sign in and find something to do.
 */
@ApplicationScoped
public class OpenZoneDemo extends Repository<Zone> {

    public static final String NAME = "The Healthcare Zone, this term";
    /** The demo class's code, as a teacher would read it out: ZONE-DEMO. */
    public static final String CLASS_CODE = "ZONEDEMO";

    private static final Logger LOG = Logger.getLogger(OpenZoneDemo.class.getName());

    @Inject
    DemoPeople people;

    public OpenZoneDemo() {
        super(Zone.class);
    }

    /** After the closed Zone ({@link ClosedZoneDemo}), whose school register this Zone shares. */
    void onDemoProgramme(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DemoProgrammeReady ready) {
        if (!ZonePlugin.ID.equals(ready.template())) {
            return;
        }
        try {
            seed(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Demo: the open Zone could not be added to " + ready.slug(), e);
        }
    }

    /** Adds the open Zone unless there is one of that name. */
    public void seed(Instant now) {
        if (query("SELECT z FROM Zone z WHERE z.name = :name").setParameter("name", NAME).getResultStream().findAny().isPresent()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        Zone zone = add(new Zone(NAME, today.minusDays(3), today.plusDays(60)));
        em().flush();
        Team notts = persisted(new Team(zone.getId(), "Nottinghamshire", "Nottinghamshire Training Hub: GP practices, pharmacies"
                + " and community teams", 1));
        Team derby = persisted(new Team(zone.getId(), "Derbyshire", "Health Education Derbyshire: hospital and ambulance roles", 2));
        School becket = em().createQuery("SELECT s FROM School s WHERE s.name = :name", School.class)
                .setParameter("name", "The Becket School").getResultStream().findFirst()
                .orElseGet(() -> persisted(new School("The Becket School", "Nottinghamshire", false, false)));

        String teacher = account("teacher@zone.example");
        String student = account("student@zone.example");
        String professional = account("professional@zone.example");
        if (teacher != null) {
            Teacher registration = persisted(new Teacher(teacher, becket.getId()));
            em().createQuery("UPDATE Teacher t SET t.status = :approved, t.decidedAt = :now WHERE t.id = :id")
                    .setParameter("approved", Teacher.Status.APPROVED).setParameter("now", now).setParameter("id", registration.getId())
                    .executeUpdate();
            ClassCode code = persisted(new ClassCode(zone.getId(), becket.getId(), teacher, CLASS_CODE, "Year 10 Biology",
                    now.plus(Duration.ofDays(60))));
            if (student != null) {
                persisted(new Student(zone.getId(), student, becket.getId(), code.getId()));
            }
        }
        if (professional != null) {
            persisted(new Professional(zone.getId(), professional, notts.getId()));
        }

        // A Chat that started five minutes ago and runs for two hours (the demo can try the live Chat), then
        // the timetable from tomorrow at 10:00 and 14:00 UTC.
        Chat live = persisted(new Chat(zone.getId(), notts.getId(), now.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(5)), 120, 2));
        Instant tomorrow = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        Chat first = null;
        for (int day = 0; day < 10; day++) {
            for (int hourOfDay : new int[] {10, 14}) {
                Team team = (day + hourOfDay) % 2 == 0 ? notts : derby;
                Chat chat = persisted(new Chat(zone.getId(), team.getId(), tomorrow.plus(Duration.ofDays(day)).plus(Duration.ofHours(hourOfDay)),
                        30, 1));
                if (first == null && team == notts) {
                    first = chat;
                }
            }
        }
        if (teacher != null) {
            persisted(new Booking(live.getId(), becket.getId(), teacher, "Year 10 Biology", now));
            persisted(new Booking(first.getId(), becket.getId(), teacher, "Year 10 Biology", now));
        }
        LOG.info(() -> "Demo: the open Zone \"" + NAME + "\" added, with class code ZONE-DEMO");
    }

    private String account(String email) {
        return people.idOf(email).orElse(null);
    }

    private <T extends org.wayfinder.platform.spi.TenantOwned> T persisted(T record) {
        em().persist(record);
        em().flush();
        return record;
    }
}
