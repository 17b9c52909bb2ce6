package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.Arrays;
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
import org.wayfinder.platform.form.FormResponses;
import org.wayfinder.platform.form.Forms;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.spi.form.Answers;
import org.wayfinder.platform.spi.form.FieldCondition;
import org.wayfinder.platform.spi.form.FieldOption;
import org.wayfinder.platform.spi.form.FormDefinition;
import org.wayfinder.platform.spi.form.FormField;
import org.wayfinder.platform.spi.form.FormSection;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * The owner's form builder, through its pages as an owner uses them, with the services checked in
 * the container. The first four tests are one story, in order: an owner builds and publishes a
 * form, members answer it (in the container: no page asks a form outside a journey yet), the owner
 * downloads the answers and publishes a second version, and nobody else gets at them. The other
 * tests each build what they need.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FormBuilderIT {

    private static final String OWNER = "owner@horizons.example";
    private static final String STORY = "placement-feedback";
    private static final String MEMBER = "placement.student@school.example";
    private static final String PLACE = "where-was-your-placement";
    private static final String TEAM = "which-team-were-you-in";
    private static final String RATING = "how-was-your-placement";
    private static final String BETTER = "what-could-be-better";

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
    FormResponses responses;

    // ---- The story: build, answer, download, version, refuse --------------------------------------

    @Test
    @Order(1)
    @RunAsClient
    void anOwnerBuildsAFormInThePagesAndPublishesIt() {
        Site owner = Flows.signedIn(Site.HORIZONS, OWNER);
        Page created = owner.get("/admin/forms.xhtml").form("create").set("title", "Placement feedback").set("key", "")
                .set("firstQuestion", "Where was your placement?").submit("submit");
        assertThat(created.redirectPath()).as(created.toString()).isEqualTo("/admin/form.xhtml?key=" + STORY);
        Page editor = created.follow();
        assertThat(editor.messages()).anyMatch(message -> message.startsWith("The form is created."));

        editor = addQuestion(editor, "How was your placement?", "rating");
        editor = addQuestion(editor, "Which team were you in?", "single-choice");
        editor = addQuestion(editor, "What could be better?", "long-text");
        String rating = optionValue(editor, "editor:sections:0:questions:3:shownAfter_input", "How was your placement?");
        editor = editor.form("editor").set("sections:0:questions:3:shownAfter_input", rating).press("Preview changes");
        assertThat(optionLabels(editor, "editor:sections:0:questions:3:shownWhen_input")).containsExactly("Any answer", "1", "2", "3", "4", "5");
        Page refused = editor.form("editor").set("sections:0:questions:3:shownWhen_input", "2")
                .set("sections:0:questions:1:required", "on").press("Save draft");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().select(".fb-problem").eachText()).containsExactly("A choice question needs at least one option.");
        assertThat(refused.html().getElementById("fb_q0_2").select(".fb-problem").text()).isEqualTo("A choice question needs at least one option.");
        assertThat(refused.html().getElementById("fb_summary").text())
                .contains("Question 3 (\u201cWhich team were you in?\u201d): A choice question needs at least one option.");
        assertThat(refused.html().getElementById("editor:sections:0:questions:3:label").val()).as("nothing typed is lost").isEqualTo("What could be better?");
        assertThat(selected(refused, "editor:sections:0:questions:3:shownAfter_input")).isEqualTo(rating);
        assertThat(selected(refused, "editor:sections:0:questions:3:shownWhen_input")).isEqualTo("2");
        assertThat(refused.html().getElementById("editor:sections:0:questions:1:required").hasAttr("checked")).isTrue();
        assertThat(owner.get("/admin/form.xhtml?key=" + STORY).html().select(".fb-question")).as("nothing was saved").hasSize(1);

        editor = refused.form("editor").press("Add an option to question 3");
        editor = editor.form("editor").press("Add an option to question 3");
        editor = editor.form("editor").set("sections:0:questions:2:choices:0:choiceLabel", "Emergency department")
                .set("sections:0:questions:2:choices:1:choiceLabel", "Children's ward").press("Move up question 3");
        assertThat(editor.html().select(".fb-question__title").eachText()).containsExactly("Question 1: Where was your placement?",
                "Question 2: Which team were you in?", "Question 3: How was your placement?", "Question 4: What could be better?");
        assertThat(editor.html().select(".fb-problem")).as("problems are checked again as the owner fixes them").isEmpty();

        // A rating's ends may be labelled; other questions offer no such fields.
        assertThat(editor.html().select("[id$=lowLabel]")).hasSize(1);
        Page published = editor.form("editor").set("sections:0:questions:2:lowLabel", "Poor")
                .set("sections:0:questions:2:highLabel", "Excellent").press("Publish");
        assertThat(published.status()).as(published.toString()).isEqualTo(302);
        Page live = published.follow();
        assertThat(live.messages()).contains("Version 1 is live; earlier answers stay readable against the version they answered.");
        assertThat(live.html().getElementById("versions").text()).contains("Version 1 (live)");
        assertThat(formRow(owner, "Placement feedback")).containsExactly("Placement feedback", STORY, "Version 1", "None", "0");
    }

    @Test
    @Order(2)
    void membersAnswerThePublishedVersionAndOnlyShownAnswersAreKept() {
        TenantRef horizons = tenants.bySlug("healthcare-horizons").orElseThrow();
        FormDefinition live = tenancy.callAs(horizons, () -> forms.published(STORY)).orElseThrow();
        assertThat(live.fields().map(FormField::id)).containsExactly(PLACE, TEAM, RATING, BETTER);
        assertThat(live.field(TEAM).orElseThrow().options()).extracting(FieldOption::value).containsExactly("emergency-department", "childrens-ward");
        assertThat(live.field(RATING).orElseThrow()).extracting(FormField::lowLabel, FormField::highLabel).containsExactly("Poor", "Excellent");
        assertThat(live.field(RATING).orElseThrow().required()).isTrue();
        assertThat(live.field(BETTER).orElseThrow().visibleWhen()).isEqualTo(new FieldCondition(RATING, "2"));

        String sam = member(horizons, MEMBER, "Sam Student");
        String alex = member(horizons, Flows.unique("alex") + "@school.example", "Alex Apprentice");
        assertThatThrownBy(() -> answer(horizons, sam, Map.of(PLACE, List.of("Royal London Hospital"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.errors()).extracting(FieldError::field).containsExactly(RATING));
        answer(horizons, sam, Map.of(PLACE, List.of("Royal London Hospital"), TEAM, List.of("emergency-department"),
                RATING, List.of("2"), BETTER, List.of("More time with patients")));
        answer(horizons, alex, Map.of(PLACE, List.of("Whipps Cross"), RATING, List.of("5"), BETTER, List.of("Should not be kept")));

        Answers kept = tenancy.callAs(horizons, () -> responses.latest(STORY, alex)).orElseThrow().answers();
        assertThat(kept.values()).containsOnlyKeys(PLACE, RATING);
        assertThat(tenancy.callAs(horizons, () -> responses.count(STORY))).isEqualTo(2);
    }

    @Test
    @Order(3)
    @RunAsClient
    void theOwnerDownloadsTheAnswersAndTheyStayReadableAfterASecondVersion() {
        Site owner = Flows.signedIn(Site.HORIZONS, OWNER);
        Page csv = owner.get("/admin/form-answers.csv?key=" + STORY);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + STORY + "-answers.csv\"");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("Response,Submitted,Version,Name,Email,Where was your placement?,Which team were you in?,"
                + "How was your placement?,What could be better?");
        assertThat(cellsAfterSubmitted(rowOf(lines, MEMBER)))
                .containsExactly("1", "Sam Student", MEMBER, "Royal London Hospital", "emergency-department", "2", "More time with patients");
        assertThat(csv.body()).doesNotContain("Should not be kept");

        Page editor = owner.get("/admin/form.xhtml?key=" + STORY).form("editor")
                .set("sections:0:questions:0:label", "Where was your main placement?")
                .set("sections:0:newLabel", "Would you recommend it?").set("sections:0:newType_input", "yes-no")
                .press("Add question to section 1");
        assertThat(editor.html().getElementById("editor:sections:0:questions:0:label").val()).isEqualTo("Where was your main placement?");
        Page live = editor.form("editor").press("Publish").follow();
        assertThat(live.messages()).contains("Version 2 is live; earlier answers stay readable against the version they answered.");
        assertThat(live.html().getElementById("versions").select("tbody tr").eachText())
                .satisfiesExactly(row -> assertThat(row).contains("Version 2 (live)"), row -> assertThat(row).contains("Version 1").doesNotContain("live"));
        assertThat(live.html().getElementById("fb_responses").text()).startsWith("2 responses so far.");

        List<String> again = owner.get("/admin/form-answers.csv?key=" + STORY).body().lines().toList();
        assertThat(again.get(0)).as("one column per question, labelled as the newest version asks it")
                .isEqualTo("Response,Submitted,Version,Name,Email,Where was your main placement?,Which team were you in?,"
                        + "How was your placement?,What could be better?,Would you recommend it?");
        assertThat(cellsAfterSubmitted(rowOf(again, MEMBER)))
                .containsExactly("1", "Sam Student", MEMBER, "Royal London Hospital", "emergency-department", "2", "More time with patients", "");

        Page drafted = owner.get("/admin/form.xhtml?key=" + STORY).form("editor").set("description", "Tell us how it went.").press("Save draft");
        assertThat(drafted.follow().messages()).contains("Draft saved. People answer version 2 until you publish it.");
        assertThat(formRow(owner, "Placement feedback")).containsExactly("Placement feedback", STORY, "Version 2", "Draft not yet published", "2");
        Page discarded = owner.get("/admin/form.xhtml?key=" + STORY).form("editor").press("Discard draft").follow();
        assertThat(discarded.messages()).contains("Your changes are discarded. The form is as version 2 asks it.");
        assertThat(discarded.html().getElementById("editor:description").text()).isEmpty();
        assertThat(formRow(owner, "Placement feedback")).containsExactly("Placement feedback", STORY, "Version 2", "None", "2");
    }

    @Test
    @Order(4)
    @RunAsClient
    void membersAndModeratorsCannotOpenTheFormBuilderNorDownloadAnswers() {
        for (Site someone : List.of(Flows.signedIn(Site.HORIZONS, "moderator@horizons.example"), Flows.signedIn(Site.HORIZONS, MEMBER))) {
            assertThat(someone.get("/admin/forms.xhtml").status()).isEqualTo(403);
            assertThat(someone.get("/admin/form.xhtml?key=" + STORY).status()).isEqualTo(403);
            Page download = someone.get("/admin/form-answers.csv?key=" + STORY);
            assertThat(download.status()).isEqualTo(403);
            assertThat(download.body()).doesNotContain("Royal London Hospital");
        }
        assertThat(new Site(Site.HORIZONS).get("/admin/form-answers.csv?key=" + STORY).redirectPath()).startsWith("/login.xhtml");
    }

    // ---- Each on its own ----------------------------------------------------------------------------

    @Test
    @RunAsClient
    void anotherProgrammesOwnerFindsNoSuchFormAndNoAnswers() {
        Site horizons = Flows.signedIn(Site.HORIZONS, OWNER);
        String title = "Private survey " + Flows.unique("x");
        String key = createForm(horizons, title).redirectPath().replace("/admin/form.xhtml?key=", "");

        Site zone = Flows.signedIn(Site.ZONE, "owner@zone.example");
        Page editor = zone.get("/admin/form.xhtml?key=" + key);
        assertThat(editor.status()).isEqualTo(404);
        assertThat(editor.body()).doesNotContain(title);
        Page download = zone.get("/admin/form-answers.csv?key=" + key);
        assertThat(download.status()).isEqualTo(404);
        assertThat(download.body()).doesNotContain("Response,Submitted");
        assertThat(zone.get("/admin/forms.xhtml").text()).doesNotContain(title);
        assertThat(horizons.get("/admin/form.xhtml?key=" + key).status()).isEqualTo(200);
        assertThat(horizons.get("/admin/form-answers.csv?key=" + key).body()).startsWith("Response,Submitted,Version,Name,Email");
    }

    @Test
    @RunAsClient
    void aNewFormsKeyIsCheckedAndNothingTypedIsLost() {
        Site owner = Flows.signedIn(Site.ZONE, "owner@zone.example");
        Page bad = owner.get("/admin/forms.xhtml").form("create").set("title", "School visits").set("key", "School Visits!")
                .set("firstQuestion", "").submit("submit");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.messageFor("create:key")).contains("Use 2 to 60 lower-case letters, digits and hyphens");
        assertThat(bad.messageFor("create:firstQuestion")).contains("Write the form's first question");
        assertThat(bad.html().getElementById("create:title").val()).isEqualTo("School visits");
        assertThat(bad.html().getElementById("create:key").val()).isEqualTo("School Visits!");

        String key = Flows.unique("visits");
        assertThat(createForm(owner, "School visits", key).status()).isEqualTo(302);
        Page taken = createForm(owner, "Other visits", key);
        assertThat(taken.messageFor("create:key")).isEqualTo("Another form already has the key \u201c" + key + "\u201d. Choose a different one.");
        assertThat(formRow(owner, "School visits")).containsExactly("School visits", key, "Not published yet", "Draft not yet published", "0");
    }

    @Test
    @RunAsClient
    void everyQuestionTypeIsOfferedAndThePreviewChecksAnswersWithoutStoringThem() {
        Site owner = Flows.signedIn(Site.HORIZONS, OWNER);
        Flows.switchPlugin(owner, "Notes", false);
        assertThat(optionLabels(createForm(owner, "Before notes " + Flows.unique("p")).follow(), "editor:sections:0:newType_input"))
                .as("a plugin's question types only where it is on").contains("Short text").doesNotContain("Note topic");
        Flows.switchPlugin(owner, "Notes", true);
        Page editor = createForm(owner, "Contact details " + Flows.unique("p")).follow();
        assertThat(optionLabels(editor, "editor:sections:0:newType_input"))
                .contains("Short text", "Single choice", "Rating 1 to 5", "Consent", "Note topic");

        editor = editor.form("editor").set("sections:0:questions:0:required", "on").set("sections:0:questions:0:minLength", "5")
                .press("Preview changes");
        editor = addQuestion(editor, "Contact email", "short-text");
        editor = editor.form("editor").set("sections:0:questions:1:email", "on").press("Preview changes");
        editor = addQuestion(editor, "Topic", "notes-topic");
        editor = addQuestion(editor, "Photos", "consent");
        assertThat(editor.html().getElementById("fb_q0_3").text()).contains("What people agree to");
        Page refused = editor.form("editor").press("Save draft");
        assertThat(refused.html().getElementById("fb_q0_3").select(".fb-problem").text())
                .isEqualTo("A consent question needs the text people agree to.");
        Page saved = refused.form("editor").set("sections:0:questions:3:consentText", "We may use photos of the day.")
                .set("sections:0:questions:3:required", "on").press("Save draft");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
        Page preview = saved.follow();

        assertThat(preview.html().select("#preview select[data-id=topic] option").eachText()).containsExactly("Choose...", "General", "Careers");
        Page checked = preview.form("preview").set(previewInput(preview, "where-was-your-placement"), "abc")
                .set(previewInput(preview, "contact-email"), "not-an-email").submit("check");
        assertThat(checked.html().getElementById("fb_preview_notice").text()).isEqualTo("3 answers need attention.");
        assertThat(checked.html().select("#preview .field-error").eachText()).containsExactly("Write at least 5 characters.",
                "Enter an email address like name@example.org.", "Tick the box to agree, or you cannot go on.");
        assertThat(checked.html().getElementById("fb_responses").text()).startsWith("0 responses");
    }

    @Test
    void onlyOwnersChangeFormsOrExportTheirAnswers() {
        TenantRef horizons = tenants.bySlug("healthcare-horizons").orElseThrow();
        FormDefinition definition = new FormDefinition("moderators-form", "Not theirs", "", List.of(
                new FormSection("main", "", List.of(
                        new FormField("name", "short-text", "Name", "", false, List.of(), List.of(), null, null)))));

        assertThatThrownBy(() -> acting().as(horizons, Roles.MODERATOR, () -> {
            forms.saveDraft(definition);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().as(horizons, Roles.MEMBER, () -> responses.csv(STORY))).isInstanceOf(AccessDeniedException.class);
        assertThat(tenancy.callAs(horizons, () -> forms.byKey("moderators-form"))).isEmpty();
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static Page createForm(Site owner, String title) {
        return createForm(owner, title, "");
    }

    private static Page createForm(Site owner, String title, String key) {
        return owner.get("/admin/forms.xhtml").form("create").set("title", title).set("key", key)
                .set("firstQuestion", "Where was your placement?").submit("submit");
    }

    /** Adds a question to the first section through the "Add a question" row. */
    private static Page addQuestion(Page editor, String label, String type) {
        Page added = editor.form("editor").set("sections:0:newLabel", label).set("sections:0:newType_input", type)
                .press("Add question to section 1");
        assertThat(added.messages()).as(added.toString()).anyMatch(message -> message.matches("Question \\d+ is added\\..*"));
        return added;
    }

    private static String optionValue(Page page, String select, String labelContains) {
        return page.html().select("select[name='" + select + "'] option").stream()
                .filter(option -> option.text().contains(labelContains)).findFirst().orElseThrow().val();
    }

    private static List<String> optionLabels(Page page, String select) {
        return page.html().select("select[name='" + select + "'] option").eachText();
    }

    private static String selected(Page page, String select) {
        Element option = page.html().selectFirst("select[name='" + select + "'] option[selected]");
        return option == null ? null : option.val();
    }

    /** The name (without the form's prefix) of a preview input, found by its question's id. */
    private static String previewInput(Page page, String questionId) {
        String name = page.html().selectFirst("#preview [data-id=" + questionId + "][name]").attr("name");
        return name.substring("preview:".length());
    }

    /** A form's row in the owner's list: title, key, published, changes, responses. */
    private static List<String> formRow(Site owner, String title) {
        return owner.get("/admin/forms.xhtml").html().select("#forms tbody tr").stream()
                .map(row -> row.select("td").stream().map(FormBuilderIT::withoutColumnTitle).toList())
                .filter(cells -> cells.get(0).equals(title)).findFirst().orElseThrow(() -> new AssertionError("No form " + title));
    }

    /** A cell's text without the column title PrimeFaces repeats in it for phones. */
    private static String withoutColumnTitle(Element cell) {
        Element copy = cell.clone();
        copy.select(".ui-column-title").remove();
        return copy.text().strip();
    }

    private static String rowOf(List<String> lines, String email) {
        return lines.stream().filter(line -> line.contains(email)).findFirst().orElseThrow();
    }

    /** The cells of a CSV row from the version on (the response id and time vary); no cell here holds a comma. */
    private static List<String> cellsAfterSubmitted(String row) {
        List<String> cells = Arrays.asList(row.split(",", -1));
        return cells.subList(2, cells.size());
    }

    /** A member of the programme who can sign in with the demo password; their account id. */
    private String member(TenantRef tenant, String email, String name) {
        return acting().person(tenant, email, name, Roles.MEMBER);
    }

    private void answer(TenantRef tenant, String accountId, Map<String, List<String>> answers) {
        acting().asPerson(tenant, accountId, Roles.MEMBER, () -> responses.submit(STORY, new Answers(answers)));
    }


    private Acting acting() {
        return new Acting(currentUser, tenancy, accounts);
    }
}
