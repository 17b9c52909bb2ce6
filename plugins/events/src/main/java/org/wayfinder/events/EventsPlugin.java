package org.wayfinder.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wayfinder.platform.spi.Plugin;
import org.wayfinder.platform.spi.PluginLink;
import org.wayfinder.platform.spi.PluginRole;
import org.wayfinder.platform.spi.PluginSetting;
import org.wayfinder.platform.spi.PluginSettings;
import org.wayfinder.platform.spi.Roles;

/**
 * Events: what a programme runs beside mentoring and Zones (career events, work experience weeks,
 * virtual work experience, parent sessions, pre-employment courses). Owners publish them with their
 * sessions, capacity and who may book; people book a place, or apply where staff decide; a full event
 * keeps a waiting list that moves up by itself when a place frees; teachers book places for a class.
 *
 * <p>Built on {@code platform-spi} alone. Who counts as a student or a teacher is the programme's to
 * say, by role (settings {@link #STUDENT_ROLES} and {@link #TEACHER_ROLES}), so the plugin works
 * beside mentoring's mentees, the Zone's students and teachers, or people who only registered; parents
 * and carers have this plugin's own role.
 */
@ApplicationScoped
public class EventsPlugin implements Plugin {

    public static final String ID = "events";

    /** A parent or carer, who books parent sessions. */
    public static final String PARENT = "parent";

    /** A member of staff of a department who supervises students on a work experience placement: vetted as mentors are. */
    public static final String SUPERVISOR = "supervisor";

    /** The kinds of event an owner chooses from, in the programme's words. */
    public static final String TYPES = "event-types";

    /** The roles whose holders book as students. */
    public static final String STUDENT_ROLES = "student-roles";

    /** The roles whose holders book places for a class. */
    public static final String TEACHER_ROLES = "teacher-roles";

    /** The largest class a teacher books places for. */
    public static final String LARGEST_CLASS = "largest-class";

    /** How many hours before a session people with a place are reminded of it. */
    public static final String REMINDER_HOURS = "reminder-hours";

    /** The schools the programme counts as priority (under-served, widening participation), for the report's share. */
    public static final String PRIORITY_SCHOOLS = "priority-schools";

    static final String DEFAULT_TYPES = "Career event, Work experience week, Virtual work experience, Parent session,"
            + " Pre-employment course";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Events";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public String description() {
        return "Career events, work experience and parent sessions that people book or apply for, with places, a waiting list"
                + " that moves up by itself, and class bookings by teachers.";
    }

    @Override
    public List<PluginSetting> settings() {
        return List.of(
                PluginSetting.text(TYPES, "Kinds of event").withRange(1, 1000).withDefault(DEFAULT_TYPES).asRequired()
                        .withHelp("Separated by commas, in the order owners choose from them."),
                PluginSetting.text(STUDENT_ROLES, "Roles that book as students").withRange(0, 300).withDefault("student, mentee, member")
                        .withHelp("Role names separated by commas, such as student, mentee or member."),
                PluginSetting.text(TEACHER_ROLES, "Roles that book for a class").withRange(0, 300).withDefault("teacher")
                        .withHelp("Role names separated by commas; they book places for a whole class."),
                PluginSetting.integer(LARGEST_CLASS, "Largest class a teacher books for").withRange(1, 200).withDefault("35")
                        .asRequired(),
                PluginSetting.integer(REMINDER_HOURS, "Remind people with a place (hours before)").withRange(1, 168).withDefault("24")
                        .asRequired(),
                PluginSetting.text(PRIORITY_SCHOOLS, "Priority schools").withRange(0, 4000).withDefault("")
                        .withHelp("Schools under-served or of widening participation, separated by commas, as people write them when they"
                                + " book: the report shows their share of places."));
    }

    @Override
    public List<PluginRole> roles() {
        return List.of(new PluginRole(PARENT, "Parent or carer", "A parent or carer of a young person, who books parent sessions", true),
                new PluginRole(SUPERVISOR, "Placement supervisor", "Supervises students on a department's work experience placement,"
                        + " records the days they came and writes their reference", false, true));
    }

    @Override
    public List<PluginLink> links() {
        return List.of(
                new PluginLink("Events", "/events/manage.xhtml", "publish career events, work experience and parent sessions; who booked.",
                        Roles.OWNER),
                new PluginLink("Events report", "/events/report.xhtml", "bookings, attendance, no-shows and feedback, by kind of event"
                        + " and by school; as CSV, Excel or PDF.", Roles.OWNER),
                new PluginLink("Event applications", "/events/applications.xhtml", "accept or decline applications for events.",
                        Roles.MODERATOR),
                new PluginLink("Work experience placements", "/events/placements.xhtml", "add the placements departments offer, see"
                        + " who applied, and give the places.", Roles.MODERATOR),
                new PluginLink("Placement", "/events/supervise.xhtml", "record the days your students came and write"
                        + " their references.", SUPERVISOR),
                new PluginLink("Take attendance", "/events/attendance.xhtml", "tick who came to a session on your phone, or show a code"
                        + " people type to check in.", Roles.MODERATOR),
                new PluginLink("Events", "/events/index.xhtml", "events you can book, and your bookings.", Roles.MEMBER));
    }

    /** Pages under /events/, the API under /api/v1/events/. */
    @Override
    public Set<String> paths() {
        return Set.of(ID);
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/events/changelog.xml");
    }

    /** The items of a comma-separated setting, trimmed, without empty ones, in order. */
    public static List<String> listOf(PluginSettings settings, String key) {
        String text = settings.text(key);
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(item -> !item.isEmpty()).distinct().toList();
    }
}
