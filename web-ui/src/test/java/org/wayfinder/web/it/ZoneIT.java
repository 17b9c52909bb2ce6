package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.journey.JourneyEngine;
import org.wayfinder.platform.journey.JourneyProgress;
import org.wayfinder.platform.journey.Journeys;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.SendKeys;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantOwned;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.spi.journey.JourneyDefinition;
import org.wayfinder.platform.spi.journey.JourneyStep;
import org.wayfinder.platform.tenant.TenantDirectory;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.booking.BookAChat;
import org.wayfinder.zone.booking.Booking;
import org.wayfinder.zone.booking.Bookings;
import org.wayfinder.zone.booking.Chat;
import org.wayfinder.zone.chat.JoinAChat;
import org.wayfinder.zone.chat.Seats;
import org.wayfinder.zone.event.Team;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.event.Zones;
import org.wayfinder.zone.question.Category;
import org.wayfinder.zone.question.Question;
import org.wayfinder.zone.question.Questions;
import org.wayfinder.zone.school.School;
import org.wayfinder.zone.school.Schools;
import org.wayfinder.zone.school.Student;
import org.wayfinder.zone.school.Teacher;
import org.wayfinder.zone.vote.Votes;

/**
 * A Zone from set-up to close on a programme of its own, through the pages people use: the owner
 * sets up a Zone with teams, a professional and Chat times; a teacher registers a school, is
 * approved, makes a class code and books; a student joins with the code and no email address, signs
 * in with the username, asks, is answered and votes once; joining a Chat finishes a student's "join your
 * Chat" journey step; moderators approve, reject and point
 * duplicates to answers; the owner closes the Zone and the winner is fixed. Each step also tries
 * the wrong role and another programme.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZoneIT {

    private static final String SLUG = "zone-lab";
    private static final String HOST = SLUG + ".localhost";
    private static final String OTHER = "zone-elsewhere";
    private static final String OWNER = "owner@zone-lab.example";
    private static final String MODERATOR = "moderator@zone-lab.example";
    private static final String TEACHER = "teacher@zone-lab.example";
    private static final String TEACHER_2 = "teacher2@zone-lab.example";
    private static final String PROFESSIONAL = "pro@zone-lab.example";
    private static final String STUDENT_PASSWORD = "seven purple kites";

    /** Passed from the steps in the container to those run as a client. */
    static String zoneId;
    static String otherZoneId;
    static String chatId;
    /** Known to the client-side steps only: each side has its own copy of these fields. */
    static String studentUsername;
    static String classCode;

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.serverOutsideThePlatform();

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
    Zones zones;

    @Inject
    Schools schools;

    @Inject
    Bookings bookings;

    @Inject
    Journeys journeys;

    @Inject
    JourneyProgress journeyProgress;

    @Inject
    Questions questions;

    @Inject
    Votes votes;

    @Inject
    Seats seats;

    @Inject
    ChatFixtures fixtures;

    @PersistenceContext(unitName = "wayfinder")
    EntityManager em;

    @Test
    @Order(1)
    void aProgrammeRunningZones() {
        TenantRef lab = tenants.bySlug(SLUG).orElseGet(() -> tenants.create(SLUG, "Zone Lab"));
        acting().person(lab, OWNER, "Ola Owner", Roles.OWNER);
        acting().person(lab, MODERATOR, "Mo Moderator", Roles.MODERATOR);
        acting().person(lab, TEACHER, "Tess Teacher", ZonePlugin.TEACHER);
        acting().person(lab, TEACHER_2, "Theo Teacher", ZonePlugin.TEACHER);
        acting().person(lab, PROFESSIONAL, "Priya Patel", ZonePlugin.PROFESSIONAL);
        acting().as(lab, Roles.OWNER, () -> {
            activations.enable(ZonePlugin.ID);
            return questions.addCategory("Routes into healthcare");
        });

        TenantRef other = tenants.bySlug(OTHER).orElseGet(() -> tenants.create(OTHER, "Elsewhere"));
        acting().person(other, "owner@zone-elsewhere.example", "Elsie Owner", Roles.OWNER);
        otherZoneId = acting().as(other, Roles.OWNER, () -> {
            activations.enable(ZonePlugin.ID);
            return zones.create(new Zones.Details("Elsewhere Zone", null, LocalDate.now().minusDays(1), LocalDate.now().plusDays(9),
                    "", null)).getId();
        });
    }

    @Test
    @Order(2)
    @RunAsClient
    void theOwnerSetsUpAZoneWithTeamsAProfessionalAndChatTimes() {
        Site owner = Flows.signedIn(HOST, OWNER);
        Page empty = owner.get("/zone/zones.xhtml");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.html().getElementById("no-zones")).as("empty state").isNotNull();

        Page refused = empty.form("details").set("name", "").submit("save");
        assertThat(refused.messageFor("details:name")).isEqualTo("Enter the Zone's name (up to 120 characters).");
        assertThat(refused.messageFor("details:opensOn")).isEqualTo("Enter the day the Zone opens.");

        LocalDate today = LocalDate.now();
        Page created = refused.form("details").set("name", "Spring Zone").set("opensOn", today.minusDays(1).toString())
                .set("closesOn", today.plusDays(30).toString()).set("funders", "Hub One\nHub Two").set("prize", "£500")
                .submit("save");
        assertThat(created.messages()).contains("Saved Spring Zone.");
        Page teamA = created.form("teams").set("teamName", "Nottinghamshire").set("description", "Nottinghamshire Training Hub").submit("add-team");
        assertThat(teamA.messages()).contains("Added the Nottinghamshire team.");
        Page teamB = teamA.form("teams").set("teamName", "Lincolnshire").submit("add-team");
        Page duplicate = teamB.form("teams").set("teamName", "lincolnshire").submit("add-team");
        assertThat(duplicate.messageFor("teams:teamName")).isEqualTo("This Zone already has a team called lincolnshire.");
        assertThat(duplicate.html().select(".error-summary")).as("of the page's four forms, only the one sent sums up its problems").hasSize(1);
        assertThat(duplicate.html().select("#teams .error-summary a").eachAttr("href")).containsExactly("#teams:teamName");

        Page access = duplicate.form("professionals").set("email", PROFESSIONAL).set("name", "Priya Patel")
                .set("team", duplicate.option("professionals:team", "Nottinghamshire")).submit("give-access");
        assertThat(access.messages()).contains("Added Priya Patel. Someone new to the programme gets an email to choose a password.");
        assertThat(access.html().select("#professionals\\:people td").text()).contains("Priya Patel");

        String start = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(2).withSecond(0).withNano(0).toString();
        Page published = access.form("slots").set("team", access.option("slots:team", "Nottinghamshire"))
                .set("startsAt", start).set("minutes_input", "30").set("minutes", "30").set("classes_input", "1").set("classes", "1")
                .submit("publish");
        assertThat(published.messages()).as(published.toString()).contains("Published. Teachers can book it now.");
        Page past = published.form("slots").set("team", published.option("slots:team", "Lincolnshire"))
                .set("startsAt", "2020-01-01T10:00").submit("publish");
        assertThat(past.messageFor("slots:startsAt")).isEqualTo("A Chat must start in the future.");

        assertThat(Flows.signedIn(HOST, TEACHER).get("/zone/zones.xhtml").status()).as("a teacher").isEqualTo(403);
        assertThat(Flows.signedIn(HOST, MODERATOR).get("/zone/zones.xhtml").status()).as("a moderator").isEqualTo(403);
    }

    @Test
    @Order(3)
    void theZoneIsThereAndOnlyInItsProgramme() {
        TenantRef lab = lab();
        Zone zone = tenancy.callAs(lab, () -> zones.all().get(0));
        zoneId = zone.getId();
        assertThat(zone.getFunders()).containsExactly("Hub One", "Hub Two");
        chatId = tenancy.callAs(lab, () -> bookings.slots(zoneId).get(0).chat().getId());
        assertThat(tenancy.callAs(lab, () -> zones.find(otherZoneId))).as("another programme's Zone").isEmpty();
        assertThatThrownBy(() -> acting().as(lab, Roles.OWNER, () -> zones.close(otherZoneId))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @Order(4)
    @RunAsClient
    void aTeacherRegistersTheirSchoolIsApprovedMakesAClassCodeAndBooks() throws Exception {
        Site teacher = Flows.signedIn(HOST, TEACHER);
        Page page = teacher.get("/zone/school.xhtml");
        assertThat(page.html().getElementById("codes")).as("nothing to book before registering").isNull();
        Page noSchool = page.form("register").submit("submit");
        assertThat(noSchool.messageFor("register:school")).isEqualTo("Choose your school from the list.");
        Page adding = noSchool.form("register").set("addingSchool_input", "on").submit("submit");
        Page registered = adding.form("register").set("addingSchool_input", "on").set("schoolName", "Becket School")
                .set("county", "Nottinghamshire").set("underServed_input", "on").submit("submit");
        assertThat(registered.messages()).contains("Thank you. A moderator checks your registration and you get an email when you can book Chats.");
        assertThat(registered.html().getElementById("registration-status").text()).contains("a moderator has not approved it yet");

        Site moderator = Flows.signedIn(HOST, MODERATOR);
        Page waiting = moderator.get("/zone/schools.xhtml");
        assertThat(waiting.html().getElementById("pending-count").text()).startsWith("1 waiting");
        assertThat(waiting.text()).contains("Becket School, Nottinghamshire (U)");
        Page approved = waiting.form("teachers").press("Approve Tess Teacher");
        assertThat(approved.messages()).contains("Approved; they are emailed that they can book Chats.");
        Mailbox.await(mail, TEACHER, "You can now book Chats for Becket School");
        assertThat(Flows.signedIn(HOST, TEACHER).get("/zone/schools.xhtml").status()).as("teachers do not approve").isEqualTo(403);

        Page approvedPage = teacher.get("/zone/school.xhtml");
        Page code = approvedPage.form("codes").set("className", "Year 10 Biology").submit("make");
        String made = code.messages().stream().filter(m -> m.startsWith("Class code ")).findFirst().orElseThrow();
        classCode = made.substring("Class code ".length(), "Class code ".length() + 9);
        assertThat(classCode).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");

        // The class is one of the teacher's own, from their class codes, or a new one they name.
        assertThat(code.html().select("#booking\\:classChoice option").eachText())
                .containsExactly("Choose a class", "Year 10 Biology", "Add a class...");
        // Chats are grouped: a heading per day, then each team's times that day.
        assertThat(code.html().select("#booking .zone-day h3").eachText()).doesNotHaveDuplicates().isNotEmpty();
        code.html().select("#booking .zone-day").forEach(day ->
                assertThat(day.select(".zone-team h4").eachText()).as("each team once a day").doesNotHaveDuplicates());
        Page noClass = code.form("booking").set("classChoice", "").press(code.html().select("#booking button").first().attr("aria-label"));
        assertThat(noClass.messageFor("booking:classChoice")).startsWith("Choose which class it is for");
        assertThat(noClass.html().select(".error-summary a[href='#booking:classChoice']").text()).startsWith("Choose which class it is for");
        Page naming = noClass.form("booking").set("classChoice", "+new").press(noClass.html().select("#booking button").first().attr("aria-label"));
        assertThat(naming.messageFor("booking:className")).as("a new class must be named").contains("Name the class");
        assertThat(naming.html().getElementById("booking:className")).isNotNull();
        Page booked = naming.form("booking").set("classChoice", "Year 10 Biology")
                .press(naming.html().select("#booking button").first().attr("aria-label"));
        assertThat(booked.messages()).contains("Booked for Year 10 Biology. We remind you by email the day before.");
        assertThat(booked.html().select("#mine\\:bookings td").text()).contains("Year 10 Biology").contains("Booked");
    }

    @Test
    @Order(5)
    void theLastPlaceIsTakenOnceAndCancellingInvitesToRebook() {
        TenantRef lab = lab();
        String second = acting().idOf(lab, TEACHER_2);
        String tess = acting().idOf(lab, TEACHER);
        acting().as(lab, Roles.OWNER, () -> journeys.publishDefinition(new JourneyDefinition(ZonePlugin.TEACHER, "Bringing your class",
                List.of(new JourneyStep("welcome", "info", "Welcome", "", null, true, null, Map.of()),
                        new JourneyStep("book-a-chat", BookAChat.ID, "Book a Chat", "", null, true, null, Map.of())))));
        assertThat(teacherAt(lab, tess).done()).as("Tess booked before the journey had the step, which counts").isEqualTo(1);
        acting().asPerson(lab, second, ZonePlugin.TEACHER, () -> journeyProgress.completeCurrent(ZonePlugin.TEACHER, "welcome"));
        acting().asPerson(lab, second, ZonePlugin.TEACHER, () -> schools.registerSchool(null, "Tupton Hall School", "Derbyshire", true, true));
        Teacher theo = tenancy.callAs(lab, () -> schools.teacherOf(second).orElseThrow());
        assertThatThrownBy(() -> acting().asPerson(lab, second, ZonePlugin.TEACHER, () -> bookings.book(chatId, "Year 9")))
                .as("not approved yet").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("A moderator has not approved your school registration yet.");
        acting().as(lab, Roles.MODERATOR, () -> {
            schools.approveTeacher(theo.getId());
            return null;
        });
        assertThatThrownBy(() -> acting().asPerson(lab, second, ZonePlugin.TEACHER, () -> bookings.book(chatId, "Year 9")))
                .as("the one place is taken").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("another school has just taken the last place");
        assertThatThrownBy(() -> acting().as(lab, ZonePlugin.STUDENT, () -> bookings.book(chatId, "Year 9")))
                .as("a student").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().asPerson(tenants.bySlug(OTHER).orElseThrow(), second, ZonePlugin.TEACHER,
                () -> bookings.book(chatId, "Year 9"))).as("from another programme").isInstanceOf(RuntimeException.class);
        assertThat(teacherAt(lab, second).next()).map(JourneyStep::id).as("no booking yet").contains("book-a-chat");
        assertThatThrownBy(() -> acting().asPerson(lab, second, ZonePlugin.TEACHER,
                () -> journeyProgress.completeCurrent(ZonePlugin.TEACHER, "book-a-chat"))).as("a teacher cannot say they booked")
                .isInstanceOf(InvalidInputException.class);
        assertThat(acting().asPerson(tenants.bySlug(OTHER).orElseThrow(), second, ZonePlugin.TEACHER, () -> bookings.myClasses()))
                .as("another programme knows none of this one's classes").isEmpty();

        Booking booking = tenancy.callAs(lab, () -> bookings.bookingsOf(chatId).get(0));
        assertThatThrownBy(() -> acting().asPerson(lab, second, ZonePlugin.TEACHER, () -> bookings.cancel(booking.getId(), null)))
                .as("another school's booking").isInstanceOf(RecordNotFoundException.class);
        acting().asPerson(lab, tess, ZonePlugin.TEACHER, () -> bookings.cancel(booking.getId(), "Mock exams"));
        assertThat(teacherAt(lab, tess).done()).as("Tess's only booking is cancelled, so she has a Chat to book again").isZero();
        Booking theirs = acting().asPerson(lab, second, ZonePlugin.TEACHER, () -> bookings.book(chatId, "Year 9"));
        assertThat(theirs.getStatus()).isEqualTo(Booking.Status.BOOKED);
        assertThat(teacherAt(lab, second).finished()).as("booking finished Theo's journey").isTrue();
        assertThat(teacherAt(lab, tess).done()).as("Theo's booking is not Tess's").isZero();
        assertThat(acting().asPerson(lab, second, ZonePlugin.TEACHER, () -> bookings.myClasses())).as("a teacher's own classes only")
                .containsExactly("Year 9");
        assertThat(acting().asPerson(lab, tess, ZonePlugin.TEACHER, () -> bookings.myClasses())).containsExactly("Year 10 Biology");
        // Tess books again, which the page's student steps rely on: the Chat takes a second class now.
        update(lab, "UPDATE Chat c SET c.classes = 2 WHERE c.id = :id", Map.of("id", chatId));
        acting().asPerson(lab, tess, ZonePlugin.TEACHER, () -> bookings.book(chatId, "Year 10 Biology"));
        assertThat(teacherAt(lab, tess).done()).as("booking again finishes the step for good").isEqualTo(1);

        Instant now = Instant.now();
        assertThat(tenancy.callAs(lab, () -> bookings.remind(now.plus(Duration.ofDays(1).plusHours(1))))).as("both classes reminded")
                .isEqualTo(2);
        assertThat(tenancy.callAs(lab, () -> bookings.remind(now.plus(Duration.ofDays(1).plusHours(1))))).as("once").isZero();
    }

    @Test
    @Order(6)
    @RunAsClient
    void aStudentJoinsWithTheCodeAndNoEmailThenSignsInWithTheirUsername() {
        // The mails of the steps before, which the server sent to this side's mail server.
        Mailbox.await(mail, TEACHER, "Book another Chat in Spring Zone", "was cancelled");
        Mailbox.await(mail, TEACHER_2, "Reminder: your class's Chat on", "Year 9 has a 30-minute Chat with the Nottinghamshire team");
        Page join = new Site(HOST).get("/zone/join.xhtml?code=" + classCode);
        assertThat(join.status()).isEqualTo(200);
        assertThat(join.html().select("input[type=email]")).as("no email asked").isEmpty();
        Page wrong = join.form("join").set("code", "ZZZZ-ZZZZ").set("displayName", "Amy").set("password", STUDENT_PASSWORD).submit("submit");
        assertThat(wrong.messageFor("join:code")).startsWith("That class code does not work.");
        Page fullName = wrong.form("join").set("code", classCode).set("displayName", "Amy Jane Smith").set("password", STUDENT_PASSWORD)
                .submit("submit");
        assertThat(fullName.messageFor("join:displayName")).startsWith("Just your first name or a nickname");
        Page joined = fullName.form("join").set("code", classCode.toLowerCase()).set("displayName", "Amy").set("password", STUDENT_PASSWORD)
                .submit("submit");
        studentUsername = joined.html().getElementById("username").text();
        assertThat(studentUsername).matches("[a-z]+-[a-z]+-\\d+");
        assertThat(joined.text()).contains("You joined as a student of Becket School, Nottinghamshire.");

        Site amy = new Site(HOST);
        assertThat(amy.signIn(studentUsername, STUDENT_PASSWORD).status()).isEqualTo(302);
        Page home = amy.get("/zone/index.xhtml");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.html().select("h1").text()).isEqualTo("Spring Zone");
        assertThat(home.text()).contains("You take part for Becket School, Nottinghamshire.");
        assertThat(home.html().select("#chat-list li").text()).contains("with the Nottinghamshire team");
        assertThat(home.html().getElementById("results-hidden")).as("votes hidden until the Zone closes").isNotNull();
        String elsewhere = Flows.signedIn(OTHER + ".localhost", "owner@zone-elsewhere.example").get("/zone/zones.xhtml").html()
                .select(".zone-tabs a").first().attr("href").replaceAll(".*zone=", "");
        assertThat(amy.get("/zone/index.xhtml?zone=" + elsewhere).status()).as("another programme's Zone").isEqualTo(404);
        assertThat(amy.get("/zone/index.xhtml?zone=" + elsewhere.replace('a', 'b')).status()).as("no such Zone").isEqualTo(404);

        Site teacher = Flows.signedIn(HOST, TEACHER);
        Page codes = teacher.get("/zone/school.xhtml");
        Page members = codes.form("codes").press("Students who joined with " + classCode);
        assertThat(members.html().select("#codes table td").eachText()).contains("Amy", studentUsername);
    }

    @Test
    @Order(7)
    @RunAsClient
    void questionsAreModeratedAnsweredAndDuplicatesPointToTheAnswer() {
        Site amy = new Site(HOST);
        amy.signIn(studentUsername, STUDENT_PASSWORD);
        Form question = amy.get("/zone/index.xhtml").form("ask").set("question", "How did you decide to become a paramedic?");
        assertThat(question.value("key")).as("the form carries a key for this send").matches(SendKeys.FORMAT);
        Page asked = question.submit("send");
        assertThat(asked.messages()).as(asked.toString()).contains("Sent. A moderator reads every question before it goes to the professionals.");
        assertThat(asked.html().select("#my-questions li").text()).contains("Waiting for a moderator");
        // The answer was lost (the instance stopped after storing it), so the page sends the same form again.
        Page askedAgain = question.submit("send");
        assertThat(askedAgain.messages()).contains("Sent. A moderator reads every question before it goes to the professionals.");
        assertThat(askedAgain.html().select("#my-questions li")).as("stored once").hasSize(1);
        assertThat(askedAgain.form("ask").value("key")).as("the next question gets a key of its own").matches(SendKeys.FORMAT)
                .isNotEqualTo(question.value("key"));
        Page tooShort = asked.form("ask").set("question", "Why?").submit("send");
        assertThat(tooShort.messageFor("ask:question")).isEqualTo("Write your question in 10 to 500 characters.");

        Site moderator = Flows.signedIn(HOST, MODERATOR);
        Page desk = moderator.get("/zone/moderate.xhtml");
        assertThat(desk.html().select("#questions h2").first().text()).isEqualTo("Questions waiting (1)");
        Form approve = desk.form("questions");
        String editField = desk.html().select("textarea[name$=:edit]").first().attr("name").substring("questions:".length());
        String categoryField = desk.html().select("select[name$=:category]").first().attr("name").substring("questions:".length());
        Page approved = approve.set(editField, "How did you decide to become a paramedic, and how long did training take?")
                .set(categoryField, desk.option("questions:" + categoryField, "Routes into healthcare"))
                .press("Approve: How did you decide to become a paramedic?");
        assertThat(approved.messages()).contains("Approved and sent to the professionals.");
        assertThat(Flows.signedIn(HOST, TEACHER).get("/zone/moderate.xhtml").status()).as("a teacher").isEqualTo(403);

        Site pro = Flows.signedIn(HOST, PROFESSIONAL);
        Page proHome = pro.get("/zone/index.xhtml");
        assertThat(proHome.text()).contains("You are in the Nottinghamshire team.");
        String answerField = proHome.html().select("textarea[name$=:answer]").first().attr("name").substring("answers:".length());
        Page answered = proHome.form("answers").set(answerField, "I volunteered with St John Ambulance first; the degree took three years.")
                .press("Post your answer to: How did you decide to become a paramedic, and how long did training take?");
        assertThat(answered.messages()).contains("Your answer is posted.");

        Page again = amy.get("/zone/index.xhtml");
        assertThat(again.html().select(".zone-answer").text()).contains("Priya Patel (Nottinghamshire)").contains("St John Ambulance");
        Page second = again.form("ask").set("question", "How long is paramedic training and how did you decide?").submit("send");
        assertThat(second.messages()).as("a student may still send a question like an answered one")
                .contains("Sent. A moderator reads every question before it goes to the professionals.");
        Page desk2 = moderator.get("/zone/moderate.xhtml");
        assertThat(desk2.html().select(".zone-duplicates li").text()).contains("How did you decide to become a paramedic");
        Page marked = desk2.form("questions").press("Mark as a duplicate of: How did you decide to become a paramedic, and how long did training take?");
        assertThat(marked.messages()).contains("Marked as a duplicate; the asker is pointed to the answers.");
        Page told = amy.get("/zone/index.xhtml");
        assertThat(told.html().select("#my-questions li").text()).contains("Already answered").contains("It has been asked and answered already");
    }

    @Test
    @Order(8)
    void suggestionsCommentsAndRejectionsKeepToTheRules() {
        TenantRef lab = lab();
        String amy = amy(lab);
        List<Questions.Suggestion> similar = acting().asPerson(lab, amy, ZonePlugin.STUDENT,
                () -> questions.similarAnswered(zoneId, "paramedic training how long"));
        assertThat(similar).extracting(s -> s.question().getBody()).containsExactly(
                "How did you decide to become a paramedic, and how long did training take?");
        assertThat(acting().asPerson(lab, amy, ZonePlugin.STUDENT, () -> questions.similarAnswered(zoneId, "favourite football team")))
                .isEmpty();

        Question approved = tenancy.callAs(lab, () -> questions.approved(zoneId).get(0));
        var comment = acting().asPerson(lab, amy, ZonePlugin.STUDENT, () -> questions.comment(approved.getId(), "Thank you, that helps!"));
        String pro = acting().idOf(lab, PROFESSIONAL);
        assertThat(acting().asPerson(lab, pro, ZonePlugin.PROFESSIONAL, () -> questions.comments(approved.getId())))
                .as("waiting comments are not shown to others").isEmpty();
        acting().as(lab, Roles.MODERATOR, () -> {
            questions.approveComment(comment.getId());
            return null;
        });
        assertThat(acting().asPerson(lab, pro, ZonePlugin.PROFESSIONAL, () -> questions.comments(approved.getId()))).hasSize(1);
        assertThatThrownBy(() -> acting().asPerson(lab, amy, ZonePlugin.STUDENT, () -> questions.answer(approved.getId(), "I know!")))
                .as("students do not answer").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().as(lab, Roles.MODERATOR, () -> questions.reject(approved.getId(), "no")))
                .as("dealt with already").isInstanceOf(InvalidInputException.class);
        String key = SendKeys.fresh();
        Question rude = acting().asPerson(lab, amy, ZonePlugin.STUDENT, () -> questions.ask(zoneId, key, "What is your phone number please?"));
        assertThat(acting().asPerson(lab, amy, ZonePlugin.STUDENT, () -> questions.ask(zoneId, key, "What is your phone number please?")))
                .as("sent again with its key: the question stored the first time").extracting(Question::getId).isEqualTo(rude.getId());
        assertThatThrownBy(() -> acting().asPerson(lab, amy, ZonePlugin.STUDENT, () -> questions.ask(zoneId, "not a key!", "Is this a key?")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> acting().as(lab, Roles.MODERATOR, () -> questions.reject(rude.getId(), "")))
                .as("a reason is needed").isInstanceOf(InvalidInputException.class);
        acting().as(lab, Roles.MODERATOR, () -> questions.reject(rude.getId(), "We keep contact details off the Zone."));
        assertThatThrownBy(() -> acting().asPerson(tenants.bySlug(OTHER).orElseThrow(), amy, ZonePlugin.STUDENT,
                () -> questions.ask(zoneId, null, "A question from elsewhere?"))).as("another programme").isInstanceOf(RuntimeException.class);
        List<Category> categories = tenancy.callAs(lab, () -> questions.categories(false));
        assertThat(approved.getCategoryId()).isEqualTo(categories.get(0).getId());
    }

    @Test
    @Order(9)
    @RunAsClient
    void aStudentVotesOnceAndTheResultsShowWhenTheOwnerCloses() {
        Site amy = new Site(HOST);
        amy.signIn(studentUsername, STUDENT_PASSWORD);
        Page home = amy.get("/zone/index.xhtml");
        Page voted = home.form("vote").set("team", radio(home, "Nottinghamshire")).submit("cast");
        assertThat(voted.messages()).contains("Thank you for voting for Nottinghamshire.");
        assertThat(voted.html().getElementById("voted").text()).contains("You voted for Nottinghamshire");
        assertThat(voted.html().getElementById("tally")).as("still hidden").isNull();

        Page closed = Flows.signedIn(HOST, OWNER).get("/zone/zones.xhtml").form("details").submit("close");
        assertThat(closed.messages()).contains("Spring Zone is closed. The winner: Nottinghamshire.");
        Page after = amy.get("/zone/index.xhtml");
        assertThat(after.html().getElementById("tally").text()).contains("Nottinghamshire: 1 vote (winner)").contains("Lincolnshire: 0 votes");
        assertThat(after.html().getElementById("ask")).as("no more questions once closed").isNull();
    }

    @Test
    @Order(10)
    void oneVotePerStudentAndTiesAreTies() throws Exception {
        TenantRef lab = lab();
        String amy = amy(lab);
        assertThatThrownBy(() -> acting().asPerson(lab, amy, ZonePlugin.STUDENT,
                () -> votes.vote(zoneId, tenancy.callAs(lab, () -> zones.teams(zoneId).get(1).getId()))))
                .isInstanceOf(InvalidInputException.class);

        Zone tied = acting().as(lab, Roles.OWNER, () -> zones.create(new Zones.Details("Tied Zone", null, LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(5), "", null)));
        Team a = acting().as(lab, Roles.OWNER, () -> zones.addTeam(tied.getId(), "Alpha", null));
        Team b = acting().as(lab, Roles.OWNER, () -> zones.addTeam(tied.getId(), "Beta", null));
        String school = tenancy.callAs(lab, () -> schools.all().get(0).getId());
        for (int i = 0; i < 4; i++) {
            String id = acting().person(lab, Flows.unique("voter") + "@zone-lab.example", "Voter", ZonePlugin.STUDENT);
            tenancy.runAs(lab, () -> {
                em.setProperty(TenantOwned.TENANT_PROPERTY, lab.id());
                em.persist(new org.wayfinder.zone.school.Student(tied.getId(), id, school, null));
            });
            Team team = i % 2 == 0 ? a : b;
            acting().asPerson(lab, id, ZonePlugin.STUDENT, () -> votes.vote(tied.getId(), team.getId()));
            if (i == 0) {
                assertThatThrownBy(() -> acting().asPerson(lab, id, ZonePlugin.STUDENT, () -> votes.vote(tied.getId(), b.getId())))
                        .as("a second vote").isInstanceOf(InvalidInputException.class).hasMessageContaining("each student votes once");
            }
        }
        assertThatThrownBy(() -> acting().as(lab, Roles.MODERATOR, () -> zones.close(tied.getId()))).isInstanceOf(AccessDeniedException.class);
        Zone closed = acting().as(lab, Roles.OWNER, () -> zones.close(tied.getId()));
        assertThat(closed.getWinnerIds()).containsExactlyInAnyOrder(a.getId(), b.getId());
    }

    @Test
    @Order(11)
    void outcomesAreRecordedByStaffOnceTheChatHasStarted() {
        TenantRef lab = lab();
        Booking booking = tenancy.callAs(lab, () -> bookings.bookingsOf(chatId).stream()
                .filter(b -> b.getStatus() == Booking.Status.BOOKED).findFirst().orElseThrow());
        assertThatThrownBy(() -> acting().as(lab, Roles.MODERATOR, () -> bookings.recordOutcome(booking.getId(), Booking.Status.TOOK_PLACE)))
                .as("not started").isInstanceOf(InvalidInputException.class);
        update(lab, "UPDATE Chat c SET c.startsAt = :past WHERE c.id = :id", Map.of("past", Instant.now().minus(Duration.ofHours(1)),
                "id", chatId));
        assertThatThrownBy(() -> acting().as(lab, ZonePlugin.TEACHER, () -> bookings.recordOutcome(booking.getId(), Booking.Status.TOOK_PLACE)))
                .as("a teacher").isInstanceOf(AccessDeniedException.class);
        Booking recorded = acting().as(lab, Roles.MODERATOR, () -> bookings.recordOutcome(booking.getId(), Booking.Status.NO_SHOW));
        assertThat(recorded.getStatus()).isEqualTo(Booking.Status.NO_SHOW);
        assertThatThrownBy(() -> acting().as(lab, Roles.MODERATOR, () -> bookings.recordOutcome(booking.getId(), Booking.Status.CANCELLED)))
                .as("only took place or did not attend").isInstanceOf(InvalidInputException.class);
    }

    @Test
    @Order(12)
    @RunAsClient
    void theApiGoesThroughTheSameRulesAsThePages() {
        Site owner = Flows.signedIn(HOST, OWNER);
        Api api = Api.on(HOST, Flows.createToken(owner, "Zone dashboard", "owner"));
        Api.Reply all = api.get("/zones");
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        jakarta.json.JsonObject spring = all.array().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(z -> z.getString("name").equals("Spring Zone")).findFirst().orElseThrow();
        assertThat(spring.getJsonArray("funders").getString(1)).isEqualTo("Hub Two");
        assertThat(spring.getJsonArray("teams").size()).isEqualTo(2);
        String springId = spring.getString("id");

        Flows.assertProblem(api.post("/zones", "{\"name\":\"\"}"), 422);
        Api.Reply made = api.post("/zones", "{\"name\":\"Api Zone\",\"opensOn\":\"2030-03-06\",\"closesOn\":\"2030-07-21\","
                + "\"funders\":\"Hub A\\nHub B\"}");
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        String apiZone = made.json().getString("id");
        assertThat(api.post("/zones/" + apiZone + "/teams", "{\"name\":\"Derbyshire\"}").json().getString("name")).isEqualTo("Derbyshire");
        assertThat(api.get("/zones/schools").array().getValuesAs(jakarta.json.JsonObject.class))
                .anyMatch(school -> school.getString("name").equals("Becket School") && school.getBoolean("underServed"));
        assertThat(api.get("/zones/" + springId + "/chats").array().getJsonObject(0).getJsonArray("bookings").size()).isEqualTo(3);
        Api.Reply tally = api.get("/zones/" + springId + "/votes");
        assertThat(tally.array().getJsonObject(0).getString("teamName")).isEqualTo("Nottinghamshire");
        assertThat(tally.array().getJsonObject(0).getBoolean("winner")).isTrue();

        Api.Reply report = api.get("/zones/" + springId + "/report");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().getJsonObject("figures").getInt("studentsLoggedIn")).isEqualTo(1);
        assertThat(report.json().getJsonObject("figures").getInt("questionsAsked")).as("approved, duplicate, rejected").isEqualTo(3);
        assertThat(report.json().getJsonObject("figures").getInt("votes")).isEqualTo(1);
        assertThat(report.json().getInt("shareActive")).isEqualTo(100);

        Api moderator = Api.on(HOST, Flows.createToken(owner, "Moderation tool", "moderator"));
        Flows.assertProblem(moderator.get("/zones/" + springId + "/report"), 403);
        Flows.assertProblem(moderator.get("/zones"), 403);
        assertThat(moderator.get("/zones/" + springId + "/questions").array().size()).isEqualTo(1);

        Site amy = new Site(HOST);
        amy.signIn(studentUsername, STUDENT_PASSWORD);
        Api student = Api.asBrowser(amy);
        assertThat(student.get("/zones/" + springId + "/questions").array().getJsonObject(0).getString("body"))
                .startsWith("How did you decide to become a paramedic");
        Flows.assertProblem(student.get("/zones/" + apiZone), 404);
        Flows.assertProblem(student.get("/zones/schools"), 403);

        String elsewhere = Flows.signedIn(OTHER + ".localhost", "owner@zone-elsewhere.example").get("/zone/zones.xhtml").html()
                .select(".zone-tabs a").first().attr("href").replaceAll(".*zone=", "");
        Flows.assertProblem(api.get("/zones/" + elsewhere), 404);
        Flows.assertProblem(Api.on(OTHER + ".localhost", "wf_not-a-token").get("/zones"), 401);
        assertThat(new Site(HOST).get("/openapi").body()).as("documented").contains("/api/v1/zones/{zoneId}/report")
                .contains("/api/v1/zones/questions/{questionId}/decision");
        Site horizonsOwner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        Flows.assertProblem(Api.on(Site.HORIZONS, Flows.createToken(horizonsOwner, "No Zone here", "owner")).get("/zones"), 404);
    }

    @Test
    @Order(13)
    void aStudentsJoinYourChatStepFinishesWhenTheyJoinAChatAndOnlyThen() {
        TenantRef lab = lab();
        TenantRef other = tenants.bySlug(OTHER).orElseThrow();
        String tess = acting().idOf(lab, TEACHER);
        String bea = acting().person(lab, "bea@zone-lab.example", "Bea", ZonePlugin.STUDENT);
        String cal = acting().person(lab, "cal@zone-lab.example", "Cal", ZonePlugin.STUDENT);
        String dee = acting().person(lab, "dee@zone-lab.example", "Dee", ZonePlugin.STUDENT);
        String oona = acting().person(other, "oona@zone-elsewhere.example", "Oona", ZonePlugin.STUDENT);
        Instant now = Instant.now();
        String[] chats = tenancy.callAs(lab, () -> {
            Zone zone = fixtures.put(new Zone("Summer Zone", LocalDate.now().minusDays(1), LocalDate.now().plusDays(20)));
            Team team = fixtures.put(new Team(zone.getId(), "Derbyshire", null, 1));
            School school = schools.all().get(0);
            for (String student : List.of(bea, cal, dee)) {
                fixtures.put(new Student(zone.getId(), student, school.getId(), null));
            }
            Chat live = fixtures.put(new Chat(zone.getId(), team.getId(), now.minusSeconds(300), 60, 1));
            Chat past = fixtures.put(new Chat(zone.getId(), team.getId(), now.minusSeconds(3 * 3600), 60, 1));
            fixtures.put(new Booking(live.getId(), school.getId(), tess, "Year 11", now.minusSeconds(86400)));
            fixtures.put(new Booking(past.getId(), school.getId(), tess, "Year 11", now.minusSeconds(86400)));
            return new String[] {live.getId(), past.getId()};
        });
        String live = chats[0];
        String past = chats[1];
        String otherLive = tenancy.callAs(other, () -> {
            Team team = fixtures.put(new Team(otherZoneId, "Kent", null, 1));
            School school = fixtures.put(new School("Elsewhere School", "Kent", false, false));
            fixtures.put(new Student(otherZoneId, oona, school.getId(), null));
            Chat chat = fixtures.put(new Chat(otherZoneId, team.getId(), now.minusSeconds(300), 60, 1));
            fixtures.put(new Booking(chat.getId(), school.getId(), oona, "9A", now));
            return chat.getId();
        });

        // Dee joins before the journey has the step: it counts when the step comes.
        acting().asPerson(lab, dee, ZonePlugin.STUDENT, () -> seats.enter(live, Instant.now()));
        JourneyDefinition journey = new JourneyDefinition(ZonePlugin.STUDENT, "Getting ready for the Zone",
                List.of(new JourneyStep("welcome", "info", "Welcome", "", null, true, null, Map.of()),
                        new JourneyStep("join-chat", JoinAChat.ID, "Join your class's Chat", "", null, true, null, Map.of()),
                        new JourneyStep("after", "info", "After your Chat", "", null, false, null, Map.of())));
        acting().as(lab, Roles.OWNER, () -> journeys.publishDefinition(journey));
        acting().as(other, Roles.OWNER, () -> journeys.publishDefinition(journey));
        assertThat(recordedJoinStep(lab, dee)).as("joined before the step existed: nothing recorded").isZero();
        acting().asPerson(lab, dee, ZonePlugin.STUDENT, () -> journeyProgress.completeCurrent(ZonePlugin.STUDENT, "welcome"));
        assertThat(studentAt(lab, dee).next()).map(JourneyStep::id).as("Dee passes straight through").contains("after");

        acting().asPerson(lab, bea, ZonePlugin.STUDENT, () -> journeyProgress.completeCurrent(ZonePlugin.STUDENT, "welcome"));
        assertThat(studentAt(lab, bea).next()).map(JourneyStep::id).as("not joined yet").contains("join-chat");
        assertThatThrownBy(() -> acting().asPerson(lab, bea, ZonePlugin.STUDENT,
                () -> journeyProgress.completeCurrent(ZonePlugin.STUDENT, "join-chat"))).as("a student cannot say they joined")
                .isInstanceOf(InvalidInputException.class);
        acting().asPerson(lab, bea, ZonePlugin.STUDENT, () -> seats.enter(past, Instant.now()));
        assertThat(studentAt(lab, bea).next()).map(JourneyStep::id).as("opening a Chat that is over is not joining it").contains("join-chat");

        acting().asPerson(lab, cal, ZonePlugin.STUDENT, () -> seats.enter(live, Instant.now()));
        assertThat(recordedJoinStep(lab, cal)).as("recorded when Cal joined, though he is not at the step yet").isEqualTo(1);
        assertThat(studentAt(lab, bea).next()).map(JourneyStep::id).as("Cal's joining is not Bea's").contains("join-chat");
        assertThat(studentAt(other, oona).done()).as("another programme's student").isZero();
        assertThatThrownBy(() -> acting().asPerson(other, oona, ZonePlugin.STUDENT, () -> seats.enter(live, Instant.now())))
                .as("another programme's Chat").isInstanceOf(RecordNotFoundException.class);

        acting().asPerson(lab, bea, ZonePlugin.STUDENT, () -> seats.enter(live, Instant.now()));
        assertThat(recordedJoinStep(lab, bea)).as("recorded with her joining").isEqualTo(1);
        assertThat(studentAt(lab, bea).next()).map(JourneyStep::id).as("joining the Chat moved Bea on").contains("after");
        assertThat(tenancy.callAs(other, () -> journeyProgress.standing(bea, ZonePlugin.STUDENT)).map(s -> s.place().done()))
                .as("in another programme Bea's joining counts for nothing").contains(0);
        assertThat(studentAt(other, oona).done()).as("Oona, elsewhere, is unaffected").isZero();
        acting().asPerson(lab, cal, ZonePlugin.STUDENT, () -> journeyProgress.completeCurrent(ZonePlugin.STUDENT, "welcome"));
        assertThat(studentAt(lab, cal).next()).map(JourneyStep::id).contains("after");

        acting().asPerson(other, oona, ZonePlugin.STUDENT, () -> seats.enter(otherLive, Instant.now()));
        assertThat(recordedJoinStep(other, oona)).isEqualTo(1);
        assertThat(recordedJoinStep(lab, oona)).isZero();
    }

    /** Where a teacher stands in the programme's teacher journey. */
    private JourneyEngine.Place teacherAt(TenantRef tenant, String accountId) {
        return tenancy.callAs(tenant, () -> journeyProgress.standing(accountId, ZonePlugin.TEACHER).orElseThrow().place());
    }

    /** Where a student stands in the programme's student journey. */
    private JourneyEngine.Place studentAt(TenantRef tenant, String accountId) {
        return tenancy.callAs(tenant, () -> journeyProgress.standing(accountId, ZonePlugin.STUDENT).orElseThrow().place());
    }

    /** How many "join your Chat" steps are recorded as done for the person in the programme (not counting {@code isDone}). */
    private long recordedJoinStep(TenantRef tenant, String accountId) {
        return tenancy.callAs(tenant, () -> fixtures.count("SELECT COUNT(c) FROM StepCompletion c WHERE c.accountId = :account"
                + " AND c.stepId = 'join-chat'", Map.of("account", accountId)));
    }

    /** A bulk update in the programme, for moving a record to where a step needs it (a Chat into the past). */
    private void update(TenantRef tenant, String jpql, Map<String, Object> parameters) {
        tenancy.runAs(tenant, () -> {
            em.setProperty(TenantOwned.TENANT_PROPERTY, tenant.id());
            jakarta.persistence.Query query = em.createQuery(jpql);
            parameters.forEach(query::setParameter);
            query.executeUpdate();
        });
    }

    /** The student who joined with the class code, from the Zone's students (the client-side steps know her username). */
    private String amy(TenantRef lab) {
        return tenancy.callAs(lab, () -> {
            em.setProperty(TenantOwned.TENANT_PROPERTY, lab.id());
            return em.createQuery("SELECT s.accountId FROM Student s WHERE s.zoneId = :zone", String.class).setParameter("zone", zoneId)
                    .getSingleResult();
        });
    }

    /** The value of the radio button with this label. */
    private static String radio(Page page, String label) {
        org.jsoup.nodes.Element for_ = page.html().select("label").stream().filter(l -> l.text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No radio button \"" + label + "\" in " + page));
        return page.html().getElementById(for_.attr("for")).val();
    }

    private TenantRef lab() {
        return tenants.bySlug(SLUG).orElseThrow();
    }

    private Acting acting() {
        return new Acting(currentUser, tenancy, accounts);
    }
}
