package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.inject.Inject;
import java.util.List;
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
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.journey.JourneyProgress;
import org.wayfinder.platform.journey.Journeys;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.spi.form.FormDefinition;
import org.wayfinder.platform.spi.form.FormField;
import org.wayfinder.platform.spi.form.FormSection;
import org.wayfinder.platform.spi.journey.JourneyDefinition;
import org.wayfinder.platform.tenant.TenantDirectory;
import org.wayfinder.platform.form.Forms;

/**
 * The owner's journey editor and the approvals page, through the pages as their users use them, on
 * a programme of the test's own (so no other suite's journeys change). The tests are one story, in
 * order: the owner builds a journey and publishes it; a member walks it to the approval step; the
 * owner changes the journey under them and nobody is stranded; a moderator approves the member,
 * who is emailed and finishes; nobody else gets in.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneyEditorIT {

    private static final String SLUG = "journey-lab";
    private static final String HOST = SLUG + ".localhost";
    private static final String OWNER = "owner@journey-lab.example";
    private static final String MODERATOR = "moderator@journey-lab.example";
    private static final String WALKER = "walker@journey-lab.example";
    private static final String LATECOMER = "latecomer@journey-lab.example";
    private static final String FORM = "about-you";

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
    Forms forms;

    @Inject
    Journeys journeys;

    @Inject
    JourneyProgress progress;

    // ---- Setting the scene, in the container ------------------------------------------------------

    @Test
    @Order(1)
    void aProgrammeWithAPublishedFormAndItsPeople() {
        TenantRef lab = tenants.bySlug(SLUG).orElseGet(() -> tenants.create(SLUG, "Journey Lab"));
        acting().person(lab, OWNER, "Olu Owner", Roles.OWNER);
        acting().person(lab, MODERATOR, "Mo Moderator", Roles.MODERATOR);
        acting().person(lab, WALKER, "Wren Walker", Roles.MEMBER);
        acting().person(lab, LATECOMER, "Lee Latecomer", Roles.MEMBER);
        acting().as(lab, Roles.OWNER, () -> forms.publishDefinition(new FormDefinition(FORM, "About you", "", List.of(new FormSection("main", "",
                List.of(new FormField("school", "short-text", "Which school are you at?", "", true, List.of(), List.of(), null, null),
                        new FormField("first-in-family", "yes-no", "Are you the first in your family to go to university?", "", true,
                                List.of(), List.of(), null, null)))))));
        assertThat(tenancy.callAs(lab, () -> forms.published(FORM))).isPresent();
    }

    // ---- The owner builds the journey in the pages ------------------------------------------------

    @Test
    @Order(2)
    @RunAsClient
    void theOwnerBuildsAJourneyFromThePaletteAndPublishesIt() {
        Site owner = Flows.signedIn(HOST, OWNER);
        Page list = owner.get("/admin/journeys.xhtml");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("a[aria-label='Create the member journey']")).hasSize(1);

        Page editor = owner.get("/admin/journey.xhtml?role=member");
        assertThat(editor.html().getElementById("je_empty")).as("an empty journey says what to do").isNotNull();
        assertThat(editor.html().select(".je-palette button").eachText()).as("no plugin is on here")
                .contains("Add: Information page", "Add: Wait for approval").noneMatch(label -> label.contains("(mentoring)") || label.contains("(Zone)"));
        assertThat(Flows.signedIn(Site.HORIZONS, "owner@horizons.example").get("/admin/journey.xhtml?role=mentee").html()
                .select(".je-palette button").eachText()).as("where mentoring is on, and the Zone off")
                .contains("Add: Get matched (mentoring)").doesNotContain("Add: Book a Chat (Zone)", "Add: Join a Chat (Zone)");
        assertThat(Flows.signedIn(Site.ZONE, "owner@zone.example").get("/admin/journey.xhtml?role=teacher").html()
                .select(".je-palette button").eachText()).as("where the Zone is on, and mentoring off")
                .contains("Add: Book a Chat (Zone)", "Add: Join a Chat (Zone)").doesNotContain("Add: Get matched (mentoring)");
        editor = editor.form("editor").set("title", "Your way in").press("Add: Information page");
        assertThat(editor.messages()).anyMatch(m -> m.startsWith("Step 1 (Information page) is added"));
        editor = editor.form("editor").set("stepTitle", "Welcome").set("stepText", "<p>Hello <script>alert(1)</script><b>there</b></p>")
                .press("Add: Form");
        editor = editor.form("editor").set("stepTitle", "About you").press("Add: Information page");
        editor = editor.form("editor").set("stepTitle", "First in your family").choose("stepRequired").press("Add: Wait for approval");
        editor = editor.form("editor").set("stepTitle", "Team check").press("Save draft");

        // Step 2 asks no form yet: the problem is shown at that step, which opens, and nothing typed is lost.
        assertThat(editor.status()).isEqualTo(200);
        assertThat(editor.html().getElementById("fb_summary").text())
                .contains("Step 2 (\u201cAbout you\u201d): Choose the form this step asks.");
        assertThat(editor.html().getElementById("je_step_heading").text()).isEqualTo("Step 2: About you");
        assertThat(editor.html().getElementById("je_step_form_error").text()).isEqualTo("Choose the form this step asks.");
        assertThat(editor.html().select(".je-row--error .je-step-title").eachText()).containsExactly("About you");
        assertThat(stepTitles(editor)).containsExactly("Welcome", "About you", "First in your family", "Team check");

        editor = editor.form("editor").set("stepForm_input", FORM).press("Edit step 3");
        assertThat(editor.html().getElementById("je_step_heading").text()).isEqualTo("Step 3: First in your family");
        assertThat(optionLabels(editor, "editor:shownAfter_input")).containsExactly("Always",
                "Only when \u201cWhich school are you at?\u201d (About you) is answered",
                "Only when \u201cAre you the first in your family to go to university?\u201d (About you) is answered");
        editor = editor.form("editor").set("shownAfter_input", FORM + "/first-in-family").press("Preview changes");
        assertThat(optionLabels(editor, "editor:shownWhen_input")).containsExactly("Any answer", "Yes", "No");
        editor = editor.form("editor").set("shownWhen_input", "yes").press("Move step 3 up");
        assertThat(editor.messages()).as("a step cannot depend on an answer given after it")
                .anyMatch(m -> m.contains("\u201cFirst in your family\u201d depended on an answer no longer asked before it"));
        assertThat(stepTitles(editor)).containsExactly("Welcome", "First in your family", "About you", "Team check");
        editor = editor.form("editor").press("Move step 2 down");
        editor = editor.form("editor").press("Edit step 3");
        editor = editor.form("editor").set("shownAfter_input", FORM + "/first-in-family").press("Preview changes");
        editor = editor.form("editor").set("shownWhen_input", "yes").press("Preview changes");
        assertThat(stepTitles(editor)).containsExactly("Welcome", "About you", "First in your family", "Team check");

        // Preview as a member: the conditional step comes and goes with the answer given in the preview.
        assertThat(editor.html().getElementById("previewProgress").text()).as("the conditional step may apply until answered")
                .isEqualTo("Step 1 of 4");
        Page preview = editor.form("preview").press("Continue");
        assertThat(preview.html().getElementById("previewStepTitle").text()).isEqualTo("About you");
        preview = preview.form("preview").set(fieldName(preview, "preview", "school"), "Arnold Academy")
                .set(fieldName(preview, "preview", "first-in-family"), "yes").press("Continue");
        assertThat(preview.html().getElementById("previewProgress").text()).isEqualTo("Step 3 of 4");
        assertThat(preview.html().getElementById("previewStepTitle").text()).isEqualTo("First in your family");
        preview = preview.form("preview").press("Continue");
        assertThat(preview.html().getElementById("previewStepTitle").text()).isEqualTo("Team check");
        assertThat(preview.html().getElementById("preview").text()).contains("People wait here until a moderator or owner approves them");

        Page published = preview.form("editor").press("Publish as version 1");
        assertThat(published.redirectPath()).as(published.toString()).isEqualTo("/admin/journey.xhtml?role=member");
        Page after = published.follow();
        assertThat(after.messages()).anyMatch(m -> m.startsWith("Version 1 is live."));
        assertThat(after.html().getElementById("je_status").text()).contains("Version 1 is live.");
        assertThat(funnel(after)).containsExactly("Welcome 2", "About you 0", "First in your family 0", "Team check 0", "Finished 0");
        assertThat(owner.get("/admin/journeys.xhtml").html().select("#journeys tbody tr").first().text()).contains("Version 1, 4 steps");
    }

    // ---- A member walks it --------------------------------------------------------------------------

    @Test
    @Order(3)
    @RunAsClient
    void aMemberWalksTheJourneyToTheApprovalStep() {
        Site walker = Flows.signedIn(HOST, WALKER);
        Page welcome = walker.get("/journey/index.xhtml");
        assertThat(welcome.html().select(".journey__progress").text()).as("the conditional step may apply until answered")
                .isEqualTo("Step 1 of 4");
        assertThat(welcome.html().select(".journey__text").html()).as("the owner's text is cleaned").doesNotContain("<script")
                .contains("<b>there</b>");
        Page form = welcome.form("info").submit("continue").follow();
        assertThat(form.html().select("h1").text()).isEqualTo("About you");
        Page answered = form.form("step").set(fieldName(form, "step", "school"), "Arnold Academy")
                .set(fieldName(form, "step", "first-in-family"), "yes").submit("continue").follow();
        assertThat(answered.html().select(".journey__progress").text()).as("the answer keeps the conditional step in").isEqualTo("Step 3 of 4");
        assertThat(answered.html().select("h1").text()).isEqualTo("First in your family");
        Page waiting = answered.form("info").submit("continue").follow();
        assertThat(waiting.html().select("h1").text()).isEqualTo("Team check");
        assertThat(waiting.text()).contains("We will email you when you have been approved");
        assertThat(walker.get("/journey/index.xhtml").html().select("h1").text()).as("the approval cannot be skipped by reloading").isEqualTo("Team check");
    }

    // ---- The owner changes the journey under them -------------------------------------------------

    @Test
    @Order(4)
    @RunAsClient
    void changingThePublishedJourneyStrandsNobody() {
        Site owner = Flows.signedIn(HOST, OWNER);
        Page editor = owner.get("/admin/journey.xhtml?role=member");
        assertThat(funnel(editor)).containsExactly("Welcome 1", "About you 0", "First in your family 0", "Team check 1", "Finished 0");

        editor = editor.form("editor").press("Remove step 1");
        assertThat(editor.messages()).anyMatch(m -> m.startsWith("Step 1 (\u201cWelcome\u201d) is removed."));
        editor = editor.form("editor").press("Add: Information page");
        editor = editor.form("editor").set("stepTitle", "Staying safe").press("Move step 4 up");
        editor = editor.form("editor").press("Move step 3 up");
        editor = editor.form("editor").press("Move step 2 up");
        assertThat(stepTitles(editor)).containsExactly("Staying safe", "About you", "First in your family", "Team check");
        Page published = editor.form("editor").press("Publish as version 2").follow();
        assertThat(published.messages()).anyMatch(m -> m.startsWith("Version 2 is live."));
        assertThat(funnel(published)).as("both members now stand at the new first step; the removed step is gone")
                .containsExactly("Staying safe 2", "About you 0", "First in your family 0", "Team check 0", "Finished 0");

        Site walker = Flows.signedIn(HOST, WALKER);
        Page now = walker.get("/journey/index.xhtml");
        assertThat(now.html().select("h1").text()).isEqualTo("Staying safe");
        assertThat(now.html().select(".journey__progress").text()).as("their answers and done steps are kept").isEqualTo("Step 1 of 4");
        Page back = now.form("info").submit("continue").follow();
        assertThat(back.html().select("h1").text()).as("they go straight back to where they were").isEqualTo("Team check");
        assertThat(funnel(owner.get("/admin/journey.xhtml?role=member")))
                .containsExactly("Staying safe 1", "About you 0", "First in your family 0", "Team check 1", "Finished 0");
    }

    // ---- A moderator approves -----------------------------------------------------------------------

    @Test
    @Order(5)
    @RunAsClient
    void aModeratorApprovesTheMemberWhoIsEmailedAndFinishes() throws Exception {
        Site moderator = Flows.signedIn(HOST, MODERATOR);
        Page approvals = moderator.get("/staff/approvals.xhtml");
        assertThat(approvals.status()).isEqualTo(200);
        Element row = approvals.html().select("#approvals\\:pending tbody tr").first();
        assertThat(row.text()).contains("Wren Walker", WALKER, "Your way in (member)", "Team check");
        Page approved = approvals.form("approvals").press("Approve Wren Walker");
        assertThat(approved.messages()).anyMatch(m -> m.startsWith("Wren Walker is approved"));
        assertThat(approved.html().getElementById("no-approvals")).isNotNull();

        String body = Mailbox.body(Mailbox.await(mail, WALKER, "You have been approved by Journey Lab"));
        assertThat(body).contains("/journey/index.xhtml");
        Site walker = Flows.signedIn(HOST, WALKER);
        assertThat(walker.get("/journey/index.xhtml?role=member").html().select("h1").text()).isEqualTo("You have finished");
        assertThat(walker.get("/journey/index.xhtml").html().select("h1").text()).isEqualTo("Nothing to do right now");
        assertThat(funnel(Flows.signedIn(HOST, OWNER).get("/admin/journey.xhtml?role=member")))
                .containsExactly("Staying safe 1", "About you 0", "First in your family 0", "Team check 0", "Finished 1");
    }

    // ---- Nobody else gets in ------------------------------------------------------------------------

    @Test
    @Order(6)
    @RunAsClient
    void theWrongRoleAndOtherProgrammesAreRefused() {
        Site member = Flows.signedIn(HOST, LATECOMER);
        assertThat(member.get("/admin/journeys.xhtml").status()).isEqualTo(403);
        assertThat(member.get("/admin/journey.xhtml?role=member").status()).isEqualTo(403);
        assertThat(member.get("/staff/approvals.xhtml").status()).isEqualTo(403);
        Site moderator = Flows.signedIn(HOST, MODERATOR);
        assertThat(moderator.get("/admin/journey.xhtml?role=member").status()).isEqualTo(403);
        assertThat(new Site(HOST).get("/staff/approvals.xhtml").redirectPath()).startsWith("/login.xhtml");
        assertThat(Flows.signedIn(HOST, OWNER).get("/admin/journey.xhtml?role=no-such-role").status()).isEqualTo(404);
        assertThat(Flows.signedIn(HOST, OWNER).get("/staff/approvals.xhtml").status()).as("owners approve too").isEqualTo(200);

        // Another programme's owner and moderator, with their own session, get nothing here.
        Site visitor = new Site(HOST);
        visitor.replayCookiesOf(Flows.signedIn(Site.HORIZONS, "owner@horizons.example"));
        assertThat(visitor.get("/admin/journey.xhtml?role=member").status()).isEqualTo(302);
        Site otherModerator = new Site(HOST);
        otherModerator.replayCookiesOf(Flows.signedIn(Site.HORIZONS, "moderator@horizons.example"));
        assertThat(otherModerator.get("/staff/approvals.xhtml").status()).isEqualTo(302);
        assertThat(Flows.signedIn(Site.HORIZONS, "owner@horizons.example").get("/admin/journey.xhtml?role=member").text())
                .as("Horizons' own journey, not this one").doesNotContain("Your way in");
    }

    @Test
    @Order(7)
    void theServicesRefuseTheWrongRoleAndOtherProgrammes() {
        TenantRef lab = tenants.bySlug(SLUG).orElseThrow();
        TenantRef horizons = tenants.bySlug("healthcare-horizons").orElseThrow();
        JourneyDefinition ours = tenancy.callAs(lab, () -> journeys.published(Roles.MEMBER)).orElseThrow();
        assertThatThrownBy(() -> acting().as(lab, Roles.MODERATOR, () -> {
            journeys.saveDraft(ours);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().as(lab, Roles.MEMBER, () -> progress.pendingApprovals())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().as(lab, Roles.MEMBER, () -> progress.approve("anything", "http://x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().as(lab, Roles.OWNER, () -> progress.funnel("moderator"))).as("no published journey")
                .isInstanceOf(RecordNotFoundException.class);

        // A member of the lab waits at the approval step again; Horizons' staff can neither see nor approve them.
        String latecomer = tenancy.callAs(lab, () -> accounts.byEmail(LATECOMER).orElseThrow().getId());
        acting().as(lab, Roles.OWNER, () -> {
            progress.requestApproval(latecomer, Roles.MEMBER, "team-check");
            return null;
        });
        List<JourneyProgress.PendingApproval> waiting = acting().as(lab, Roles.MODERATOR, () -> progress.pendingApprovals());
        assertThat(waiting).extracting(JourneyProgress.PendingApproval::email).containsExactly(LATECOMER);
        assertThat(acting().as(horizons, Roles.MODERATOR, () -> progress.pendingApprovals()))
                .noneMatch(pending -> pending.email().equals(LATECOMER));
        assertThatThrownBy(() -> acting().as(horizons, Roles.OWNER, () -> progress.approve(waiting.get(0).id(), "http://x")))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(acting().as(lab, Roles.MODERATOR, () -> progress.pendingApprovals())).hasSize(1);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static List<String> stepTitles(Page editor) {
        return editor.html().select("#editor\\:steps .je-step-title").eachText();
    }

    private static List<String> optionLabels(Page page, String select) {
        return page.html().select("select[name='" + select + "'] option").eachText();
    }

    /** The funnel as "title count" lines. */
    private static List<String> funnel(Page editor) {
        return editor.html().select("#funnel tbody tr").stream()
                .map(row -> row.selectFirst("th").text() + " " + row.selectFirst(".je-funnel__count").text()).toList();
    }

    /** The name (without the form's prefix) of the input of a question, found by its id. */
    private static String fieldName(Page page, String formId, String questionId) {
        Element input = page.html().selectFirst("#" + formId + " [data-id=" + questionId + "][name]");
        if (input == null) {
            input = page.html().selectFirst("#" + formId + " [data-id=" + questionId + "] input[name]");
        }
        assertThat(input).as("question " + questionId + " in " + page).isNotNull();
        return input.attr("name").substring(formId.length() + 1);
    }


    private Acting acting() {
        return new Acting(currentUser, tenancy, accounts);
    }
}
