package org.wayfinder.events.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.wayfinder.events.EventsPlugin;
import org.wayfinder.events.event.Attendance;
import org.wayfinder.events.event.EventBooking;
import org.wayfinder.events.event.EventFeedback;
import org.wayfinder.events.event.EventSession;
import org.wayfinder.events.event.Events;
import org.wayfinder.events.event.Feedback;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;

/**
 * The events report, worked out from the programme's own records as of now, over the events held so
 * far: published events with at least one session that has ended, and of them only the sessions that
 * have ended. What each figure means (docs/events.md says the same):
 * <ul>
 *   <li><b>places booked</b>: places of bookings that still stand as booked (a class's count as all
 *       its places); cancelled, declined and waiting ones are not places;</li>
 *   <li><b>places attended</b>: for each booking, the most of its places present at any one session
 *       held; <b>no-shows</b> the rest, so booked = attended + no-shows;</li>
 *   <li><b>attendance rate</b>: places present summed over every session held, out of places booked
 *       times sessions held (a week of five days counts each day);</li>
 *   <li><b>priority schools' share</b>: of places booked (and of those attended), those of bookings
 *       whose school is one the programme lists as priority (under-served or widening participation);</li>
 *   <li><b>feedback</b>: answers from those who came, their average score from 1 to 5 and how many
 *       gave each score.</li>
 * </ul>
 */
@ApplicationScoped
public class EventsReport extends Repository<EventBooking> {

    /** What a booking that gave no school is counted under. */
    public static final String NO_SCHOOL = "School not given";

    /** One line of a breakdown (a kind of event, a school) or the whole. */
    public record Group(String name, boolean priority, int events, int booked, int attended, int noShows, int expected, int attendances,
                        int responses, int scoreTotal) implements Serializable {

        /** Places present over places booked times sessions held, as a whole percentage; null with nothing held. */
        public Integer attendanceRate() {
            return share(attendances, expected);
        }

        /** The average feedback score to one decimal place; null with no answers. */
        public BigDecimal averageScore() {
            return responses == 0 ? null : BigDecimal.valueOf(scoreTotal).divide(BigDecimal.valueOf(responses), 1, RoundingMode.HALF_UP);
        }
    }

    /**
     * The report's figures.
     *
     * @param whole            every event held, together
     * @param priorityBooked   places booked for priority schools
     * @param priorityAttended places attended of those
     * @param scores           how many answers gave each score, 1 to 5
     * @param byType           by kind of event, in the programme's order of kinds (then any kind no longer listed)
     * @param bySchool         by school, alphabetical, priority ones marked, those without a school last
     */
    public record Figures(Group whole, int priorityBooked, int priorityAttended, List<Integer> scores, List<Group> byType,
                          List<Group> bySchool) implements Serializable {

        /** Priority schools' share of places booked, as a whole percentage; null with none booked. */
        public Integer priorityShareBooked() {
            return share(priorityBooked, whole.booked());
        }

        public Integer priorityShareAttended() {
            return share(priorityAttended, whole.attended());
        }
    }

    @Inject
    Events events;

    @Inject
    Attendance attendance;

    @Inject
    Feedback feedback;

    @Inject
    ProgrammePlugins plugins;

    public EventsReport() {
        super(EventBooking.class);
    }

