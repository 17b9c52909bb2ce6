package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wayfinder.events.EventsPlugin;
import org.wayfinder.events.event.Event;
import org.wayfinder.events.event.EventBooking;
import org.wayfinder.events.event.EventBookings;
import org.wayfinder.events.event.Attendance;
import org.wayfinder.events.event.Certificates;
import org.wayfinder.events.event.Events;
import org.wayfinder.events.event.Feedback;
import org.wayfinder.events.evidence.EventsEncounters;
import org.wayfinder.events.report.EventsReport;
import org.wayfinder.platform.spi.evidence.Encounter;
import org.wayfinder.platform.spi.journey.StepType;
import org.wayfinder.platform.spi.form.FieldOption;
import org.wayfinder.platform.spi.form.FormDefinition;
import org.wayfinder.platform.spi.form.FormField;
import org.wayfinder.platform.spi.form.FormSection;
import org.wayfinder.platform.spi.report.Certificate;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.personal.PersonalDataRequests;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.SendKeys;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * Events (issue 20, item 1) in the services, on a programme of the test's own and a second beside
 * it: an owner's event is checked field by field and published only with a session to come; eight
 * students booking three places at the same moment get exactly three, the rest wait in the order
 * they asked and move up in that order when places free; a teacher's class takes all its places and
 * nobody passes someone waiting; an application waits for staff, who decline only with a reason;
 * the same booking sent twice is stored once; wrong roles and the other programme are refused.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventsIT {

    private static final String SLUG = "events-lab";
    private static final String OTHER_SLUG = "events-other";
    private static final String OWNER = "owner@events-lab.example";
    private static final String MODERATOR = "mo@events-lab.example";
    private static final String PARENT = "pat@events-lab.example";
    private static final String TEACHER = "tess@events-lab.example";
    private static final String TEACHER_TOO = "tom@events-lab.example";
    private static final String OTHER_OWNER = "owner@events-other.example";
    private static final String OTHER_STUDENT = "sid@events-other.example";
    private static final int STUDENTS = 8;
    private static final String HOST = SLUG + ".localhost";
    private static final String OFF_SLUG = "events-off";
    private static final String OFF_HOST = OFF_SLUG + ".localhost";
    private static final String OFF_OWNER = "owner@events-off.example";
    private static final String PAGE_EVENT = "Parents' evening on careers in the NHS";

    /** The events made here, by title, found again in each test. */
    private static final String OPEN_DAY = "Hospital open day";
    private static final String CLASS_VISIT = "Theatre visit for classes";
    private static final String WORK_EXPERIENCE = "Work experience week";

    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension mail = Mailbox.serverOutsideThePlatform();

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    TenantDirectory tenants;

    @Inject
    Tenancy tenancy;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    PluginActivations activations;

    @Inject
    Events events;

    @Inject
    EventBookings bookings;

    @Inject
    ChatFixtures fixtures;

    @Inject
    Attendance attendance;

    @Inject
    Certificates certificates;

    @Inject
    Feedback feedback;

    @Inject
    EventsEncounters eventEncounters;

    @Inject
    EventsReport report;

    @Inject
    org.wayfinder.platform.form.Forms forms;

    @Inject
    @jakarta.enterprise.inject.Any
    Instance<StepType> stepTypes;

    @Inject
    PersonalDataRequests requests;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Resource
    ManagedExecutorService executor;

    private Acting acting() {
        return new Acting(currentUser, tenancy, accounts);
    }

    private TenantRef lab() {
        return tenants.bySlug(SLUG).orElseGet(() -> tenants.create(SLUG, "Events Lab"));
    }

    private TenantRef other() {
        return tenants.bySlug(OTHER_SLUG).orElseGet(() -> tenants.create(OTHER_SLUG, "Events Other"));
    }

    private static String student(int i) {
        return "student" + i + "@events-lab.example";
    }

    private String id(String email) {
        return acting().idOf(email.endsWith("events-other.example") ? other() : lab(), email);
    }

    private <T> T asOwner(Supplier<T> work) {
        return acting().asPerson(lab(), id(OWNER), Roles.OWNER, work);
    }

    private <T> T as(String email, String role, Supplier<T> work) {
        return acting().asPerson(lab(), id(email), role, work);
    }

    private String eventId(String title) {
        return tenancy.callAs(lab(), () -> fixtures.one("SELECT e.id FROM Event e WHERE e.title = :title", Map.of("title", title)));
    }

    private List<EventBooking> bookingsOf(String eventId) {
        return asOwner(() -> bookings.ofEvent(eventId)).stream().map(EventBookings.Row::booking).toList();
    }

    private static Events.Draft draft(String title, String capacity, boolean students, boolean parents, boolean classes, boolean apply) {
        return new Events.Draft(title, "Career event", "A day on the wards.", false, "Lincoln County Hospital", capacity, students, parents,
                classes, apply);
    }

    /** A published event with one session a week from now. */
    private String published(Events.Draft draft) {
        return asOwner(() -> {
            Event event = events.create(draft);
            Instant starts = Instant.now().plus(Duration.ofDays(7));
            events.addSession(event.getId(), starts, starts.plus(Duration.ofHours(3)), Instant.now());
            return events.publish(event.getId(), Instant.now()).getId();
        });
    }

    @Test
    @Order(1)
    void aProgrammeWithEventsOnAndItsPeople() {
        for (TenantRef programme : List.of(lab(), other())) {
            acting().as(programme, Roles.OWNER, () -> {
                activations.enable(EventsPlugin.ID);
                return null;
            });
        }
        acting().person(lab(), OWNER, "Olu Owner", Roles.OWNER);
        acting().person(lab(), MODERATOR, "Mo Moderator", Roles.MODERATOR);
        acting().person(lab(), PARENT, "Pat Parent", EventsPlugin.PARENT);
        acting().person(lab(), TEACHER, "Tess Teacher", "teacher");
        acting().person(lab(), TEACHER_TOO, "Tom Teacher", "teacher");
        for (int i = 0; i < STUDENTS; i++) {
            acting().person(lab(), student(i), "Student " + i, Roles.MEMBER);
        }
        acting().person(other(), OTHER_OWNER, "Otto Owner", Roles.OWNER);
        TenantRef off = tenants.bySlug(OFF_SLUG).orElseGet(() -> tenants.create(OFF_SLUG, "Events Off"));
        acting().person(off, OFF_OWNER, "Ola Owner", Roles.OWNER);
        acting().person(other(), OTHER_STUDENT, "Sid Student", Roles.MEMBER);
    }

    @Test
    @Order(2)
    void anOwnersEventIsCheckedFieldByFieldAndPublishedOnlyWithASessionToCome() {
        InvalidInputException wrong = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() -> asOwner(() -> events.create(
                new Events.Draft(" ", "Rodeo", "x".repeat(2001), false, " ", "abc", false, false, false, false))));
        assertThat(wrong.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("title", "type", "description", "venue", "capacity", "forStudents");
        for (String capacity : List.of("0", "-1", "10001", "1e3", "<script>")) {
            assertThatThrownBy(() -> asOwner(() -> events.create(draft(OPEN_DAY, capacity, true, false, false, false))))
                    .as(capacity).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> as(MODERATOR, Roles.MODERATOR, () -> events.create(draft(OPEN_DAY, "3", true, false, false, false))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tenancy.callAs(lab(), () -> fixtures.count("SELECT COUNT(e) FROM Event e", Map.of()))).as("nothing stored").isZero();

        Event draft = asOwner(() -> events.create(draft(OPEN_DAY, "3", true, false, false, false)));
        assertThat(draft.getStatus()).isEqualTo(Event.Status.DRAFT);
        assertThatThrownBy(() -> asOwner(() -> events.publish(draft.getId(), Instant.now()))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Add a session in the future before publishing.");
        Instant now = Instant.now();
        assertThatThrownBy(() -> asOwner(() -> events.addSession(draft.getId(), now.minusSeconds(60), now.plusSeconds(3600), now)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> asOwner(() -> events.addSession(draft.getId(), now.plusSeconds(7200), now.plusSeconds(3600), now)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(student(0), Roles.MEMBER, () -> bookings.bookMyPlace(draft.getId(), SendKeys.fresh(), now)))
                .as("a draft is for its owners only").isInstanceOf(AccessDeniedException.class);
        asOwner(() -> events.addSession(draft.getId(), now.plus(Duration.ofDays(7)), now.plus(Duration.ofDays(7)).plus(Duration.ofHours(4)), now));
        assertThat(asOwner(() -> events.publish(draft.getId(), now)).getStatus()).isEqualTo(Event.Status.PUBLISHED);
        assertThat(as(student(0), Roles.MEMBER, () -> bookings.bookable(now))).extracting(b -> b.scheduled().event().getTitle())
                .containsExactly(OPEN_DAY);
        assertThat(as(PARENT, EventsPlugin.PARENT, () -> bookings.bookable(now))).as("not a parents' event").isEmpty();
    }

    @Test
    @Order(3)
    void eightStudentsBookingThreePlacesAtOnceGetExactlyThreeAndTheRestWaitInOrder() throws Exception {
        String openDay = eventId(OPEN_DAY);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<EventBooking>> tries = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            String person = id(student(i));
            Callable<EventBooking> booking = () -> {
                RequestContextController context = requestContexts.get();
                context.activate();
                try {
                    start.await();
                    return acting().asPerson(lab(), person, Roles.MEMBER, () -> bookings.bookMyPlace(openDay, SendKeys.fresh(), Instant.now()));
                } finally {
                    context.deactivate();
                }
            };
            tries.add(executor.submit(booking));
        }
        start.countDown();
        for (Future<EventBooking> booking : tries) {
            booking.get(60, TimeUnit.SECONDS);
        }
        List<EventBooking> all = bookingsOf(openDay);
        assertThat(all).hasSize(STUDENTS);
        assertThat(all).filteredOn(b -> b.getStatus() == EventBooking.Status.BOOKED).as("never more than the places").hasSize(3);
        List<EventBooking> waiting = all.stream().filter(b -> b.getStatus() == EventBooking.Status.WAITING).toList();
        assertThat(waiting).hasSize(STUDENTS - 3);
        assertThat(all).extracting(EventBooking::getPosition).as("each in its own place in the order asked")
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(all).filteredOn(b -> b.getStatus() == EventBooking.Status.BOOKED).extracting(EventBooking::getPosition)
                .as("the first three who asked").containsExactly(1, 2, 3);
        assertThat(asOwner(() -> bookings.places(List.of(openDay)).get(openDay))).isEqualTo(new EventBookings.Places(3, 3, STUDENTS - 3));
        assertThatThrownBy(() -> as(student(0), Roles.MEMBER, () -> bookings.bookMyPlace(openDay, SendKeys.fresh(), Instant.now())))
                .as("one place each").isInstanceOf(InvalidInputException.class);

        // The first on the list moves up when a place frees, then the next.
        EventBooking leaving = all.stream().filter(b -> b.getStatus() == EventBooking.Status.BOOKED).findFirst().orElseThrow();
        String leaver = tenancy.callAs(lab(), () -> fixtures.one("SELECT a.email FROM Account a WHERE a.id = :id", Map.of("id", leaving.getAccountId())));
        String someoneElse = leaver.equals(student(1)) ? student(2) : student(1);
        assertThatThrownBy(() -> as(someoneElse, Roles.MEMBER, () -> bookings.cancel(leaving.getId(), Instant.now())))
                .as("someone else's booking").isInstanceOf(AccessDeniedException.class);
        as(leaver, Roles.MEMBER, () -> bookings.cancel(leaving.getId(), Instant.now()));
        List<EventBooking> after = bookingsOf(openDay);
        assertThat(after).filteredOn(b -> b.getId().equals(waiting.get(0).getId())).extracting(EventBooking::getStatus)
                .as("the first who waited").containsExactly(EventBooking.Status.BOOKED);
        assertThat(after).filteredOn(b -> b.getId().equals(waiting.get(1).getId())).extracting(EventBooking::getStatus)
                .containsExactly(EventBooking.Status.WAITING);
        assertThat(after).filteredOn(b -> b.getStatus() == EventBooking.Status.BOOKED).hasSize(3);
        asOwner(() -> bookings.cancel(waiting.get(0).getId(), Instant.now()));
        assertThat(bookingsOf(openDay)).filteredOn(b -> b.getId().equals(waiting.get(1).getId())).extracting(EventBooking::getStatus)
                .as("an owner's cancelling moves the list up too").containsExactly(EventBooking.Status.BOOKED);
        assertThatThrownBy(() -> asOwner(() -> events.change(openDay, draft(OPEN_DAY, "2", true, false, false, false), Instant.now())))
                .as("fewer places than booked").isInstanceOf(InvalidInputException.class).hasMessageContaining("3 places are booked already");
        asOwner(() -> events.change(openDay, draft(OPEN_DAY, "4", true, false, false, false), Instant.now()));
        assertThat(bookingsOf(openDay)).filteredOn(b -> b.getId().equals(waiting.get(2).getId())).extracting(EventBooking::getStatus)
                .as("a fourth place goes to the next who waited").containsExactly(EventBooking.Status.BOOKED);
        assertThat(asOwner(() -> bookings.places(List.of(openDay)).get(openDay))).isEqualTo(new EventBookings.Places(4, 4, STUDENTS - 6));
    }

    @Test
    @Order(4)
    void aClassTakesAllItsPlacesAndNobodyPassesSomeoneWaiting() {
        String visit = published(draft(CLASS_VISIT, "10", true, false, true, false));
        EventBooking tess = as(TEACHER, "teacher", () -> bookings.bookForClass(visit, "10B", "8", SendKeys.fresh(), Instant.now()));
        assertThat(tess.getStatus()).isEqualTo(EventBooking.Status.BOOKED);
        assertThat(tess.getPlaces()).isEqualTo(8);
        EventBooking tom = as(TEACHER_TOO, "teacher", () -> bookings.bookForClass(visit, "11C", "5", SendKeys.fresh(), Instant.now()));
        assertThat(tom.getStatus()).as("8 + 5 is more than 10").isEqualTo(EventBooking.Status.WAITING);
        EventBooking student = as(student(0), Roles.MEMBER, () -> bookings.bookMyPlace(visit, SendKeys.fresh(), Instant.now()));
        assertThat(student.getStatus()).as("two places are free, but a class is waiting ahead").isEqualTo(EventBooking.Status.WAITING);
        assertThatThrownBy(() -> as(TEACHER, "teacher", () -> bookings.bookForClass(visit, "10b", "3", SendKeys.fresh(), Instant.now())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already");
        for (String size : List.of("0", "36", "x", "")) {
            assertThatThrownBy(() -> as(TEACHER, "teacher", () -> bookings.bookForClass(visit, "9A", size, SendKeys.fresh(), Instant.now())))
                    .as(size).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> as(student(1), Roles.MEMBER, () -> bookings.bookForClass(visit, "9A", "3", SendKeys.fresh(), Instant.now())))
                .as("students do not book classes").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(PARENT, EventsPlugin.PARENT, () -> bookings.bookMyPlace(visit, SendKeys.fresh(), Instant.now())))
                .isInstanceOf(AccessDeniedException.class);

        as(TEACHER, "teacher", () -> bookings.cancel(tess.getId(), Instant.now()));
        List<EventBooking> after = bookingsOf(visit);
        assertThat(after).filteredOn(b -> b.getStatus() == EventBooking.Status.BOOKED).extracting(EventBooking::getId)
                .as("the class first, then the student, in the order they asked").containsExactly(tom.getId(), student.getId());
        assertThat(asOwner(() -> bookings.places(List.of(visit)).get(visit))).isEqualTo(new EventBookings.Places(10, 6, 0));
    }

    @Test
    @Order(5)
    void anApplicationWaitsForStaffWhoDeclineOnlyWithAReason() {
        String week = published(new Events.Draft(WORK_EXPERIENCE, "Work experience week", null, false, "Pilgrim Hospital", "1", true, false,
                false, true));
        EventBooking first = as(student(0), Roles.MEMBER, () -> bookings.bookMyPlace(week, SendKeys.fresh(), Instant.now()));
        EventBooking second = as(student(1), Roles.MEMBER, () -> bookings.bookMyPlace(week, SendKeys.fresh(), Instant.now()));
        assertThat(List.of(first.getStatus(), second.getStatus())).containsOnly(EventBooking.Status.APPLIED);
        assertThat(as(MODERATOR, Roles.MODERATOR, () -> bookings.applications())).extracting(row -> row.booking().getId())
                .containsExactly(first.getId(), second.getId());
        assertThatThrownBy(() -> as(student(2), Roles.MEMBER, () -> bookings.applications())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MODERATOR, Roles.MODERATOR, () -> bookings.decline(first.getId(), "  ", Instant.now())))
                .isInstanceOf(InvalidInputException.class);
        as(MODERATOR, Roles.MODERATOR, () -> bookings.accept(first.getId(), Instant.now()));
        as(MODERATOR, Roles.MODERATOR, () -> bookings.accept(second.getId(), Instant.now()));
        assertThat(bookingsOf(week)).extracting(EventBooking::getStatus).as("one place: the first accepted gets it, the second waits")
                .containsExactly(EventBooking.Status.BOOKED, EventBooking.Status.WAITING);
        assertThatThrownBy(() -> as(MODERATOR, Roles.MODERATOR, () -> bookings.decline(first.getId(), "Too late", Instant.now())))
                .as("decided already").isInstanceOf(InvalidInputException.class);
        EventBooking third = as(student(2), Roles.MEMBER, () -> bookings.bookMyPlace(week, SendKeys.fresh(), Instant.now()));
        EventBooking declined = as(MODERATOR, Roles.MODERATOR, () -> bookings.decline(third.getId(), "This week is for year 12", Instant.now()));
        assertThat(declined.getStatus()).isEqualTo(EventBooking.Status.DECLINED);
        assertThat(declined.getReason()).isEqualTo("This week is for year 12");
    }

    @Test
    @Order(6)
    void theSameBookingSentTwiceIsStoredOnce() {
        String visit = eventId(CLASS_VISIT);
        String key = SendKeys.fresh();
        EventBooking once = as(student(3), Roles.MEMBER, () -> bookings.bookMyPlace(visit, key, Instant.now()));
        EventBooking again = as(student(3), Roles.MEMBER, () -> bookings.bookMyPlace(visit, key, Instant.now()));
        assertThat(again.getId()).isEqualTo(once.getId());
        assertThat(bookingsOf(visit)).filteredOn(b -> b.getAccountId().equals(id(student(3)))).hasSize(1);
        assertThatThrownBy(() -> as(student(3), Roles.MEMBER, () -> bookings.bookMyPlace(visit, "not a key!", Instant.now())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @Order(7)
    void anotherProgrammeSeesAndBooksNothingOfThisOne() {
        String openDay = eventId(OPEN_DAY);
        TenantRef other = other();
        String sid = id(OTHER_STUDENT);
        assertThat(acting().asPerson(other, sid, Roles.MEMBER, () -> bookings.bookable(Instant.now()))).isEmpty();
        assertThatThrownBy(() -> acting().asPerson(other, sid, Roles.MEMBER, () -> bookings.bookMyPlace(openDay, SendKeys.fresh(), Instant.now())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> acting().asPerson(other, id(OTHER_OWNER), Roles.OWNER, () -> bookings.ofEvent(openDay)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(acting().asPerson(other, id(OTHER_OWNER), Roles.OWNER, () -> events.all())).isEmpty();
        String booking = bookingsOf(openDay).get(0).getId();
        assertThatThrownBy(() -> acting().asPerson(other, id(OTHER_OWNER), Roles.OWNER, () -> bookings.cancel(booking, Instant.now())))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @Order(8)
    @RunAsClient
    void theOwnerMakesAndPublishesAnEventByClickingAndAStudentBooksItFromTheirHeader() {
        Site owner = Flows.signedIn(HOST, OWNER);
        String manage = owner.get("/admin/index.xhtml").html().select("#plugin-links a[href$=/events/manage.xhtml]").attr("href");
        assertThat(manage).as("Admin links to the events").isNotEmpty();
        Page list = owner.get(manage.substring(manage.indexOf("/events/")));
        assertThat(list.status()).isEqualTo(200);
        String fresh = list.html().getElementById("new").attr("href");
        Page blank = owner.get(fresh.substring(fresh.indexOf("/events/")));
        Page refused = blank.form("details").set("title", "").set("capacity", "lots").submit("save");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.messages()).contains("Enter a title of 1 to 120 characters.", "Choose what kind of event it is.",
                "Enter the number of places, from 1 to 10000.");
        assertThat(refused.form("details").value("capacity")).as("what was typed stays").isEqualTo("lots");
        Page saved = refused.form("details").set("title", PAGE_EVENT).choose("type", "Parent session").set("venue", "Boston Library")
                .set("capacity", "1").submit("save");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
        Page edit = saved.follow();
        assertThat(edit.text()).contains("Saved as a draft.", "No sessions yet");
        LocalDateTime starts = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(10).withHour(18).withMinute(0).withSecond(0).withNano(0);
        Page withSession = edit.form("sessions").set("startsAt", starts.toString().substring(0, 16))
                .set("endsAt", starts.plusHours(2).toString().substring(0, 16)).submit("addSession");
        assertThat(withSession.text()).contains("Session added.");
        assertThat(withSession.html().select("#session-list li").eachText()).hasSize(1).first().asString().contains("18:00", "to 20:00");
        Page published = withSession.form("publish").submit("publishEvent");
        assertThat(published.text()).contains("Published: the people it is for can book it now.");

        Site student = Flows.signedIn(HOST, student(4));
        String events = student.get("/").html().select("a[href$=/events/index.xhtml]").attr("href");
        assertThat(events).as("the student's header links to the events").isNotEmpty();
        Page index = student.get(events.substring(events.indexOf("/events/")));
        org.jsoup.nodes.Element card = index.html().select("section.event").stream().filter(e -> e.text().contains(PAGE_EVENT)).findFirst()
                .orElseThrow();
        assertThat(card.text()).contains("1 of 1 places free", "Boston Library", "18:00");
        Page booked = index.form(card.selectFirst("form").id()).press("Book a place");
        assertThat(booked.text()).contains("Booked. We have emailed you the details.");
        Site another = Flows.signedIn(HOST, student(5));
        Page full = another.get("/events/index.xhtml");
        org.jsoup.nodes.Element fullCard = full.html().select("section.event").stream().filter(e -> e.text().contains(PAGE_EVENT)).findFirst()
                .orElseThrow();
        assertThat(fullCard.text()).contains("Full");
        Page waiting = full.form(fullCard.selectFirst("form").id()).press("Join the waiting list");
        assertThat(waiting.text()).contains("you are on the waiting list");
        assertThat(owner.get("/events/manage.xhtml").html().select("#events tbody tr").eachText())
                .anyMatch(row -> row.contains(PAGE_EVENT) && row.contains("1 of 1 booked, 1 waiting"));
    }

    @Test
    @Order(9)
    @RunAsClient
    void ownersPagesAnswerOnlyOwnersUnderEverySpellingAndAProgrammeWithoutEventsHasNone() {
        List<String> spellings = List.of("/events/manage.xhtml", "//events/manage.xhtml", "/EVENTS/manage.xhtml", "/events/./manage.xhtml",
                "/%65vents/manage.xhtml", "/events;x=1/manage.xhtml", "/events/edit.xhtml", "/events/applications.xhtml");
        for (Site visitor : List.of(new Site(HOST), Flows.signedIn(HOST, student(6)), Flows.signedIn(HOST, PARENT))) {
            boolean signedIn = !visitor.cookies().isEmpty();
            for (String address : spellings) {
                Page answer = visitor.get(address);
                for (int hops = 0; answer.status() == 301 && hops < 3; hops++) {
                    answer = answer.follow();
                }
                String as = address + (signedIn ? " signed in without the role" : " not signed in") + ": " + answer.status();
                // "/events;x=1/..." is the folder "/events;x=1/", which Payara answers with the folder's own page (the events a
                // student may book): a 200, but never the owner's page.
                assertThat(answer.status()).as(as).isIn(200, 302, 400, 403, 404);
                if (address.equals("/events/manage.xhtml") || address.equals("/events/edit.xhtml")) {
                    assertThat(answer.status()).as(as + ": refused as such, not answered with another page").isEqualTo(signedIn ? 403 : 302);
                }
                assertThat(answer.body()).as(as).doesNotContain("New event", "Who booked", "Event applications", "Save as a draft");
            }
        }
        assertThat(Flows.signedIn(HOST, MODERATOR).get("/events/applications.xhtml").status()).isEqualTo(200);
        assertThat(Flows.signedIn(HOST, MODERATOR).get("/events/manage.xhtml").status()).isEqualTo(403);
        Site elsewhere = Flows.signedIn(OFF_HOST, OFF_OWNER);
        for (String address : List.of("/events/index.xhtml", "/events/manage.xhtml", "/events/edit.xhtml", "/events/placements.xhtml",
                "/events/supervise.xhtml", "/events/placement.xhtml")) {
            assertThat(elsewhere.get(address).status()).as("events are off there: " + address).isEqualTo(404);
        }
    }

    @Test
    @Order(10)
    void aPersonsCopyOfTheirDataHoldsTheirBookingsAndNobodyElses() {
        PersonalDataRequests.Copy copy = as(student(0), Roles.MEMBER, () -> requests.mine());
        PersonalDataRequests.Part events = copy.parts().stream().filter(part -> part.source().equals(EventsPlugin.ID)).findFirst().orElseThrow();
        assertThat(events.tables()).hasSize(1);
        assertThat(events.tables().get(0).rows()).extracting(row -> row.get(0)).as("her bookings")
                .containsExactlyInAnyOrder(OPEN_DAY, CLASS_VISIT, WORK_EXPERIENCE);
        assertThat(PersonalDataRequests.json(copy)).doesNotContain(PAGE_EVENT, "10B", "11C");
    }

    @Test
    @Order(11)
    void peopleWithAPlaceAreRemindedOnceEvenWithTwoInstancesTickingTogether() throws Exception {
        Instant now = Instant.now();
        String soon = asOwner(() -> {
            Event event = events.create(draft("Ward round taster", "5", true, false, false, false));
            events.addSession(event.getId(), now.plus(Duration.ofHours(2)), now.plus(Duration.ofHours(4)), now);
            return events.publish(event.getId(), now).getId();
        });
        EventBooking first = as(student(6), Roles.MEMBER, () -> bookings.bookMyPlace(soon, SendKeys.fresh(), now));
        EventBooking second = as(student(7), Roles.MEMBER, () -> bookings.bookMyPlace(soon, SendKeys.fresh(), now));
        EventBooking gone = as(student(5), Roles.MEMBER, () -> bookings.bookMyPlace(soon, SendKeys.fresh(), now));
        as(student(5), Roles.MEMBER, () -> bookings.cancel(gone.getId(), now));

        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> tick = () -> {
            RequestContextController context = requestContexts.get();
            context.activate();
            try {
                start.await();
                return tenancy.callAs(lab(), () -> bookings.remind(now));
            } finally {
                context.deactivate();
            }
        };
        Future<Integer> onA = executor.submit(tick);
        Future<Integer> onB = executor.submit(tick);
        start.countDown();
        assertThat(onA.get(60, TimeUnit.SECONDS) + onB.get(60, TimeUnit.SECONDS)).as("each place once between the two").isEqualTo(2);
        assertThat(bookingsOf(soon)).filteredOn(b -> b.getRemindedAt() != null).extracting(EventBooking::getId)
                .as("the two with a place, not the one who cancelled").containsExactlyInAnyOrder(first.getId(), second.getId());
        assertThat(bookingsOf(eventId(CLASS_VISIT))).as("a week away: not yet").allMatch(b -> b.getRemindedAt() == null);
        assertThat(tenancy.callAs(lab(), () -> bookings.remind(now.plusSeconds(60)))).as("never twice").isZero();
    }

    @Test
    @Order(12)
    @RunAsClient
    void anOwnersTokenReadsTheEventsAndWhoBookedThroughTheApiAndNobodyElsesDoes() {
        Site owner = Flows.signedIn(HOST, OWNER);
        Api api = Api.on(HOST, Flows.createToken(owner, "Events tool", Roles.OWNER));
        Api.Reply listed = api.get("/events");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        jakarta.json.JsonObject openDay = listed.array().stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(event -> event.getString("title").equals(OPEN_DAY)).findFirst().orElseThrow();
        assertThat(openDay.getInt("capacity")).isEqualTo(4);
        assertThat(openDay.getInt("booked")).isEqualTo(4);
        assertThat(openDay.getString("status")).isEqualTo("PUBLISHED");
        assertThat(openDay.getJsonArray("sessions")).hasSize(1);
        Api.Reply booked = api.get("/events/" + openDay.getString("id") + "/bookings");
        assertThat(booked.status()).isEqualTo(200);
        assertThat(booked.array()).hasSize(STUDENTS);
        assertThat(booked.array().stream().map(b -> b.asJsonObject().getInt("position")).toList()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(booked.body()).contains("Student 0");

        Flows.assertProblem(Api.on(HOST, Flows.createToken(owner, "A moderators' tool", Roles.MODERATOR)).get("/events"), 403);
        assertThat(Api.on(HOST, null).get("/events").status()).isEqualTo(401);
        Site otherOwner = Flows.signedIn(OTHER_SLUG + ".localhost", OTHER_OWNER);
        Api elsewhere = Api.on(OTHER_SLUG + ".localhost", Flows.createToken(otherOwner, "Their tool", Roles.OWNER));
        assertThat(elsewhere.get("/events").body()).doesNotContain(OPEN_DAY);
        Flows.assertProblem(elsewhere.get("/events/" + openDay.getString("id") + "/bookings"), 404);
        Site off = Flows.signedIn(OFF_HOST, OFF_OWNER);
        assertThat(Api.on(OFF_HOST, Flows.createToken(off, "No events here", Roles.OWNER)).get("/events").status())
                .as("Events is off there").isEqualTo(404);
    }

    // Attendance, certificates, feedback, evidence and the report (issue 20, items 3 and 4), on a programme of their own, so
    // that the report's figures are those of a fixed data set worked out by hand.

    private static final String FIXED_SLUG = "events-fixed";
    private static final String FIXED_HOST = FIXED_SLUG + ".localhost";
    private static final String FIXED_OWNER = "owner@events-fixed.example";
    private static final String FIXED_MODERATOR = "mo@events-fixed.example";
    private static final String FIXED_TEACHER = "tess@events-fixed.example";
    private static final String FIXED_PARENT = "pat@events-fixed.example";
    private static final String FAIR = "Careers fair";
    private static final String PARENTS_EVENING = "Parents' evening";

    private static String pupil(int i) {
        return "pupil" + i + "@events-fixed.example";
    }

    private TenantRef fixed() {
        return tenants.bySlug(FIXED_SLUG).orElseGet(() -> tenants.create(FIXED_SLUG, "Events Fixed"));
    }

    private <T> T at(String email, String role, Supplier<T> work) {
        return acting().asPerson(fixed(), acting().idOf(fixed(), email), role, work);
    }

    private String fixedEvent(String title) {
        return tenancy.callAs(fixed(), () -> fixtures.one("SELECT e.id FROM Event e WHERE e.title = :title", Map.of("title", title)));
    }

    private List<String> sessionsOf(String eventId) {
        return tenancy.callAs(fixed(), () -> events.sessionsOf(eventId).stream().map(s -> s.getId()).toList());
    }

    /** Moves a session in time (sessions are made in the future; the test then lives through them). */
    private void moveSession(String sessionId, Instant starts, Duration length) {
        tenancy.callAs(fixed(), () -> fixtures.update("UPDATE EventSession s SET s.startsAt = :starts, s.endsAt = :ends WHERE s.id = :id",
                Map.of("starts", starts, "ends", starts.plus(length), "id", sessionId)));
    }

    private String fixedBooking(String email, String eventId) {
        String person = acting().idOf(fixed(), email);
        return tenancy.callAs(fixed(), () -> fixtures.one("SELECT b.id FROM EventBooking b WHERE b.accountId = :person AND b.eventId = :event",
                Map.of("person", person, "event", eventId)));
    }

    @Test
    @Order(13)
    void staffTakeAttendanceByTapAndByCodeOnlyWhileASessionIsOnAndOnlyForPlacesBooked() {
        TenantRef fixed = fixed();
        acting().as(fixed, Roles.OWNER, () -> {
            activations.enable(EventsPlugin.ID);
            return null;
        });
        acting().person(fixed, FIXED_OWNER, "Fay Owner", Roles.OWNER);
        acting().person(fixed, FIXED_MODERATOR, "Max Moderator", Roles.MODERATOR);
        acting().person(fixed, FIXED_TEACHER, "Tia Teacher", "teacher");
        acting().person(fixed, FIXED_PARENT, "Paz Parent", EventsPlugin.PARENT);
        for (int i = 0; i < 6; i++) {
            acting().person(fixed, pupil(i), "Pupil " + i, Roles.MEMBER);
        }
        at(FIXED_OWNER, Roles.OWNER, () -> {
            Map<String, String> settings = new java.util.HashMap<>(activations.settingsAsText(EventsPlugin.ID));
            settings.put(EventsPlugin.PRIORITY_SCHOOLS, "Boston College, Skegness Academy");
            return activations.saveSettings(EventsPlugin.ID, settings);
        });
        Instant start = Instant.now().plus(Duration.ofDays(3));
        String fair = at(FIXED_OWNER, Roles.OWNER, () -> {
            Event event = events.create(new Events.Draft(FAIR, "Career event", null, false, "Lincoln Drill Hall", "10", true, false, true, false));
            events.addSession(event.getId(), start, start.plus(Duration.ofHours(3)), Instant.now());
            events.addSession(event.getId(), start.plus(Duration.ofDays(1)), start.plus(Duration.ofDays(1)).plus(Duration.ofHours(3)), Instant.now());
            return events.publish(event.getId(), Instant.now()).getId();
        });
        String evening = at(FIXED_OWNER, Roles.OWNER, () -> {
            Event event = events.create(new Events.Draft(PARENTS_EVENING, "Parent session", null, true, null, "20", false, true, false, false));
            events.addSession(event.getId(), start, start.plus(Duration.ofHours(1)), Instant.now());
            return events.publish(event.getId(), Instant.now()).getId();
        });
        String later = at(FIXED_OWNER, Roles.OWNER, () -> {
            Event event = events.create(new Events.Draft("Next term's fair", "Career event", null, true, null, "20", true, false, false, false));
            events.addSession(event.getId(), start.plus(Duration.ofDays(60)), start.plus(Duration.ofDays(60)).plus(Duration.ofHours(1)), Instant.now());
            return events.publish(event.getId(), Instant.now()).getId();
        });
        at(pupil(0), Roles.MEMBER, () -> bookings.bookMyPlace(fair, "Lincoln Academy", SendKeys.fresh(), Instant.now()));
        at(pupil(1), Roles.MEMBER, () -> bookings.bookMyPlace(fair, " lincoln  academy ", SendKeys.fresh(), Instant.now()));
        at(pupil(2), Roles.MEMBER, () -> bookings.bookMyPlace(fair, "Boston College", SendKeys.fresh(), Instant.now()));
        at(pupil(3), Roles.MEMBER, () -> bookings.bookMyPlace(fair, null, SendKeys.fresh(), Instant.now()));
        at(FIXED_TEACHER, "teacher", () -> bookings.bookForClass(fair, "10B", "5", "Boston College", SendKeys.fresh(), Instant.now()));
        at(pupil(4), Roles.MEMBER, () -> bookings.bookMyPlace(later, "Boston College", SendKeys.fresh(), Instant.now()));
        EventBooking leaver = at(pupil(5), Roles.MEMBER, () -> bookings.bookMyPlace(fair, "Skegness Academy", SendKeys.fresh(), Instant.now()));
        at(pupil(5), Roles.MEMBER, () -> bookings.cancel(leaver.getId(), Instant.now()));
        at(FIXED_PARENT, EventsPlugin.PARENT, () -> bookings.bookMyPlace(evening, SendKeys.fresh(), Instant.now()));
        assertThatThrownBy(() -> at(pupil(4), Roles.MEMBER, () -> bookings.bookMyPlace(fair, "x".repeat(121), SendKeys.fresh(), Instant.now())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("120 characters");
        assertThat(at(pupil(1), Roles.MEMBER, () -> bookings.lastSchool())).as("offered again next time").isEqualTo("lincoln academy");

        List<String> fairSessions = sessionsOf(fair);
        String first = fairSessions.get(0);
        String second = fairSessions.get(1);
        String b0 = fixedBooking(pupil(0), fair);
        String b2 = fixedBooking(pupil(2), fair);
        String classBooking = fixedBooking(FIXED_TEACHER, fair);
        assertThatThrownBy(() -> at(FIXED_MODERATOR, Roles.MODERATOR, () -> attendance.mark(first, b0, 1, Instant.now())))
                .as("three days early").isInstanceOf(InvalidInputException.class).hasMessageContaining("an hour before");

        // The first session is on now.
        moveSession(first, Instant.now().minus(Duration.ofMinutes(10)), Duration.ofHours(3));
        assertThat(at(FIXED_MODERATOR, Roles.MODERATOR, () -> attendance.sittings(Instant.now()))).extracting(s -> s.session().getId())
                .as("the session on now first, then the next within a day (the second is four days off)").startsWith(first)
                .doesNotContain(second);
        at(FIXED_MODERATOR, Roles.MODERATOR, () -> attendance.mark(first, b0, 1, Instant.now()));
        at(FIXED_MODERATOR, Roles.MODERATOR, () -> attendance.mark(first, fixedBooking(pupil(1), fair), 1, Instant.now()));
        at(FIXED_MODERATOR, Roles.MODERATOR, () -> attendance.mark(first, b2, 1, Instant.now()));
        at(FIXED_OWNER, Roles.OWNER, () -> attendance.mark(first, b2, 0, Instant.now()));
        at(FIXED_MODERATOR, Roles.MODERATOR, () -> attendance.mark(first, classBooking, 4, Instant.now()));
        for (int wrong : List.of(-1, 2)) {
            assertThatThrownBy(() -> at(FIXED_MODERATOR, Roles.MODERATOR, () -> attendance.mark(first, b0, wrong, Instant.now())))
                    .as("a person is here or not: " + wrong).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> at(FIXED_MODERATOR, Roles.MODERATOR, () -> attendance.mark(first, classBooking, 6, Instant.now())))
                .as("more of the class than its places").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> at(FIXED_MODERATOR, Roles.MODERATOR, () -> attendance.mark(first, leaver.getId(), 1, Instant.now())))
                .as("a cancelled place").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> at(FIXED_MODERATOR, Roles.MODERATOR, () -> attendance.mark(first, fixedBooking(FIXED_PARENT, evening), 1,
                Instant.now()))).as("a booking of another event").isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> at(pupil(0), Roles.MEMBER, () -> attendance.mark(first, b0, 1, Instant.now())))
                .as("students do not take attendance").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> at(FIXED_TEACHER, "teacher", () -> attendance.register(first))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().asPerson(lab(), id(OWNER), Roles.OWNER, () -> attendance.register(first)))
                .as("another programme's session").isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> acting().asPerson(lab(), id(OWNER), Roles.OWNER, () -> attendance.mark(first, b0, 0, Instant.now())))
                .isInstanceOf(RecordNotFoundException.class);

        // Pupil 3 checks in with the code shown at the session; nobody else gets in with it.
        String code = at(FIXED_MODERATOR, Roles.MODERATOR, () -> attendance.showCode(first, Instant.now()).getCode());
        assertThat(code).matches("[A-HJ-NP-Z2-9]{6}");
        assertThat(at(FIXED_OWNER, Roles.OWNER, () -> attendance.showCode(first, Instant.now()).getCode())).as("every member of staff shows the same")
                .isEqualTo(code);
        String wrongCode = code.charAt(0) == 'A' ? "B" + code.substring(1) : "A" + code.substring(1);
        assertThatThrownBy(() -> at(pupil(3), Roles.MEMBER, () -> attendance.checkIn(wrongCode, Instant.now())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not right");
        assertThatThrownBy(() -> at(pupil(4), Roles.MEMBER, () -> attendance.checkIn(code, Instant.now())))
                .as("no place at this event").isInstanceOf(InvalidInputException.class).hasMessageContaining("no place");
        assertThatThrownBy(() -> acting().asPerson(other(), id(OTHER_STUDENT), Roles.MEMBER, () -> attendance.checkIn(code, Instant.now())))
                .as("another programme").isInstanceOf(InvalidInputException.class).hasMessageContaining("not right");
        assertThat(at(pupil(3), Roles.MEMBER, () -> attendance.checkIn(" " + code.substring(0, 3).toLowerCase() + "-" + code.substring(3), Instant.now()))
                .session().getId()).as("typed in lower case with a dash").isEqualTo(first);
        Attendance.Register register = at(FIXED_MODERATOR, Roles.MODERATOR, () -> attendance.register(first));
        assertThat(register.places()).as("booked: 4 pupils and a class of 5").isEqualTo(9);
        assertThat(register.present()).isEqualTo(1 + 1 + 0 + 1 + 4);
        assertThat(register.lines()).filteredOn(line -> line.booking().getAccountId().equals(acting().idOf(fixed, pupil(3))))
                .extracting(Attendance.Line::byCode).containsExactly(true);

        assertThatThrownBy(() -> at(pupil(0), Roles.MEMBER, () -> bookings.cancel(b0, Instant.now())))
                .as("a place at an event under way stays: its attendance hangs on it").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("has begun");
        assertThatThrownBy(() -> at(FIXED_OWNER, Roles.OWNER, () -> bookings.cancel(b2, Instant.now()))).isInstanceOf(InvalidInputException.class);

        // Both sessions are over now; the second is recorded on the way home, within the fortnight.
        moveSession(first, Instant.now().minus(Duration.ofDays(2)), Duration.ofHours(3));
        moveSession(second, Instant.now().minus(Duration.ofDays(1)), Duration.ofHours(3));
        moveSession(sessionsOf(evening).get(0), Instant.now().minus(Duration.ofDays(2)), Duration.ofHours(1));
        assertThatThrownBy(() -> at(pupil(3), Roles.MEMBER, () -> attendance.checkIn(code, Instant.now())))
                .as("the code ends with its session").isInstanceOf(InvalidInputException.class);
        at(FIXED_MODERATOR, Roles.MODERATOR, () -> attendance.mark(second, b0, 1, Instant.now()));
        at(FIXED_MODERATOR, Roles.MODERATOR, () -> attendance.mark(second, classBooking, 5, Instant.now()));
        assertThatThrownBy(() -> at(FIXED_MODERATOR, Roles.MODERATOR, () -> attendance.mark(second, b0, 1, Instant.now().plus(Duration.ofDays(15)))))
                .as("closed a fortnight after").isInstanceOf(InvalidInputException.class);
    }

    @Test
    @Order(14)
    void whoCameGetsACertificateIsAskedForFeedbackOnceAndCountsInTheirSchoolsEvidence() {
        String fair = fixedEvent(FAIR);
        String b0 = fixedBooking(pupil(0), fair);
        Certificate certificate = at(pupil(0), Roles.MEMBER, () -> certificates.of(b0, Instant.now()));
        assertThat(certificate.awardedTo()).isEqualTo("Pupil 0");
        assertThat(certificate.achievement()).isEqualTo("attended Careers fair, a career event");
        assertThat(certificate.details()).contains("Attended 2 of 2 sessions", "Lincoln Drill Hall").hasSize(4);
        assertThat(certificate.programme()).isEqualTo("Events Fixed");
        byte[] pdf = org.wayfinder.platform.report.ReportFiles.certificate(certificate);
        assertThat(Exports.pdfLines(pdf)).contains("Pupil 0", "Attended 2 of 2 sessions");
        assertThatThrownBy(() -> at(pupil(2), Roles.MEMBER, () -> certificates.of(fixedBooking(pupil(2), fair), Instant.now())))
                .as("marked absent").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> at(pupil(1), Roles.MEMBER, () -> certificates.of(b0, Instant.now())))
                .as("someone else's").isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> at(FIXED_TEACHER, "teacher", () -> certificates.of(fixedBooking(FIXED_TEACHER, fair), Instant.now())))
                .as("a class's").isInstanceOf(AccessDeniedException.class);

        // Each who came is asked once however many ticks run: pupils 0, 1, 3 and the teacher (not pupil 2, nor the parent).
        int asked = tenancy.callAs(fixed(), () -> feedback.ask(Instant.now())) + tenancy.callAs(fixed(), () -> feedback.ask(Instant.now()));
        assertThat(asked).isEqualTo(4);
        at(pupil(0), Roles.MEMBER, () -> feedback.give(b0, 5, "I want to be a radiographer now.", Instant.now()));
        at(pupil(1), Roles.MEMBER, () -> feedback.give(fixedBooking(pupil(1), fair), 3, null, Instant.now()));
        at(pupil(3), Roles.MEMBER, () -> feedback.give(fixedBooking(pupil(3), fair), 4, "  ", Instant.now()));
        assertThatThrownBy(() -> at(pupil(0), Roles.MEMBER, () -> feedback.give(b0, 4, null, Instant.now())))
                .as("once").isInstanceOf(InvalidInputException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> at(pupil(2), Roles.MEMBER, () -> feedback.give(fixedBooking(pupil(2), fair), 4, null, Instant.now())))
                .as("did not come").isInstanceOf(InvalidInputException.class);
        for (Integer wrong : java.util.Arrays.asList(null, 0, 6)) {
            assertThatThrownBy(() -> at(FIXED_TEACHER, "teacher", () -> feedback.give(fixedBooking(FIXED_TEACHER, fair), wrong, null, Instant.now())))
                    .as("score " + wrong).isInstanceOf(InvalidInputException.class).hasMessageContaining("from 1 to 5");
        }
        assertThatThrownBy(() -> at(pupil(1), Roles.MEMBER, () -> feedback.give(b0, 1, null, Instant.now())))
                .as("on someone else's place").isInstanceOf(AccessDeniedException.class);

        List<Encounter> encounters = at(FIXED_OWNER, Roles.OWNER, () -> eventEncounters.encounters());
        assertThat(encounters).as("pupil 0 twice, pupils 1 and 3 once; no class, no parent, not the absent")
                .extracting(e -> acting().idOf(fixed(), pupil(0)).equals(e.studentId()) ? "p0" : acting().idOf(fixed(), pupil(1)).equals(e.studentId())
                        ? "p1" : acting().idOf(fixed(), pupil(3)).equals(e.studentId()) ? "p3" : "someone else")
                .containsExactlyInAnyOrder("p0", "p0", "p1", "p3");
        assertThat(encounters).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo("Career event");
            assertThat(e.activity()).isEqualTo(FAIR);
            assertThat(e.organisation()).isEqualTo("Events Fixed");
            assertThat(e.minutes()).isEqualTo(180);
        });
        assertThat(encounters).extracting(Encounter::school).containsOnly("Lincoln Academy", "lincoln academy", "");
        assertThatThrownBy(() -> at(FIXED_MODERATOR, Roles.MODERATOR, () -> eventEncounters.encounters())).isInstanceOf(AccessDeniedException.class);
        assertThat(acting().asPerson(lab(), id(OWNER), Roles.OWNER, () -> eventEncounters.encounters())).as("another programme's")
                .noneMatch(e -> FAIR.equals(e.activity()));
    }

    @Test
    @Order(15)
    void theReportsFiguresAreThoseWorkedOutByHand() {
        EventsReport.Figures f = at(FIXED_OWNER, Roles.OWNER, () -> report.figures(Instant.now()));
        // Careers fair, 2 sessions held: pupils 0 (came to 2), 1 (1), 2 (0), 3 (1, by code) and class 10B of 5 (4, then 5); pupil 5
        // cancelled. Parents' evening, 1 session: the parent did not come. Next term's fair is not held yet.
        EventsReport.Group all = f.whole();
        assertThat(all.events()).isEqualTo(2);
        assertThat(all.booked()).as("1 + 1 + 1 + 1 + 5 + 1").isEqualTo(10);
        assertThat(all.attended()).as("1 + 1 + 0 + 1 + 5 + 0").isEqualTo(8);
        assertThat(all.noShows()).isEqualTo(2);
        assertThat(all.expected()).as("2 + 2 + 2 + 2 + 10 + 1").isEqualTo(19);
        assertThat(all.attendances()).as("2 + 1 + 0 + 1 + 9 + 0").isEqualTo(13);
        assertThat(all.attendanceRate()).as("13 / 19 = 68.4%").isEqualTo(68);
        assertThat(f.priorityBooked()).as("pupil 2 and class 10B, of Boston College").isEqualTo(6);
        assertThat(f.priorityShareBooked()).as("6 / 10").isEqualTo(60);
        assertThat(f.priorityAttended()).isEqualTo(5);
        assertThat(f.priorityShareAttended()).as("5 / 8 = 62.5%").isEqualTo(63);
        assertThat(all.responses()).isEqualTo(3);
        assertThat(all.averageScore()).as("(5 + 3 + 4) / 3").isEqualByComparingTo("4.0");
        assertThat(f.scores()).containsExactly(0, 0, 1, 1, 1);
        assertThat(f.byType()).extracting(g -> g.name() + ": " + g.events() + " " + g.booked() + " " + g.attended() + " " + g.noShows() + " "
                + g.attendanceRate()).startsWith("Career event: 1 9 8 1 72", "Work experience week: 0 0 0 0 null",
                        "Virtual work experience: 0 0 0 0 null", "Parent session: 1 1 0 1 0");
        assertThat(f.bySchool()).extracting(g -> g.name() + (g.priority() ? " (priority)" : "") + ": " + g.booked() + " " + g.attended() + " "
                + g.noShows() + " " + g.attendanceRate() + " " + g.responses() + " " + g.averageScore())
                .as("schools as people wrote them, in any case, alphabetical; those without one last").containsExactly(
                        "Boston College (priority): 6 5 1 75 0 null",
                        "Lincoln Academy: 2 2 0 75 2 4.0",
                        "School not given: 2 1 1 33 1 4.0");
        assertThatThrownBy(() -> at(FIXED_MODERATOR, Roles.MODERATOR, () -> report.figures(Instant.now()))).isInstanceOf(AccessDeniedException.class);
        assertThat(acting().asPerson(other(), id(OTHER_OWNER), Roles.OWNER, () -> report.figures(Instant.now())).whole().booked())
                .as("another programme's report").isZero();
    }

    @Test
    @Order(16)
    @RunAsClient
    void theOwnerDownloadsTheReportAndStaffTakeAttendanceOnThePagesOthersCannotOpen() {
        Site owner = Flows.signedIn(FIXED_HOST, FIXED_OWNER);
        String link = owner.get("/admin/index.xhtml").html().select("#plugin-links a[href$=/events/report.xhtml]").attr("href");
        assertThat(link).as("Admin links to the report").isNotEmpty();
        Page page = owner.get(link.substring(link.indexOf("/events/")));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#attendance-rate").text()).startsWith("68%");
        assertThat(page.html().select("#by-school tbody tr").eachText()).containsExactly("Boston College (priority) 1 6 5 1 75% -",
                "Lincoln Academy 1 2 2 0 75% 4.0 (2)", "School not given 2 2 1 1 33% 4.0 (1)");
        Site.Download csv = page.form("export").download("csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"events-report.csv\"");
        assertThat(new String(csv.bytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("headline,attendance rate (%),68,",
                "by school,Boston College,yes,1,6,5,1,75,0,", "feedback scores,5: Extremely useful,1,3");
        Map<String, List<List<Object>>> sheets = Exports.sheets(page.form("export").download("xlsx").bytes());
        assertThat(sheets.get("Headline figures")).contains(List.of("places booked", 10.0), List.of("no-shows", 2.0, 10.0));
        assertThat(Exports.pdfLines(page.form("export").download("pdf").bytes())).contains("Events report", "attendance rate (%) 68");

        for (String address : List.of("/events/report.xhtml", "/events/attendance.xhtml", "/events/%72eport.xhtml", "/events//report.xhtml",
                "/events/./attendance.xhtml", "/EVENTS/report.xhtml", "/events/report.xhtml;x=1", "/events/attendance.xhtml?session=x")) {
            for (Site visitor : List.of(Flows.signedIn(FIXED_HOST, pupil(0)), Flows.signedIn(FIXED_HOST, FIXED_TEACHER))) {
                Page answer = visitor.get(address);
                if (answer.status() == 301) {
                    answer = answer.follow(); // to the address's own spelling, which is then refused
                }
                assertThat(answer.status()).as(address).isIn(403, 404, 400);
                assertThat(answer.body()).as(address).doesNotContain("Download as CSV", "Take attendance", "Check-in code");
            }
        }
        assertThat(Flows.signedIn(FIXED_HOST, FIXED_MODERATOR).get("/events/report.xhtml").status()).isEqualTo(403);
        Site moderator = Flows.signedIn(FIXED_HOST, FIXED_MODERATOR);
        String attendanceLink = moderator.get("/staff/index.xhtml").html().select("a[href$=/events/attendance.xhtml]").attr("href");
        assertThat(attendanceLink).as("Staff links to attendance").isNotEmpty();
        Page sittings = moderator.get(attendanceLink.substring(attendanceLink.indexOf("/events/")));
        assertThat(sittings.status()).isEqualTo(200);
        assertThat(sittings.text()).contains(FAIR, "Session 2 of 2", "Session 1 of 2");
        assertThat(moderator.get("/events/attendance.xhtml?session=no-such-session").status()).isEqualTo(404);
    }

    @Test
    @Order(17)
    void theJourneyStepsAreDoneByAPlaceBookedAndByWorkExperienceAppliedFor() {
        StepType book = stepTypes.stream().filter(type -> type.id().equals("events-book-an-event")).findFirst().orElseThrow();
        StepType workExperience = stepTypes.stream().filter(type -> type.id().equals("events-apply-for-work-experience")).findFirst()
                .orElseThrow();
        assertThat(book.completion()).isEqualTo(StepType.Completion.BY_CODE);
        assertThat(book.page()).isEqualTo("/events/index.xhtml");
        assertThat(tenancy.callAs(fixed(), () -> book.isDone(acting().idOf(fixed(), pupil(0))))).as("a place booked").isTrue();
        assertThat(tenancy.callAs(fixed(), () -> book.isDone(acting().idOf(fixed(), pupil(5))))).as("cancelled").isFalse();
        assertThat(tenancy.callAs(lab(), () -> book.isDone(acting().idOf(fixed(), pupil(0))))).as("in another programme").isFalse();
        String week = eventId(WORK_EXPERIENCE);
        List<EventBooking> applied = bookingsOf(week);
        String accepted = applied.stream().filter(b -> b.getStatus() == EventBooking.Status.BOOKED).findFirst().orElseThrow().getAccountId();
        String declined = applied.stream().filter(b -> b.getStatus() == EventBooking.Status.DECLINED).findFirst().orElseThrow().getAccountId();
        assertThat(tenancy.callAs(lab(), () -> workExperience.isDone(accepted))).isTrue();
        assertThat(tenancy.callAs(lab(), () -> workExperience.isDone(declined))).as("declined, and no other work experience").isFalse();
        assertThat(tenancy.callAs(fixed(), () -> workExperience.isDone(acting().idOf(fixed(), pupil(0))))).as("a career event is not work experience")
                .isFalse();
    }

    @Test
    @Order(18)
    @RunAsClient
    void anOwnersTokenReadsTheReportsFiguresThroughTheApiAndAModeratorsDoesNot() {
        Site owner = Flows.signedIn(FIXED_HOST, FIXED_OWNER);
        Api api = Api.on(FIXED_HOST, Flows.createToken(owner, "Funder's dashboard", Roles.OWNER));
        Api.Reply answer = api.get("/events/report");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        jakarta.json.JsonObject figures = answer.json();
        assertThat(figures.getJsonObject("all").getInt("booked")).isEqualTo(10);
        assertThat(figures.getJsonObject("all").getInt("attendanceRate")).isEqualTo(68);
        assertThat(figures.getJsonObject("all").getJsonNumber("averageScore").bigDecimalValue()).isEqualByComparingTo("4.0");
        assertThat(figures.getInt("priorityShareBooked")).isEqualTo(60);
        assertThat(figures.getJsonArray("scores").getValuesAs(jakarta.json.JsonNumber::intValue)).containsExactly(0, 0, 1, 1, 1);
        assertThat(figures.getJsonArray("bySchool").getValuesAs(jakarta.json.JsonObject.class)).extracting(school -> school.getString("name")
                + " " + school.getInt("noShows")).containsExactly("Boston College 1", "Lincoln Academy 0", "School not given 1");
        Flows.assertProblem(Api.on(FIXED_HOST, Flows.createToken(owner, "A moderators' tool", Roles.MODERATOR)).get("/events/report"), 403);
        assertThat(Api.on(FIXED_HOST, null).get("/events/report").status()).isEqualTo(401);
    }

    @Test
    @Order(19)
    void anApplicationAsksTheProgrammesFormAndStaffReadTheAnswersBesideIt() {
        FormDefinition form = new FormDefinition("placement-application", "Work experience application", "Tell us about you.", List.of(
                new FormSection("main", "", List.of(
                        new FormField("why", "long-text", "Why do you want to come?", "", true, List.of(), List.of(), null, null),
                        new FormField("year", "single-choice", "Your year", "", true, List.of(new FieldOption("y12", "Year 12"),
                                new FieldOption("y13", "Year 13")), List.of(), null, null)))));
        at(FIXED_OWNER, Roles.OWNER, () -> {
            forms.saveDraft(form);
            return forms.publish(form.key());
        });
        assertThatThrownBy(() -> at(FIXED_OWNER, Roles.OWNER, () -> events.create(new Events.Draft("Ward week", "Work experience week", null,
                false, "Pilgrim Hospital", "2", true, false, false, false, "placement-application"))))
                .as("a form for an event nobody applies for").isInstanceOf(InvalidInputException.class).hasMessageContaining("apply for");
        assertThatThrownBy(() -> at(FIXED_OWNER, Roles.OWNER, () -> events.create(new Events.Draft("Ward week", "Work experience week", null,
                false, "Pilgrim Hospital", "2", true, false, false, true, "no-such-form"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no published form");
        String week = at(FIXED_OWNER, Roles.OWNER, () -> {
            Event event = events.create(new Events.Draft("Ward week", "Work experience week", null, false, "Pilgrim Hospital", "2", true,
                    false, false, true, "placement-application"));
            Instant starts = Instant.now().plus(Duration.ofDays(20));
            events.addSession(event.getId(), starts, starts.plus(Duration.ofHours(7)), Instant.now());
            return events.publish(event.getId(), Instant.now()).getId();
        });
        assertThatThrownBy(() -> at(pupil(0), Roles.MEMBER, () -> bookings.bookMyPlace(week, SendKeys.fresh(), Instant.now())))
                .as("applying without the form").isInstanceOf(InvalidInputException.class).hasMessageContaining("application form");
        InvalidInputException unanswered = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() -> at(pupil(0),
                Roles.MEMBER, () -> bookings.apply(week, "Lincoln Academy", Map.of("why", List.of(" ")), SendKeys.fresh(), Instant.now())));
        assertThat(unanswered.errors()).extracting(FieldError::field).contains("why", "year");
        assertThat(tenancy.callAs(fixed(), () -> fixtures.count("SELECT COUNT(b) FROM EventBooking b WHERE b.eventId = :event",
                Map.of("event", week)))).as("no application without its answers").isZero();
        EventBooking applied = at(pupil(0), Roles.MEMBER, () -> bookings.apply(week, "Lincoln Academy", Map.of("why",
                List.of("I want to be a physiotherapist."), "year", List.of("y12")), SendKeys.fresh(), Instant.now()));
        assertThat(applied.getStatus()).isEqualTo(EventBooking.Status.APPLIED);
        EventBookings.Row row = at(FIXED_MODERATOR, Roles.MODERATOR, () -> bookings.applications()).stream()
                .filter(r -> r.booking().getId().equals(applied.getId())).findFirst().orElseThrow();
        assertThat(row.answers()).containsExactly(new EventBookings.Answer("Why do you want to come?", "I want to be a physiotherapist."),
                new EventBookings.Answer("Your year", "Year 12"));
        assertThat(acting().asPerson(other(), id(OTHER_OWNER), Roles.OWNER, () -> bookings.applications())).as("another programme's staff")
                .noneMatch(r -> r.booking().getId().equals(applied.getId()));
    }

    @Test
    @Order(20)
    @RunAsClient
    void aStudentAppliesOnTheFormFromTheEventsPageAndWhatWasTypedStaysWhenAnAnswerIsMissing() {
        Site student = Flows.signedIn(FIXED_HOST, pupil(1));
        Page index = student.get("/events/index.xhtml");
        org.jsoup.nodes.Element card = index.html().select("section.event").stream().filter(e -> e.text().contains("Ward week")).findFirst()
                .orElseThrow();
        String apply = card.select("a.apply").attr("href");
        assertThat(apply).as("Apply for a place leads to the form").contains("/events/apply.xhtml?event=");
        Page form = student.get(apply.substring(apply.indexOf("/events/")));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("Work experience application", "Why do you want to come?", "Your year");
        String why = form.html().selectFirst("#apply textarea[data-id=why]").attr("name").substring("apply:".length());
        String year = form.html().selectFirst("#apply [data-id=year] input[type=radio]").attr("name").substring("apply:".length());
        Page missing = form.form("apply").set(why, "Because my aunt is a nurse.").submit("send");
        assertThat(missing.messages()).contains("Some answers need attention.");
        assertThat(missing.form("apply").value(why)).as("what was typed stays").isEqualTo("Because my aunt is a nurse.");
        Page sent = missing.form("apply").set(year, "y13").submit("send");
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.follow().text()).contains("Thank you for applying. Staff will decide and email you.");
        assertThat(Flows.signedIn(FIXED_HOST, FIXED_MODERATOR).get("/events/applications.xhtml").html().select(".application-answers").text())
                .contains("Because my aunt is a nurse.", "Year 13");
        Page again = student.get(apply.substring(apply.indexOf("/events/")));
        assertThat(again.html().getElementById("applied")).as("applied already: said so").isNotNull();
        assertThat(again.html().getElementById("apply")).as("and no form").isNull();
        assertThat(Flows.signedIn(FIXED_HOST, FIXED_PARENT).get(apply.substring(apply.indexOf("/events/"))).status())
                .as("not for parents").isEqualTo(404);
    }

    // ---- Work experience placements (issue 20, item 2), on a programme of their own.

    private static final String PL_SLUG = "events-placements";
    private static final String PL_HOST = PL_SLUG + ".localhost";
    private static final String PL_OWNER = "owner@events-placements.example";
    private static final String PL_MODERATOR = "mo@events-placements.example";
    private static final String PL_TEACHER = "tess@events-placements.example";
    private static final String SUPERVISOR_VETTED = "vera@events-placements.example";
    private static final String SUPERVISOR_UNVETTED = "uma@events-placements.example";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** The placements' week: the Monday at least three weeks ahead, to its Friday; applications close the Monday before. */
    private static final java.time.LocalDate FIRST_DAY = java.time.LocalDate.now(UK).plusDays(21)
            .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
    private static final java.time.LocalDate LAST_DAY = FIRST_DAY.plusDays(4);
    private static final java.time.LocalDate CLOSES = FIRST_DAY.minusDays(7);

    @Inject
    org.wayfinder.events.placement.Placements placements;

    @Inject
    org.wayfinder.platform.spi.safeguarding.Vetting vetting;

    private TenantRef placementsLab() {
        return tenants.bySlug(PL_SLUG).orElseGet(() -> tenants.create(PL_SLUG, "Placements Lab"));
    }

    private static String learner(char who) {
        return "learner-" + who + "@events-placements.example";
    }

    private <T> T on(String email, String role, Supplier<T> work) {
        return acting().asPerson(placementsLab(), acting().idOf(placementsLab(), email), role, work);
    }

    /** Noon in the UK on the day: the moment a test acts at. */
    private static Instant noon(java.time.LocalDate day) {
        return day.atTime(12, 0).atZone(UK).toInstant();
    }

    private String placementId(String title) {
        return tenancy.callAs(placementsLab(), () -> fixtures.one("SELECT p.id FROM Placement p WHERE p.title = :title", Map.of("title", title)));
    }

    private org.wayfinder.events.placement.PlacementApplication apply(char who, String title, int choice, java.time.LocalDate bornOn,
                                                                      String school) {
        return on(learner(who), Roles.MEMBER, () -> placements.apply(placementId(title), choice, bornOn, school,
                "I would like to see how a hospital department works.", SendKeys.fresh(), Instant.now()));
    }

    private org.wayfinder.events.placement.Placements.Draft placementDraft(String department, String title, String places, String supervisor) {
        return new org.wayfinder.events.placement.Placements.Draft(department, title, "Shadow the team for a week.", FIRST_DAY, LAST_DAY,
                CLOSES, places, supervisor);
    }

    @Test
    @Order(21)
    void staffAddPlacementsCheckedFieldByFieldWithASupervisorWhoseVettingTheySee() {
        TenantRef lab = placementsLab();
        acting().as(lab, Roles.OWNER, () -> {
            activations.enable(EventsPlugin.ID);
            return null;
        });
        acting().person(lab, PL_OWNER, "Paula Owner", Roles.OWNER);
        acting().person(lab, PL_MODERATOR, "Milo Moderator", Roles.MODERATOR);
        acting().person(lab, PL_TEACHER, "Theo Teacher", "teacher");
        String vetted = acting().person(lab, SUPERVISOR_VETTED, "Vera Supervisor", EventsPlugin.SUPERVISOR);
        String unvetted = acting().person(lab, SUPERVISOR_UNVETTED, "Uma Supervisor", EventsPlugin.SUPERVISOR);
        for (char who : "ABCDEF".toCharArray()) {
            acting().person(lab, learner(who), "Learner " + who, Roles.MEMBER);
        }
        on(PL_OWNER, Roles.OWNER, () -> {
            Map<String, String> settings = new java.util.HashMap<>(activations.settingsAsText(EventsPlugin.ID));
            settings.put(EventsPlugin.PRIORITY_SCHOOLS, "Spalding Academy");
            return activations.saveSettings(EventsPlugin.ID, settings);
        });
        java.time.LocalDate today = java.time.LocalDate.now(UK);
        on(PL_MODERATOR, Roles.MODERATOR, () -> vetting.record(vetted, org.wayfinder.platform.spi.safeguarding.Vetting.CheckType.ENHANCED_BARRED,
                today.minusDays(100), today.plusYears(3), today));
        // Uma's check is enhanced but expires in the middle of the placement's week: not vetted for its days.
        on(PL_MODERATOR, Roles.MODERATOR, () -> vetting.record(unvetted, org.wayfinder.platform.spi.safeguarding.Vetting.CheckType.ENHANCED,
                today.minusYears(2), FIRST_DAY.plusDays(2), today));

        InvalidInputException wrong = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() -> on(PL_MODERATOR,
                Roles.MODERATOR, () -> placements.offer(new org.wayfinder.events.placement.Placements.Draft(" ", "x".repeat(121),
                        "y".repeat(2001), today, today.minusDays(1), today.minusDays(1), "0", acting().idOf(lab, learner('A'))), Instant.now())));
        assertThat(wrong.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("department", "title", "description", "startsOn", "endsOn", "applicationsCloseOn", "places",
                        "supervisorId");
        assertThatThrownBy(() -> on(PL_MODERATOR, Roles.MODERATOR, () -> placements.offer(new org.wayfinder.events.placement.Placements.Draft(
                "Radiology", "Radiography week", null, FIRST_DAY, FIRST_DAY.plusDays(40), CLOSES, "1", vetted), Instant.now())))
                .as("longer than four weeks").isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 28 days");
        assertThatThrownBy(() -> on(PL_MODERATOR, Roles.MODERATOR, () -> placements.offer(new org.wayfinder.events.placement.Placements.Draft(
                "Radiology", "Radiography week", null, FIRST_DAY, LAST_DAY, FIRST_DAY, "1", vetted), Instant.now())))
                .as("closing on the first day").isInstanceOf(InvalidInputException.class).hasMessageContaining("before the first day");
        assertThatThrownBy(() -> on(learner('A'), Roles.MEMBER, () -> placements.offer(placementDraft("Radiology", "Radiography week", "1",
                vetted), Instant.now()))).as("a student").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> on(SUPERVISOR_VETTED, EventsPlugin.SUPERVISOR, () -> placements.offered(Instant.now())))
                .as("a supervisor does not run placements").isInstanceOf(AccessDeniedException.class);
        assertThat(tenancy.callAs(lab, () -> fixtures.count("SELECT COUNT(p) FROM Placement p", Map.of()))).as("nothing stored").isZero();

        on(PL_MODERATOR, Roles.MODERATOR, () -> placements.offer(placementDraft("Radiology", "Radiography week", "1", vetted), Instant.now()));
        on(PL_OWNER, Roles.OWNER, () -> placements.offer(placementDraft("Pharmacy", "Pharmacy week", "2", unvetted), Instant.now()));
        on(PL_MODERATOR, Roles.MODERATOR, () -> placements.offer(placementDraft("Estates", "Estates week", "1", vetted), Instant.now()));
        assertThat(on(PL_MODERATOR, Roles.MODERATOR, () -> placements.offered(Instant.now())))
                .extracting(o -> o.placement().getTitle() + ": " + o.supervisorName() + (o.supervisorVetted() ? ", vetted" : ", not vetted"))
                .containsExactlyInAnyOrder("Radiography week: Vera Supervisor, vetted", "Pharmacy week: Uma Supervisor, not vetted",
                        "Estates week: Vera Supervisor, vetted");
        assertThat(acting().asPerson(other(), id(OTHER_OWNER), Roles.OWNER, () -> placements.offered(Instant.now())))
                .as("another programme's staff").isEmpty();
        assertThatThrownBy(() -> acting().asPerson(other(), id(OTHER_OWNER), Roles.OWNER, () -> placements.applicants(placementId("Pharmacy week"))))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @Order(22)
    void studentsApplyForUpToThreeInOrderAndEveryWrongApplicationIsRefused() {
        assertThat(on(learner('A'), Roles.MEMBER, () -> placements.open(Instant.now()))).extracting(o -> o.placement().getTitle())
                .containsExactlyInAnyOrder("Radiography week", "Pharmacy week", "Estates week");
        assertThat(on(PL_TEACHER, "teacher", () -> placements.open(Instant.now()))).as("not a student").isEmpty();
        assertThatThrownBy(() -> on(PL_TEACHER, "teacher", () -> placements.apply(placementId("Estates week"), 1, FIRST_DAY.minusYears(30),
                null, "Me too", SendKeys.fresh(), Instant.now()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().asPerson(other(), id(OTHER_STUDENT), Roles.MEMBER, () -> placements.apply(placementId("Estates week"),
                1, FIRST_DAY.minusYears(16), null, "Let me in", SendKeys.fresh(), Instant.now())))
                .as("another programme's student").isInstanceOf(RecordNotFoundException.class);

        // Learner A is 16 on the first day, B 17 (from a priority school), C 19, D 15, E 18 to the day.
        apply('A', "Radiography week", 1, FIRST_DAY.minusYears(16).minusDays(10), "Boston Grammar");
        apply('A', "Pharmacy week", 2, FIRST_DAY.minusYears(16).minusDays(10), "Boston Grammar");
        apply('B', "Radiography week", 1, FIRST_DAY.minusYears(17).minusDays(3), "spalding academy");
        apply('B', "Estates week", 2, FIRST_DAY.minusYears(17).minusDays(3), "spalding academy");
        apply('C', "Pharmacy week", 1, FIRST_DAY.minusYears(19), null);
        apply('C', "Radiography week", 2, FIRST_DAY.minusYears(19), null);
        apply('D', "Pharmacy week", 1, FIRST_DAY.minusYears(15), "Boston Grammar");
        apply('E', "Estates week", 1, FIRST_DAY.minusYears(18), null);
        apply('E', "Radiography week", 2, FIRST_DAY.minusYears(18), null);

        InvalidInputException wrong = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() -> on(learner('A'),
                Roles.MEMBER, () -> placements.apply(placementId("Estates week"), 1, FIRST_DAY.minusYears(13), "x".repeat(121), " ",
                        SendKeys.fresh(), Instant.now())));
        assertThat(wrong.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("choice", "bornOn", "school", "statement");
        assertThatThrownBy(() -> apply('A', "Radiography week", 3, FIRST_DAY.minusYears(16), null)).as("twice")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already");
        apply('A', "Estates week", 3, FIRST_DAY.minusYears(16).minusDays(10), null);
        String key = SendKeys.fresh();
        org.wayfinder.events.placement.PlacementApplication first = on(learner('F'), Roles.MEMBER, () -> placements.apply(
                placementId("Estates week"), 1, FIRST_DAY.minusYears(16), null, "Please", key, Instant.now()));
        org.wayfinder.events.placement.PlacementApplication again = on(learner('F'), Roles.MEMBER, () -> placements.apply(
                placementId("Estates week"), 1, FIRST_DAY.minusYears(16), null, "Please", key, Instant.now()));
        assertThat(again.getId()).as("sent twice, stored once").isEqualTo(first.getId());
        assertThatThrownBy(() -> on(learner('A'), Roles.MEMBER, () -> placements.withdraw(first.getId(), Instant.now())))
                .as("someone else's application").isInstanceOf(AccessDeniedException.class);
        on(learner('F'), Roles.MEMBER, () -> placements.withdraw(first.getId(), Instant.now()));
        assertThat(on(learner('F'), Roles.MEMBER, () -> placements.mine())).extracting(m -> m.application().getStatus())
                .containsExactly(org.wayfinder.events.placement.PlacementApplication.Status.WITHDRAWN);
        assertThatThrownBy(() -> on(learner('F'), Roles.MEMBER, () -> placements.apply(placementId("Radiography week"), 1,
                FIRST_DAY.minusYears(16), null, "Late", SendKeys.fresh(), noon(CLOSES.plusDays(1)))))
                .as("after applications close").isInstanceOf(InvalidInputException.class).hasMessageContaining("have closed");

        StepType workExperience = stepTypes.stream().filter(type -> type.id().equals("events-apply-for-work-experience")).findFirst()
                .orElseThrow();
        assertThat(tenancy.callAs(placementsLab(), () -> workExperience.isDone(acting().idOf(placementsLab(), learner('A')))))
                .as("a placement applied for is work experience applied for").isTrue();
        assertThat(tenancy.callAs(placementsLab(), () -> workExperience.isDone(acting().idOf(placementsLab(), learner('F')))))
                .as("withdrawn").isFalse();
    }

    /**
     * Worked out by hand: first choice 6, second 4, third 2, one more from a priority school; an
     * under-18 never goes where the supervisor is not vetted for the days (Pharmacy's is not).
     * <pre>
     *              Radiography (1)  Pharmacy (2)  Estates (1)
     *   A, 16          6               -             2
     *   B, 17, prio    7               .             5
     *   C, 19          4               6             .
     *   D, 15          .               -             .
     *   E, 18          4               .             6
     * </pre>
     * The best total gives Radiography to B (7), Estates to E (6) and Pharmacy to C (6): 19. A could
     * go to Radiography instead of B (6 + 5 for B at Estates, E left: 17) or Estates (2): less. D had
     * only Pharmacy, which vetting rules out for a 15-year-old: named to staff.
     */
    @Test
    @Order(23)
    void placesGoTheWayThatGivesMostStudentsTheirFirstChoicesAndNeverAnUnder18ToAnUnvettedSupervisor() {
        assertThatThrownBy(() -> on(PL_MODERATOR, Roles.MODERATOR, () -> placements.allocate(noon(CLOSES))))
                .as("applications still open").isInstanceOf(InvalidInputException.class).hasMessageContaining("No placement is waiting");
        assertThatThrownBy(() -> on(learner('A'), Roles.MEMBER, () -> placements.allocate(noon(CLOSES.plusDays(1)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().asPerson(other(), id(OTHER_OWNER), Roles.OWNER, () -> placements.allocate(noon(CLOSES.plusDays(1)))))
                .as("another programme's staff allocate nothing here").isInstanceOf(InvalidInputException.class);

        org.wayfinder.events.placement.Placements.Allocation allocation = on(PL_MODERATOR, Roles.MODERATOR,
                () -> placements.allocate(noon(CLOSES.plusDays(1))));
        assertThat(allocation.placements()).isEqualTo(3);
        assertThat(allocation.applicants()).isEqualTo(5);
        assertThat(allocation.allocated()).isEqualTo(3);
        assertThat(allocation.notVetted()).containsExactly("Learner D");
        Map<String, String> given = new java.util.TreeMap<>();
        for (String title : List.of("Radiography week", "Pharmacy week", "Estates week")) {
            on(PL_MODERATOR, Roles.MODERATOR, () -> placements.applicants(placementId(title))).stream()
                    .filter(a -> a.application().getStatus() == org.wayfinder.events.placement.PlacementApplication.Status.ALLOCATED)
                    .forEach(a -> given.put(a.name(), title));
        }
        assertThat(given).containsExactly(Map.entry("Learner B", "Radiography week"), Map.entry("Learner C", "Pharmacy week"),
                Map.entry("Learner E", "Estates week"));
        assertThat(on(learner('A'), Roles.MEMBER, () -> placements.mine())).extracting(m -> m.application().getStatus()).as("every choice told")
                .containsOnly(org.wayfinder.events.placement.PlacementApplication.Status.NOT_ALLOCATED);
        assertThat(on(learner('F'), Roles.MEMBER, () -> placements.mine())).extracting(m -> m.application().getStatus())
                .as("withdrawn stays withdrawn").containsExactly(org.wayfinder.events.placement.PlacementApplication.Status.WITHDRAWN);
        assertThatThrownBy(() -> on(PL_MODERATOR, Roles.MODERATOR, () -> placements.allocate(noon(CLOSES.plusDays(2)))))
                .as("given once").isInstanceOf(InvalidInputException.class);
        assertThat(on(PL_MODERATOR, Roles.MODERATOR, () -> placements.offered(Instant.now())))
                .extracting(o -> o.placement().getTitle() + " " + o.allocated() + "/" + o.placement().getPlaces())
                .containsExactlyInAnyOrder("Radiography week 1/1", "Pharmacy week 1/2", "Estates week 1/1");
        assertThatThrownBy(() -> on(PL_MODERATOR, Roles.MODERATOR, () -> {
            placements.remove(placementId("Estates week"));
            return null;
        })).as("a placement with applications stays").isInstanceOf(InvalidInputException.class);
    }

    @Test
    @Order(24)
    void theSupervisorRecordsEachDayAndWritesAReferenceOnlyForTheirOwnStudents() {
        String b = on(PL_MODERATOR, Roles.MODERATOR, () -> placements.applicants(placementId("Radiography week"))).stream()
                .filter(a -> a.name().equals("Learner B")).findFirst().orElseThrow().application().getId();
        String a = on(PL_MODERATOR, Roles.MODERATOR, () -> placements.applicants(placementId("Radiography week"))).stream()
                .filter(x -> x.name().equals("Learner A")).findFirst().orElseThrow().application().getId();
        Instant wednesday = noon(FIRST_DAY.plusDays(2));
        assertThat(on(SUPERVISOR_VETTED, EventsPlugin.SUPERVISOR, () -> placements.supervised()))
                .extractingFromEntries(e -> e.getKey().getTitle() + ": " + e.getValue().stream().map(org.wayfinder.events.placement.Placements.Applicant::name).toList())
                .containsExactlyInAnyOrder("Radiography week: [Learner B]", "Estates week: [Learner E]");
        assertThatThrownBy(() -> on(SUPERVISOR_VETTED, EventsPlugin.SUPERVISOR, () -> placements.recordDay(b, FIRST_DAY, true, noon(CLOSES))))
                .as("before the day").isInstanceOf(InvalidInputException.class).hasMessageContaining("not before");
        assertThatThrownBy(() -> on(SUPERVISOR_VETTED, EventsPlugin.SUPERVISOR, () -> placements.recordDay(b, FIRST_DAY.minusDays(1), true,
                wednesday))).as("a Sunday before it").isInstanceOf(InvalidInputException.class).hasMessageContaining("not one of the placement's days");
        assertThatThrownBy(() -> on(SUPERVISOR_VETTED, EventsPlugin.SUPERVISOR, () -> placements.recordDay(a, FIRST_DAY, true, wednesday)))
                .as("a student given no place").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> on(SUPERVISOR_UNVETTED, EventsPlugin.SUPERVISOR, () -> placements.recordDay(b, FIRST_DAY, true, wednesday)))
                .as("another placement's supervisor").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> on(learner('B'), Roles.MEMBER, () -> placements.recordDay(b, FIRST_DAY, true, wednesday)))
                .as("the student themselves").isInstanceOf(AccessDeniedException.class);
        on(SUPERVISOR_VETTED, EventsPlugin.SUPERVISOR, () -> placements.recordDay(b, FIRST_DAY, true, wednesday));
        on(SUPERVISOR_VETTED, EventsPlugin.SUPERVISOR, () -> placements.recordDay(b, FIRST_DAY.plusDays(1), true, wednesday));
        on(SUPERVISOR_VETTED, EventsPlugin.SUPERVISOR, () -> placements.recordDay(b, FIRST_DAY.plusDays(1), false, wednesday));
        on(PL_MODERATOR, Roles.MODERATOR, () -> placements.recordDay(b, FIRST_DAY.plusDays(2), true, wednesday));
        assertThat(on(learner('B'), Roles.MEMBER, () -> placements.mine())).filteredOn(m -> m.placement().getTitle().equals("Radiography week"))
                .extracting(org.wayfinder.events.placement.Placements.Mine::daysPresent).as("Monday and Wednesday").containsExactly(2L);

        assertThatThrownBy(() -> on(SUPERVISOR_VETTED, EventsPlugin.SUPERVISOR, () -> placements.writeReference(b, "Keen.", noon(CLOSES))))
                .as("before it begins").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> on(PL_MODERATOR, Roles.MODERATOR, () -> placements.writeReference(b, "Keen.", wednesday)))
                .as("staff do not write it").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> on(SUPERVISOR_VETTED, EventsPlugin.SUPERVISOR, () -> placements.writeReference(b, "x".repeat(4001), wednesday)))
                .isInstanceOf(InvalidInputException.class);
        on(SUPERVISOR_VETTED, EventsPlugin.SUPERVISOR, () -> placements.writeReference(b,
                "Learner B was punctual, asked good questions and <b>helped</b> with patient flow.", wednesday));
        assertThat(on(learner('B'), Roles.MEMBER, () -> placements.mine())).filteredOn(m -> m.placement().getTitle().equals("Radiography week"))
                .extracting(m -> m.application().getReference()).containsExactly(
                        "Learner B was punctual, asked good questions and <b>helped</b> with patient flow.");
        assertThatThrownBy(() -> acting().asPerson(other(), id(OTHER_OWNER), Roles.OWNER, () -> placements.recordDay(b, FIRST_DAY, false,
                wednesday))).as("another programme").isInstanceOf(RecordNotFoundException.class);

        assertThat(on(SUPERVISOR_VETTED, EventsPlugin.SUPERVISOR, () -> placements.toDo(wednesday))).as("Vera's home: B and E on"
                + " placement, E's reference to write").isEqualTo(new org.wayfinder.events.placement.Placements.ToDo(2, 1));
        assertThat(on(SUPERVISOR_VETTED, EventsPlugin.SUPERVISOR, () -> placements.toDo(noon(LAST_DAY.plusDays(3)))))
                .as("after the week").isEqualTo(new org.wayfinder.events.placement.Placements.ToDo(0, 1));
        assertThat(on(SUPERVISOR_UNVETTED, EventsPlugin.SUPERVISOR, () -> placements.toDo(noon(CLOSES))))
                .as("before it begins").isEqualTo(new org.wayfinder.events.placement.Placements.ToDo(0, 0));

        PersonalDataRequests.Copy copy = on(learner('B'), Roles.MEMBER, () -> requests.mine());
        assertThat(PersonalDataRequests.json(copy)).contains("Radiography week", "Estates week", "spalding academy", "helped")
                .doesNotContain("Learner C", "Pharmacy week");
    }

    @Test
    @Order(25)
    @RunAsClient
    void staffGiveAndSupervisorsRecordOnPagesOthersCannotOpenAndAStudentAppliesByClicking() {
        Site moderator = Flows.signedIn(PL_HOST, PL_MODERATOR);
        String link = moderator.get("/staff/index.xhtml").html().select("a[href$=/events/placements.xhtml]").attr("href");
        assertThat(link).as("Staff links to the placements").isNotEmpty();
        Page page = moderator.get(link.substring(link.indexOf("/events/")));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("[id='list:placements'] tbody tr").eachText()).anySatisfy(row -> assertThat(row)
                .contains("Pharmacy week", "Uma Supervisor", "Not vetted for its days", "1 given of 2"));

        // A new placement by the form: a missing supervisor is said beside it and what was typed stays.
        Page missing = page.form("offer").set("department", "Physiotherapy").set("title", "Physio taster")
                .set("startsOn", FIRST_DAY.toString()).set("endsOn", FIRST_DAY.plusDays(1).toString())
                .set("applicationsCloseOn", CLOSES.plusDays(2).toString()).set("places", "2").submit("add");
        assertThat(missing.messageFor("offer:supervisorId")).contains("Choose the supervisor");
        assertThat(missing.form("offer").value("title")).isEqualTo("Physio taster");
        Page added = missing.form("offer").set("supervisorId", missing.option("offer:supervisorId", "Vera Supervisor")).submit("add");
        assertThat(added.messages()).anySatisfy(message -> assertThat(message).contains("Added Physio taster"));

        Site student = Flows.signedIn(PL_HOST, learner('F'));
        Page index = student.get("/events/index.xhtml");
        org.jsoup.nodes.Element card = index.html().select("section.placement").stream().filter(e -> e.text().contains("Physio taster"))
                .findFirst().orElseThrow();
        String apply = card.select("a.apply-placement").attr("href");
        Page form = student.get(apply.substring(apply.indexOf("/events/")));
        assertThat(form.status()).isEqualTo(200);
        Page noStatement = form.form("apply").set("bornOn", FIRST_DAY.minusYears(16).toString()).set("choice", "1").submit("send");
        assertThat(noStatement.messageFor("apply:statement")).contains("Say in a few sentences");
        assertThat(noStatement.form("apply").value("bornOn")).as("what was typed stays").isEqualTo(FIRST_DAY.minusYears(16).toString());
        Page sent = noStatement.form("apply").set("statement", "I want to be a physiotherapist.").submit("send");
        assertThat(sent.status()).isEqualTo(302);
        Page after = sent.follow();
        assertThat(after.text()).contains("Thank you for applying", "Your work experience placements", "Physio taster");

        for (String address : List.of("/events/placements.xhtml", "//events/placements.xhtml", "/EVENTS/placements.xhtml",
                "/events/./placements.xhtml", "/events/%70lacements.xhtml", "/events/placements.xhtml;x=1", "/events/supervise.xhtml",
                "/events/placements.xhtml?placement=x")) {
            for (Site visitor : List.of(Flows.signedIn(PL_HOST, learner('A')), Flows.signedIn(PL_HOST, PL_TEACHER))) {
                Page answer = visitor.get(address);
                if (answer.status() == 301) {
                    answer = answer.follow();
                }
                assertThat(answer.status()).as(address).isIn(403, 404, 400);
                assertThat(answer.body()).as(address).doesNotContain("Give the places", "Add a placement", "Save the reference");
            }
        }
        assertThat(Flows.signedIn(PL_HOST, SUPERVISOR_VETTED).get("/events/placements.xhtml").status()).as("a supervisor").isEqualTo(403);

        Site supervisor = Flows.signedIn(PL_HOST, SUPERVISOR_VETTED);
        String mine = supervisor.get("/events/index.xhtml").html().select("#site-nav a[href$=/events/supervise.xhtml]").attr("href");
        assertThat(mine).as("the supervisor's header leads to their students").isNotEmpty();
        assertThat(supervisor.get("/").html().select("#home-panels a[href$=/events/supervise.xhtml]").eachText())
                .as("and so does their home").contains("Your placement students");
        Page students = supervisor.get(mine.substring(mine.indexOf("/events/")));
        assertThat(students.status()).isEqualTo(200);
        assertThat(students.text()).contains("Radiography week", "Learner B", "Estates week", "Learner E").doesNotContain("Learner A", "Learner C");
        assertThat(Flows.signedIn(PL_HOST, SUPERVISOR_UNVETTED).get("/events/supervise.xhtml").text()).contains("Pharmacy week", "Learner C")
                .doesNotContain("Learner B");
    }

    @Test
    @Order(26)
    @RunAsClient
    void staffTokensReadThePlacementsAndWhoAppliedThroughTheApiAndNobodyElseDoes() {
        Site owner = Flows.signedIn(PL_HOST, PL_OWNER);
        Api api = Api.on(PL_HOST, Flows.createToken(owner, "Work experience dashboard", Roles.MODERATOR));
        Api.Reply answer = api.get("/events/placements");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<jakarta.json.JsonObject> all = answer.array().getValuesAs(jakarta.json.JsonObject.class);
        assertThat(all).extracting(p -> p.getString("title") + ": " + p.getInt("allocated") + " of " + p.getInt("places")
                        + (p.getBoolean("supervisorVetted") ? ", vetted" : ", not vetted"))
                .contains("Radiography week: 1 of 1, vetted", "Pharmacy week: 1 of 2, not vetted", "Estates week: 1 of 1, vetted");
        String radiography = all.stream().filter(p -> p.getString("title").equals("Radiography week")).findFirst().orElseThrow().getString("id");
        assertThat(all.get(0).getString("startsOn")).as("dates as ISO dates").matches("\\d{4}-\\d{2}-\\d{2}");
        Api.Reply applications = api.get("/events/placements/" + radiography + "/applications");
        assertThat(applications.status()).as(applications.toString()).isEqualTo(200);
        assertThat(applications.array().getValuesAs(jakarta.json.JsonObject.class))
                .extracting(a -> a.getString("name") + " " + a.getString("status") + " " + a.getInt("daysPresent") + " "
                        + a.getBoolean("referenceWritten"))
                .contains("Learner B ALLOCATED 2 true", "Learner A NOT_ALLOCATED 0 false");
        assertThat(applications.body()).as("what students wrote and their dates of birth stay on the site").doesNotContain(
                "I would like to see how", "bornOn");
        assertThat(Api.on(PL_HOST, null).get("/events/placements").status()).isEqualTo(401);
        Site elsewhere = Flows.signedIn(OTHER_SLUG + ".localhost", OTHER_OWNER);
        Api other = Api.on(OTHER_SLUG + ".localhost", Flows.createToken(elsewhere, "Theirs", Roles.OWNER));
        assertThat(other.get("/events/placements").array()).as("another programme's token").isEmpty();
        assertThat(other.get("/events/placements/" + radiography + "/applications").status()).isEqualTo(404);
    }

    @Test
    @Order(29)
    @RunAsClient
    void everyApplicantWasToldWhatCameOfItAndNobodyWasToldAReasonThatWasNotTheirs() {
        assertThat(Mailbox.body(Mailbox.await(mail, learner('B'), "Radiography week: you have a place")))
                .contains("Your supervisor is Vera Supervisor");
        // Learner D's only choice had places left over: what kept them out was the supervisor's vetting, not the number applying.
        String refused = Mailbox.body(Mailbox.await(mail, learner('D'), "Work experience: no place this time"));
        assertThat(refused).contains("Pharmacy week", "the programme's staff can tell you why").doesNotContain("more applicants");
    }

    /** A placement that began a week ago and ends today, its one place given to learner F (dates moved into the past by hand). */
    @Test
    @Order(27)
    void aPlacementUnderWayForTheSupervisorsPage() {
        java.time.LocalDate today = java.time.LocalDate.now(UK);
        on(PL_MODERATOR, Roles.MODERATOR, () -> placements.offer(new org.wayfinder.events.placement.Placements.Draft("Pathology",
                "Phlebotomy week", null, FIRST_DAY, LAST_DAY, CLOSES, "1", acting().idOf(placementsLab(), SUPERVISOR_VETTED)), Instant.now()));
        String phlebotomy = placementId("Phlebotomy week");
        on(learner('F'), Roles.MEMBER, () -> placements.apply(phlebotomy, 2, FIRST_DAY.minusYears(16), null, "I like labs.",
                SendKeys.fresh(), Instant.now()));
        tenancy.callAs(placementsLab(), () -> fixtures.update("UPDATE Placement p SET p.startsOn = :starts, p.endsOn = :ends,"
                + " p.applicationsCloseOn = :closes WHERE p.id = :id", Map.of("starts", today.minusDays(7), "ends", today,
                "closes", today.minusDays(14), "id", phlebotomy)));
        org.wayfinder.events.placement.Placements.Allocation allocation = on(PL_MODERATOR, Roles.MODERATOR,
                () -> placements.allocate(Instant.now()));
        assertThat(allocation.placements()).as("only the one whose applications closed").isEqualTo(1);
        assertThat(allocation.allocated()).isEqualTo(1);
    }

    @Test
    @Order(28)
    @RunAsClient
    void theSupervisorTicksTheDaysAndWritesTheReferenceByClickingAndTheStudentReadsIt() {
        Site supervisor = Flows.signedIn(PL_HOST, SUPERVISOR_VETTED);
        String link = supervisor.get("/").html().select("#home-panels a[href$=/events/supervise.xhtml]").first().attr("href");
        Page page = supervisor.get(link.substring(link.indexOf("/events/")));
        org.jsoup.nodes.Element card = page.html().select("section.card").stream().filter(e -> e.text().contains("Phlebotomy week"))
                .findFirst().orElseThrow();
        String formId = card.select("form.placement-student").attr("id");
        List<String> days = card.select(".placement-day").eachAttr("aria-label");
        assertThat(days).as("a button per weekday so far, none ticked").isNotEmpty().allMatch(label -> label.endsWith("tap if they came"));
        Page ticked = page.form(formId).press(days.get(0));
        assertThat(ticked.status()).isIn(200, 302);
        Page after = ticked.status() == 302 ? ticked.follow() : ticked;
        org.jsoup.nodes.Element again = after.html().select("section.card").stream().filter(e -> e.text().contains("Phlebotomy week"))
                .findFirst().orElseThrow();
        assertThat(again.select(".placement-day").eachAttr("aria-label")).as("the first day ticked")
                .anyMatch(label -> label.endsWith("came, tap to take back"));
        assertThat(again.text()).contains("1 of " + days.size() + " days so far");
        String refForm = again.select("form.placement-student").attr("id");
        String field = again.select("form.placement-student textarea").attr("name").substring(refForm.length() + 1);
        Page empty = after.form(refForm).set(field, "  ").press("Save the reference for Learner F");
        assertThat(empty.messages()).anySatisfy(message -> assertThat(message).contains("Write the reference"));
        Page saved = after.form(refForm).set(field, "Learner F was careful and kind with patients <script>alert(1)</script>.")
                .press("Save the reference for Learner F");
        Page shown = saved.status() == 302 ? saved.follow() : saved;
        assertThat(shown.messages()).as(shown.status() + " " + shown.text()).anySatisfy(message -> assertThat(message).contains("Reference saved"));

        Page student = Flows.signedIn(PL_HOST, learner('F')).get("/events/index.xhtml");
        org.jsoup.nodes.Element mine = student.html().select("section.placement-mine").stream().filter(e -> e.text().contains("Phlebotomy week"))
                .findFirst().orElseThrow();
        assertThat(mine.text()).contains("Place given", "You came on 1 of its", "Learner F was careful and kind with patients <script>");
        assertThat(mine.select("script")).as("the reference is text, never markup").isEmpty();
    }
}
