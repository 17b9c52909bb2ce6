package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.wayfinder.mentoring.messaging.Conversations;
import org.wayfinder.mentoring.messaging.Message;
import org.wayfinder.platform.spi.safeguarding.Vetting.CheckType;
import org.wayfinder.platform.spi.safeguarding.Vetting;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.identity.SignIn;
import org.wayfinder.platform.personal.PersonalDataRequests;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.spi.personal.PersonalData;
import org.wayfinder.platform.tenant.TenantDirectory;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.booking.Booking;
import org.wayfinder.zone.booking.Chat;
import org.wayfinder.zone.chat.ChatLine;
import org.wayfinder.zone.chat.Transcripts;
import org.wayfinder.zone.event.Team;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.question.Question;
import org.wayfinder.zone.school.School;
import org.wayfinder.zone.school.Student;
import org.wayfinder.zone.vote.Vote;

/**
 * People's rights over their data (issue 19, item 3), on a programme of the test's own with
 * mentoring and the Zone on, and a second programme beside it: a person's copy holds their records
 * from the core and every plugin and nobody else's; an erasure waits while a message of theirs
 * waits for a moderator, then removes their name and words everywhere and leaves every count as it
 * was; owners only, and only in their own programme; the pages, from the account page and Admin.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataRightsIT {

    private static final String SLUG = "rights-lab";
    private static final String HOST = SLUG + ".localhost";
    private static final String OTHER_SLUG = "rights-other";
    private static final String OTHER_HOST = OTHER_SLUG + ".localhost";
    private static final String OWNER = "owner@rights-lab.example";
    private static final String MODERATOR = "mo@rights-lab.example";
    private static final String MIA = "mia@rights-lab.example";
    private static final String MENTOR = "ravi@rights-lab.example";
    private static final String SAM = "sam@rights-lab.example";
    private static final String ZED = "zed@rights-lab.example";
    private static final String OTHER_OWNER = "owner@rights-other.example";

    private static final String MIAS_MESSAGE = "I would love to hear how you became a paramedic";
    private static final String MIAS_HELD = "text me on 07700 900123";
    private static final String MENTORS_MESSAGE = "Happy to tell you about my first year on the road";
    private static final String MIAS_LINE = "Mia asks whether night shifts are tiring";
    private static final String SAMS_LINE = "Sam wonders what paramedics study";
    private static final String MIAS_QUESTION = "How long does paramedic training take, please?";

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
    PersonalDataRequests requests;

    @Inject
    Vetting vetting;

    @Inject
    Matches matches;

    @Inject
    Conversations conversations;

    @Inject
    Transcripts transcripts;

    @Inject
    SignIn signIn;

    @Inject
    org.wayfinder.mentoring.report.MentoringReport mentoringReport;

    @Inject
    org.wayfinder.zone.report.ZoneReport zoneReport;

    private Acting acting() {
        return new Acting(currentUser, tenancy, accounts);
    }

    private TenantRef lab() {
        return tenants.bySlug(SLUG).orElseGet(() -> tenants.create(SLUG, "Rights Lab"));
    }

    private TenantRef other() {
        return tenants.bySlug(OTHER_SLUG).orElseGet(() -> tenants.create(OTHER_SLUG, "Rights Other"));
    }

    private String id(String email) {
        return acting().idOf(email.endsWith("rights-other.example") ? other() : lab(), email);
    }

    private <T> T as(String email, String role, Supplier<T> work) {
        return acting().asPerson(email.endsWith("rights-other.example") ? other() : lab(), id(email), role, work);
    }

    private long count(String jpql, Map<String, Object> parameters) {
        return tenancy.callAs(lab(), () -> fixtures.count(jpql, parameters));
    }

    @Test
    @Order(1)
    void aPersonWithAMentorAZoneChatAQuestionAndAVote() {
        TenantRef lab = lab();
        TenantRef other = other();
        acting().as(lab, Roles.OWNER, () -> {
            activations.enable(MentoringPlugin.ID);
            activations.enable(ZonePlugin.ID);
            return null;
        });
        acting().person(lab, OWNER, "Olu Owner", Roles.OWNER);
        acting().person(lab, MODERATOR, "Mo Moderator", Roles.MODERATOR);
        String mia = acting().person(lab, MIA, "Mia Morgan", MentoringPlugin.MENTEE);
        tenancy.runAs(lab, () -> accounts.grant(accounts.get(mia), ZonePlugin.STUDENT));
        String ravi = acting().person(lab, MENTOR, "Ravi Rao", MentoringPlugin.MENTOR);
        String sam = acting().person(lab, SAM, "Sam Smith", ZonePlugin.STUDENT);
        String zed = acting().person(lab, ZED, "Zed Zhou", ZonePlugin.STUDENT);
        acting().person(other, OTHER_OWNER, "Otto Owner", Roles.OWNER);

        LocalDate today = LocalDate.now(Vetting.UK);
        acting().as(lab, Roles.MODERATOR, () -> vetting.record(ravi, CheckType.ENHANCED, today.minusMonths(1), today.plusYears(2), today));
        Match match = acting().as(lab, Roles.OWNER, () -> matches.make(new Matches.Pair(mia, ravi, 3, "Paramedic science"), today,
                "http://" + HOST));
        Message sent = as(MIA, MentoringPlugin.MENTEE, () -> conversations.send(match.getId(), "mia-key-0001", MIAS_MESSAGE));
        assertThat(sent.getStatus()).isEqualTo(Message.Status.SENT);
        Message held = as(MIA, MentoringPlugin.MENTEE, () -> conversations.send(match.getId(), "mia-key-0002", MIAS_HELD));
        assertThat(held.getStatus()).as("the safeguarding screen holds a phone number").isEqualTo(Message.Status.HELD);
        as(MENTOR, MentoringPlugin.MENTOR, () -> conversations.send(match.getId(), "ravi-key-001", MENTORS_MESSAGE));

        Instant now = Instant.now();
        tenancy.runAs(lab, () -> {
            Zone zone = fixtures.put(new Zone("Rights Zone", LocalDate.now().minusDays(1), LocalDate.now().plusDays(30)));
            Team team = fixtures.put(new Team(zone.getId(), "Paramedics", null, 1));
            School school = fixtures.put(new School("Arnold Academy", "Nottinghamshire", true, false));
            fixtures.put(new Student(zone.getId(), mia, school.getId(), null));
            fixtures.put(new Student(zone.getId(), sam, school.getId(), null));
            fixtures.put(new Student(zone.getId(), zed, school.getId(), null));
            Chat past = fixtures.put(new Chat(zone.getId(), team.getId(), now.minusSeconds(3 * 3600), 60, 1));
            fixtures.put(new Booking(past.getId(), school.getId(), id(OWNER), "10B", now.minusSeconds(86400)));
            fixtures.put(new ChatLine(past.getId(), mia, ZonePlugin.STUDENT, school.getId(), MIAS_LINE, "mia-line-1",
                    past.getStartsAt().plusSeconds(60), null));
            fixtures.put(new ChatLine(past.getId(), sam, ZonePlugin.STUDENT, school.getId(), SAMS_LINE, "sam-line-1",
                    past.getStartsAt().plusSeconds(90), null));
            fixtures.put(new ChatLine(past.getId(), zed, ZonePlugin.STUDENT, school.getId(), "Zed's line", "zed-line-1",
                    past.getStartsAt().plusSeconds(120), null));
            Question question = fixtures.put(new Question(zone.getId(), mia, ZonePlugin.STUDENT, school.getId(), MIAS_QUESTION,
                    now.minusSeconds(7200)));
            fixtures.update("UPDATE Question q SET q.status = :approved WHERE q.id = :id",
                    Map.of("approved", Question.Status.APPROVED, "id", question.getId()));
            fixtures.put(new Vote(zone.getId(), mia, school.getId(), team.getId(), now.minusSeconds(3600)));
        });
    }

    @Test
    @Order(2)
    void aPersonsCopyHoldsTheirRecordsFromEveryPartAndNobodyElses() {
        PersonalDataRequests.Copy copy = as(MIA, MentoringPlugin.MENTEE, () -> requests.mine());
        assertThat(copy.parts()).extracting(PersonalDataRequests.Part::source).containsExactly("core", "events", "mentoring", "zone");
        String json = PersonalDataRequests.json(copy);
        assertThat(json).contains(MIA, "Mia Morgan", MentoringPlugin.MENTEE, ZonePlugin.STUDENT, MIAS_MESSAGE, MIAS_HELD, MIAS_LINE,
                MIAS_QUESTION, "Ravi Rao", "Rights Zone", "Arnold Academy", "Paramedics");
        assertThat(json).as("nobody else's words").doesNotContain(MENTORS_MESSAGE, SAMS_LINE, "Zed's line", SAM, ZED);
        assertThat(tables(copy)).contains("Your account", "Your roles", "Your mentoring matches", "Messages you sent",
                "Zones you joined as a student", "What you wrote in Chats", "Questions you asked", "Your votes");
        assertThat(tables(copy)).as("a mentee has no DBS check").doesNotContain("Your DBS checks");
        PersonalDataRequests.Copy ravis = as(MENTOR, MentoringPlugin.MENTOR, () -> requests.mine());
        assertThat(ravis.parts()).filteredOn(part -> part.source().equals("core")).singleElement()
                .satisfies(core -> assertThat(core.tables()).extracting(PersonalData.Table::name).as("the core keeps DBS checks")
                        .contains("Your DBS checks"));
        assertThat(ravis.parts()).filteredOn(part -> part.source().equals("mentoring")).allSatisfy(mentoring ->
                assertThat(mentoring.tables()).extracting(PersonalData.Table::name).doesNotContain("Your DBS checks"));

        PersonalDataRequests.Copy forOwner = as(OWNER, Roles.OWNER, () -> requests.of(id(MIA)));
        assertThat(PersonalDataRequests.json(forOwner)).contains(MIAS_MESSAGE, MIAS_LINE);
        assertThat(count("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action AND e.recordId = :mia",
                Map.of("action", PersonalDataRequests.COPY_TAKEN, "mia", id(MIA)))).as("an owner's copy is in the audit trail").isEqualTo(1);

        String mia = id(MIA);
        assertThatThrownBy(() -> as(SAM, ZonePlugin.STUDENT, () -> requests.of(mia))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MODERATOR, Roles.MODERATOR, () -> {
            requests.erase(mia);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(OTHER_OWNER, Roles.OWNER, () -> requests.of(mia))).as("another programme's owner")
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(OTHER_OWNER, Roles.OWNER, () -> {
            requests.erase(mia);
            return null;
        })).isInstanceOf(RecordNotFoundException.class);
        assertThat(as(OTHER_OWNER, Roles.OWNER, () -> requests.find(MIA))).as("nor found by email there").isEmpty();
    }

    @Test
    @Order(3)
    void aMessageWaitingForAModeratorStopsTheErasureAndNothingChanges() {
        String mia = id(MIA);
        List<String> blockers = as(OWNER, Roles.OWNER, () -> requests.blockers(mia));
        assertThat(blockers).containsExactly("1 mentoring message of theirs waits for a moderator: decide it under Held messages first.");
        assertThatThrownBy(() -> as(OWNER, Roles.OWNER, () -> {
            requests.erase(mia);
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("waits for a moderator");
        assertThat(tenancy.callAs(lab(), () -> accounts.get(mia).getDisplayName())).isEqualTo("Mia Morgan");
        assertThat(count("SELECT COUNT(l) FROM ChatLine l WHERE l.body = :line", Map.of("line", MIAS_LINE))).isEqualTo(1);
        assertThat(as(OWNER, Roles.OWNER, () -> requests.blockers(id(OWNER))))
                .containsExactly("You cannot erase your own account here: another owner can.");

        as(MODERATOR, Roles.MODERATOR, () -> conversations.held().stream().filter(m -> m.getSenderId().equals(mia))
                .map(m -> conversations.reject(m.getId(), "Phone numbers stay off the platform")).toList());
        assertThat(as(OWNER, Roles.OWNER, () -> requests.blockers(mia))).isEmpty();
    }

    @Test
    @Order(4)
    void anErasureRemovesTheNameAndWordsEverywhereAndKeepsEveryCount() {
        String mia = id(MIA);
        Map<String, Object> none = Map.of();
        String[] counted = {"SELECT COUNT(m) FROM Message m", "SELECT COUNT(l) FROM ChatLine l", "SELECT COUNT(q) FROM Question q",
            "SELECT COUNT(v) FROM Vote v", "SELECT COUNT(s) FROM Student s", "SELECT COUNT(m) FROM Match m",
            "SELECT COUNT(m) FROM Membership m", "SELECT COUNT(p) FROM JourneyPosition p"};
        long[] before = new long[counted.length];
        for (int i = 0; i < counted.length; i++) {
            before[i] = count(counted[i], none);
        }
        String zone = tenancy.callAs(lab(), () -> fixtures.list(0, 10).get(0).getZoneId());
        var mentoringBefore = as(OWNER, Roles.OWNER, () -> mentoringReport.figures());
        var zoneBefore = as(OWNER, Roles.OWNER, () -> zoneReport.figures(zone));

        as(OWNER, Roles.OWNER, () -> {
            requests.erase(mia);
            return null;
        });

        for (int i = 0; i < counted.length; i++) {
            assertThat(count(counted[i], none)).as(counted[i] + " after the erasure").isEqualTo(before[i]);
        }
        assertThat(as(OWNER, Roles.OWNER, () -> mentoringReport.figures())).as("the mentoring report's figures").isEqualTo(mentoringBefore);
        var zoneAfter = as(OWNER, Roles.OWNER, () -> zoneReport.figures(zone));
        assertThat(zoneAfter).as("the Zone report's figures").usingRecursiveComparison().ignoringFields("categories").isEqualTo(zoneBefore);
        assertThat(zoneAfter.categories()).extracting(row -> row.questions())
                .as("questions by category").isEqualTo(zoneBefore.categories().stream().map(row -> row.questions()).toList());
        assertThat(zoneBefore.categories().stream().flatMap(row -> row.examples().stream())).as("her question was an example")
                .contains(MIAS_QUESTION);
        assertThat(zoneAfter.categories().stream().flatMap(row -> row.examples().stream())).as("and is one no more")
                .doesNotContain(MIAS_QUESTION, PersonalData.ERASED_TEXT);
        var account = tenancy.callAs(lab(), () -> accounts.get(mia));
        assertThat(account.getDisplayName()).isEqualTo("Erased person");
        assertThat(account.getEmail()).doesNotContain("mia");
        assertThat(tenancy.callAs(lab(), () -> accounts.byEmail(MIA))).isEmpty();
        assertThat(tenancy.callAs(lab(), () -> signIn.withPassword(MIA, Flows.PASSWORD)).outcome()).isNotEqualTo(SignIn.Outcome.SIGNED_IN);

        for (String words : List.of(MIAS_MESSAGE, MIAS_LINE, MIAS_QUESTION)) {
            assertThat(count("SELECT COUNT(m) FROM Message m WHERE m.text = :w OR m.writtenText = :w", Map.of("w", words))
                    + count("SELECT COUNT(l) FROM ChatLine l WHERE l.body = :w", Map.of("w", words))
                    + count("SELECT COUNT(q) FROM Question q WHERE q.body = :w OR q.originalBody = :w", Map.of("w", words)))
                    .as("\"" + words + "\" is gone").isZero();
        }
        assertThat(count("SELECT COUNT(m) FROM Message m WHERE m.text = :w", Map.of("w", MIAS_HELD)))
                .as("the message a moderator rejected keeps its words, for the safeguarding record").isEqualTo(1);
        assertThat(count("SELECT COUNT(m) FROM Message m WHERE m.text = :w", Map.of("w", MENTORS_MESSAGE))).as("her mentor's words stay")
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(l) FROM ChatLine l WHERE l.body = :w", Map.of("w", SAMS_LINE))).isEqualTo(1);

        String chat = tenancy.callAs(lab(), () -> fixtures.list(0, 10).get(0).getId());
        var lines = as(MODERATOR, Roles.MODERATOR, () -> transcripts.of(chat));
        assertThat(lines).extracting(line -> line.author() + ": " + line.body()).contains("A student: " + PersonalData.ERASED_TEXT,
                "Sam Smith: " + SAMS_LINE);
        assertThat(PersonalDataRequests.json(as(OWNER, Roles.OWNER, () -> requests.of(mia)))).doesNotContain("Mia Morgan", MIA, MIAS_LINE);
        assertThat(count("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action AND e.recordId = :mia",
                Map.of("action", PersonalDataRequests.ERASED, "mia", mia))).isEqualTo(1);
        assertThat(as(OWNER, Roles.OWNER, () -> requests.blockers(mia))).containsExactly("This person was erased already.");
    }

    @Test
    @Order(5)
    @RunAsClient
    void peopleReachTheirDataFromTheirAccountAndOwnersHandleRequestsFromAdmin() {
        Site sam = Flows.signedIn(HOST, SAM);
        Page account = sam.get("/account/index.xhtml");
        String link = account.html().getElementById("my-data").attr("href");
        Page mine = sam.get(link.substring(link.indexOf("/account/")));
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.html().select("section.personal-data h2").eachText()).contains("Your account", "Zones you joined as a student",
                "What you wrote in Chats");
        assertThat(mine.text()).contains(SAMS_LINE).doesNotContain(MIAS_LINE, "Zed's line");
        Site.Download json = mine.form("download").download("json");
        assertThat(json.header("Content-Type")).startsWith("application/json");
        assertThat(new String(json.bytes(), StandardCharsets.UTF_8)).contains(SAMS_LINE, SAM).doesNotContain("Zed's line");
        Site.Download html = sam.get(link.substring(link.indexOf("/account/"))).form("download").download("html");
        assertThat(new String(html.bytes(), StandardCharsets.UTF_8)).contains("<h2>What you wrote in Chats</h2>", SAMS_LINE);

        assertThat(sam.get("/admin/data-requests.xhtml").status()).as("a student").isEqualTo(403);
        assertThat(Flows.signedIn(HOST, MODERATOR).get("/admin/data-requests.xhtml").status()).as("a moderator").isEqualTo(403);
        assertThat(new Site(HOST).get("/admin/data-requests.xhtml").status()).as("nobody signed in is sent to sign in").isEqualTo(302);
        assertThat(new Site(HOST).get("/account/data.xhtml").status()).isEqualTo(302);

        Site owner = Flows.signedIn(HOST, OWNER);
        Page admin = owner.get("/admin/index.xhtml");
        String requestsLink = admin.html().select("a:contains(Data requests)").attr("href");
        Page page = owner.get(requestsLink.substring(requestsLink.indexOf("/admin/")));
        Page notFound = page.form("find").set("query", "nobody@rights-lab.example").submit("search");
        assertThat(notFound.messages()).contains("Nobody here has that email address or username. Check it with the person who asked.");
        Page found = page.form("find").set("query", ZED).submit("search");
        assertThat(found.html().getElementById("person-name").text()).isEqualTo("Zed Zhou");
        assertThat(found.html().select("#held td").eachText()).contains("What you wrote in Chats");
        Site.Download theirs = found.form("act").download("json");
        assertThat(new String(theirs.bytes(), StandardCharsets.UTF_8)).contains("Zed's line").doesNotContain(SAMS_LINE);
        Page erased = owner.get(requestsLink.substring(requestsLink.indexOf("/admin/"))).form("find").set("query", ZED).submit("search")
                .form("act").submit("erase");
        assertThat(erased.messages())
                .contains("Erased. Their name and what they wrote are gone; their records stay, so the programme's counts are unchanged.");
        assertThat(erased.html().getElementById("blockers").text()).contains("This person was erased already.");
        assertThat(new Site(HOST).signIn(ZED, Flows.PASSWORD).status()).as("Zed can no longer sign in").isNotEqualTo(302);

        Page elsewhere = Flows.signedIn(OTHER_HOST, OTHER_OWNER).get("/admin/data-requests.xhtml").form("find").set("query", SAM)
                .submit("search");
        assertThat(elsewhere.messages()).as("another programme's owner finds nobody")
                .contains("Nobody here has that email address or username. Check it with the person who asked.");
    }

    private static List<String> tables(PersonalDataRequests.Copy copy) {
        return copy.parts().stream().flatMap(part -> part.tables().stream()).map(PersonalData.Table::name).toList();
    }
}