    /** The figures as of {@code now}, for owners. */
    @RequiresRole(Roles.OWNER)
    public Figures figures(Instant now) {
        Set<String> priority = EventsPlugin.listOf(plugins.settings(EventsPlugin.ID), EventsPlugin.PRIORITY_SCHOOLS).stream()
                .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<Events.Scheduled> held = events.scheduled(events.published()).stream()
                .filter(one -> one.sessions().stream().anyMatch(session -> session.ended(now))).toList();
        Map<String, List<EventSession>> sessionsHeld = new HashMap<>();
        held.forEach(one -> sessionsHeld.put(one.event().getId(), one.sessions().stream().filter(session -> session.ended(now)).toList()));
        List<EventBooking> booked = bookedAt(List.copyOf(sessionsHeld.keySet()));
        Map<String, Map<String, Integer>> present = attendance.presentFor(booked.stream().map(EventBooking::getId).toList());
        List<EventFeedback> answers = feedbackOn(List.copyOf(sessionsHeld.keySet()));
        Map<String, String> typeOf = new HashMap<>();
        held.forEach(one -> typeOf.put(one.event().getId(), one.event().getType()));

        Tally whole = new Tally("All events", false);
        Map<String, Tally> byType = new LinkedHashMap<>();
        events.types().forEach(type -> byType.put(type, new Tally(type, false)));
        Map<String, Tally> bySchool = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Tally noSchool = new Tally(NO_SCHOOL, false);
        held.forEach(one -> {
            whole.events.add(one.event().getId());
            byType.computeIfAbsent(one.event().getType(), type -> new Tally(type, false)).events.add(one.event().getId());
        });
        int priorityBooked = 0;
        int priorityAttended = 0;
        Map<String, Tally> schoolOfBooking = new HashMap<>();
        for (EventBooking booking : booked) {
            List<EventSession> sessions = sessionsHeld.get(booking.getEventId());
            Map<String, Integer> came = present.getOrDefault(booking.getId(), Map.of());
            int attendances = sessions.stream().mapToInt(session -> came.getOrDefault(session.getId(), 0)).sum();
            int attended = sessions.stream().mapToInt(session -> came.getOrDefault(session.getId(), 0)).max().orElse(0);
            boolean isPriority = booking.getSchool() != null && priority.contains(booking.getSchool().toLowerCase(Locale.ROOT));
            Tally school = booking.getSchool() == null ? noSchool
                    : bySchool.computeIfAbsent(booking.getSchool(), name -> new Tally(name, isPriority));
            schoolOfBooking.put(booking.getId(), school);
            for (Tally tally : List.of(whole, byType.get(typeOf.get(booking.getEventId())), school)) {
                tally.add(booking, sessions.size(), attended, attendances);
            }
            if (isPriority) {
                priorityBooked += booking.getPlaces();
                priorityAttended += attended;
            }
        }
        Integer[] scores = {0, 0, 0, 0, 0};
        for (EventFeedback answer : answers) {
            Tally school = schoolOfBooking.get(answer.getBookingId());
            if (school == null) {
                continue; // the booking was cancelled after the event: neither its place nor its answer counts
            }
            scores[answer.getScore() - 1]++;
            whole.answer(answer.getScore());
            byType.get(typeOf.get(answer.getEventId())).answer(answer.getScore());
            school.answer(answer.getScore());
        }
        List<Group> schools = new ArrayList<>(bySchool.values().stream().map(Tally::group).toList());
        if (noSchool.booked > 0) {
            schools.add(noSchool.group());
        }
        return new Figures(whole.group(), priorityBooked, priorityAttended, List.of(scores),
                byType.values().stream().map(Tally::group).toList(), schools);
    }

    static Integer share(int part, int whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }

    /** Figures as they are added up. */
    private static final class Tally {

        private final String name;
        private final boolean priority;
        private final Set<String> events = new HashSet<>();
        private int booked;
        private int attended;
        private int expected;
        private int attendances;
        private int responses;
        private int scoreTotal;

        Tally(String name, boolean priority) {
            this.name = name;
            this.priority = priority;
        }

        void add(EventBooking booking, int sessions, int attendedPlaces, int present) {
            events.add(booking.getEventId());
            booked += booking.getPlaces();
            attended += attendedPlaces;
            expected += booking.getPlaces() * sessions;
            attendances += present;
        }

        void answer(int score) {
            responses++;
            scoreTotal += score;
        }

        Group group() {
            return new Group(name, priority, events.size(), booked, attended, booked - attended, expected, attendances, responses, scoreTotal);
        }
    }

    /** The bookings holding places at these events. */
    private List<EventBooking> bookedAt(List<String> eventIds) {
        return eventIds.isEmpty() ? List.of() : query("SELECT b FROM EventBooking b WHERE b.eventId IN :events AND b.status = :booked"
                + " ORDER BY b.eventId, b.position").setParameter("events", eventIds).setParameter("booked", EventBooking.Status.BOOKED)
                .getResultList();
    }

    /** The feedback given on these events. */
    private List<EventFeedback> feedbackOn(List<String> eventIds) {
        return eventIds.isEmpty() ? List.of() : em().createQuery("SELECT f FROM EventFeedback f WHERE f.eventId IN :events",
                EventFeedback.class).setParameter("events", eventIds).getResultList();
    }
}
