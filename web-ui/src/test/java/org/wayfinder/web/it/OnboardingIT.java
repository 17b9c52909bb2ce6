package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * NHS organisations becoming programmes: applying on the platform's site, operators approving
 * (which provisions the programme from a template and invites the applicant to own it) or
 * declining, and operators pausing, archiving and deleting programmes. All over HTTP, as the
 * applicant, the operator and the new owner would do it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OnboardingIT {

    static final String OPERATOR = "operator@wayfinder.example";
    static final String NEW_PASSWORD = "harbour lights evening";

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    // ---- Provisioning from each template ------------------------------------------------------------

    @Test
    void aMentoringProgrammeStartsWithItsJourneyAndItsApplicantAsOwner() {
        Site owner = approvedAndAccepted("mentoring");
        String address = owner.host();
        Page home = new Site(address).get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text()).contains("Meet NHS professionals");

        JsonObject configuration = exported(owner);
        assertThat(configuration.getJsonArray("forms").getValuesAs(JsonObject.class)).extracting(form -> form.getString("key"))
                .containsExactlyInAnyOrder("about-you", "safeguarding", "feedback", "mentor-profile", "mentor-safeguarding", "exit-survey");
        assertThat(configuration.getJsonArray("journeys").getValuesAs(JsonObject.class)).extracting(j -> j.getString("role"))
                .containsExactlyInAnyOrder("mentee", "mentor");
        assertThat(configuration.getJsonArray("plugins").getValuesAs(JsonObject.class)).anyMatch(p -> p.getString("id").equals("mentoring")
                && p.getBoolean("enabled") && p.getJsonObject("settings").getString("mentee-profile-form").equals("about-you"));

        Site mentor = Flows.registered(mail, address, Flows.unique("mentor") + "@nhs.example", "mentor");
        assertThat(mentor.get("/journey/index.xhtml").html().select(".journey__progress").text()).isEqualTo("Step 1 of 4");
        Site member = Flows.registered(mail, address, Flows.unique("mentee") + "@school.example", "mentee");
        Page journey = member.get("/journey/index.xhtml");
        assertThat(journey.status()).isEqualTo(200);
        assertThat(journey.html().select(".journey__progress").text()).isEqualTo("Step 1 of 7");
        assertThat(journey.html().select("h1").text()).isEqualTo("Welcome");
    }

    @Test
    void aZoneStartsWithItsFormsAndJourney() {
        Site owner = approvedAndAccepted("zone");
        JsonObject configuration = exported(owner);
        assertThat(configuration.getJsonArray("forms").getValuesAs(JsonObject.class)).extracting(form -> form.getString("key"))
                .containsExactlyInAnyOrder("student-profile", "zone-rules", "chat-feedback", "professional-profile", "teacher-safeguarding");
        assertThat(configuration.getJsonObject("branding").getString("primaryColour")).isEqualTo("#330072");
        assertThat(configuration.getJsonArray("plugins").getValuesAs(JsonObject.class).stream()
                .filter(plugin -> plugin.getBoolean("enabled")).map(plugin -> plugin.getString("id"))).containsExactly("zone");

        // Teachers register themselves; students join with their teacher's class code, professionals are invited.
        Site teacher = Flows.registered(mail, owner.host(), Flows.unique("teacher") + "@school.example", "teacher");
        assertThat(teacher.get("/journey/index.xhtml").html().select(".journey__progress").text()).isEqualTo("Step 1 of 3");
        assertThat(teacher.get("/zone/school.xhtml").status()).isEqualTo(200);
    }

    @Test
    void aBlankProgrammeHasOnlyItsNameUntilItsOwnerBuildsIt() {
        Site owner = approvedAndAccepted("blank");
        JsonObject configuration = exported(owner);
        assertThat(configuration.getJsonArray("forms")).isEmpty();
        assertThat(configuration.getJsonArray("journeys")).isEmpty();
        assertThat(owner.get("/admin/index.xhtml").status()).isEqualTo(200);

        Site member = Flows.registeredMember(mail, owner.host());
        Page journey = member.get("/journey/index.xhtml");
        assertThat(journey.text()).contains("Nothing to do right now");
    }

    // ---- Applying ---------------------------------------------------------------------------------

    @Test
    void badApplicationsAreExplainedFieldByFieldAndKeepWhatWasTyped() {
        Page refused = new Site(Site.PLATFORM).get("/apply.xhtml").form("application")
                .set("organisation", "").set("contactName", "").set("contactRole", "").set("contactEmail", "not an email")
                .set("programmeName", "").set("wantedAddress", "Bad Address!").submit("submit");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.messageFor("application:organisation")).contains("organisation's name");
        assertThat(refused.messageFor("application:contactName")).contains("Enter your name");
        assertThat(refused.messageFor("application:contactRole")).contains("job title");
        assertThat(refused.messageFor("application:contactEmail")).contains("email address");
        assertThat(refused.messageFor("application:programmeName")).contains("name of 1 to 120 characters");
        assertThat(refused.messageFor("application:wantedAddress")).contains("lower-case letters");
        assertThat(refused.html().getElementById("application:wantedAddress").val()).isEqualTo("Bad Address!");

        assertThat(addressProblem("admin")).contains("reserved");
        assertThat(addressProblem("healthcare-zone")).contains("already taken");
        String wanted = Flows.unique("wanted");
        apply(wanted, "First Trust Programme", "mentoring", Flows.unique("first") + "@nhs.example");
        assertThat(addressProblem(wanted)).contains("already applied for");
    }

    @Test
    void theApplicationFormIsOnlyOnThePlatformSite() {
        assertThat(new Site(Site.HORIZONS).get("/apply.xhtml").status()).isEqualTo(404);
        assertThat(new Site(Site.PLATFORM).get("/apply.xhtml").status()).isEqualTo(200);
        assertThat(new Site(Site.PLATFORM).get("/").html().getElementById("applyLink")).isNotNull();
    }

    @Test
    void onlyOperatorsReviewApplicationsAndOnlyOnThePlatformSite() {
        Page anonymous = new Site(Site.PLATFORM).get("/operator/applications.xhtml");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.redirectPath()).startsWith("/login.xhtml");

        Site owner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        assertThat(owner.get("/operator/applications.xhtml").status()).as("not on a programme's site").isEqualTo(404);
        Site ownerOnPlatform = new Site(Site.PLATFORM);
        ownerOnPlatform.replayCookiesOf(owner);
        assertThat(ownerOnPlatform.get("/operator/applications.xhtml").status()).as("a programme's session counts for nothing here")
                .isEqualTo(302);
    }

    @Test
    void aDeclinedApplicationTellsTheApplicantWhy() {
        String address = Flows.unique("declined");
        String email = Flows.unique("applicant") + "@nhs.example";
        apply(address, "Programme To Decline", "zone", email);
        Site operator = Flows.signedIn(Site.PLATFORM, OPERATOR);

        Page tooShort = applicationForm(operator, "Programme To Decline", "decline").set("reason", "No.").press("Decline");
        assertThat(tooShort.text()).contains("in 10 to 2000 characters");
        assertThat(Mailbox.find(mail, email, "Your application")).isEmpty();

        Page declined = applicationForm(operator, "Programme To Decline", "decline")
                .set("reason", "We only host programmes run by NHS organisations in England.").press("Decline");
        assertThat(declined.messages()).anyMatch(m -> m.contains("declined"));
        assertThat(Mailbox.body(Mailbox.await(mail, email, "Your application for Programme To Decline")))
                .contains("We only host programmes run by NHS organisations in England.");
        assertThat(operator.get("/operator/applications.xhtml").html().select("article.application").text())
                .doesNotContain("Programme To Decline");
        assertThat(new Site(address + ".localhost").get("/").status()).as("nothing was created").isEqualTo(404);
        assertThat(addressProblem(address)).as("the address is free again").isEmpty();
    }

    @Test
    void anInvitationWorksOnceAndOnlyOnItsOwnProgramme() {
        String address = Flows.unique("invited");
        String email = Flows.unique("owner") + "@nhs.example";
        apply(address, "Invitation Programme", "blank", email);
        approve("Invitation Programme");
        String link = Mailbox.link(Mailbox.await(mail, email, "You are invited to run Invitation Programme"), "/invitation.xhtml");

        assertThat(new Site(Site.HORIZONS).get(link).text()).contains("This invitation cannot be used");
        Page early = new Site(address + ".localhost").signIn(email, NEW_PASSWORD);
        assertThat(early.status()).as("no password until the invitation is accepted").isEqualTo(200);

        Page mismatch = new Site(address + ".localhost").get(link).form("invitation").set("password", NEW_PASSWORD)
                .set("repeat", "something else entirely").submit("submit");
        assertThat(mismatch.messageFor("invitation:repeat")).contains("different");
        Page weak = new Site(address + ".localhost").get(link).form("invitation").set("password", "short").set("repeat", "short")
                .submit("submit");
        assertThat(weak.messageFor("invitation:password")).contains("at least 10 characters");

        accept(address + ".localhost", link);
        assertThat(new Site(address + ".localhost").get(link).text()).contains("This invitation cannot be used");
    }

    // ---- Running programmes ------------------------------------------------------------------------

    @Test
    void operatorsArchiveAndResumeAProgramme() {
        Site owner = approvedAndAccepted("blank");
        Site operator = Flows.signedIn(Site.PLATFORM, OPERATOR);
        String id = programmeId(operator, owner.host());

        Page archived = operator.get("/operator/programme.xhtml?id=" + id).form("status").press("Archive");
        assertThat(archived.messages()).anyMatch(m -> m.contains("is archived"));
        assertThat(new Site(owner.host()).get("/").status()).isEqualTo(503);
        assertThat(new Site(owner.host()).get("/").text()).contains("This programme is paused");

        Page resumed = operator.get("/operator/programme.xhtml?id=" + id).form("status").press("Resume");
        assertThat(resumed.messages()).anyMatch(m -> m.contains("is running again"));
        assertThat(new Site(owner.host()).get("/").status()).isEqualTo(200);
    }

    @Test
    void deletingAProgrammeNeedsAnExportFirstAndItsAddressTyped() {
        Site owner = approvedAndAccepted("mentoring");
        Flows.registeredMember(mail, owner.host());
        String address = owner.host().replace(".localhost", "");
        Site operator = Flows.signedIn(Site.PLATFORM, OPERATOR);
        String id = programmeId(operator, owner.host());

        Page before = operator.get("/operator/programme.xhtml?id=" + id);
        assertThat(before.html().getElementById("exportFirst")).isNotNull();
        assertThat(before.html().getElementById("delete")).as("no delete form before an export").isNull();

        Page export = operator.get("/operator/programme.xhtml?id=" + id).form("export").submit("download");
        assertThat(export.header("Content-Disposition")).contains("attachment").contains(address + "-configuration-");
        JsonObject document = jakarta.json.Json.createReader(new StringReader(export.body())).readObject();
        assertThat(document.getJsonObject("branding").getString("name")).startsWith("Programme ");

        Page mistyped = operator.get("/operator/programme.xhtml?id=" + id).form("delete").set("confirmation", "something-else")
                .submit("deleteButton");
        assertThat(mistyped.messageFor("delete:confirmation")).contains("Type the programme's address");
        assertThat(new Site(owner.host()).get("/").status()).isEqualTo(200);

        Page deleted = operator.get("/operator/programme.xhtml?id=" + id).form("delete").set("confirmation", address)
                .submit("deleteButton");
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(deleted.follow().messages()).anyMatch(m -> m.contains("is deleted"));
        assertThat(new Site(owner.host()).get("/").status()).isEqualTo(404);
        assertThat(owner.get("/admin/index.xhtml").status()).isEqualTo(404);
        assertThat(operator.get("/operator/programme.xhtml?id=" + id).status()).isEqualTo(404);
        assertThat(addressProblem(address)).as("the address can be had again").isEmpty();
    }

    @Test
    void onlyOperatorsManageProgrammes() {
        String horizons = programmeId(Flows.signedIn(Site.PLATFORM, OPERATOR), Site.HORIZONS);
        Site owner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        assertThat(owner.get("/operator/programme.xhtml?id=" + horizons).status()).isEqualTo(404);
        assertThat(new Site(Site.PLATFORM).get("/operator/programme.xhtml?id=" + horizons).status()).isEqualTo(302);
        Site operator = Flows.signedIn(Site.PLATFORM, OPERATOR);
        assertThat(operator.get("/operator/programme.xhtml?id=00000000-0000-7000-8000-000000000000").status())
                .as("the platform itself is not a programme").isEqualTo(404);
        assertThat(operator.get("/operator/programme.xhtml?id=nonsense").status()).isEqualTo(404);
    }

    @Test
    void operatorsFindAProgrammeByItsNameInAnyCaseOrItsAddressAndWildcardsAreJustCharacters() {
        Site operator = Flows.signedIn(Site.PLATFORM, OPERATOR);
        // Other suites import Healthcare Horizons' configuration into programmes of the same name, so the
        // name may match several rows; every row must carry the name and the demo programme must be one.
        List<String> byName = operator.get("/operator/index.xhtml?q=HEALTHCARE%20horizons").html()
                .select("#programmes\\:list tbody tr").eachText();
        assertThat(byName).isNotEmpty().allMatch(row -> row.contains("Healthcare Horizons"))
                .anyMatch(row -> row.contains("healthcare-horizons.localhost"));
        assertThat(operator.get("/operator/index.xhtml?q=Healthcare-HORIZONS").html().select("#programmes\\:list tbody tr").eachText())
                .singleElement().asString().contains("healthcare-horizons.localhost");
        assertThat(operator.get("/operator/index.xhtml?q=healthcare-zone").html().select("#programmes\\:list tbody tr").eachText())
                .singleElement().asString().contains("Healthcare Zone");
        for (String wildcard : List.of("%25", "_", "healthcare_zone")) {
            Page none = operator.get("/operator/index.xhtml?q=" + wildcard);
            assertThat(none.html().select("#programmes\\:list tbody tr").text()).as(wildcard).isEqualTo("No programme matches that search.");
        }
    }

    // ---- Steps -------------------------------------------------------------------------------------

    /** Applies, approves and accepts the invitation; returns the new owner signed in on the new programme. */
    private Site approvedAndAccepted(String template) {
        String address = Flows.unique(template);
        String email = Flows.unique("lead") + "@nhs.example";
        String name = "Programme " + address;
        apply(address, name, template, email);
        MimeMessage received = Mailbox.await(mail, email, "We have your application for " + name);
        assertThat(Mailbox.body(received)).contains("reviews every application");
        Mailbox.await(mail, OPERATOR, "New application: " + name);

        approve(name);
        MimeMessage invitation = Mailbox.await(mail, email, "You are invited to run " + name);
        String host = address + ".localhost";
        accept(host, Mailbox.link(invitation, "/invitation.xhtml"));

        Site owner = new Site(host);
        Page signedIn = owner.signIn(email, NEW_PASSWORD);
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(302);
        assertThat(owner.get("/admin/branding.xhtml").status()).as("the applicant owns the new programme").isEqualTo(200);
        assertThat(new Site(host).get("/").title()).contains(name);
        return owner;
    }

    private static void apply(String address, String name, String template, String email) {
        Page applied = new Site(Site.PLATFORM).get("/apply.xhtml").form("application")
                .set("organisation", "Barts Health NHS Trust").set("contactName", "Alex Lead").set("contactRole", "Careers lead")
                .set("contactEmail", email).set("programmeName", name).set("template", template).set("wantedAddress", address)
                .set("about", "Sixth-form students in East London.").submit("submit");
        assertThat(applied.html().getElementById("applied")).as(applied.toString()).isNotNull();
    }

    private static void approve(String name) {
        Site operator = Flows.signedIn(Site.PLATFORM, OPERATOR);
        Page approved = applicationForm(operator, name, "approve").submit("approveButton");
        assertThat(approved.messages()).as(approved.toString()).anyMatch(m -> m.contains("is running at"));
    }

    private static void accept(String host, String link) {
        Page accepted = new Site(host).get(link).form("invitation").set("password", NEW_PASSWORD).set("repeat", NEW_PASSWORD)
                .submit("submit");
        assertThat(accepted.html().getElementById("accepted")).as(accepted.toString()).isNotNull();
    }

    /** The approve or decline form of the pending application for a programme name. */
    private static Form applicationForm(Site operator, String name, String which) {
        Page list = operator.get("/operator/applications.xhtml");
        Element article = list.html().select("article.application").stream()
                .filter(candidate -> candidate.selectFirst("h2").text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No pending application for " + name + ": " + list));
        return list.form(article.selectFirst("form[id$=:" + which + "]").id());
    }

    private static String addressProblem(String address) {
        Page page = new Site(Site.PLATFORM).get("/apply.xhtml").form("application").set("organisation", "")
                .set("wantedAddress", address).submit("submit");
        return page.messageFor("application:wantedAddress");
    }

    private static JsonObject exported(Site owner) {
        Page download = owner.get("/admin/configuration.xhtml").form("export").submit("download");
        assertThat(download.header("Content-Disposition")).contains("attachment");
        return jakarta.json.Json.createReader(new StringReader(download.body())).readObject();
    }

    private static String programmeId(Site operator, String host) {
        String slug = host.replace(".localhost", "");
        Page list = operator.get("/operator/index.xhtml?q=" + slug);
        assertThat(list.html().select("#programmes\\:list tbody tr")).as("the search finds only that programme").hasSize(1);
        return list.html().select("a[href*=programme.xhtml]").stream()
                .filter(link -> link.closest("tr").text().contains(slug + ".localhost"))
                .map(link -> link.attr("href").replaceAll(".*id=", "")).findFirst()
                .orElseThrow(() -> new AssertionError("No programme " + slug + " in " + list));
    }
}
