package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.evidence.MentoringEncounters;
import org.wayfinder.mentoring.match.GetMatched;
import org.wayfinder.mentoring.match.Match;
import org.wayfinder.mentoring.match.Matches;
import org.wayfinder.mentoring.messaging.Conversations;
import org.wayfinder.mentoring.profile.ProfileFields;
import org.wayfinder.mentoring.profile.Profiles;
import org.wayfinder.mentoring.progress.MatchProgress;
import org.wayfinder.mentoring.report.MentoringReport;
import org.wayfinder.mentoring.taxonomy.Taxonomy;
import org.wayfinder.mentoring.taxonomy.TermKind;
import org.wayfinder.platform.spi.safeguarding.Vetting.CheckType;
import org.wayfinder.platform.spi.safeguarding.Vetting;
import org.wayfinder.platform.form.FormResponses;
import org.wayfinder.platform.form.Forms;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.journey.JourneyProgress;
import org.wayfinder.platform.journey.Journeys;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.platform.spi.SendKeys;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.spi.form.Answers;
import org.wayfinder.platform.spi.form.FormDefinition;
import org.wayfinder.platform.spi.form.FormField;
import org.wayfinder.platform.spi.form.FormSection;
import org.wayfinder.platform.spi.journey.JourneyDefinition;
import org.wayfinder.platform.spi.journey.JourneyStep;
import org.wayfinder.platform.spi.journey.JourneySteps;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * The mentoring plugin's first pages, on a programme of the test's own: the owner switches it on
 * and edits the career areas and support types; a moderator records DBS checks; owners see who has
 * lapsed; nobody else gets in. In order, as one story.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MentoringIT {

    private static final String SLUG = "mentoring-lab";
    private static final String HOST = SLUG + ".localhost";
    private static final String OWNER = "owner@mentoring-lab.example";
    private static final String MODERATOR = "moderator@mentoring-lab.example";
    private static final String MENTEE = "mentee@mentoring-lab.example";
    private static final String TEACHER = "teacher@mentoring-lab.example";
    private static final String STUDENT = "student@mentoring-lab.example";

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
    Vetting vetting;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Profiles profiles;

    @Inject
    Matches matches;

    @Inject
    Conversations conversations;

    @Inject
    MatchProgress progress;

    @Inject
    MentoringEncounters mentoringEncounters;

    @Inject
    MentoringReport report;

    @Inject
    org.wayfinder.platform.plugin.PluginActivations activations;

    @Inject
    Forms forms;

    @Inject
    FormResponses responses;

    @Inject
    Journeys journeys;

    @Inject
    JourneyProgress journeyProgress;

    @Inject
    JourneySteps journeySteps;

    @Test
    @Order(1)
    void aProgrammeWithMentorsAndAMentee() {
        TenantRef lab = tenants.bySlug(SLUG).orElseGet(() -> tenants.create(SLUG, "Mentoring Lab"));
        acting().person(lab, OWNER, "Olu Owner", Roles.OWNER);
        acting().person(lab, MODERATOR, "Mo Moderator", Roles.MODERATOR);
        acting().person(lab, "amara@mentoring-lab.example", "Amara Adeyemi", MentoringPlugin.MENTOR);
        acting().person(lab, "ben@mentoring-lab.example", "Ben Brooks", MentoringPlugin.MENTOR);
        acting().person(lab, "cal@mentoring-lab.example", "Cal Carter", MentoringPlugin.MENTOR);
        acting().person(lab, MENTEE, "Mia Mentee", MentoringPlugin.MENTEE);
        acting().person(lab, "noor@mentoring-lab.example", "Noor Nasser", MentoringPlugin.MENTEE);
        acting().person(lab, TEACHER, "Tia Teacher", ZonePlugin.TEACHER);
        acting().person(lab, STUDENT, "Sol Student", ZonePlugin.STUDENT);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theOwnerSwitchesMentoringOnAndItsPagesAppear() {
        Site owner = Flows.signedIn(HOST, OWNER);
        assertThat(owner.get("/mentoring/matches.xhtml").status()).as("off: its pages do not exist here").isEqualTo(404);
        assertThat(statuses(owner.get("/staff/vetting.xhtml"))).as("off: no role here needs a DBS check yet").isEmpty();
        assertThat(owner.get("/admin/index.xhtml").html().getElementById("plugin-links")).isNull();
        Flows.switchPlugin(owner, "Mentoring", true);
        Page admin = owner.get("/admin/index.xhtml");
        assertThat(admin.html().select("#plugin-links a").eachText()).containsExactly("Career areas and support types", "Mentoring report", "Propose matches", "Matches", "Held messages");
        Page staff = Flows.signedIn(HOST, MODERATOR).get("/staff/index.xhtml");
        assertThat(staff.html().select("#staff-links a").eachText()).containsExactly("Approvals", "Held messages");
        assertThat(staff.html().select("#safeguarding-links a").eachText()).contains("DBS checks");
    }

    @Test
    @Order(3)
    @RunAsClient
    void theOwnerEditsTheCareerAreasAndSupportTypes() {
        Site owner = Flows.signedIn(HOST, OWNER);
        Page page = owner.get("/mentoring/taxonomy.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(labels(page, "career-area")).as("seeded with the NHS list").hasSize(10).startsWith("Medicine", "Nursing", "Midwifery");
        assertThat(labels(page, "support-type")).containsExactly("Career advice", "UCAS application", "Personal statement",
                "University interview", "Work experience", "Working in the NHS");

        Page added = page.form("taxonomy").set(newLabelField(page, 0), "Paramedic science").press("Add to career areas");
        assertThat(added.messages()).contains("\u201cParamedic science\u201d is added to career areas.");
        assertThat(labels(added, "career-area")).hasSize(11).endsWith("Paramedic science");
        Page twice = added.form("taxonomy").set(newLabelField(added, 0), "  paramedic   SCIENCE ").press("Add to career areas");
        assertThat(twice.messages()).contains("\u201cparamedic SCIENCE\u201d is already in the list.");
        assertThat(labels(twice, "career-area")).hasSize(11);

        Page moved = twice.form("taxonomy").press("Move Paramedic science up");
        assertThat(labels(moved, "career-area").get(9)).isEqualTo("Paramedic science");
        Page retired = moved.form("taxonomy").press("Retire Paramedic science");
        assertThat(retired.html().select("li.term--retired").eachAttr("data-term")).containsExactly("paramedic-science");
        assertThat(retired.html().select("button[aria-label='Restore Paramedic science']")).hasSize(1);

        assertThat(Flows.signedIn(HOST, MODERATOR).get("/mentoring/taxonomy.xhtml").status()).isEqualTo(403);
        assertThat(Flows.signedIn(HOST, MENTEE).get("/mentoring/taxonomy.xhtml").status()).isEqualTo(403);
    }

    @Test
    @Order(4)
    @RunAsClient
    void aModeratorRecordsDbsChecksAndEveryoneSeesWhoNeedsAttention() {
        Site moderator = Flows.signedIn(HOST, MODERATOR);
        String fromHome = moderator.get("/").html().select("a:contains(DBS checks)").attr("href");
        String fromStaff = moderator.get("/staff/index.xhtml").html().select("#vetting-link").attr("href");
        assertThat(List.of(fromHome, fromStaff)).as("the moderator's home and the staff pages link the page")
                .allMatch(href -> href.endsWith("/staff/vetting.xhtml"));
        Page vetting = moderator.get(fromStaff.substring(fromStaff.indexOf("/staff/")));
        assertThat(statuses(vetting)).containsExactly("Amara Adeyemi Not checked", "Ben Brooks Not checked", "Cal Carter Not checked");
        assertThat(vetting.html().select("#record\\:people tbody tr .roles").eachText()).as("each person's roles that need the check")
                .containsOnly("(Mentor)");

        Page open = vetting.form("record").press("Record a check for Amara Adeyemi");
        assertThat(open.html().getElementById("open-heading").text()).isEqualTo("Amara Adeyemi");
        Page refused = open.form("record").set("type", "ENHANCED_BARRED").set("issuedOn", "2025-03-01").set("expiresOn", "2025-02-01")
                .submit("save");
        assertThat(refused.messageFor("record:expiresOn")).isEqualTo("The expiry date must come after the issue date.");
        assertThat(refused.html().getElementById("record:issuedOn").val()).as("nothing typed is lost").isEqualTo("2025-03-01");

        Page recorded = refused.form("record").set("expiresOn", "2028-03-01").submit("save");
        assertThat(recorded.messages()).contains("Recorded for Amara Adeyemi: Enhanced with barred list check, expires 1 Mar 2028.");
        LocalDate today = LocalDate.now(Vetting.UK);
        Page soon = recorded.form("record").press("Record a check for Ben Brooks").form("record").set("type", "ENHANCED")
                .set("issuedOn", today.minusYears(3).plusDays(10).toString()).set("expiresOn", today.plusDays(10).toString()).submit("save");
        Page lapsed = soon.form("record").press("Record a check for Cal Carter").form("record").set("type", "ENHANCED")
                .set("issuedOn", today.minusYears(3).toString()).set("expiresOn", today.minusDays(1).toString()).submit("save");
        assertThat(statuses(lapsed)).as("those who need attention first")
                .containsExactly("Cal Carter Expired", "Ben Brooks Expires soon", "Amara Adeyemi Vetted");
        assertThat(lapsed.html().getElementById("vetting-summary").text())
                .isEqualTo("1 expired, 1 expiring within 30 days, 0 not checked, 0 without an enhanced check, 1 vetted.");

        Page asOwner = Flows.signedIn(HOST, OWNER).get("/staff/vetting.xhtml");
        assertThat(statuses(asOwner)).containsExactly("Cal Carter Expired", "Ben Brooks Expires soon", "Amara Adeyemi Vetted");
        Page history = asOwner.form("record").press("History of Cal Carter");
        assertThat(history.html().getElementById("record:save")).as("owners look; moderators record").isNull();
        assertThat(history.html().select("#history li").eachText()).hasSize(1);
    }

    @Test
    @Order(5)
    @RunAsClient
    void nobodyElseSeesTheChecksUnderAnySpellingOfTheAddress() {
        List<String> spellings = List.of("/staff/vetting.xhtml", "//staff/vetting.xhtml", "/STAFF/vetting.xhtml", "/staff/./vetting.xhtml",
                "/%73taff/vetting.xhtml", "/staff//vetting.xhtml", "/staff/vetting.xhtml;x=1", "/Staff/Vetting.xhtml");
        for (String who : List.of(STUDENT, TEACHER, MENTEE)) {
            Site visitor = Flows.signedIn(HOST, who);
            for (String address : spellings) {
                Page answer = visitor.get(address);
                for (int hops = 0; answer.status() == 301 && hops < 3; hops++) {
                    answer = answer.follow(); // to the address's own spelling, which is then refused
                }
                assertThat(answer.status()).as(who + " at " + address).isIn(400, 403, 404);
                if (address.equals("/staff/vetting.xhtml") || address.equals("//staff/vetting.xhtml")) {
                    assertThat(answer.status()).as(who + " at " + address + ": refused as such").isEqualTo(403);
                }
                assertThat(answer.body()).as(who + " at " + address).doesNotContain("Amara Adeyemi", "Record a check");
            }
        }
        assertThat(new Site(HOST).get("/staff/vetting.xhtml").redirectPath()).startsWith("/login.xhtml");
        Site visitor = new Site(HOST);
        visitor.replayCookiesOf(Flows.signedIn(Site.HORIZONS, "moderator@horizons.example"));
        assertThat(visitor.get("/staff/vetting.xhtml").redirectPath()).as("another programme's moderator").startsWith("/login.xhtml");
        Page theirs = Flows.signedIn(Site.HORIZONS, "moderator@horizons.example").get("/staff/vetting.xhtml");
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.body()).as("their own programme's page lists only their own people").doesNotContain("Amara Adeyemi", "Cal Carter");
        Page zone = Flows.signedIn(Site.ZONE, "moderator@zone.example").get("/staff/vetting.xhtml");
        assertThat(zone.status()).isEqualTo(200);
        assertThat(zone.html().getElementById("no-people")).as("where no plugin switched on has a vetted role").isNotNull();
    }

    @Test
    @Order(6)
    void theServicesCheckRolesTenantsAndDates() {
        TenantRef lab = tenants.bySlug(SLUG).orElseThrow();
        TenantRef horizons = tenants.bySlug("healthcare-horizons").orElseThrow();
        String amara = tenancy.callAs(lab, () -> accounts.byEmail("amara@mentoring-lab.example").orElseThrow().getId());
        String mentee = tenancy.callAs(lab, () -> accounts.byEmail(MENTEE).orElseThrow().getId());
        LocalDate today = LocalDate.now(Vetting.UK);

        assertThat(tenancy.callAs(lab, () -> vetting.isVetted(amara, today))).isTrue();
        assertThat(tenancy.callAs(lab, () -> vetting.isVetted(amara, LocalDate.of(2028, 3, 1)))).as("on its expiry date").isFalse();
        assertThat(tenancy.callAs(horizons, () -> vetting.isVetted(amara, today))).as("not in another programme").isFalse();

        assertThatThrownBy(() -> acting().as(lab, Roles.OWNER, () -> vetting.record(amara, CheckType.ENHANCED, today.minusDays(1),
                today.plusYears(1), today))).as("owners who are not moderators look only").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().as(lab, Roles.MODERATOR, () -> vetting.record(mentee, CheckType.ENHANCED, today.minusDays(1),
                today.plusYears(1), today))).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.errors()).containsExactly(new FieldError("person", "Choose one of the people whose role here needs a DBS check.")));
        assertThatThrownBy(() -> acting().as(horizons, Roles.MODERATOR, () -> vetting.record(amara, CheckType.ENHANCED, today.minusDays(1),
                today.plusYears(1), today))).as("another programme's mentor").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> acting().as(lab, Roles.MODERATOR, () -> vetting.record(amara, CheckType.ENHANCED, today.plusDays(1),
                today.plusYears(7), today))).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("issuedOn", "expiresOn"));
        assertThatThrownBy(() -> acting().as(lab, Roles.MEMBER, () -> vetting.overview(today, 30))).isInstanceOf(AccessDeniedException.class);
        assertThat(acting().as(horizons, Roles.MODERATOR, () -> vetting.overview(today, 30))).as("another programme's moderator")
                .noneMatch(row -> row.person().accountId().equals(amara));
        assertThat(acting().as(horizons, Roles.MODERATOR, () -> vetting.history(amara))).as("nor their checks").isEmpty();
        assertThat(acting().as(lab, Roles.MODERATOR, () -> vetting.history(amara))).as("which are there").hasSize(1);
        assertThatThrownBy(() -> acting().as(lab, Roles.MODERATOR, () -> taxonomy.add(TermKind.SUPPORT_TYPE, "Shadowing")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tenancy.callAs(horizons, () -> taxonomy.all(TermKind.CAREER_AREA)))
                .as("each programme has its own lists").noneMatch(term -> term.getKey().equals("paramedic-science"));
    }

    @Test
    @Order(7)
    void aProfileIsTheAnswersToTheProfileFormReadByTheMentoringQuestionTypes() {
        TenantRef lab = tenants.bySlug(SLUG).orElseThrow();
        TenantRef horizons = tenants.bySlug("healthcare-horizons").orElseThrow();
        acting().as(lab, Roles.OWNER, () -> forms.publishDefinition(new FormDefinition("mentee-profile", "About you", "", List.of(
                new FormSection("you", "", List.of(
                        field("what-would-you-like-to-do", ProfileFields.CAREER_AREAS, true),
                        field("what-help", ProfileFields.SUPPORT_TYPES, false),
                        field("when-can-you-meet", ProfileFields.AVAILABILITY, false),
                        field("where-do-you-live", ProfileFields.BOROUGH, false),
                        field("school", ProfileFields.SCHOOL, false)))))));
        String mentee = tenancy.callAs(lab, () -> accounts.byEmail(MENTEE).orElseThrow().getId());

        assertThatThrownBy(() -> answerAs(lab, mentee, java.util.Map.of("what-would-you-like-to-do", List.of("paramedic-science"))))
                .as("a retired career area is no longer offered").isInstanceOf(InvalidInputException.class);
        answerAs(lab, mentee, java.util.Map.of("what-would-you-like-to-do", List.of("nursing", "midwifery"),
                "what-help", List.of("personal-statement"), "when-can-you-meet", List.of("weekday-after-school"),
                "where-do-you-live", List.of(" Tower  Hamlets"), "school", List.of("Arnold Academy")));

        Profiles.Profile profile = acting().as(lab, Roles.OWNER, () -> profiles.of(mentee, MentoringPlugin.MENTEE)).orElseThrow();
        // Ticked boxes have no order: answers are stored a row per value, with ids that do not
        // record which box came first.
        assertThat(profile.careerAreas()).containsExactlyInAnyOrder("nursing", "midwifery");
        assertThat(profile.supportTypes()).containsExactly("personal-statement");
        assertThat(profile.availability()).containsExactly("weekday-after-school");
        assertThat(profile.borough()).isEqualTo("tower hamlets");
        assertThat(profile.school()).isEqualTo("Arnold Academy");
        assertThat(profile.complete()).isTrue();

        String amara = tenancy.callAs(lab, () -> accounts.byEmail("amara@mentoring-lab.example").orElseThrow().getId());
        assertThat(acting().as(lab, Roles.MODERATOR, () -> profiles.of(amara, MentoringPlugin.MENTOR))).as("not answered yet").isEmpty();
        assertThatThrownBy(() -> acting().as(lab, MentoringPlugin.MENTEE, () -> profiles.of(mentee, MentoringPlugin.MENTEE)))
                .as("another mentee").isInstanceOf(AccessDeniedException.class);
        assertThat(acting().as(horizons, Roles.OWNER, () -> profiles.of(mentee, MentoringPlugin.MENTEE))).as("another programme").isEmpty();
    }

    @Test
    @Order(8)
    @RunAsClient
    void theFormBuilderOffersMentoringQuestionsWhereMentoringIsOn() {
        Page created = Flows.signedIn(HOST, OWNER).get("/admin/forms.xhtml").form("create").set("title", "Mentor profile")
                .set("key", "mentor-profile").set("firstQuestion", "What is your job?").submit("submit").follow();
        assertThat(created.html().select("select[name$=newType_input] option").eachText())
                .contains("Career areas (mentoring)", "Support types (mentoring)", "Mentees at once (mentoring)", "Availability (mentoring)");
        Page zone = Flows.signedIn(Site.ZONE, "owner@zone.example").get("/admin/forms.xhtml").form("create")
                .set("title", "Zone feedback " + Flows.unique("f")).set("key", "").set("firstQuestion", "How was it?").submit("submit").follow();
        assertThat(zone.html().select("select[name$=newType_input] option").eachText()).as("mentoring is off in the Zone")
                .isNotEmpty().noneMatch(label -> label.contains("(mentoring)"));
    }

    @Test
    @Order(9)
    void aMatchIsOnlyMadeWithAVettedMentorWithinTheirCapacityAndEndedByItsPeopleOrAnOwner() {
        TenantRef lab = tenants.bySlug(SLUG).orElseThrow();
        TenantRef horizons = tenants.bySlug("healthcare-horizons").orElseThrow();
        String mia = acting().idOf(lab, MENTEE);
        String noor = acting().idOf(lab, "noor@mentoring-lab.example");
        String amara = acting().idOf(lab, "amara@mentoring-lab.example");
        String cal = acting().idOf(lab, "cal@mentoring-lab.example");
        LocalDate today = LocalDate.now(Vetting.UK);

        assertThatThrownBy(() -> acting().as(lab, Roles.OWNER, () -> matches.make(new Matches.Pair(mia, cal, 5, "Career area 5"), today, "http://site.example")))
                .as("Cal's check has expired").isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("mentor", "Cal Carter has no enhanced DBS check in date, so cannot be matched.")));
        assertThatThrownBy(() -> acting().as(lab, Roles.OWNER, () -> matches.make(new Matches.Pair(amara, mia, 5, ""), today, "http://site.example")))
                .as("the wrong way round").isInstanceOf(InvalidInputException.class);
        Match made = acting().as(lab, Roles.OWNER, () -> matches.make(new Matches.Pair(mia, amara, 9, "Career area 6, Availability 3"), today, "http://site.example"));
        assertThat(made.isActive()).isTrue();
        assertThatThrownBy(() -> acting().as(lab, Roles.OWNER, () -> matches.make(new Matches.Pair(mia, amara, 9, ""), today, "http://site.example")))
                .as("one mentor at a time").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> acting().as(lab, Roles.OWNER, () -> matches.make(new Matches.Pair(noor, amara, 9, ""), today, "http://site.example")))
                .as("Amara said nothing about capacity, so takes one mentee").isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.errors().get(0).message())
                                .isEqualTo("Amara Adeyemi already mentors 1 mentee, as many as they can take."));
        assertThatThrownBy(() -> acting().as(lab, MentoringPlugin.MENTOR, () -> matches.make(new Matches.Pair(noor, amara, 9, ""), today, "http://site.example")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().as(lab, Roles.MODERATOR, () -> matches.publish(List.of(new Matches.Pair(noor, amara, 9, "")), today, "http://site.example")))
                .isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> acting().asPerson(lab, noor, MentoringPlugin.MENTEE, () -> matches.end(made.getId(), "Not for me", "http://site.example")))
                .as("someone outside the match").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().as(horizons, Roles.OWNER, () -> matches.end(made.getId(), "Not for me", "http://site.example")))
                .as("another programme's owner").isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> acting().asPerson(lab, mia, MentoringPlugin.MENTEE, () -> matches.end(made.getId(), "", "http://site.example")))
                .isInstanceOf(InvalidInputException.class);
        Match ended = acting().asPerson(lab, mia, MentoringPlugin.MENTEE, () -> matches.end(made.getId(), "I have my offer, thank you!", "http://site.example"));
        assertThat(ended.isActive()).isFalse();
        assertThat(acting().as(lab, Roles.OWNER, () -> matches.make(new Matches.Pair(noor, amara, 7, ""), today, "http://site.example")).getMentorId())
                .as("a place is free again").isEqualTo(amara);
        assertThat(acting().asPerson(lab, mia, MentoringPlugin.MENTEE, () -> matches.mine())).extracting(Matches.Mine::isActive).containsExactly(false);
    }

    @Test
    @Order(10)
    @RunAsClient
    void theOwnerEndsAndMakesMatchesInThePagesUnderTheSameRules() {
        Site owner = Flows.signedIn(HOST, OWNER);
        Page page = owner.get("/mentoring/matches.xhtml");
        assertThat(page.html().select("#matching\\:active tbody tr").first().text()).contains("Noor Nasser", "Amara Adeyemi");

        Page asking = page.form("matching").press("End the match of Noor Nasser and Amara Adeyemi");
        Page refused = asking.form("matching").set("reason", " ").submit("end");
        assertThat(refused.messages()).contains("Say in 3 to 500 characters why the match is ending.");
        Page ended = refused.form("matching").set("reason", "Noor moved school").submit("end");
        assertThat(ended.messages()).contains("The match of Noor Nasser and Amara Adeyemi has ended.");
        assertThat(ended.html().getElementById("no-matches")).isNotNull();

        Page expired = ended.form("matching").set("mentee", ended.option("matching:mentee", "Mia Mentee"))
                .set("mentor", ended.option("matching:mentor", "Cal Carter")).submit("make");
        assertThat(expired.messages()).contains("Cal Carter has no enhanced DBS check in date, so cannot be matched.");
        Page made = expired.form("matching").set("mentee", expired.option("matching:mentee", "Mia Mentee"))
                .set("mentor", expired.option("matching:mentor", "Amara Adeyemi")).submit("make");
        assertThat(made.messages()).contains("Mia Mentee is matched with Amara Adeyemi.");
        assertThat(made.html().select("select[name='matching:mentee'] option").eachText()).as("Mia has a mentor now")
                .doesNotContain("Mia Mentee").contains("Noor Nasser");

        Page asModerator = Flows.signedIn(HOST, MODERATOR).get("/mentoring/matches.xhtml");
        assertThat(asModerator.status()).isEqualTo(200);
        assertThat(asModerator.html().getElementById("matching:make")).as("moderators look; owners match").isNull();
        assertThat(Flows.signedIn(HOST, MENTEE).get("/mentoring/matches.xhtml").status()).isEqualTo(403);
    }

    @Test
    @Order(11)
    @RunAsClient
    void aMenteeAndHerMentorWriteAndContactDetailsAreHeld() throws InterruptedException {
        Site mia = Flows.signedIn(HOST, MENTEE);
        Page mine = mia.get("/mentoring/index.xhtml");
        assertThat(mine.html().select("#matches li").first().text()).contains("Amara Adeyemi");
        String path = mine.html().select("#matches li a").first().attr("href");
        Page conversation = mia.get(path.substring(path.indexOf("/mentoring/")));
        assertThat(conversation.html().getElementById("no-messages")).isNotNull();

        Form hello = conversation.form("send").set("text", "Hello! Thanks for being my mentor.");
        assertThat(hello.value("key")).as("the form carries a key for this send").matches(SendKeys.FORMAT);
        Page sent = hello.submit("send");
        assertThat(sent.messages()).contains("Sent.");
        // The answer was lost (the instance stopped after storing it), so the page sends the same form again.
        Page sentAgain = hello.submit("send");
        assertThat(sentAgain.messages()).contains("Sent.");
        assertThat(sentAgain.html().select("#conversation .message__text").eachText()).as("stored once")
                .containsExactly("Hello! Thanks for being my mentor.");
        assertThat(sent.form("send").value("key")).as("the next message gets a key of its own").matches(SendKeys.FORMAT)
                .isNotEqualTo(hello.value("key"));
        Page held = sent.form("send").set("text", "easier to text me on oh seven seven double oh 900 123").submit("send");
        assertThat(held.messages()).contains("Your message is waiting for a moderator because it seems to contain a phone number,"
                + " an invitation to talk on another app or in private. To keep everyone safe, contact details stay on Wayfinder.");
        Page ask = held.form("send").set("text", "my insta is mia_m_2009").submit("send");
        assertThat(ask.html().select("#conversation li[data-status=HELD]")).as("she sees her held messages").hasSize(2);

        Site amara = Flows.signedIn(HOST, "amara@mentoring-lab.example");
        Page hers = amara.get(path.substring(path.indexOf("/mentoring/")));
        assertThat(hers.html().select("#conversation .message__text").eachText()).as("held messages are not delivered")
                .containsExactly("Hello! Thanks for being my mentor.");
        // Amara replies within the second of Mia's messages: on the MariaDB pass send times are stored to the
        // second (MySQL Connector/J on MariaDB 10), and the reply must still count as after them.
        Page replied = hers.form("send").set("text", "Hi Mia, lovely to meet you. What would you like to work on first?").submit("send");
        assertThat(replied.messages()).contains("Sent.");
        Page refused = replied.form("send").set("text", " ").submit("send");
        assertThat(refused.messageFor("send:text")).isEqualTo("Write a message of 1 to 2000 characters.");

        assertThat(mia.get("/").html().select("#home-panels li:contains(New messages from Amara Adeyemi, your mentor) .home-panel__count")
                .text()).as("her home counts the reply that came after her last message").isEqualTo("1");
        assertThat(amara.get("/").html().select("#home-panels li:contains(New messages from Mia Mentee, your mentee) .home-panel__count").text())
                .as("the mentor wrote last; the mentee's held messages were never delivered").isEqualTo("0");

        assertThat(Flows.signedIn(HOST, "noor@mentoring-lab.example").get(path.substring(path.indexOf("/mentoring/"))).status())
                .as("another mentee cannot read it").isEqualTo(403);
        Site visitor = new Site(HOST);
        visitor.replayCookiesOf(Flows.signedIn(Site.HORIZONS, "moderator@horizons.example"));
        assertThat(visitor.get(path.substring(path.indexOf("/mentoring/"))).status()).as("nor another programme's moderator").isEqualTo(302);
    }

    @Test
    @Order(12)
    @RunAsClient
    void aModeratorRedactsOrRejectsHeldMessagesAndReportsReachThem() throws Exception {
        Site moderator = Flows.signedIn(HOST, MODERATOR);
        Page review = moderator.get("/mentoring/review.xhtml");
        assertThat(review.html().select(".held .held__text").eachText())
                .containsExactly("easier to text me on oh seven seven double oh 900 123", "my insta is mia_m_2009");
        assertThat(review.html().select(".held .help").eachText()).containsExactly(
                "Held because it seems to contain a phone number, an invitation to talk on another app or in private.",
                "Held because it seems to contain a social media handle.");

        Page open = review.form("review").press("Redact or reject the message from Mia Mentee");
        Page redacted = open.form("review").set("redacted", "easier to text me on [number removed]")
                .set("reason", "Phone numbers stay off the platform").submit("redact");
        assertThat(redacted.messages()).contains("Redacted and delivered; the original is kept.");
        Page rejecting = redacted.form("review").press("Redact or reject the message from Mia Mentee");
        Page rejected = rejecting.form("review").set("reason", "Social media names stay off the platform").submit("reject");
        assertThat(rejected.messages()).contains("Rejected; the sender sees your reason.");
        assertThat(rejected.html().getElementById("nothing-held")).isNotNull();

        Site amara = Flows.signedIn(HOST, "amara@mentoring-lab.example");
        Page mine = amara.get("/mentoring/index.xhtml");
        String path = mine.html().select("#matches li a").first().attr("href");
        Page hers = amara.get(path.substring(path.indexOf("/mentoring/")));
        assertThat(hers.html().select("#conversation .message__text").eachText()).containsExactly("Hello! Thanks for being my mentor.",
                "easier to text me on [number removed]", "Hi Mia, lovely to meet you. What would you like to work on first?");
        Site mia = Flows.signedIn(HOST, MENTEE);
        assertThat(mia.get(path.substring(path.indexOf("/mentoring/"))).html().select("#conversation li[data-status=REJECTED] .tag").text())
                .isEqualTo("Not delivered: Social media names stay off the platform");

        Page reporting = hers.form("send").press("Report this message from Mia Mentee");
        Page reported = reporting.form("send").set("reportReason", "She asked me to text her, which worried me").submit("sendReport");
        assertThat(reported.messages()).contains("Thank you. The programme's safeguarding lead has your report and will look into it.");
        assertThat(Mailbox.body(Mailbox.await(mail, MODERATOR, "A mentoring message has been reported")))
                .contains("Amara Adeyemi reported a message from Mia Mentee", "She asked me to text her");
        assertThat(moderator.get("/mentoring/review.xhtml").html().select("#reports li").eachText())
                .containsExactly("Amara Adeyemi: She asked me to text her, which worried me");
        assertThat(Flows.signedIn(HOST, MENTEE).get("/mentoring/review.xhtml").status()).isEqualTo(403);

        // Owners are linked to the moderators' pages from Admin: they read what waits, but only moderators decide.
        Page asOwner = Flows.signedIn(HOST, OWNER).get("/mentoring/review.xhtml");
        assertThat(asOwner.status()).isEqualTo(200);
        assertThat(asOwner.html().select("#reports li").eachText()).containsExactly("Amara Adeyemi: She asked me to text her, which worried me");
        assertThat(asOwner.html().getElementById("owners-read-only")).isNotNull();
        assertThat(asOwner.html().select("button:contains(Approve), button:contains(Redact or reject)")).isEmpty();
    }

    @Test
    @Order(13)
    void aMentorWithoutAnEnhancedCheckInDateCannotSendAndNobodyOutsideReadsTheConversation() {
        TenantRef lab = tenants.bySlug(SLUG).orElseThrow();
        TenantRef horizons = tenants.bySlug("healthcare-horizons").orElseThrow();
        String mia = acting().idOf(lab, MENTEE);
        String amara = acting().idOf(lab, "amara@mentoring-lab.example");
        String noor = acting().idOf(lab, "noor@mentoring-lab.example");
        LocalDate today = LocalDate.now(Vetting.UK);
        Match match = acting().as(lab, Roles.OWNER, () -> matches.activeForMentee(mia)).orElseThrow();

        acting().as(lab, Roles.MODERATOR, () -> vetting.record(amara, CheckType.BASIC, today.minusDays(2), today.plusYears(4), today));
        assertThatThrownBy(() -> acting().asPerson(lab, amara, MentoringPlugin.MENTOR, () -> conversations.send(match.getId(), null, "Hi again")))
                .as("a newer basic check does not let her work with children").isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.errors().get(0).message()).startsWith("Your DBS check is not in date"));
        String key = SendKeys.fresh();
        var asked = acting().asPerson(lab, mia, MentoringPlugin.MENTEE, () -> conversations.send(match.getId(), key, "Are you there?"));
        assertThat(asked.getStatus()).as("the mentee can still write").isEqualTo(org.wayfinder.mentoring.messaging.Message.Status.SENT);
        assertThat(acting().asPerson(lab, mia, MentoringPlugin.MENTEE, () -> conversations.send(match.getId(), key, "Are you there?")).getId())
                .as("sent again with its key: the message stored the first time").isEqualTo(asked.getId());
        assertThatThrownBy(() -> acting().asPerson(lab, mia, MentoringPlugin.MENTEE, () -> conversations.send(match.getId(), "no key", "Hi")))
                .isInstanceOf(InvalidInputException.class);
        acting().as(lab, Roles.MODERATOR, () -> vetting.record(amara, CheckType.ENHANCED_BARRED, today.minusDays(1), today.plusYears(4).plusDays(1), today));
        var answered = acting().asPerson(lab, amara, MentoringPlugin.MENTOR, () -> conversations.send(match.getId(), key, "Yes, sorry!"));
        assertThat(answered.getStatus()).isEqualTo(org.wayfinder.mentoring.messaging.Message.Status.SENT);
        assertThat(answered.getId()).as("keys are each person's own: the same key from the mentor is her own message")
                .isNotEqualTo(asked.getId());

        assertThatThrownBy(() -> acting().asPerson(lab, noor, MentoringPlugin.MENTEE, () -> conversations.conversation(match.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().asPerson(lab, noor, MentoringPlugin.MENTEE, () -> conversations.send(match.getId(), null, "hi")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().as(horizons, Roles.MODERATOR, () -> conversations.conversation(match.getId())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(acting().as(lab, Roles.MODERATOR, () -> conversations.conversation(match.getId())))
                .as("moderators read everything, rejected messages too").hasSize(6)
                .extracting(org.wayfinder.mentoring.messaging.Message::getStatus).contains(org.wayfinder.mentoring.messaging.Message.Status.REJECTED);
        assertThatThrownBy(() -> acting().asPerson(lab, amara, MentoringPlugin.MENTOR, () -> conversations.held()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(acting().as(lab, Roles.OWNER, () -> conversations.held())).as("owners may read what waits").isNotNull();
        assertThatThrownBy(() -> acting().as(lab, Roles.OWNER, () -> conversations.approve(answered.getId())))
                .as("but only moderators decide").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @Order(14)
    @RunAsClient
    void theyLogMeetingsAndMoveTheirGoalsAlong() {
        Site mia = Flows.signedIn(HOST, MENTEE);
        String path = mia.get("/mentoring/index.xhtml").html().select("#matches li a").first().attr("href");
        Page page = mia.get(path.substring(path.indexOf("/mentoring/")));
        assertThat(page.html().getElementById("no-goals")).isNotNull();
        Page added = page.form("progress").set("goal", "Finish my personal statement").submit("addGoal");
        assertThat(added.messages()).contains("Goal added.");
        Page moved = added.form("progress").press("Mark \u201cFinish my personal statement\u201d as Under way");
        assertThat(moved.html().select("#goals li").first().attr("data-progress")).isEqualTo("UNDER_WAY");

        String today = LocalDate.now(Vetting.UK).toString();
        Page future = moved.form("progress").set("metOn", LocalDate.now(Vetting.UK).plusDays(2).toString()).set("minutes", "lots")
                .set("topic", "x").submit("logMeeting");
        assertThat(future.messageFor("progress:minutes")).isEqualTo("Enter how long you met, 5 to 480 minutes.");
        Page logged = future.form("progress").set("metOn", today).set("minutes", "45").set("topic", "Personal statement, first draft")
                .submit("logMeeting");
        assertThat(logged.messages()).contains("Meeting logged.");
        assertThat(logged.html().select("#meetings li").eachText()).hasSize(1).first().asString().endsWith("45 minutes: Personal statement, first draft");
        assertThat(Flows.signedIn(HOST, MODERATOR).get(path.substring(path.indexOf("/mentoring/"))).html().select("#goals li").eachText())
                .as("staff read progress too").hasSize(1);
    }

    @Test
    @Order(15)
    void progressBelongsToTheMatchAndCountsAsActivity() {
        TenantRef lab = tenants.bySlug(SLUG).orElseThrow();
        TenantRef horizons = tenants.bySlug("healthcare-horizons").orElseThrow();
        String mia = acting().idOf(lab, MENTEE);
        String noor = acting().idOf(lab, "noor@mentoring-lab.example");
        Match match = acting().as(lab, Roles.OWNER, () -> matches.activeForMentee(mia)).orElseThrow();
        String ben = acting().idOf(lab, "ben@mentoring-lab.example");
        assertThat(tenancy.callAs(lab, () -> progress.lastActive(List.of(mia, ben)))).containsOnlyKeys(mia);
        assertThat(tenancy.callAs(horizons, () -> progress.lastActive(List.of(mia)))).as("another programme's activity").isEmpty();
        assertThatThrownBy(() -> acting().asPerson(lab, noor, MentoringPlugin.MENTEE, () -> progress.goals(match.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().asPerson(lab, noor, MentoringPlugin.MENTEE, () -> progress.addGoal(match.getId(), "Sneak in")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().as(horizons, Roles.OWNER, () -> progress.meetings(match.getId())))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @Order(16)
    void profilesForTheBulkProposal() {
        TenantRef lab = tenants.bySlug(SLUG).orElseThrow();
        acting().person(lab, "priya@mentoring-lab.example", "Priya Patel", MentoringPlugin.MENTEE);
        acting().as(lab, Roles.OWNER, () -> forms.publishDefinition(new FormDefinition("mentor-profile", "About you as a mentor", "", List.of(
                new FormSection("you", "", List.of(
                        field("careers", ProfileFields.CAREER_AREAS, true),
                        field("help", ProfileFields.SUPPORT_TYPES, false),
                        field("how-many", ProfileFields.CAPACITY, false)))))));
        answerAs(lab, acting().idOf(lab, "ben@mentoring-lab.example"), MentoringPlugin.MENTOR, "mentor-profile",
                java.util.Map.of("careers", List.of("nursing", "midwifery"), "help", List.of("personal-statement"), "how-many", List.of("2")));
        answerAs(lab, acting().idOf(lab, "noor@mentoring-lab.example"), MentoringPlugin.MENTEE, "mentee-profile",
                java.util.Map.of("what-would-you-like-to-do", List.of("midwifery"), "what-help", List.of("personal-statement")));
        answerAs(lab, acting().idOf(lab, "priya@mentoring-lab.example"), MentoringPlugin.MENTEE, "mentee-profile",
                java.util.Map.of("what-would-you-like-to-do", List.of("dentistry")));
    }

    @Test
    @Order(17)
    @RunAsClient
    void theOwnerProposesReviewsAndPublishesMatches() throws Exception {
        Site owner = Flows.signedIn(HOST, OWNER);
        Page page = owner.get("/mentoring/proposal.xhtml");
        assertThat(page.html().getElementById("rules").text()).contains("Career area 5, support type 3, same borough 1, availability 2;"
                + " only mentors who share a career area.");
        Page proposed = page.form("proposal").press("Propose matches");
        assertThat(proposed.messages()).contains("1 match is proposed. Nothing is published until you publish it.");
        Element row = proposed.html().select("#proposed tbody tr").first();
        assertThat(row.selectFirst("th").text()).isEqualTo("Noor Nasser");
        assertThat(row.select("td").get(0).text()).isEqualTo("Ben Brooks (proposed)");
        assertThat(row.selectFirst(".why").text()).startsWith("Career area 50, Support type 30").endsWith("= 80");
        assertThat(proposed.html().select("#waiting li").eachText()).containsExactly(
                "Priya Patel: No vetted mentor knows any of the careers they chose.");

        String amara = owner.get("/mentoring/matches.xhtml").option("matching:mentor", "Amara Adeyemi");
        String noorsMentor = proposed.html().selectFirst("select[aria-label='Mentor for Noor Nasser']").attr("name").substring("proposal:".length());
        assertThat(proposed.html().select("select[aria-label='Mentor for Noor Nasser'] option").eachText())
                .as("only vetted mentors with room are offered").containsExactly("Ben Brooks (proposed)");
        Page forced = proposed.form("proposal").set(noorsMentor, amara).submit("publish");
        assertThat(owner.get("/mentoring/matches.xhtml").html().select("#matching\\:active tbody tr").eachText())
                .as("a mentor who was not offered (Amara is full) cannot be forced in").noneMatch(text -> text.contains("Noor Nasser"));
        proposed = forced.form("proposal").press("Propose again");
        Page published = proposed.form("proposal").submit("publish");
        assertThat(published.messages()).contains("1 match is made, and everyone in it has been emailed.");
        assertThat(Mailbox.body(Mailbox.await(mail, "noor@mentoring-lab.example", "You have a mentor", "Ben Brooks is your mentor")))
                .contains("Ben Brooks is your mentor on Mentoring Lab", "/mentoring/index.xhtml");
        Mailbox.await(mail, "ben@mentoring-lab.example", "You have a new mentee");
        assertThat(owner.get("/mentoring/matches.xhtml").html().select("#matching\\:active tbody tr").eachText())
                .anyMatch(text -> text.contains("Noor Nasser") && text.contains("Ben Brooks") && text.contains("= 80"));

        assertThat(Flows.signedIn(HOST, MODERATOR).get("/mentoring/proposal.xhtml").status()).isEqualTo(403);
        assertThat(Flows.signedIn(HOST, MENTEE).get("/mentoring/proposal.xhtml").status()).isEqualTo(403);
    }

    @Test
    @Order(18)
    void theProgrammesExitSurvey() {
        TenantRef lab = tenants.bySlug(SLUG).orElseThrow();
        acting().as(lab, Roles.OWNER, () -> forms.publishDefinition(new FormDefinition("exit-survey", "How did mentoring go?", "", List.of(
                new FormSection("survey", "", List.of(field("recommend", "recommend", true), field("comments", "long-text", false)))))));
    }

    @Test
    @Order(19)
    @RunAsClient
    void endingAMatchSendsBothThePeopleInItTheExitSurvey() throws Exception {
        Site owner = Flows.signedIn(HOST, OWNER);
        Page page = owner.get("/mentoring/matches.xhtml");
        Page ended = page.form("matching").press("End the match of Noor Nasser and Ben Brooks").form("matching")
                .set("reason", "Noor has her place at university").submit("end");
        assertThat(ended.messages()).contains("The match of Noor Nasser and Ben Brooks has ended.");

        String body = Mailbox.body(Mailbox.await(mail, "noor@mentoring-lab.example", "How did mentoring go?"));
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("https?://[^/\\s]+(/mentoring/survey\\.xhtml\\?match=[A-Za-z0-9-]+)").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        Mailbox.await(mail, "ben@mentoring-lab.example", "How did mentoring go?");

        Site noor = Flows.signedIn(HOST, "noor@mentoring-lab.example");
        Page survey = noor.get(link.group(1));
        assertThat(survey.html().select("#survey [data-id=recommend]")).isNotEmpty();
        Page missing = survey.form("survey").submit("send");
        assertThat(missing.messages()).contains("Some answers need attention.");
        String recommend = missing.html().selectFirst("#survey [data-id=recommend] input[type=radio]").attr("name").substring("survey:".length());
        Page thanks = missing.form("survey").set(recommend, "9").submit("send");
        assertThat(thanks.messages()).contains("Thank you for telling us how it went.");
        assertThat(noor.get(link.group(1)).html().getElementById("answered")).as("answered once").isNotNull();
        assertThat(Flows.signedIn(HOST, MENTEE).get(link.group(1)).status()).as("someone outside the match").isEqualTo(403);
    }

    @Test
    @Order(20)
    void theReportsFiguresEqualTheHandComputedFiguresOfAFixedProgramme() {
        TenantRef fixed = tenants.bySlug("report-lab").orElseGet(() -> tenants.create("report-lab", "Report Lab"));
        acting().person(fixed, "owner@report-lab.example", "Rita Owner", Roles.OWNER);
        acting().person(fixed, "moderator@report-lab.example", "Max Moderator", Roles.MODERATOR);
        String[] mentee = new String[4];
        for (int i = 0; i < 4; i++) {
            acting().person(fixed, "mentee" + i + "@report-lab.example", "Mentee " + i, MentoringPlugin.MENTEE);
            mentee[i] = acting().idOf(fixed, "mentee" + i + "@report-lab.example");
        }
        acting().person(fixed, "m1@report-lab.example", "Mentor One", MentoringPlugin.MENTOR);
        acting().person(fixed, "m2@report-lab.example", "Mentor Two", MentoringPlugin.MENTOR);
        String m1 = acting().idOf(fixed, "m1@report-lab.example");
        String m2 = acting().idOf(fixed, "m2@report-lab.example");
        acting().as(fixed, Roles.OWNER, () -> {
            activations.enable(MentoringPlugin.ID);
            forms.publishDefinition(new FormDefinition("mentee-profile", "About you", "", List.of(new FormSection("s", "", List.of(
                    field("careers", ProfileFields.CAREER_AREAS, true), field("help", ProfileFields.SUPPORT_TYPES, false),
                    field("school", ProfileFields.SCHOOL, false), field("borough", ProfileFields.BOROUGH, false))))));
            forms.publishDefinition(new FormDefinition("mentor-profile", "About you", "", List.of(new FormSection("s", "", List.of(
                    field("careers", ProfileFields.CAREER_AREAS, true), field("help", ProfileFields.SUPPORT_TYPES, false),
                    field("how-many", ProfileFields.CAPACITY, false))))));
            return forms.publishDefinition(new FormDefinition("exit-survey", "Exit", "", List.of(new FormSection("s", "", List.of(
                    field("recommend", "recommend", true))))));
        });
        answerAs(fixed, mentee[0], MentoringPlugin.MENTEE, "mentee-profile", java.util.Map.of("careers", List.of("nursing"),
                "help", List.of("personal-statement", "ucas-application"), "school", List.of("Arnold Academy"), "borough", List.of("Camden")));
        answerAs(fixed, mentee[1], MentoringPlugin.MENTEE, "mentee-profile", java.util.Map.of("careers", List.of("nursing"),
                "help", List.of("personal-statement"), "school", List.of("Arnold Academy"), "borough", List.of("Camden")));
        answerAs(fixed, mentee[2], MentoringPlugin.MENTEE, "mentee-profile", java.util.Map.of("careers", List.of("pharmacy"),
                "help", List.of("work-experience"), "school", List.of("Bramley College"), "borough", List.of("Hackney")));
        answerAs(fixed, m1, MentoringPlugin.MENTOR, "mentor-profile", java.util.Map.of("careers", List.of("nursing"),
                "help", List.of("personal-statement"), "how-many", List.of("2")));
        answerAs(fixed, m2, MentoringPlugin.MENTOR, "mentor-profile", java.util.Map.of("careers", List.of("pharmacy"),
                "help", List.of("work-experience", "ucas-application")));
        LocalDate today = LocalDate.now(Vetting.UK);
        for (String mentor : List.of(m1, m2)) {
            acting().as(fixed, Roles.MODERATOR, () -> vetting.record(mentor, CheckType.ENHANCED, today.minusDays(3), today.plusYears(3), today));
        }
        List<Match> made = acting().as(fixed, Roles.OWNER, () -> matches.publish(List.of(new Matches.Pair(mentee[0], m1, 0, ""),
                new Matches.Pair(mentee[1], m1, 0, ""), new Matches.Pair(mentee[2], m2, 0, "")), today, "http://report-lab.localhost"));
        acting().asPerson(fixed, mentee[0], MentoringPlugin.MENTEE, () -> conversations.send(made.get(0).getId(), null, "Hello!"));
        acting().asPerson(fixed, m1, MentoringPlugin.MENTOR, () -> conversations.send(made.get(0).getId(), null, "Hi, welcome."));
        acting().asPerson(fixed, mentee[0], MentoringPlugin.MENTEE, () -> conversations.send(made.get(0).getId(), null, "my number is 07700 900123"));
        acting().asPerson(fixed, mentee[1], MentoringPlugin.MENTEE, () -> conversations.send(made.get(1).getId(), null, "Hello"));
        acting().asPerson(fixed, mentee[0], MentoringPlugin.MENTEE, () -> progress.logMeeting(made.get(0).getId(), today, 30, "First call"));
        acting().asPerson(fixed, m1, MentoringPlugin.MENTOR, () -> progress.logMeeting(made.get(0).getId(), today, 45, "Statement draft"));
        acting().asPerson(fixed, m2, MentoringPlugin.MENTOR, () -> progress.logMeeting(made.get(2).getId(), today, 60, "Pharmacy open day"));
        acting().as(fixed, Roles.OWNER, () -> matches.end(made.get(2).getId(), "Finished the programme", "http://report-lab.localhost"));
        answerAs(fixed, m1, MentoringPlugin.MENTOR, "exit-survey", java.util.Map.of("recommend", List.of("9")));
        answerAs(fixed, m2, MentoringPlugin.MENTOR, "exit-survey", java.util.Map.of("recommend", List.of("6")));
        answerAs(fixed, mentee[2], MentoringPlugin.MENTEE, "exit-survey", java.util.Map.of("recommend", List.of("10")));

        MentoringReport.Figures figures = acting().as(fixed, Roles.OWNER, () -> report.figures());
        assertThat(figures.registeredMentees()).isEqualTo(4);
        assertThat(figures.matchedMentees()).isEqualTo(3);
        assertThat(figures.shareMatched()).as("3 of 4").isEqualTo(75);
        assertThat(figures.activeMatches()).isEqualTo(2);
        assertThat(figures.endedMatches()).isEqualTo(1);
        assertThat(figures.deliveredMessages()).as("the held message does not count").isEqualTo(3);
        assertThat(figures.messagesPerMatch()).isEqualTo(1.0);
        assertThat(figures.medianDaysToMatch()).isZero();
        assertThat(figures.meetings()).as("three meetings logged, each a careers encounter").isEqualTo(3);
        assertThat(figures.menteesWhoMet()).as("mentees 0 and 2; mentee 1 has not met yet").isEqualTo(2);
        assertThat(acting().as(fixed, Roles.OWNER, () -> mentoringEncounters.encounters())).as("as many as schools' evidence lists")
                .hasSize(3);
        assertThat(figures.mentorsAnswered()).isEqualTo(2);
        assertThat(figures.shareOfMentorsWhoRecommend()).as("9 recommends, 6 does not").isEqualTo(50);
        assertThat(figures.shareOfMenteesWhoRecommend()).isEqualTo(100);
        assertThat(figures.supportTypes()).containsExactly(new MentoringReport.Support("UCAS application", 1, 0),
                new MentoringReport.Support("Personal statement", 2, 2), new MentoringReport.Support("Work experience", 1, 1));
        assertThat(figures.bySchool()).containsExactly(new MentoringReport.Group("Arnold Academy", 2, 2),
                new MentoringReport.Group("Bramley College", 1, 1), new MentoringReport.Group("Not given", 1, 0));
        assertThat(figures.byBorough()).containsExactly(new MentoringReport.Group("camden", 2, 2),
                new MentoringReport.Group("hackney", 1, 1), new MentoringReport.Group("Not given", 1, 0));
        assertThatThrownBy(() -> acting().as(fixed, Roles.MODERATOR, () -> report.figures())).isInstanceOf(AccessDeniedException.class);
        assertThat(acting().as(lab(), Roles.OWNER, () -> report.figures()).registeredMentees()).as("each programme counts its own")
                .isNotEqualTo(4).isPositive();
    }

    @Test
    @Order(21)
    @RunAsClient
    void theOwnerReadsTheReportAndDownloadsIt() {
        Site owner = Flows.signedIn("report-lab.localhost", "owner@report-lab.example");
        Page page = owner.get("/mentoring/report.xhtml");
        assertThat(page.html().getElementById("share-matched").text()).startsWith("75% of registered mentees have been matched (3 of 4)");
        assertThat(page.html().getElementById("mentors-recommend").text()).startsWith("50% of mentors would recommend");
        assertThat(page.html().select("#support tbody tr").eachText()).contains("Personal statement 2 of 2");
        assertThat(page.html().getElementById("meetings").text()).isEqualTo("3");
        assertThat(page.html().getElementById("mentees-met").text()).isEqualTo("2 of 3 matched");
        Page csv = page.form("export").submit("csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"mentoring-report.csv\"");
        assertThat(csv.body()).contains("headline,share of mentees matched (%),75,", "exit survey,mentors who would recommend,1,2",
                "support types covered,Personal statement,2,2", "matches,meetings logged (careers encounters),3,",
                "matches,mentees with a meeting logged,2,3");
        assertThat(Flows.signedIn(HOST, MODERATOR).get("/mentoring/report.xhtml").status()).isEqualTo(403);
    }

    @Test
    @Order(22)
    @RunAsClient
    void theOwnerDownloadsTheReportAsASpreadsheetAndAPdfWithTheSameFigures() {
        Site owner = Flows.signedIn("report-lab.localhost", "owner@report-lab.example");
        Page page = owner.get("/mentoring/report.xhtml");

        Site.Download xlsx = page.form("export").download("xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.header("Content-Disposition")).isEqualTo("attachment; filename=\"mentoring-report.xlsx\"");
        Map<String, List<List<Object>>> sheets = Exports.sheets(xlsx.bytes());
        assertThat(sheets.keySet()).containsExactly("Headline figures", "Matches", "Exit survey", "Support types covered",
                "Mentees matched by school", "Mentees matched by borough");
        assertThat(sheets.get("Headline figures").get(1).get(0)).asString().startsWith("Report Lab · generated ");
        assertThat(sheets.get("Headline figures")).as("numbers as numbers").contains(List.of("mentees matched", 3.0, 4.0),
                List.of("share of mentees matched (%)", 75.0));
        assertThat(sheets.get("Exit survey")).contains(List.of("mentors who would recommend", 1.0, 2.0));
        assertThat(sheets.get("Support types covered")).contains(List.of("Personal statement", 2.0, 2.0));
        assertThat(sheets.get("Mentees matched by borough")).contains(List.of("camden", 2.0, 2.0));

        Site.Download pdf = page.form("export").download("pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"mentoring-report.pdf\"");
        assertThat(Exports.pdfLines(pdf.bytes())).contains("Mentoring report", "share of mentees matched (%) 75",
                "mentors who would recommend 1 2", "Personal statement 2 2", "Arnold Academy 2 2")
                .anyMatch(line -> line.startsWith("Report Lab · generated "));

        Site moderator = Flows.signedIn("report-lab.localhost", "moderator@report-lab.example");
        assertThat(moderator.get("/mentoring/report.xhtml").status()).isEqualTo(403);
        Site.Download replayed = new Page(moderator, page.status(), page.headers(), page.body()).form("export").download("pdf");
        assertThat(replayed.header("Content-Type")).as("the owner's form sent from a moderator's session").doesNotStartWith("application/pdf");
        assertThat(new String(replayed.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotStartWith("%PDF");
    }

    @Test
    @Order(23)
    @RunAsClient
    void integrationsReadMentoringThroughTheApiWithTheRolesOfTheirToken() {
        Site owner = Flows.signedIn("report-lab.localhost", "owner@report-lab.example");
        Api api = Api.on("report-lab.localhost", Flows.createToken(owner, "Funder dashboard", "owner"));
        Api.Reply report = api.get("/mentoring/report");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().getInt("registeredMentees")).isEqualTo(4);
        assertThat(report.json().getInt("shareMatched")).isEqualTo(75);
        assertThat(report.json().getInt("shareOfMentorsWhoRecommend")).isEqualTo(50);
        Api.Reply active = api.get("/mentoring/matches");
        assertThat(active.array()).hasSize(2);
        String menteeId = active.array().getJsonObject(0).getString("menteeId");
        Api.Reply profile = api.get("/mentoring/profiles/" + menteeId + "?role=mentee");
        assertThat(profile.json().getString("school")).isEqualTo("Arnold Academy");
        Flows.assertProblem(api.get("/mentoring/profiles/" + menteeId + "?role=teacher"), 422);
        assertThat(api.get("/mentoring/mentors").array()).extracting(value -> value.asJsonObject().getString("status"))
                .containsOnly("VETTED");

        Api moderator = Api.on("report-lab.localhost", Flows.createToken(owner, "Moderator tool", "moderator"));
        assertThat(moderator.get("/mentoring/matches").status()).isEqualTo(200);
        Flows.assertProblem(moderator.get("/mentoring/report"), 403);
        Flows.assertProblem(Api.on(HOST, Flows.createToken(owner, "Wrong place", "owner")).get("/mentoring/report"), 401);
        Flows.assertProblem(Api.on(Site.ZONE, Flows.createToken(Flows.signedIn(Site.ZONE, "owner@zone.example"), "Zone", "owner"))
                .get("/mentoring/report"), 404);
        assertThat(new Site("report-lab.localhost").get("/openapi").body()).contains("/api/v1/mentoring/report");
    }

    @Test
    @Order(25)
    void aLongConversationOpensAtItsLatestMessagesAndShowsEarlierOnesOnRequest() {
        TenantRef programme = tenants.create(Flows.unique("long-talk"), "Long Talk");
        acting().as(programme, Roles.OWNER, () -> {
            activations.enable(MentoringPlugin.ID);
            return null;
        });
        String samEmail = Flows.unique("sam") + "@long-talk.example";
        String maya = acting().person(programme, Flows.unique("maya") + "@long-talk.example", "Maya Mentor", MentoringPlugin.MENTOR);
        String sam = acting().person(programme, samEmail, "Sam Mentee", MentoringPlugin.MENTEE);
        LocalDate today = LocalDate.now(Vetting.UK);
        acting().as(programme, Roles.MODERATOR, () -> vetting.record(maya, CheckType.ENHANCED, today.minusMonths(1), today.plusYears(2), today));
        String matchId = acting().as(programme, Roles.OWNER, () -> matches.make(new Matches.Pair(sam, maya, 8, ""), today, "http://site.example"))
                .getId();
        for (int i = 1; i <= 54; i++) {
            String text = "Message " + i;
            boolean fromSam = i % 2 == 1;
            acting().asPerson(programme, fromSam ? sam : maya, fromSam ? MentoringPlugin.MENTEE : MentoringPlugin.MENTOR,
                    () -> conversations.send(matchId, null, text));
        }
        acting().asPerson(programme, sam, MentoringPlugin.MENTEE, () -> conversations.send(matchId, null, "my number is 07700 900123"));

        Conversations.Recent samsLatest = acting().asPerson(programme, sam, MentoringPlugin.MENTEE, () -> conversations.recent(matchId, 50));
        assertThat(samsLatest.total()).as("Sam reads the 54 delivered messages and his own held one").isEqualTo(55);
        assertThat(samsLatest.messages()).extracting(org.wayfinder.mentoring.messaging.Message::getText).hasSize(50)
                .startsWith("Message 6").endsWith("Message 54", "my number is 07700 900123");
        Conversations.Recent mayasLatest = acting().asPerson(programme, maya, MentoringPlugin.MENTOR, () -> conversations.recent(matchId, 50));
        assertThat(mayasLatest.total()).as("Maya does not see Sam's held message").isEqualTo(54);
        assertThat(mayasLatest.messages()).extracting(org.wayfinder.mentoring.messaging.Message::getText).startsWith("Message 5")
                .endsWith("Message 54");
        assertThat(mayasLatest.earlier()).isEqualTo(4);
        TenantRef lab = tenants.bySlug(SLUG).orElseThrow();
        assertThatThrownBy(() -> acting().asPerson(lab, acting().idOf(lab, MENTEE), MentoringPlugin.MENTEE, () -> conversations.recent(matchId, 50)))
                .as("another programme's match").isInstanceOf(RecordNotFoundException.class);

        Site samsSite = Flows.signedIn(programme.slug() + ".localhost", samEmail);
        String path = samsSite.get("/mentoring/index.xhtml").html().select("#matches li a").first().attr("href");
        Page opened = samsSite.get(path.substring(path.indexOf("/mentoring/")));
        assertThat(opened.html().select("#conversation li")).as("the page opens at the latest 50").hasSize(50);
        assertThat(opened.html().select("#conversation .message__text").first().text()).isEqualTo("Message 6");
        Page earlier = opened.form("send").set("text", "half-written reply").press("Show earlier messages (5 more)");
        assertThat(earlier.html().select("#conversation li")).as("and shows the earlier ones on request").hasSize(55);
        assertThat(earlier.html().select("#conversation .message__text").first().text()).isEqualTo("Message 1");
        assertThat(earlier.html().select("button:contains(Show earlier messages)")).isEmpty();
        assertThat(earlier.html().select("textarea[name=send:text], input[name=send:text]").val()).as("what he was writing is kept")
                .isEqualTo("half-written reply");
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** The labels of one list on the taxonomy page, in order, as typed in their inputs. */
    @Test
    @Order(24)
    void theMenteeJourneyWaitsForAMatchBeforeAskingHowMentoringIsGoing() {
        TenantRef programme = tenants.create(Flows.unique("journeys"), "Journeys Lab");
        acting().as(programme, Roles.OWNER, () -> {
            activations.enable(MentoringPlugin.ID);
            return forms.publishDefinition(new FormDefinition("how-is-it-going", "How is it going", "", List.of(
                    new FormSection("main", "", List.of(field("useful", "short-text", true))))));
        });
        String amara = acting().person(programme, Flows.unique("amara") + "@journeys.example", "Amara Adeyemi", MentoringPlugin.MENTOR);
        String ben = acting().person(programme, Flows.unique("ben") + "@journeys.example", "Ben Brooks", MentoringPlugin.MENTOR);
        String mia = acting().person(programme, Flows.unique("mia") + "@journeys.example", "Mia Mentee", MentoringPlugin.MENTEE);
        String noor = acting().person(programme, Flows.unique("noor") + "@journeys.example", "Noor Nasser", MentoringPlugin.MENTEE);
        String eve = acting().person(programme, Flows.unique("eve") + "@journeys.example", "Eve Early", MentoringPlugin.MENTEE);
        LocalDate today = LocalDate.now(Vetting.UK);
        for (String mentor : List.of(amara, ben)) {
            acting().as(programme, Roles.MODERATOR, () -> vetting.record(mentor, CheckType.ENHANCED, today.minusMonths(1), today.plusYears(2), today));
        }
        // Eve is matched before the journey has a "get matched" step at all.
        acting().as(programme, Roles.OWNER, () -> matches.make(new Matches.Pair(eve, ben, 8, ""), today, "http://site.example"));
        acting().as(programme, Roles.OWNER, () -> journeys.publishDefinition(new JourneyDefinition(MentoringPlugin.MENTEE, "Your mentoring journey",
                List.of(new JourneyStep("welcome", "info", "Welcome", "", null, true, null, Map.of()),
                        new JourneyStep("get-matched", GetMatched.ID, "Find your mentor", "", null, true, null, Map.of()),
                        new JourneyStep("how-is-it-going", "form", "How is it going", "", "how-is-it-going", false, null, Map.of())))));
        TenantRef horizons = tenants.bySlug("healthcare-horizons").orElseThrow();
        String hana = acting().person(horizons, Flows.unique("hana") + "@school.example", "Hana Horizons", MentoringPlugin.MENTEE);
        JourneyProgress.Standing hanaBefore = standing(horizons, hana);

        acting().asPerson(programme, mia, MentoringPlugin.MENTEE, () -> journeyProgress.completeCurrent(MentoringPlugin.MENTEE, "welcome"));
        JourneyProgress.Standing waiting = standing(programme, mia);
        assertThat(waiting.place().next()).map(JourneyStep::id).as("the survey is not shown before there is a mentor").contains("get-matched");
        assertThat(List.of(waiting.place().position(), waiting.place().total())).containsExactly(2, 3);
        assertThatThrownBy(() -> acting().asPerson(programme, mia, MentoringPlugin.MENTEE,
                () -> journeyProgress.completeCurrent(MentoringPlugin.MENTEE, "get-matched")))
                .as("a mentee cannot say she is matched").isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("completion"));
        assertThatThrownBy(() -> acting().asPerson(programme, mia, MentoringPlugin.MENTEE, () -> journeyProgress.answerCurrent(
                MentoringPlugin.MENTEE, "how-is-it-going", new Answers(Map.of("useful", List.of("Very"))))))
                .as("nor answer the survey ahead of time").isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("step"));
        assertThatThrownBy(() -> acting().asPerson(programme, noor, MentoringPlugin.MENTEE,
                () -> journeyProgress.completeCurrent(MentoringPlugin.MENTEE, "get-matched")))
                .as("another mentee cannot finish it either").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> acting().asPerson(programme, noor, MentoringPlugin.MENTEE,
                () -> matches.make(new Matches.Pair(mia, amara, 9, ""), today, "http://site.example")))
                .as("nor make the match that finishes it").isInstanceOf(AccessDeniedException.class);
        tenancy.callAs(horizons, () -> {
            journeySteps.complete(mia, GetMatched.ID);
            return null;
        });
        assertThat(standing(programme, mia).place().next()).map(JourneyStep::id).as("told from another programme").contains("get-matched");

        acting().as(programme, Roles.OWNER, () -> matches.make(new Matches.Pair(mia, amara, 9, ""), today, "http://site.example"));

        JourneyProgress.Standing matched = standing(programme, mia);
        assertThat(matched.place().next()).map(JourneyStep::id).as("matched: now the survey").contains("how-is-it-going");
        assertThat(List.of(matched.place().position(), matched.place().total(), matched.place().done())).containsExactly(3, 3, 2);
        assertThat(acting().as(programme, Roles.OWNER, () -> journeyProgress.funnel(MentoringPlugin.MENTEE)))
                .extracting(step -> step.title() + " " + step.people())
                .as("the match moved Mia on in the funnel too").containsExactly("Welcome 2", "Find your mentor 0", "How is it going 1", "Finished 0");
        assertThat(standing(programme, noor).place().next()).map(JourneyStep::id).as("another mentee of the programme").contains("welcome");
        JourneyProgress.Standing hanaAfter = standing(horizons, hana);
        assertThat(hanaAfter.place().next()).as("a mentee of another programme").isEqualTo(hanaBefore.place().next());
        assertThat(hanaAfter.place().done()).isEqualTo(hanaBefore.place().done());

        acting().asPerson(programme, eve, MentoringPlugin.MENTEE, () -> journeyProgress.completeCurrent(MentoringPlugin.MENTEE, "welcome"));
        assertThat(standing(programme, eve).place().next()).map(JourneyStep::id).as("matched before the step existed, Eve passes it")
                .contains("how-is-it-going");

        Matches.Mine mias = acting().asPerson(programme, mia, MentoringPlugin.MENTEE, () -> matches.mine()).get(0);
        acting().asPerson(programme, mia, MentoringPlugin.MENTEE, () -> matches.end(mias.getId(), "We have done what we set out to do", "http://site.example"));
        assertThat(standing(programme, mia).place().next()).map(JourneyStep::id).as("ending the match does not undo the step")
                .contains("how-is-it-going");
    }

    private JourneyProgress.Standing standing(TenantRef tenant, String accountId) {
        return tenancy.callAs(tenant, () -> journeyProgress.standing(accountId, MentoringPlugin.MENTEE).orElseThrow());
    }

    private static List<String> labels(Page page, String kindKey) {
        int section = kindKey.equals("career-area") ? 0 : 1;
        return page.html().select("#taxonomy section.fb-section").get(section).select("li input[type=text]").eachAttr("value");
    }

    private static String newLabelField(Page page, int section) {
        Element input = page.html().select("#taxonomy section.fb-section").get(section).selectFirst("input[id$=newLabel]");
        return input.attr("name").substring("taxonomy:".length());
    }

    /** Each person's row as "name status". */
    private static List<String> statuses(Page page) {
        return page.html().select("#record\\:people tbody tr").stream()
                .map(row -> row.selectFirst("strong").text() + " " + row.selectFirst(".vetting").text()).toList();
    }

    private static FormField field(String id, String type, boolean required) {
        return new FormField(id, type, id, "", required, List.of(), List.of(), null, null);
    }

    private void answerAs(TenantRef tenant, String accountId, java.util.Map<String, List<String>> answers) {
        answerAs(tenant, accountId, MentoringPlugin.MENTEE, "mentee-profile", answers);
    }

    private void answerAs(TenantRef tenant, String accountId, String role, String form, java.util.Map<String, List<String>> answers) {
        acting().asPerson(tenant, accountId, role, () -> responses.submit(form, new Answers(answers)));
    }

    private TenantRef lab() {
        return tenants.bySlug(SLUG).orElseThrow();
    }



    private Acting acting() {
        return new Acting(currentUser, tenancy, accounts);
    }
}
