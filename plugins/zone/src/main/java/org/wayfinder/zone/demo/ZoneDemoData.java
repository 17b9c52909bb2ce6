package org.wayfinder.zone.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wayfinder.platform.spi.DemoData;
import org.wayfinder.platform.spi.DemoDataSet;
import org.wayfinder.platform.spi.DemoDataSet.Node;
import org.wayfinder.platform.spi.DemoPeople;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.TenantOwned;
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
 * Loads a Zone demo data set ({@code demo/zone/*.json}). A data set may hold:
 * <ul>
 *   <li>{@code "openZone"}: a Zone open now, with teams, a school whose teacher is approved and has a
 *       class code, students in that class, professionals in the teams, a Chat on now and a
 *       timetable of Chats from tomorrow, the first of which the teacher has booked (see
 *       {@code this-term.json});</li>
 *   <li>{@code "closedZone"}: a past Zone built from its report's figures by {@link HealthcareZone}
 *       (see {@code healthcare-zone-2023.json} and {@code docs/zone-report.md}).</li>
 * </ul>
 * Times in an open Zone are relative to the moment the demo is loaded, so there is always a Chat on.
 * A Zone whose name the programme has already is left as it is.
 */
@ApplicationScoped
public class ZoneDemoData extends Repository<Zone> implements DemoData {

    @Inject
    DemoPeople people;

    @Inject
    HealthcareZone healthcareZone;

    public ZoneDemoData() {
        super(Zone.class);
    }

    @Override
    public String plugin() {
        return ZonePlugin.ID;
    }

    @Override
    public void load(DemoDataSet data) {
        Node root = data.root();
        if (root.has("closedZone")) {
            healthcareZone.seed(root.get("closedZone"));
        }
        if (root.has("openZone")) {
            openZone(root.get("openZone"), Instant.now());
        }
    }

    private void openZone(Node plan, Instant now) {
        Node about = plan.get("zone");
        String name = about.text("name");
        if (query("SELECT z FROM Zone z WHERE z.name = :name").setParameter("name", name).getResultStream().findAny().isPresent()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Zone zone = add(new Zone(name, today.minusDays(about.integer("opensDaysAgo")), today.plusDays(about.integer("closesInDays"))));
        em().flush();
        Map<String, Team> teams = new HashMap<>();
        for (Node team : plan.list("teams")) {
            teams.put(team.text("name"), persisted(new Team(zone.getId(), team.text("name"), team.text("description"), teams.size() + 1)));
        }
        Node school = plan.get("school");
        School place = em().createQuery("SELECT s FROM School s WHERE s.name = :name", School.class)
                .setParameter("name", school.text("name")).getResultStream().findFirst()
                .orElseGet(() -> persisted(new School(school.text("name"), school.text("county"), false, false)));

        String teacher = plan.has("teacher") ? account(plan.get("teacher")) : null;
        if (teacher != null) {
            Teacher registration = persisted(new Teacher(teacher, place.getId()));
            em().createQuery("UPDATE Teacher t SET t.status = :approved, t.decidedAt = :now WHERE t.id = :id")
                    .setParameter("approved", Teacher.Status.APPROVED).setParameter("now", now).setParameter("id", registration.getId())
                    .executeUpdate();
            Node code = plan.get("classCode");
            ClassCode classCode = persisted(new ClassCode(zone.getId(), place.getId(), teacher, code.text("code"), code.text("className"),
                    now.plus(Duration.ofDays(code.integer("validForDays")))));
            for (Node student : plan.list("students")) {
                persisted(new Student(zone.getId(), account(student), place.getId(), classCode.getId()));
            }
        }
        for (Node professional : plan.list("professionals")) {
            persisted(new Professional(zone.getId(), account(professional.get("email")), team(teams, professional.get("team")).getId()));
        }

        Node onNow = plan.get("chatOnNow");
        Chat live = persisted(new Chat(zone.getId(), team(teams, onNow.get("team")).getId(), now.truncatedTo(ChronoUnit.MINUTES)
                .minus(Duration.ofMinutes(onNow.integer("startedMinutesAgo"))), onNow.integer("minutes"), onNow.integer("classes")));
        Node timetable = plan.get("timetable");
        List<Node> inTurn = timetable.list("teamsInTurn");
        Team booked = team(teams, timetable.get("teacherBooksTheFirstOf"));
        Instant tomorrow = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        Chat first = null;
        for (int day = 0; day < timetable.integer("days"); day++) {
            Team team = team(teams, inTurn.get(day % inTurn.size()));
            for (Node hour : timetable.list("hoursUtc")) {
                Chat chat = persisted(new Chat(zone.getId(), team.getId(), tomorrow.plus(Duration.ofDays(day))
                        .plus(Duration.ofHours(hour.integer())), timetable.integer("minutes"), timetable.integer("classes")));
                if (first == null && team == booked) {
                    first = chat;
                }
            }
        }
        if (teacher != null) {
            String className = plan.get("classCode").text("className");
            persisted(new Booking(live.getId(), place.getId(), teacher, className, now));
            if (first != null) {
                persisted(new Booking(first.getId(), place.getId(), teacher, className, now));
            }
        }
    }

    private static Team team(Map<String, Team> teams, Node name) {
        Team team = teams.get(name.text());
        if (team == null) {
            throw name.fail("no team of that name among " + teams.keySet());
        }
        return team;
    }

    private String account(Node email) {
        return people.idOf(email.text()).orElseThrow(() -> email.fail("nobody signs in as " + email.text()));
    }

    private <T extends TenantOwned> T persisted(T record) {
        em().persist(record);
        em().flush();
        return record;
    }
}
