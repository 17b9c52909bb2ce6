package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.match.Match;
import org.wayfinder.mentoring.match.Matches;
import org.wayfinder.mentoring.messaging.Conversations;
import org.wayfinder.mentoring.messaging.Message;
import org.wayfinder.platform.spi.safeguarding.Vetting.CheckType;
import org.wayfinder.platform.spi.safeguarding.Vetting;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.personal.PersonalDataRequests;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.retention.Retention;
import org.wayfinder.platform.safeguarding.cases.CaseEntry;
import org.wayfinder.platform.safeguarding.cases.CaseFile;
import org.wayfinder.platform.safeguarding.cases.CaseStatus;
import org.wayfinder.platform.safeguarding.cases.ClosedCases;
import org.wayfinder.platform.safeguarding.cases.SafeguardingCase;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.spi.retention.RetentionRule;
import org.wayfinder.platform.spi.safeguarding.Cases;
import org.wayfinder.platform.tenant.TenantDirectory;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.question.Comment;
import org.wayfinder.zone.question.Question;
import org.wayfinder.zone.question.Questions;
import org.wayfinder.zone.school.School;
import org.wayfinder.zone.school.Student;

/**
 * Safeguarding cases (issue 19, item 2), on a programme of the test's own with mentoring on and a
 * second programme beside it: a mentee reports her mentor's message, which opens a case with the
 * message and the conversation around it frozen and emails the safeguarding lead an owner appointed;
 * the lead handles it through the pages (note, in progress, suspension that really stops the mentor
 * signing in, lifting it, closing with an outcome), every step in the audit trail; the mentor cannot
 * be erased while it is open and can be after, and the case keeps what was written; only the lead
 * and owners read cases, here and through the API, and another programme never finds them.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CasesIT {

    private static final String SLUG = "cases-lab";
    private static final String HOST = SLUG + ".localhost";
    private static final String OTHER_SLUG = "cases-other";
    private static final String OTHER_HOST = OTHER_SLUG + ".localhost";
    private static final String OWNER = "owner@cases-lab.example";
    private static final String LEAD = "lead@cases-lab.example";
    private static final String MODERATOR = "mo@cases-lab.example";
    private static final String MIA = "mia@cases-lab.example";
    private static final String RAVI = "ravi@cases-lab.example";
    private static final String OTHER_OWNER = "owner@cases-other.example";
    private static final String OTHER_LEAD = "lead@cases-other.example";

    private static final String RAVI_FIRST = "Hello Mia, how was your week at college?";
    private static final String MIA_ANSWER = "It was fine thank you, exams soon";
    private static final String RAVI_WORRYING = "You can tell me anything, it will be our little secret and nobody else needs to know";
    private static final String SAM = "sam@cases-lab.example";
    private static final String ZED = "zed@cases-lab.example";
    private static final String SAMS_QUESTION = "Is it normal for my stepdad to hit me when I get bad marks?";
    private static final String ZEDS_COMMENT = "send me pics of ur results or ur a baby";
    private static final String REASON = "He asked me to keep secrets from my parents";

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.serverOutsideThePlatform();

    /** The case the report opened, found through the lead's mail. */
    private static String caseId;

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
    Vetting vetting;

    @Inject
    Matches matches;

    @Inject
    Conversations conversations;

    @Inject
    CaseFile cases;

    @Inject
    PersonalDataRequests requests;

    @Inject
    ChatFixtures fixtures;

    @Inject
    Questions questions;

    @Inject
    Retention retention;

    private Acting acting() {
        return new Acting(currentUser, tenancy, accounts);
    }

    private TenantRef lab() {
        return tenants.bySlug(SLUG).orElseGet(() -> tenants.create(SLUG, "Cases Lab"));
    }

    private TenantRef other() {
        return tenants.bySlug(OTHER_SLUG).orElseGet(() -> tenants.create(OTHER_SLUG, "Cases Other"));
    }

    private TenantRef of(String email) {
        return email.endsWith("cases-other.example") ? other() : lab();
    }

    private String id(String email) {
        return acting().idOf(of(email), email);
    }

    private <T> T as(String email, String role, Supplier<T> work) {
        return acting().asPerson(of(email), id(email), role, work);
    }

    /** The case the mentee's report opened, read in the programme (the client's copy of the id is not in the platform's JVM). */
    private String reportedCase() {
        return caseId != null ? caseId : as(OWNER, Roles.OWNER, () -> cases.page(null, 0, 100).stream()
                .filter(row -> "message".equals(row.safeguardingCase().getRecordType())).findFirst().orElseThrow().safeguardingCase().getId());
    }

    private long count(String jpql, Map<String, Object> parameters) {
        return tenancy.callAs(lab(), () -> fixtures.count(jpql, parameters));
    }

    @Test
    @Order(1)
    void aMentorAndMenteeWriting() {
        TenantRef lab = lab();
        TenantRef other = other();
        acting().as(lab, Roles.OWNER, () -> {
            activations.enable(MentoringPlugin.ID);
            return null;
        });
        acting().person(lab, OWNER, "Olu Owner", Roles.OWNER);
        acting().person(lab, LEAD, "Lee Lead", Roles.MEMBER);
        acting().person(lab, MODERATOR, "Mo Moderator", Roles.MODERATOR);
        String mia = acting().person(lab, MIA, "Mia Morgan", MentoringPlugin.MENTEE);
        String ravi = acting().person(lab, RAVI, "Ravi Rao", MentoringPlugin.MENTOR);
        acting().person(other, OTHER_OWNER, "Otto Owner", Roles.OWNER);
        acting().person(other, OTHER_LEAD, "Olga Lead", Roles.SAFEGUARDING_LEAD);

        LocalDate today = LocalDate.now(Vetting.UK);
        acting().as(lab, Roles.MODERATOR, () -> vetting.record(ravi, CheckType.ENHANCED, today.minusMonths(1), today.plusYears(2), today));
        Match match = acting().as(lab, Roles.OWNER, () -> matches.make(new Matches.Pair(mia, ravi, 3, "Paramedic science"), today,
                "http://" + HOST));
        for (String[] line : new String[][] {{RAVI, RAVI_FIRST}, {MIA, MIA_ANSWER}, {RAVI, RAVI_WORRYING}}) {
            String role = line[0].equals(MIA) ? MentoringPlugin.MENTEE : MentoringPlugin.MENTOR;
            Message sent = as(line[0], role, () -> conversations.send(match.getId(), null, line[1]));
            assertThat(sent.getStatus()).as(line[1]).isEqualTo(Message.Status.SENT);
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void anOwnerAppointsTheLeadAndAReportOpensACaseTheLeadIsEmailedAbout() {
        Site owner = Flows.signedIn(HOST, OWNER);
        Page admin = owner.get("/admin/index.xhtml");
        String link = admin.html().select("a:contains(Safeguarding leads)").attr("href");
        Page leads = owner.get(link.substring(link.indexOf("/admin/")));
        assertThat(leads.html().getElementById("no-leads")).isNotNull();
        Page unknown = leads.form("appoint").set("email", "nobody@cases-lab.example").submit("give");
        assertThat(unknown.messageFor("appoint:email")).contains("Nobody here with an active account has that email address");
        Page appointed = owner.get("/admin/safeguarding-leads.xhtml").form("appoint").set("email", LEAD).submit("give");
        assertThat(appointed.messages()).contains("Lee Lead is now a safeguarding lead: they read and handle the programme's safeguarding cases.");
        assertThat(appointed.html().select("#leads .lead-name").eachText()).containsExactly("Lee Lead");

        Site mia = Flows.signedIn(HOST, MIA);
        String path = mia.get("/mentoring/index.xhtml").html().select("#matches li a").first().attr("href");
        Page conversation = mia.get(path.substring(path.indexOf("/mentoring/")));
        String button = conversation.html().select("#conversation li:contains(our little secret) button.message__report").attr("name");
        assertThat(button).as("the report button of the worrying message").isNotBlank();
        Page reporting = conversation.form("send").submit(button);
        Page reported = reporting.form("send").set("reportReason", REASON).submit("sendReport");
        assertThat(reported.messages()).contains("Thank you. The programme's safeguarding lead has your report and will look into it.");

        var letter = Mailbox.await(mail, LEAD, "New safeguarding case in Cases Lab");
        String body = Mailbox.body(letter);
        assertThat(body).contains("Mia Morgan opened a safeguarding case in Cases Lab: a mentoring message.")
                .as("what was reported stays on the platform").doesNotContain(RAVI_WORRYING, REASON);
        java.util.regex.Matcher inMail = java.util.regex.Pattern.compile("/staff/case\\.xhtml\\?id=([0-9a-f-]{36})").matcher(body);
        assertThat(inMail.find()).as(body).isTrue();
        caseId = inMail.group(1);
        assertThat(caseId).hasSize(36);
    }

    @Test
    @Order(3)
    @RunAsClient
    void theLeadHandlesTheCaseFromItsPageAndTheSuspensionReallyStopsTheMentor() {
        Site lead = Flows.signedIn(HOST, LEAD);
        Page home = lead.get("/");
        assertThat(home.html().select("#home-panels a[href*=/staff/cases.xhtml]").eachText()).anyMatch(t -> t.contains("New safeguarding cases"));
        Page list = lead.get("/staff/cases.xhtml?status=new");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("#cases .case-subject").eachText()).containsExactly("Ravi Rao");

        Page opened = lead.get("/staff/case.xhtml?id=" + caseId);
        assertThat(opened.html().getElementById("case-status").text()).isEqualTo("New");
        assertThat(opened.html().getElementById("case-text").text()).isEqualTo(RAVI_WORRYING);
        assertThat(opened.html().getElementById("case-reason").text()).isEqualTo(REASON);
        assertThat(opened.html().select("#case-context li").eachText()).containsExactly("Ravi Rao: " + RAVI_FIRST, "Mia Morgan: " + MIA_ANSWER,
                "\u25b6 Ravi Rao: " + RAVI_WORRYING);

        Page empty = opened.form("note").set("note", "   ").submit("add");
        assertThat(empty.text()).contains("Write a note of 1 to 2000 characters.");
        Page noted = lead.get("/staff/case.xhtml?id=" + caseId).form("note").set("note", "Called Mia's school <b>DSL</b>").submit("add");
        assertThat(noted.messages()).contains("Your note is on the case.");
        assertThat(noted.html().select("#history td").eachText()).contains("Called Mia's school <b>DSL</b>");
        assertThat(noted.body()).as("escaped").doesNotContain("<b>DSL</b>");
        Page progressing = noted.form("status").submit("in-progress");
        assertThat(progressing.html().getElementById("case-status").text()).isEqualTo("In progress");

        Site ravi = Flows.signedIn(HOST, RAVI);
        assertThat(ravi.get("/account/index.xhtml").status()).isEqualTo(200);
        Page suspended = progressing.form("actions").set("reason", "Until the school's DSL has spoken to Mia").submit("suspend");
        assertThat(suspended.messages()).contains("Their account is suspended: they cannot sign in, and were signed out.");
        assertThat(suspended.html().getElementById("case-subject").text()).contains("suspended");
        assertThat(ravi.get("/account/index.xhtml").status()).as("his session ended").isEqualTo(302);
        assertThat(new Site(HOST).signIn(RAVI, Flows.PASSWORD).status()).as("he cannot sign in").isNotEqualTo(302);

        Page lifted = suspended.form("actions").set("reason", "DSL spoke to Mia; supervised contact only").submit("lift");
        assertThat(lifted.messages()).contains("The suspension is lifted: they can sign in again.");
        assertThat(new Site(HOST).signIn(RAVI, Flows.PASSWORD).status()).as("he can sign in again").isEqualTo(302);
    }

    @Test
    @Order(4)
    void anOpenCaseStopsTheSubjectsErasure() {
        String ravi = id(RAVI);
        assertThat(as(OWNER, Roles.OWNER, () -> requests.blockers(ravi)))
                .contains("1 safeguarding case about them is still open: the safeguarding lead closes it first.");
        assertThat(as(OWNER, Roles.OWNER, () -> requests.blockers(id(MIA)))).as("the reporter is not held back").isEmpty();
        assertThat(PersonalDataRequests.json(as(RAVI, MentoringPlugin.MENTOR, () -> requests.mine())))
                .as("the case is not in the subject's own copy").doesNotContain(REASON, "Called Mia's school");
    }

    @Test
    @Order(5)
    @RunAsClient
    void closingNeedsAnOutcome() {
        Site lead = Flows.signedIn(HOST, LEAD);
        Page withoutOutcome = lead.get("/staff/case.xhtml?id=" + caseId).form("closing").submit("close");
        assertThat(withoutOutcome.text()).contains("Write the outcome");
        assertThat(withoutOutcome.html().getElementById("case-status").text()).isEqualTo("In progress");
        Page closed = lead.get("/staff/case.xhtml?id=" + caseId).form("closing")
                .set("outcome", "Referred to the LADO, mentor removed from mentoring").submit("close");
        assertThat(closed.messages()).contains("The case is closed.");
        assertThat(closed.html().getElementById("case-status").text()).isEqualTo("Closed");
        assertThat(closed.html().getElementById("case-outcome").text()).isEqualTo("Referred to the LADO, mentor removed from mentoring");
        assertThat(closed.html().getElementById("closing")).as("nothing more to do on a closed case").isNull();
    }

    @Test
    @Order(6)
    void afterCloseTheSubjectCanBeErasedAndTheCaseKeepsWhatWasWritten() {
        String ravi = id(RAVI);
        String caseId = reportedCase();
        assertThat(as(OWNER, Roles.OWNER, () -> requests.blockers(ravi))).isEmpty();
        as(OWNER, Roles.OWNER, () -> {
            requests.erase(ravi);
            return null;
        });
        assertThat(count("SELECT COUNT(m) FROM Message m WHERE m.text = :w", Map.of("w", RAVI_FIRST))).as("his words are gone from mentoring")
                .isZero();
        CaseFile.View view = as(LEAD, Roles.SAFEGUARDING_LEAD, () -> cases.view(caseId));
        assertThat(view.safeguardingCase().getFrozenText()).isEqualTo(RAVI_WORRYING);
        assertThat(view.safeguardingCase().getContext()).contains("Ravi Rao: " + RAVI_FIRST);
        assertThat(view.subjectName()).isEqualTo("Erased person");
        assertThat(view.entries()).extracting(e -> e.getType().name()).containsExactly("OPENED", "NOTE", "STATUS", "SUSPENDED",
                "SUSPENSION_LIFTED", "CLOSED");
        for (String action : List.of(CaseFile.OPENED, CaseFile.NOTE_ADDED, CaseFile.STATUS_CHANGED, CaseFile.SUSPENDED,
                CaseFile.SUSPENSION_LIFTED, CaseFile.CLOSED)) {
            assertThat(count("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action AND e.recordId = :case",
                    Map.of("action", action, "case", caseId))).as(action + " in the audit trail").isEqualTo(1);
        }
        assertThat(count("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action AND e.recordId = :lead AND e.detail LIKE :role",
                Map.of("action", Accounts.ROLE_GRANTED, "lead", id(LEAD), "role", Roles.SAFEGUARDING_LEAD + " given%")))
                .as("the lead's appointment").isEqualTo(1);
    }

    @Test
    @Order(7)
    void onlyTheLeadAndOwnersReadCasesAndOnlyInTheirProgramme() {
        String caseId = reportedCase();
        assertThatThrownBy(() -> as(MODERATOR, Roles.MODERATOR, () -> cases.view(caseId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MIA, MentoringPlugin.MENTEE, () -> cases.page(null, 0, 10))).isInstanceOf(AccessDeniedException.class);
        String readByOwner = "SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action AND e.recordId = :case AND e.actorId = :owner";
        Map<String, Object> ownersReads = Map.of("action", CaseFile.READ, "case", caseId, "owner", id(OWNER));
        long before = count(readByOwner, ownersReads);
        assertThat(as(OWNER, Roles.OWNER, () -> cases.view(caseId).safeguardingCase().getStatus())).isEqualTo(CaseStatus.CLOSED);
        assertThat(count(readByOwner, ownersReads)).as("reading a case is in the audit trail, with who read it").isEqualTo(before + 1);
        assertThatThrownBy(() -> as(OTHER_LEAD, Roles.SAFEGUARDING_LEAD, () -> cases.view(caseId))).isInstanceOf(RecordNotFoundException.class);
        assertThat(count("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action AND e.recordId = :case AND e.actorId IN :refused",
                Map.of("action", CaseFile.READ, "case", caseId, "refused", List.of(id(MODERATOR)))))
                .as("a refused reading reads nothing and writes nothing").isZero();
        assertThatThrownBy(() -> as(OTHER_OWNER, Roles.OWNER, () -> {
            cases.addNote(caseId, "From elsewhere");
            return null;
        })).isInstanceOf(RecordNotFoundException.class);
        assertThat(as(OTHER_LEAD, Roles.SAFEGUARDING_LEAD, () -> cases.page(null, 0, 100))).as("nor listed there")
                .noneMatch(row -> row.safeguardingCase().getId().equals(caseId));
        assertThat(as(MODERATOR, Roles.MODERATOR, () -> cases.counts().get(CaseStatus.CLOSED))).as("moderators see counts").isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(8)
    @RunAsClient
    void pagesAndTheApiAnswerOnlyTheLeadAndOwners() {
        String casePath = "/staff/case.xhtml?id=" + caseId;
        Site moderator = Flows.signedIn(HOST, MODERATOR);
        Site mia = Flows.signedIn(HOST, MIA);
        for (String path : List.of("/staff/cases.xhtml", casePath, "/STAFF/cases.xhtml", "/staff/CASE.xhtml?id=" + caseId,
                "/Staff/Cases.xhtml")) {
            for (Site who : List.of(moderator, mia)) {
                Page answer = who.get(path);
                assertThat(answer.status()).as(path).isIn(403, 404);
                assertThat(answer.body()).as(path).doesNotContain(RAVI_WORRYING);
            }
        }
        Page twice = moderator.get("//staff/cases.xhtml");
        assertThat(twice.status()).isEqualTo(301);
        assertThat(twice.follow().status()).isEqualTo(403);
        assertThat(new Site(HOST).get(casePath).status()).as("not signed in: sent to sign in").isEqualTo(302);
        assertThat(new Site(HOST).get(casePath).redirectPath()).startsWith("/login.xhtml?next=");

        Page moderatorsHome = moderator.get("/");
        assertThat(moderatorsHome.text()).contains("Open safeguarding cases:");
        assertThat(moderatorsHome.html().select("a[href*=/staff/case]")).as("no link a moderator could not follow").isEmpty();
        Page raised = moderator.get("/staff/raise-case.xhtml").form("raise").set("person", MIA).set("text", "Mia said she is not safe at home")
                .set("note", "Said in passing after the careers session").submit("send");
        assertThat(raised.messages()).contains("The case is open, and the safeguarding lead has been emailed.");

        Site owner = Flows.signedIn(HOST, OWNER);
        assertThat(owner.get(casePath).html().getElementById("case-text").text()).isEqualTo(RAVI_WORRYING);
        Page newOnes = Flows.signedIn(HOST, LEAD).get("/staff/cases.xhtml?status=new");
        assertThat(newOnes.html().select("#cases .case-subject").eachText()).containsExactly("Mia Morgan");

        Site otherLead = Flows.signedIn(OTHER_HOST, OTHER_LEAD);
        assertThat(otherLead.get(casePath).status()).as("another programme's lead").isEqualTo(404);
        assertThat(Flows.signedIn(OTHER_HOST, OTHER_OWNER).get(casePath).status()).as("another programme's owner").isEqualTo(404);
        assertThat(otherLead.get("/staff/cases.xhtml").body()).doesNotContain(caseId, "Erased person", "Mia Morgan");

        String leadToken = Flows.createToken(owner, "Case system", Roles.SAFEGUARDING_LEAD);
        String moderatorToken = Flows.createToken(owner, "Moderation", Roles.MODERATOR);
        Api api = Api.on(HOST, leadToken);
        Api.Reply all = api.get("/cases");
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().getJsonArray("cases").getValuesAs(JsonObject.class)).extracting(c -> c.getString("id")).contains(caseId);
        Api.Reply one = api.get("/cases/" + caseId);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().getString("reportedText")).isEqualTo(RAVI_WORRYING);
        assertThat(one.json().getJsonObject("summary").getString("status")).isEqualTo("CLOSED");
        Flows.assertProblem(api.get("/cases?status=sideways"), 422);
        Flows.assertProblem(api.get("/cases/not-a-case"), 404);
        Flows.assertProblem(Api.on(HOST, moderatorToken).get("/cases/" + caseId), 403);
        Flows.assertProblem(Api.on(HOST, moderatorToken).get("/cases"), 403);

        String otherToken = Flows.createToken(Flows.signedIn(OTHER_HOST, OTHER_OWNER), "Elsewhere", Roles.SAFEGUARDING_LEAD);
        Flows.assertProblem(Api.on(OTHER_HOST, otherToken).get("/cases/" + caseId), 404);
        assertThat(Api.on(OTHER_HOST, otherToken).get("/cases").body()).doesNotContain(caseId);
    }

    @Test
    @Order(9)
    void aModeratorRaisesCasesAboutAZoneQuestionAndAComment() {
        TenantRef lab = lab();
        acting().as(lab, Roles.OWNER, () -> {
            activations.enable(ZonePlugin.ID);
            return null;
        });
        String sam = acting().person(lab, SAM, "Sam Smith", ZonePlugin.STUDENT);
        String zed = acting().person(lab, ZED, "Zed Zhou", ZonePlugin.STUDENT);
        String[] ids = tenancy.callAs(lab, () -> {
            Zone zone = fixtures.put(new Zone("Cases Zone", LocalDate.now().minusDays(1), LocalDate.now().plusDays(30)));
            School school = fixtures.put(new School("Arnold Academy", "Nottinghamshire", true, false));
            fixtures.put(new Student(zone.getId(), sam, school.getId(), null));
            fixtures.put(new Student(zone.getId(), zed, school.getId(), null));
            Question question = fixtures.put(new Question(zone.getId(), sam, ZonePlugin.STUDENT, school.getId(), SAMS_QUESTION,
                    Instant.now().minusSeconds(600)));
            Comment comment = fixtures.put(new Comment(question.getId(), zed, ZonePlugin.STUDENT, school.getId(), ZEDS_COMMENT,
                    Instant.now().minusSeconds(300)));
            return new String[] {question.getId(), comment.getId()};
        });

        assertThatThrownBy(() -> as(ZED, ZonePlugin.STUDENT, () -> questions.raiseCase(ids[0], "Students cannot do this")))
                .isInstanceOf(AccessDeniedException.class);
        String aboutQuestion = as(MODERATOR, Roles.MODERATOR, () -> questions.raiseCase(ids[0], "Sounds like he is being hurt"));
        String aboutComment = as(MODERATOR, Roles.MODERATOR, () -> questions.raiseCaseOnComment(ids[1], "Pressuring a younger student"));

        CaseFile.View question = as(LEAD, Roles.SAFEGUARDING_LEAD, () -> cases.view(aboutQuestion));
        assertThat(question.safeguardingCase().getKind()).isEqualTo(Cases.Kind.QUESTION);
        assertThat(question.safeguardingCase().getFrozenText()).isEqualTo(SAMS_QUESTION);
        assertThat(question.subjectName()).isEqualTo("Sam Smith");
        assertThat(question.safeguardingCase().getReporterNote()).isEqualTo("Sounds like he is being hurt");
        CaseFile.View comment = as(LEAD, Roles.SAFEGUARDING_LEAD, () -> cases.view(aboutComment));
        assertThat(comment.safeguardingCase().getKind()).isEqualTo(Cases.Kind.COMMENT);
        assertThat(comment.safeguardingCase().getFrozenText()).isEqualTo(ZEDS_COMMENT);
        assertThat(comment.safeguardingCase().getContext()).containsExactly("Sam Smith asked: " + SAMS_QUESTION);
        assertThat(comment.subjectName()).isEqualTo("Zed Zhou");
        assertThatThrownBy(() -> as(MODERATOR, Roles.MODERATOR, () -> cases.view(aboutQuestion))).as("raised, not read")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(OWNER, Roles.OWNER, () -> requests.blockers(sam)))
                .contains("1 safeguarding case about them is still open: the safeguarding lead closes it first.");
    }

    @Test
    @Order(10)
    void aCaseClosedLongerThanTheRetentionPeriodLosesItsWordsAndAnOpenOneNever() {
        TenantRef lab = lab();
        String closed = reportedCase();
        String open = as(OWNER, Roles.OWNER, () -> cases.page(null, 0, 100).stream()
                .filter(row -> "question".equals(row.safeguardingCase().getRecordType())).findFirst().orElseThrow().safeguardingCase().getId());
        Instant now = Instant.now();
        tenancy.runAs(lab, () -> fixtures.update("UPDATE SafeguardingCase c SET c.closedAt = :then, c.openedAt = :then WHERE c.id IN :ids",
                Map.of("then", now.minus(Duration.ofDays(3 * 366)), "ids", List.of(closed, open))));
        CaseFile.View before = as(LEAD, Roles.SAFEGUARDING_LEAD, () -> cases.view(closed));
        Map<CaseStatus, Long> countsBefore = as(LEAD, Roles.SAFEGUARDING_LEAD, () -> cases.counts());

        assertThatThrownBy(() -> as(LEAD, Roles.SAFEGUARDING_LEAD, () -> retention.set(Map.of(ClosedCases.KEY, "2"))))
                .as("owners set periods").isInstanceOf(AccessDeniedException.class);
        assertThat(as(OWNER, Roles.OWNER, () -> retention.set(Map.of(ClosedCases.KEY, "2")))).isEqualTo(1);
        Retention.Preview preview = as(OWNER, Roles.OWNER, () -> retention.preview(now)).stream()
                .filter(p -> p.key().equals(ClosedCases.KEY)).findFirst().orElseThrow();
        assertThat(preview.removals()).extracting(RetentionRule.Removal::id).as("the case closed three years ago, not the open one")
                .containsExactly(closed);
        assertThat(preview.counted()).isEqualTo("1 safeguarding case closed before");

        List<Retention.Run> runs = tenancy.callAs(lab, () -> retention.run(now));
        assertThat(runs).extracting(Retention.Run::key, Retention.Run::listed, Retention.Run::removed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ClosedCases.KEY, List.of(closed), 1));

        CaseFile.View after = as(LEAD, Roles.SAFEGUARDING_LEAD, () -> cases.view(closed));
        SafeguardingCase kept = after.safeguardingCase();
        assertThat(List.of(kept.getFrozenText(), kept.getReporterNote(), kept.getOutcome())).as("its words are gone")
                .containsOnly(ClosedCases.REMOVED_TEXT);
        assertThat(kept.getContext()).isEmpty();
        assertThat(kept.getKind()).isEqualTo(before.safeguardingCase().getKind());
        assertThat(kept.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(kept.getOpenedAt()).isEqualTo(before.safeguardingCase().getOpenedAt());
        assertThat(after.entries()).extracting(e -> e.getType().name()).as("its history keeps its shape")
                .isEqualTo(before.entries().stream().map(e -> e.getType().name()).toList());
        assertThat(after.entries()).filteredOn(e -> e.getType() == CaseEntry.Type.NOTE || e.getType() == CaseEntry.Type.CLOSED)
                .isNotEmpty().allMatch(e -> e.getText().equals(ClosedCases.REMOVED_TEXT));
        assertThat(after.entries()).filteredOn(e -> e.getType() == CaseEntry.Type.STATUS).isNotEmpty()
                .allMatch(e -> !e.getText().equals(ClosedCases.REMOVED_TEXT));
        assertThat(as(LEAD, Roles.SAFEGUARDING_LEAD, () -> cases.view(open)).safeguardingCase().getFrozenText()).as("an open case keeps everything")
                .isEqualTo(SAMS_QUESTION);
        assertThat(as(LEAD, Roles.SAFEGUARDING_LEAD, () -> cases.counts())).as("every count stays").isEqualTo(countsBefore);
        assertThat(count("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action AND e.recordId = :rule AND e.detail LIKE :what",
                Map.of("action", Retention.APPLIED, "rule", ClosedCases.KEY, "what", "removed 1: 1 safeguarding case closed before%")))
                .isEqualTo(1);
        assertThat(tenancy.callAs(lab, () -> retention.run(now.plus(Duration.ofDays(2))))).extracting(Retention.Run::removed)
                .as("a later run finds nothing more").containsExactly(0);
        assertThat(as(OTHER_OWNER, Roles.OWNER, () -> retention.amounts())).as("another programme keeps its cases").isEmpty();
    }
}
