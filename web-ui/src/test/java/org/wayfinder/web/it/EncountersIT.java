package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.match.Match;
import org.wayfinder.mentoring.match.Matches;
import org.wayfinder.mentoring.progress.MatchProgress;
import org.wayfinder.platform.spi.safeguarding.Vetting.CheckType;
import org.wayfinder.platform.spi.safeguarding.Vetting;
import org.wayfinder.platform.evidence.Encounters;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.tenant.TenantDirectory;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.booking.Booking;
import org.wayfinder.zone.booking.Chat;
import org.wayfinder.zone.chat.Participant;
import org.wayfinder.zone.event.Professional;
import org.wayfinder.zone.event.Team;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.evidence.ZoneEncounters;
import org.wayfinder.zone.question.Answer;
import org.wayfinder.zone.question.Question;
import org.wayfinder.zone.school.School;
import org.wayfinder.zone.school.Student;
import org.wayfinder.zone.school.Teacher;

/**
 * Evidence of careers encounters (issue 19, item 6) on a programme of the test's own with the Zone
 * and mentoring on, and a second programme beside it: the rows a school imports, against ones worked
 * out by hand from a fixed data set; a school's teacher gets their school's only; owners only; another
 * programme sees nothing.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EncountersIT {

    private static final String SLUG = "evidence-lab";
    private static final String HOST = SLUG + ".localhost";
    private static final String OTHER_SLUG = "evidence-other";
    private static final String OWNER = "owner@evidence-lab.example";
    private static final String MODERATOR = "mo@evidence-lab.example";
    private static final String TEACHER = "tia@evidence-lab.example";
    private static final String ANNA = "anna@evidence-lab.example";
    private static final String BEN = "ben@evidence-lab.example";
    private static final String CAL = "cal@evidence-lab.example";
    private static final String PRIYA = "priya@evidence-lab.example";
    private static final String MENTOR = "ravi@evidence-lab.example";
    private static final String MENTEE = "mel@evidence-lab.example";
    private static final String OTHER_OWNER = "owner@evidence-other.example";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** The Chat of the fixed data set: 45 minutes, three days ago at noon in the UK. */
    private static final Instant CHAT_AT = LocalDate.now(UK).minusDays(3).atTime(12, 0).atZone(UK).toInstant();
    private static final Instant ANSWERED_AT = LocalDate.now(UK).minusDays(2).atTime(9, 30).atZone(UK).toInstant();

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
    ChatFixtures fixtures;

    @Inject
    Encounters encounters;

    @Inject
    ZoneEncounters zoneEncounters;

    @Inject
    Vetting vetting;

    @Inject
    Matches matches;

    @Inject
    MatchProgress progress;

    private Acting acting() {
        return new Acting(currentUser, tenancy, accounts);
    }

    private TenantRef lab() {
        return tenants.bySlug(SLUG).orElseGet(() -> tenants.create(SLUG, "Evidence Lab"));
    }

    private TenantRef other() {
        return tenants.bySlug(OTHER_SLUG).orElseGet(() -> tenants.create(OTHER_SLUG, "Evidence Other"));
    }

    private <T> T as(String email, String role, Supplier<T> work) {
        TenantRef tenant = email.endsWith("evidence-other.example") ? other() : lab();
        return acting().asPerson(tenant, acting().idOf(tenant, email), role, work);
    }

    @Test
    @Order(1)
    void twoSchoolsAChatAnAnsweredQuestionAndAMentoringMeeting() {
        TenantRef lab = lab();
        acting().as(lab, Roles.OWNER, () -> {
            activations.enable(ZonePlugin.ID);
            activations.enable(MentoringPlugin.ID);
            return null;
        });
        acting().as(other(), Roles.OWNER, () -> {
            activations.enable(ZonePlugin.ID);
            return null;
        });
        acting().person(lab, OWNER, "Olu Owner", Roles.OWNER);
        acting().person(lab, MODERATOR, "Mo Moderator", Roles.MODERATOR);
        acting().person(other(), OTHER_OWNER, "Otto Owner", Roles.OWNER);
        String tia = acting().person(lab, TEACHER, "Tia Teacher", ZonePlugin.TEACHER);
        String anna = acting().person(lab, ANNA, "Anna", ZonePlugin.STUDENT);
        String ben = acting().person(lab, BEN, "Ben", ZonePlugin.STUDENT);
        String cal = acting().person(lab, CAL, "Cal", ZonePlugin.STUDENT);
        String priya = acting().person(lab, PRIYA, "Priya Patel", ZonePlugin.PROFESSIONAL);
        String ravi = acting().person(lab, MENTOR, "Ravi Rao", MentoringPlugin.MENTOR);
        String mel = acting().person(lab, MENTEE, "Mel", MentoringPlugin.MENTEE);
        tenancy.runAs(lab, () -> {
            Zone zone = fixtures.put(new Zone("Spring Zone", LocalDate.now(UK).minusDays(10), LocalDate.now(UK).plusDays(10)));
            Team paramedics = fixtures.put(new Team(zone.getId(), "Paramedics", null, 1));
            Team nurses = fixtures.put(new Team(zone.getId(), "Nurses", null, 2));
            School arnold = fixtures.put(new School("Arnold Academy", "Nottinghamshire", true, false));
            School becket = fixtures.put(new School("The Becket School", "Nottinghamshire", false, true));
            Teacher teacher = fixtures.put(new Teacher(tia, arnold.getId()));
            fixtures.update("UPDATE Teacher t SET t.status = :approved WHERE t.id = :id",
                    java.util.Map.of("approved", Teacher.Status.APPROVED, "id", teacher.getId()));
            fixtures.put(new Student(zone.getId(), anna, arnold.getId(), null));
            fixtures.put(new Student(zone.getId(), cal, arnold.getId(), null));
            fixtures.put(new Student(zone.getId(), ben, becket.getId(), null));
            fixtures.put(new Professional(zone.getId(), priya, nurses.getId()));
            Chat chat = fixtures.put(new Chat(zone.getId(), paramedics.getId(), CHAT_AT, 45, 2));
            fixtures.put(new Booking(chat.getId(), arnold.getId(), tia, "10B", CHAT_AT.minusSeconds(86400)));
            fixtures.put(new Participant(chat.getId(), anna, ZonePlugin.STUDENT, arnold.getId(), CHAT_AT.plusSeconds(60)));
            fixtures.put(new Participant(chat.getId(), ben, ZonePlugin.STUDENT, becket.getId(), CHAT_AT.plusSeconds(60)));
            fixtures.put(new Participant(chat.getId(), priya, ZonePlugin.PROFESSIONAL, null, CHAT_AT));
            Question answered = fixtures.put(new Question(zone.getId(), cal, ZonePlugin.STUDENT, arnold.getId(), "What do nurses study?",
                    ANSWERED_AT.minusSeconds(3600)));
            fixtures.put(new Answer(answered.getId(), priya, "Nursing degrees take three years.", ANSWERED_AT));
            fixtures.put(new Question(zone.getId(), anna, ZonePlugin.STUDENT, arnold.getId(), "Is nobody answering this?", ANSWERED_AT));
        });
        LocalDate today = LocalDate.now(Vetting.UK);
        acting().as(lab, Roles.MODERATOR, () -> vetting.record(ravi, CheckType.ENHANCED, today.minusMonths(1), today.plusYears(2), today));
        Match match = acting().as(lab, Roles.OWNER, () -> matches.make(new Matches.Pair(mel, ravi, 3, "Nursing"), today, "http://" + HOST));
        as(MENTOR, MentoringPlugin.MENTOR, () -> progress.logMeeting(match.getId(), today, 40, "First chat about nursing"));
    }

    @Test
    @Order(2)
    void theRowsASchoolImportsAreTheEncountersWorkedOutByHand() {
        String chatDay = CHAT_AT.atZone(UK).toLocalDate().toString();
        String answerDay = ANSWERED_AT.atZone(UK).toLocalDate().toString();
        String meetingDay = LocalDate.now(Vetting.UK).toString();
        List<List<String>> all = as(OWNER, Roles.OWNER, () -> encounters.of(null)).stream().map(Encounters.Row::csv).toList();
        assertThat(all).containsExactlyInAnyOrder(
                List.of("Anna", "Arnold Academy, Nottinghamshire", chatDay, ZoneEncounters.CHAT, "Paramedics", "Spring Zone", "45"),
                List.of("Ben", "The Becket School, Nottinghamshire", chatDay, ZoneEncounters.CHAT, "Paramedics", "Spring Zone", "45"),
                List.of("Cal", "Arnold Academy, Nottinghamshire", answerDay, ZoneEncounters.ANSWER, "Nurses", "Spring Zone", ""),
                List.of("Mel", "", meetingDay, "Mentoring meeting with a healthcare professional", "Evidence Lab", "Mentoring", "40"));
        assertThat(as(OWNER, Roles.OWNER, () -> encounters.of("arnold academy, NOTTINGHAMSHIRE"))).extracting(Encounters.Row::student)
                .containsExactly("Anna", "Cal");
        assertThat(Encounters.schoolsIn(as(OWNER, Roles.OWNER, () -> encounters.of(null))))
                .containsExactly("Arnold Academy, Nottinghamshire", "The Becket School, Nottinghamshire");
        assertThat(as(TEACHER, ZonePlugin.TEACHER, () -> zoneEncounters.ofMySchool())).as("a teacher gets their own school's")
                .extracting(e -> e.studentId()).hasSize(2).doesNotContain(acting().idOf(lab(), BEN));

        assertThatThrownBy(() -> as(MODERATOR, Roles.MODERATOR, () -> encounters.of(null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ANNA, ZonePlugin.STUDENT, () -> zoneEncounters.ofMySchool())).isInstanceOf(AccessDeniedException.class);
        assertThat(as(OTHER_OWNER, Roles.OWNER, () -> encounters.of(null))).as("another programme sees none of them").isEmpty();
    }

    @Test
    @Order(3)
    @RunAsClient
    void ownersAndTeachersDownloadTheCsvFromTheirPages() {
        Site owner = Flows.signedIn(HOST, OWNER);
        String link = owner.get("/admin/index.xhtml").html().select("a:contains(Careers encounters)").attr("href");
        Page page = owner.get(link.substring(link.indexOf("/admin/")));
        assertThat(page.html().getElementById("summary").text()).isEqualTo("4 encounters of 4 students");
        Page arnold = page.form("evidence").set("school_input", "Arnold Academy, Nottinghamshire").submit("show");
        assertThat(arnold.html().getElementById("summary").text()).isEqualTo("2 encounters of 2 students");
        String csv = new String(arnold.form("evidence").download("csv").bytes(), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(3).first().asString()
                .isEqualTo("Student,School,Date,Encounter type,Employer or organisation,Activity,Minutes");
        assertThat(csv).contains("Anna,\"Arnold Academy, Nottinghamshire\"", "Cal,\"Arnold Academy, Nottinghamshire\"").doesNotContain("Ben");

        Site teacher = Flows.signedIn(HOST, TEACHER);
        String theirs = new String(teacher.get("/zone/school.xhtml").form("evidence").download("encounters").bytes(), StandardCharsets.UTF_8);
        assertThat(theirs).contains("Anna", "Cal").doesNotContain("Ben", "Mel");

        Api api = Api.on(HOST, Flows.createToken(owner, "Careers records", Roles.OWNER));
        Api.Reply json = api.get("/evidence/encounters?school=" + java.net.URLEncoder.encode("The Becket School, Nottinghamshire",
                StandardCharsets.UTF_8));
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.array()).hasSize(1);
        assertThat(json.array().getJsonObject(0).getString("student")).isEqualTo("Ben");
        assertThat(json.array().getJsonObject(0).getInt("minutes")).isEqualTo(45);
        Api.Reply all = api.get("/evidence/encounters?format=csv");
        assertThat(all.contentType()).startsWith("text/csv");
        assertThat(all.body().lines().toList()).hasSize(5);
        Flows.assertProblem(api.get("/evidence/encounters?format=xml"), 422);
        Api moderatorsTool = Api.on(HOST, Flows.createToken(owner, "Moderators' tool", Roles.MODERATOR));
        assertThat(moderatorsTool.get("/evidence/encounters").status()).isEqualTo(403);
        assertThat(Api.on(OTHER_SLUG + ".localhost", null).get("/evidence/encounters").status()).isEqualTo(401);

        assertThat(Flows.signedIn(HOST, MODERATOR).get("/admin/evidence.xhtml").status()).isEqualTo(403);
        assertThat(teacher.get("/admin/evidence.xhtml").status()).isEqualTo(403);
        assertThat(new Site(HOST).get("/admin/evidence.xhtml").status()).isEqualTo(302);
        assertThat(Flows.signedIn(OTHER_SLUG + ".localhost", OTHER_OWNER).get("/admin/evidence.xhtml").html()
                .getElementById("summary").text()).isEqualTo("No encounters recorded yet");
    }
}
