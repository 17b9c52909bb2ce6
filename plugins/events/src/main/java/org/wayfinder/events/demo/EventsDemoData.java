package org.wayfinder.events.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.wayfinder.events.EventsPlugin;
import org.wayfinder.events.event.Event;
import org.wayfinder.events.event.EventBookings;
import org.wayfinder.events.event.Events;
import org.wayfinder.events.placement.Placements;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.DemoData;
import org.wayfinder.platform.spi.DemoDataSet;
import org.wayfinder.platform.spi.DemoDataSet.Node;
import org.wayfinder.platform.spi.DemoPeople;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.SendKeys;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.safeguarding.Vetting;
import org.wayfinder.platform.spi.web.Dates;

/**
 * Loads an events demo data set (for instance {@code demo/events/healthcare-horizons.json}): events
 * with their sessions, published by the owner, and the people who booked or applied, in order. Each
 * record is made by the service a person would use, as that person, so the demo keeps every rule: an
 * event of three places booked by four has one on its waiting list, an event by application has
 * applications waiting for staff.
 *
 * <p>Sessions are given in days from the day the demo is loaded and a time on the UK's clock, so
 * they are always to come: {@code {"inDays": 12, "starts": "10:00", "hours": 4}}. Events already held
 * (with attendance) are not in the demo: sessions are only ever added in the future.
 *
 * <p>Work experience placements ({@code "placements"}) name their supervisors (with a DBS check the
 * moderator records, where one is given), start on the Monday a number of weeks ahead and close a
 * number of days from the load; students apply as themselves, giving their age on the first day.
 */
@ApplicationScoped
public class EventsDemoData implements DemoData {

    @Inject
    DemoPeople people;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    @Inject
    Events events;

    @Inject
    EventBookings bookings;

    @Inject
    Dates dates;

    @Inject
    Placements placements;

    @Inject
    Vetting vetting;

    @Override
    public String plugin() {
        return EventsPlugin.ID;
    }

    @Override
    public void load(DemoDataSet data) {
        Node root = data.root();
        String owner = people.idOf(root.text("owner")).orElseThrow(() -> root.get("owner").fail("nobody signs in as "
                + root.text("owner") + "; add them to demo.json first"));
        LocalDate today = LocalDate.now(dates.zone());
        for (Node item : root.list("events")) {
            List<String> who = item.texts("for");
            Events.Draft draft = new Events.Draft(item.text("title"), item.text("type"), item.optionalText("description").orElse(null),
                    item.flag("online", false), item.optionalText("venue").orElse(null), Integer.toString(item.integer("places")),
                    who.contains("students"), who.contains("parents"), who.contains("classes"), item.flag("byApplication", false));
            String eventId = refusedAt(item, () -> as(owner, Roles.OWNER, () -> {
                Event event = events.create(draft);
                for (Node session : item.list("sessions")) {
                    Instant starts = today.plusDays(session.integer("inDays")).atTime(LocalTime.parse(session.text("starts")))
                            .atZone(dates.zone()).toInstant();
                    refusedAt(session, () -> events.addSession(event.getId(), starts, starts.plus(Duration.ofHours(session.integer("hours"))),
                            Instant.now()));
                }
                return events.publish(event.getId(), Instant.now()).getId();
            }));
            for (Node booking : item.list("bookings")) {
                String login = booking.text("email");
                String role = booking.optionalText("role").orElse(Roles.MEMBER);
                String id = people.idOf(login).orElseGet(() -> people.add(login, booking.text("name"), role));
                String school = booking.optionalText("school").orElse(null);
                refusedAt(booking, () -> as(id, role, () -> booking.has("class")
                        ? bookings.bookForClass(eventId, booking.text("class"), Integer.toString(booking.integer("size")), school,
                                SendKeys.fresh(), Instant.now())
                        : bookings.bookMyPlace(eventId, school, SendKeys.fresh(), Instant.now())));
            }
        }
        if (root.has("placements")) {
            loadPlacements(root.get("placements"), today);
        }
    }

    /**
     * Placements with their supervisors (a DBS check recorded by the moderator where one is given;
     * a supervisor without one shows staff the warning) and students' applications, still open.
     */
    private void loadPlacements(Node data, LocalDate today) {
        String moderator = people.idOf(data.text("moderator")).orElseThrow(() -> data.get("moderator").fail("nobody signs in as "
                + data.text("moderator")));
        for (Node supervisor : data.list("supervisors")) {
            String login = supervisor.text("email");
            String id = people.idOf(login).orElseGet(() -> people.add(login, supervisor.text("name"), EventsPlugin.SUPERVISOR));
            if (supervisor.has("dbs")) {
                Node dbs = supervisor.get("dbs");
                LocalDate issued = today.minusDays(dbs.integer("issuedDaysAgo"));
                refusedAt(dbs, () -> as(moderator, Roles.MODERATOR, () -> vetting.record(id, Vetting.CheckType.valueOf(dbs.text("type")),
                        issued, issued.plusYears(dbs.integer("years")), today)));
            }
        }
        for (Node item : data.list("list")) {
            LocalDate first = today.plusWeeks(item.integer("startsInWeeks")).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            String supervisor = people.idOf(item.text("supervisor")).orElseThrow(() -> item.get("supervisor").fail("nobody signs in as "
                    + item.text("supervisor") + "; list them under supervisors first"));
            Placements.Draft draft = new Placements.Draft(item.text("department"), item.text("title"),
                    item.optionalText("description").orElse(null), first, first.plusDays(item.integer("days") - 1L),
                    today.plusDays(item.integer("closesInDays")), Integer.toString(item.integer("places")), supervisor);
            String placementId = refusedAt(item, () -> as(moderator, Roles.MODERATOR, () -> placements.offer(draft, Instant.now()))).getId();
            for (Node application : item.list("applications")) {
                String login = application.text("email");
                String id = people.idOf(login).orElseThrow(() -> application.get("email").fail("nobody signs in as " + login));
                LocalDate bornOn = first.minusYears(application.integer("age")).minusDays(40);
                refusedAt(application, () -> as(id, Roles.MEMBER, () -> placements.apply(placementId, application.integer("choice"), bornOn,
                        application.optionalText("school").orElse(null), application.text("why"), SendKeys.fresh(), Instant.now())));
            }
        }
    }

    private <T> T as(String accountId, String role, Supplier<T> work) {
        return currentUser.actingAs(new SignedInUser(accountId, tenantContext.tenantId(), "Demo", Set.copyOf(List.of(role, Roles.MEMBER)), false), work);
    }

    /** A service's refusal, reported at the record of the data set that it refused. */
    private static <T> T refusedAt(Node at, Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidInputException e) {
            throw at.fail("refused: " + e.errors().stream().map(error -> error.field() + ": " + error.message())
                    .collect(Collectors.joining("; ")), e);
        }
    }
}
