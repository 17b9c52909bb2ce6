package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.naming.InitialContext;
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
import org.wayfinder.mentoring.match.MatchRequest;
import org.wayfinder.mentoring.match.MatchRequests;
import org.wayfinder.mentoring.match.Matches;
import org.wayfinder.mentoring.messaging.Conversations;
import org.wayfinder.mentoring.profile.ProfileFields;
import org.wayfinder.mentoring.reminders.Reminders;
import org.wayfinder.platform.safeguarding.vetting.DbsCheck;
import org.wayfinder.platform.safeguarding.vetting.DbsChecks;
import org.wayfinder.platform.safeguarding.vetting.ExpiryWarnings;
import org.wayfinder.platform.spi.safeguarding.Vetting.CheckType;
import org.wayfinder.platform.spi.safeguarding.Vetting;
import org.wayfinder.platform.form.FormResponses;
import org.wayfinder.platform.form.Forms;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.jobs.Ticker;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.spi.form.Answers;
import org.wayfinder.platform.spi.form.FormDefinition;
import org.wayfinder.platform.spi.form.FormField;
import org.wayfinder.platform.spi.form.FormSection;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * How mentees get a mentor in the programme's three matching modes, as one story on a programme of
 * its own: mentees choose from their ranked suggestions; mentees ask and mentors accept or decline;
 * the waiting list; two matches racing for a mentor's last place; and the scheduled reminders of
 * quiet matches and expiring DBS checks, claimed once however many instances tick.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MentoringMatchingIT {

    private static final String SLUG = "matching-lab";
    private static final String HOST = SLUG + ".localhost";
    private static final String OWNER = "owner@matching-lab.example";
    private static final String MODERATOR = "moderator@matching-lab.example";

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
    Matches matches;

    @Inject
    MatchRequests requests;

    @Inject
    Conversations conversations;

    @Inject
    Reminders reminders;

    @Inject
    ExpiryWarnings expiryWarnings;

    @Inject
    DbsChecks dbsChecks;

    @Inject
    Ticker ticker;

    @Inject
    PluginActivations activations;

    @Inject
    Forms forms;

    @Inject
    FormResponses responses;

    @PersistenceContext(unitName = "wayfinder")
    EntityManager em;

    @Test
    @Order(1)
    void aProgrammeWithProfilesAndChecks() {
        TenantRef lab = tenants.bySlug(SLUG).orElseGet(() -> tenants.create(SLUG, "Matching Lab"));
        acting().person(lab, OWNER, "Ola Owner", Roles.OWNER);
        acting().person(lab, MODERATOR, "Mo Moderator", Roles.MODERATOR);
        acting().as(lab, Roles.OWNER, () -> {
            activations.enable(MentoringPlugin.ID);
            forms.publishDefinition(new FormDefinition("mentee-profile", "About you", "", List.of(new FormSection("you", "", List.of(
                    field("careers", ProfileFields.CAREER_AREAS, true), field("help", ProfileFields.SUPPORT_TYPES, false))))));
            forms.publishDefinition(new FormDefinition("mentor-profile", "About you as a mentor", "", List.of(new FormSection("you", "",
                    List.of(field("careers", ProfileFields.CAREER_AREAS, true), field("help", ProfileFields.SUPPORT_TYPES, false),
                            field("how-many", ProfileFields.CAPACITY, false))))));
            return activations.saveSettings(MentoringPlugin.ID, Map.of(MentoringPlugin.MATCHING_MODE, MentoringPlugin.MODE_MENTEE_CHOOSES));
        });
        LocalDate today = LocalDate.now(Vetting.UK);
        mentor(lab, "asha", "Asha Ahmed", List.of("nursing"), "1", CheckType.ENHANCED, today.plusYears(2));
        mentor(lab, "bilal", "Bilal Bashir", List.of("nursing", "midwifery"), "2", CheckType.ENHANCED, today.plusYears(2));
        mentor(lab, "cara", "Cara Cole", List.of("nursing"), "3", CheckType.BASIC, today.plusYears(2));
        mentor(lab, "dev", "Dev Desai", List.of("midwifery"), "1", CheckType.ENHANCED, today.plusDays(10));
        mentee(lab, "dani", "Dani Doyle", List.of("nursing"));
        mentee(lab, "eli", "Eli Evans", List.of("nursing"));
        mentee(lab, "fay", "Fay Fox", List.of("midwifery"));
        mentee(lab, "gus", "Gus Green", null);
        mentee(lab, "hana", "Hana Hill", null);
    }

    @Test
    @Order(2)
    @RunAsClient
    void aMenteeChoosesFromTheirRankedSuggestions() throws Exception {
        Site dani = Flows.signedIn(HOST, email("dani"));
        Page page = dani.get("/mentoring/index.xhtml");
        assertThat(page.html().select("h2").eachText()).contains("Choose your mentor");
        assertThat(page.html().select("#suggestions li strong").eachText())
                .as("vetted mentors with room who share a career area, best first; not Cara (basic check) nor Dev (midwifery)")
                .containsExactly("Asha Ahmed", "Bilal Bashir");
        assertThat(page.html().select("#suggestions li .suggestion__why").first().text()).startsWith("Career area 50").endsWith("= 50");

        Page chosen = page.form("mine").press("Choose Asha Ahmed");
        assertThat(chosen.messages()).contains("Asha Ahmed is now your mentor. Say hello!");
        assertThat(chosen.html().select("#matches li strong").eachText()).containsExactly("Asha Ahmed");
        assertThat(chosen.html().select("#suggestions")).as("no more choosing once matched").isEmpty();
        Mailbox.await(mail, email("dani"), "You have a mentor", "Asha Ahmed is your mentor");
        Mailbox.await(mail, email("asha"), "You have a new mentee", "Dani Doyle is your new mentee");

        assertThat(Flows.signedIn(HOST, email("eli")).get("/mentoring/index.xhtml").html().select("#suggestions li strong").eachText())
                .as("Asha is full now").containsExactly("Bilal Bashir");
        assertThat(Flows.signedIn(HOST, email("gus")).get("/mentoring/index.xhtml").html().getElementById("profile-unfinished"))
                .isNotNull();
    }

    @Test
    @Order(3)
    void choosingKeepsToTheSuggestionsTheRoleAndTheMode() {
        TenantRef lab = lab();
        TenantRef horizons = tenants.bySlug("healthcare-horizons").orElseThrow();
        String eli = acting().idOf(lab, email("eli"));
        LocalDate today = LocalDate.now(Vetting.UK);
        assertThatThrownBy(() -> acting().asPerson(lab, eli, MentoringPlugin.MENTEE,
                () -> matches.choose(acting().idOf(lab, email("cara")), today, "http://site.example")))
                .as("an unvetted mentor").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> acting().asPerson(lab, eli, MentoringPlugin.MENTEE,
                () -> matches.choose(acting().idOf(lab, email("asha")), today, "http://site.example")))
                .as("a full mentor").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> acting().asPerson(lab, acting().idOf(lab, email("bilal")), MentoringPlugin.MENTOR,
                () -> matches.choose(acting().idOf(lab, email("asha")), today, "http://site.example")))
                .as("a mentor choosing").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().asPerson(horizons, eli, MentoringPlugin.MENTEE,
                () -> matches.choose(acting().idOf(lab, email("bilal")), today, "http://site.example")))
                .as("from another programme").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().asPerson(lab, eli, MentoringPlugin.MENTEE,
                () -> requests.ask(acting().idOf(lab, email("bilal")), today, "http://site.example")))
                .as("asking is not this programme's mode").isInstanceOf(AccessDeniedException.class);

        mode(lab, MentoringPlugin.MODE_OWNER_PROPOSES);
        assertThatThrownBy(() -> acting().asPerson(lab, eli, MentoringPlugin.MENTEE,
                () -> matches.choose(acting().idOf(lab, email("bilal")), today, "http://site.example")))
                .as("the owner matches").isInstanceOf(AccessDeniedException.class);
        mode(lab, MentoringPlugin.MODE_MENTEE_REQUESTS);
    }

    @Test
    @Order(4)
    @RunAsClient
    void aMenteeAsksAndTheMentorDeclinesWithAReasonOrAccepts() throws Exception {
        Page eli = Flows.signedIn(HOST, email("eli")).get("/mentoring/index.xhtml");
        assertThat(eli.html().select("h2").eachText()).contains("Ask a mentor");
        Page asked = eli.form("mine").press("Ask Bilal Bashir");
        assertThat(asked.messages()).contains("We have asked Bilal Bashir. We will email you when they answer.");
        assertThat(asked.html().getElementById("asked").text()).startsWith("You asked Bilal Bashir to be your mentor on");
        assertThat(asked.html().select("#suggestions")).as("one request at a time").isEmpty();
        Mailbox.await(mail, email("bilal"), "Eli Evans would like you as their mentor", "/mentoring/index.xhtml");

        Site fay = Flows.signedIn(HOST, email("fay"));
        Page fays = fay.get("/mentoring/index.xhtml");
        assertThat(fays.html().select("#suggestions li strong").eachText()).containsExactly("Bilal Bashir", "Dev Desai");
        fays.form("mine").press("Ask Bilal Bashir");

        Site bilal = Flows.signedIn(HOST, email("bilal"));
        Page asking = bilal.get("/mentoring/index.xhtml");
        assertThat(asking.html().select("#asking-me li").eachText())
                .anyMatch(text -> text.startsWith("Eli Evans") && text.contains("Nursing"))
                .anyMatch(text -> text.startsWith("Fay Fox") && text.contains("Midwifery")).hasSize(2);
        Page declining = asking.form("mine").press("Decline Fay Fox");
        Page noReason = declining.form("mine").submit("decline");
        assertThat(noReason.messages()).contains("Say in 3 to 500 characters why you cannot take this mentee on; they will read it.");
        Page declined = noReason.form("mine").set("reason", "I have no time left this term, sorry.").submit("decline");
        assertThat(declined.messages()).contains("We have told Fay Fox.");
        assertThat(Mailbox.body(Mailbox.await(mail, email("fay"), "Bilal Bashir cannot be your mentor")))
                .contains("I have no time left this term, sorry.", "/mentoring/index.xhtml");
        Page accepted = declined.form("mine").press("Accept Eli Evans as your mentee");
        assertThat(accepted.messages()).contains("Eli Evans is now your mentee.");
        assertThat(accepted.html().select("#matches li strong").eachText()).containsExactly("Eli Evans");
        Mailbox.await(mail, email("eli"), "You have a mentor", "Bilal Bashir is your mentor");

        Page again = fay.get("/mentoring/index.xhtml");
        assertThat(again.html().select("#declined li").eachText()).containsExactly("Bilal Bashir said: I have no time left this term, sorry.");
        assertThat(again.html().select("#suggestions li strong").eachText()).as("not suggested again").containsExactly("Dev Desai");
        Page withdrawn = again.form("mine").press("Ask Dev Desai").form("mine").press("Take my request back");
        assertThat(withdrawn.messages()).contains("You have taken back your request to Dev Desai.");
        withdrawn.form("mine").press("Ask Dev Desai");

        Site owner = Flows.signedIn(HOST, OWNER);
        Page waiting = owner.get("/mentoring/matches.xhtml");
        assertThat(waiting.html().select("#matching\\:waiting tbody tr").eachText())
                .anyMatch(text -> text.contains("Fay Fox") && text.contains("Asked Dev Desai on") && text.contains("waiting for an answer"))
                .anyMatch(text -> text.contains("Gus Green") && text.contains("Profile not finished"))
                .noneMatch(text -> text.contains("Dani Doyle") || text.contains("Eli Evans"));
        assertThat(Flows.signedIn(HOST, MODERATOR).get("/mentoring/matches.xhtml").html().select("#matching\\:waiting tbody tr"))
                .as("moderators see the list too").isNotEmpty();
        assertThat(Flows.signedIn(HOST, email("gus")).get("/mentoring/matches.xhtml").status()).isEqualTo(403);
    }

    @Test
    @Order(5)
    void onlyTheMentorAskedAnswersAndAnOwnersMatchLapsesTheRequest() {
        TenantRef lab = lab();
        TenantRef horizons = tenants.bySlug("healthcare-horizons").orElseThrow();
        String fay = acting().idOf(lab, email("fay"));
        String dev = acting().idOf(lab, email("dev"));
        LocalDate today = LocalDate.now(Vetting.UK);
        MatchRequest waiting = acting().asPerson(lab, dev, MentoringPlugin.MENTOR, () -> requests.waitingForMe()).get(0);
        assertThat(waiting.getMenteeId()).isEqualTo(fay);

        assertThatThrownBy(() -> acting().asPerson(lab, acting().idOf(lab, email("asha")), MentoringPlugin.MENTOR,
                () -> requests.accept(waiting.getId(), today, "http://site.example"))).as("another mentor").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().asPerson(horizons, dev, MentoringPlugin.MENTOR,
                () -> requests.accept(waiting.getId(), today, "http://site.example"))).as("another programme").isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> acting().asPerson(lab, fay, MentoringPlugin.MENTEE,
                () -> requests.ask(dev, today, "http://site.example"))).as("a second request").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> acting().asPerson(lab, acting().idOf(lab, email("gus")), MentoringPlugin.MENTEE,
                () -> requests.withdraw(waiting.getId()))).as("somebody else's request").isInstanceOf(AccessDeniedException.class);

        acting().as(lab, Roles.OWNER, () -> matches.make(new Matches.Pair(fay, acting().idOf(lab, email("bilal")), 0, "Matched by hand"), today,
                "http://site.example"));
        assertThat(acting().asPerson(lab, dev, MentoringPlugin.MENTOR, () -> requests.waitingForMe())).as("lapsed").isEmpty();
        // In any order: requests made within the same millisecond tie on the database's clock (MySQL keeps what Connector/J sends).
        assertThat(acting().asPerson(lab, fay, MentoringPlugin.MENTEE, () -> requests.mine())).extracting(MatchRequest::getStatus)
                .containsExactlyInAnyOrder(MatchRequest.Status.LAPSED, MatchRequest.Status.WITHDRAWN, MatchRequest.Status.DECLINED);
        assertThatThrownBy(() -> acting().asPerson(lab, dev, MentoringPlugin.MENTOR,
                () -> requests.accept(waiting.getId(), today, "http://site.example"))).as("too late").isInstanceOf(InvalidInputException.class);
    }

    @Test
    @Order(6)
    void twoMatchesRacingForAMentorsLastPlaceAreMadeOneAfterTheOther() throws Exception {
        TenantRef lab = lab();
        String dev = acting().idOf(lab, email("dev"));
        String gus = acting().idOf(lab, email("gus"));
        String hana = acting().idOf(lab, email("hana"));
        LocalDate today = LocalDate.now(Vetting.UK);
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch firstMade = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);

        Future<Match> first = executor.submit(() -> asOwnerInItsOwnTransaction(lab, () -> {
            Match made = matches.make(new Matches.Pair(gus, dev, 0, "Matched by hand"), today, "http://site.example");
            firstMade.countDown();
            await(commitFirst);
            return made;
        }));
        assertThat(firstMade.await(30, TimeUnit.SECONDS)).isTrue();
        Future<Match> second = executor.submit(() -> asOwnerInItsOwnTransaction(lab,
                () -> matches.make(new Matches.Pair(hana, dev, 0, "Matched by hand"), today, "http://site.example")));
        Thread.sleep(500);
        assertThat(second.isDone()).as("the second waits for the first, which holds Dev's record").isFalse();
        commitFirst.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS).getMenteeId()).isEqualTo(gus);
        assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.errors().get(0).message())
                        .isEqualTo("Dev Desai already mentors 1 mentee, as many as they can take."));
        assertThat(acting().as(lab, Roles.OWNER, () -> matches.activeCountByMentor()).get(dev)).isEqualTo(1L);
    }

    @Test
    @Order(7)
    void quietMatchesAreRemindedOnceEachTimeTheyGoQuietHoweverManyInstancesTick() throws Exception {
        TenantRef lab = lab();
        Instant now = Instant.now();
        Match danis = activeMatchOf(lab, email("dani"));
        Match elis = activeMatchOf(lab, email("eli"));
        // Dani's and Eli's matches began three weeks ago; Eli has written since, so only Dani's is quiet.
        tenancy.runAs(lab, () -> em.createNativeQuery("UPDATE mentoring_match SET started_at = ? WHERE tenant_id = ? AND id IN (?, ?)")
                .setParameter(1, java.sql.Timestamp.from(now.minus(Duration.ofDays(21)))).setParameter(2, lab.id())
                .setParameter(3, danis.getId()).setParameter(4, elis.getId()).executeUpdate());
        acting().asPerson(lab, elis.getMenteeId(), MentoringPlugin.MENTEE, () -> conversations.send(elis.getId(), null, "Thank you for saying yes!"));

        assertThat(tenancy.callAs(lab, () -> reminders.remindQuietMatches(now))).isEqualTo(1);
        assertThat(tenancy.callAs(lab, () -> reminders.remindQuietMatches(now))).as("claimed already").isZero();
        assertThat(tenancy.callAs(lab, () -> reminders.remindQuietMatches(now.plus(Duration.ofDays(13))))).as("not quiet for 14 days more yet")
                .isZero();

        // Two instances tick at the same moment: the first holds its claims until it commits; the second then finds them taken.
        Instant later = now.plus(Duration.ofDays(15));
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        Future<Integer> first = executor.submit(() -> tenancy.callAs(lab, () -> {
            int reminded = reminders.remindQuietMatches(later);
            firstClaimed.countDown();
            await(commitFirst);
            return reminded;
        }));
        assertThat(firstClaimed.await(30, TimeUnit.SECONDS)).isTrue();
        Future<Integer> second = executor.submit(() -> tenancy.callAs(lab, () -> reminders.remindQuietMatches(later)));
        Thread.sleep(500);
        commitFirst.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).as("every match is quiet by then: Dani's, Eli's, Fay's and Gus's").isEqualTo(4);
        assertThat(second.get(30, TimeUnit.SECONDS)).isZero();

        acting().as(lab, Roles.OWNER, () -> activations.saveSettings(MentoringPlugin.ID, Map.of(MentoringPlugin.MATCHING_MODE,
                MentoringPlugin.MODE_MENTEE_REQUESTS, MentoringPlugin.QUIET_DAYS, "0")));
        assertThat(tenancy.callAs(lab, () -> reminders.remindQuietMatches(now.plus(Duration.ofDays(60))))).as("switched off").isZero();
    }

    @Test
    @Order(8)
    @RunAsClient
    void theRemindersReachBothPeopleWithTheWayBackIn() {
        String body = Mailbox.body(Mailbox.await(mail, email("dani"), "It has gone quiet: say hello to Asha Ahmed"));
        assertThat(body).contains("for 14 days", "http://" + HOST + ":", "/mentoring/conversation.xhtml?match=");
        Mailbox.await(mail, email("asha"), "It has gone quiet: say hello to Dani Doyle");
    }

    @Test
    @Order(9)
    void theTickWarnsOfExpiringChecksOnce() {
        TenantRef lab = lab();
        assertThat(ticker.tickAll(Instant.now())).as("no programme failed").isZero();
        assertThat(tenancy.callAs(lab, () -> expiryWarnings.warnOfExpiringChecks(Instant.now()))).as("already warned").isZero();
        LocalDate today = LocalDate.now(Vetting.UK);
        String asha = acting().idOf(lab, email("asha"));
        String renewed = acting().as(lab, Roles.MODERATOR, () -> vetting.record(asha, CheckType.ENHANCED, today, today.plusYears(2).plusMonths(1),
                today)).id();
        List<DbsCheck> later = tenancy.callAs(lab, () -> dbsChecks.latestExpiringBy(today.plusYears(3)));
        assertThat(later).extracting(c -> c.getPersonId()).as("Dev's check was claimed; the others expire later and wait their turn")
                .doesNotContain(acting().idOf(lab, email("dev"))).contains(asha);
        assertThat(later).filteredOn(c -> c.getPersonId().equals(asha)).extracting(c -> c.getId()).as("only a mentor's latest check")
                .containsExactly(renewed);
    }

    @Test
    @Order(10)
    @RunAsClient
    void theMentorAndTheProgrammesStaffAreTold() {
        assertThat(Mailbox.body(Mailbox.await(mail, email("dev"), "Your DBS check expires soon"))).contains("Dev Desai", "expires on");
        String staff = Mailbox.body(Mailbox.await(mail, OWNER, "DBS checks expiring on Matching Lab"));
        assertThat(staff).contains("Dev Desai (Mentor): expires on", "/staff/vetting.xhtml").doesNotContain("Asha Ahmed");
        Mailbox.await(mail, MODERATOR, "DBS checks expiring on Matching Lab");
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private void mentor(TenantRef lab, String name, String fullName, List<String> careers, String capacity, CheckType check, LocalDate expires) {
        String id = acting().person(lab, email(name), fullName, MentoringPlugin.MENTOR);
        acting().asPerson(lab, id, MentoringPlugin.MENTOR, () -> responses.submit("mentor-profile",
                new Answers(Map.of("careers", careers, "how-many", List.of(capacity)))));
        LocalDate today = LocalDate.now(Vetting.UK);
        acting().as(lab, Roles.MODERATOR, () -> vetting.record(id, check, expires.minusYears(3).isBefore(today.minusYears(1))
                ? today.minusYears(1) : expires.minusYears(3), expires, today));
    }

    private void mentee(TenantRef lab, String name, String fullName, List<String> careers) {
        String id = acting().person(lab, email(name), fullName, MentoringPlugin.MENTEE);
        if (careers != null) {
            acting().asPerson(lab, id, MentoringPlugin.MENTEE, () -> responses.submit("mentee-profile", new Answers(Map.of("careers", careers))));
        }
    }

    private void mode(TenantRef lab, String mode) {
        acting().as(lab, Roles.OWNER, () -> activations.saveSettings(MentoringPlugin.ID, Map.of(MentoringPlugin.MATCHING_MODE, mode)));
    }

    private Match activeMatchOf(TenantRef lab, String menteeEmail) {
        return tenancy.callAs(lab, () -> matches.activeForMentee(accounts.byEmail(menteeEmail).orElseThrow().getId()).orElseThrow());
    }

    /** The work as an owner of the programme, in a transaction of its own (for work on another thread). */
    private <T> T asOwnerInItsOwnTransaction(TenantRef lab, Supplier<T> work) {
        return tenancy.callAs(lab, () -> {
            currentUser.signIn(new SignedInUser("tester", lab.id(), "Tester", Set.of(Roles.OWNER), false));
            return work.get();
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String email(String name) {
        return name + "@matching-lab.example";
    }

    private static FormField field(String id, String type, boolean required) {
        return new FormField(id, type, id, "", required, List.of(), List.of(), null, null);
    }

    private TenantRef lab() {
        return tenants.bySlug(SLUG).orElseThrow();
    }


    private Acting acting() {
        return new Acting(currentUser, tenancy, accounts);
    }
}
