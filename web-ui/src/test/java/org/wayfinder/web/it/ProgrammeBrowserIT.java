package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wayfinder.web.it.Browsers.waits;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In real browsers, every page audited ({@link Audit}): an NHS organisation applies for a
 * programme, the operator approves it and the programme's site appears; its new owner accepts the
 * invitation, brands the site, and edits and publishes a journey and a form; the owners of the two
 * demo programmes open their reports and download them as CSV, XLSX and PDF.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
@RunAsClient
class ProgrammeBrowserIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Test
    void anOrganisationAppliesTheOperatorApprovesAndTheNewOwnerBrandsTheSiteAndEditsAJourneyAndAForm() throws Exception {
        String address = Flows.unique("trust");
        String name = "Programme " + address;
        String email = Flows.unique("lead") + "@nhs.example";

        ChromeDriver applicant = browsers.open(1280, 900);
        Audit applicantSees = new Audit(applicant, "applicant");
        applicant.get(Browser.url(Site.PLATFORM, "/apply.xhtml"));
        applicantSees.page("apply");
        applicant.findElement(By.id("application:organisation")).sendKeys("Barts Health NHS Trust");
        applicant.findElement(By.id("application:contactName")).sendKeys("Alex Lead");
        applicant.findElement(By.id("application:contactRole")).sendKeys("Careers lead");
        applicant.findElement(By.id("application:contactEmail")).sendKeys(email);
        applicant.findElement(By.id("application:programmeName")).sendKeys(name);
        applicant.findElement(By.xpath("//label[starts-with(normalize-space(), 'Mentoring programme')]")).click();
        applicant.findElement(By.id("application:wantedAddress")).sendKeys(address);
        applicant.findElement(By.id("application:about")).sendKeys("Sixth-form students in East London.");
        applicant.findElement(By.id("application:submit")).click();
        waits(applicant).until(ExpectedConditions.presenceOfElementLocated(By.id("applied")));
        applicantSees.page("applied");

        ChromeDriver operator = browsers.signedIn(Site.PLATFORM, OnboardingIT.OPERATOR, Flows.PASSWORD, 1280, "/operator/applications.xhtml");
        Audit operatorSees = new Audit(operator, "operator").page("applications");
        WebElement approve = waits(operator).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//article[h2[normalize-space()='" + name + "']]//button[normalize-space()='Approve and invite Alex Lead']")));
        approve.click();
        waits(operator).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waits(operator).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is running at"));
        operatorSees.page("approved");

        String host = address + ".localhost";
        applicant.get(Browser.url(host, Mailbox.link(Mailbox.await(mail, email, "You are invited to run " + name), "/invitation.xhtml")));
        applicantSees.page("invitation");
        applicant.findElement(By.id("invitation:password")).sendKeys(OnboardingIT.NEW_PASSWORD);
        applicant.findElement(By.id("invitation:repeat")).sendKeys(OnboardingIT.NEW_PASSWORD);
        applicant.findElement(By.id("invitation:submit")).click();
        waits(applicant).until(ExpectedConditions.presenceOfElementLocated(By.id("accepted")));
        applicant.get(Browser.url(host, "/"));
        assertThat(applicant.getTitle()).contains(name);
        applicantSees.page("new-programme-home");
        applicantSees.assertClean();

        ChromeDriver owner = browsers.signedIn(host, email, OnboardingIT.NEW_PASSWORD, 1280, "/admin/branding.xhtml");
        Audit ownerSees = new Audit(owner, "new-owner").page("branding");
        Browser.setColour(owner, "branding:primary", "#00594f");
        owner.findElement(By.id("branding:save")).click();
        waits(owner).until(ExpectedConditions.textToBePresentInElementLocated(By.id("branding:messages"), "Saved."));
        owner.get(Browser.url(host, "/"));
        String button = (String) owner.executeScript("return getComputedStyle(document.documentElement).getPropertyValue('--wf-primary').trim()");
        assertThat(button).isEqualTo("#00594f");
        ownerSees.page("branded-home");

        owner.get(Browser.url(host, "/admin/journeys.xhtml"));
        ownerSees.page("journeys");
        owner.get(Browser.url(host, "/admin/journey.xhtml?role=mentee"));
        waits(owner).until(ExpectedConditions.presenceOfElementLocated(By.id("editor:steps")));
        ownerSees.page("journey-editor");
        // Opening a step redraws the editor: wait for the redrawn one before typing, or the typing is drawn over.
        List<WebElement> open = owner.findElements(By.id("editor:stepTitle"));
        owner.findElement(By.cssSelector("button[aria-label='Edit step 1']")).click();
        if (!open.isEmpty()) {
            waits(owner).until(ExpectedConditions.stalenessOf(open.get(0)));
        }
        Browser.typeOver(owner, By.id("editor:stepTitle"), "Welcome to Barts");
        owner.findElement(By.id("editor:publish")).click();
        waits(owner).until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"), "is live"));
        assertThat(owner.findElement(By.cssSelector("#editor\\:steps tbody tr:nth-child(1) .je-step-title")).getText())
                .isEqualTo("Welcome to Barts");
        ownerSees.page("journey-published");

        owner.get(Browser.url(host, "/admin/forms.xhtml"));
        ownerSees.page("forms");
        owner.findElement(By.linkText("About you")).click();
        waits(owner).until(ExpectedConditions.elementToBeClickable(By.id("editor:sections:0:questions:0:label")));
        ownerSees.page("form-editor");
        Browser.typeOver(owner, By.id("editor:sections:0:questions:0:label"), "Your school or sixth-form college");
        owner.findElement(By.id("editor:publish")).click();
        waits(owner).until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"), "is live"));
        assertThat(owner.findElement(By.id("editor:sections:0:questions:0:label")).getAttribute("value"))
                .isEqualTo("Your school or sixth-form college");
        ownerSees.page("form-published");

        ownerSees.assertClean();
        operatorSees.assertClean();
    }

    @Test
    void theOwnersOpenTheMentoringAndZoneReportsAndDownloadThemAsCsvXlsxAndPdf() throws Exception {
        Path downloads = Files.createTempDirectory("wayfinder-downloads");
        ChromeDriver mentoringOwner = browsers.signedIn(Site.HORIZONS, "owner@horizons.example", Flows.PASSWORD, 1280, "/mentoring/report.xhtml", downloads);
        Audit mentoringSees = new Audit(mentoringOwner, "horizons-owner").page("report");
        downloadEach(mentoringOwner, downloads, "mentoring");
        mentoringSees.assertClean();

        Path zoneDownloads = Files.createTempDirectory("wayfinder-downloads");
        ChromeDriver zoneOwner = browsers.signedIn(Site.ZONE, "owner@zone.example", Flows.PASSWORD, 1280, "/zone/report.xhtml", zoneDownloads);
        // The demo's closed Zone, whose figures are the seed report's, chosen from the one list of Zones.
        org.openqa.selenium.WebElement choice = zoneOwner.findElement(By.id("zone-choice"));
        choice.findElements(By.tagName("option")).stream().filter(option -> option.getText().startsWith("The Healthcare Zone ("))
                .findFirst().orElseThrow().click();
        zoneOwner.findElement(By.cssSelector("#choose-zone button[type=submit]")).click();
        waits(zoneOwner).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Closed: these figures are final."));
        waits(zoneOwner).until(ExpectedConditions.presenceOfElementLocated(By.id("export")));
        Audit zoneSees = new Audit(zoneOwner, "zone-owner").page("report");
        downloadEach(zoneOwner, zoneDownloads, "zone");
        zoneSees.assertClean();
    }

    /** Presses each download button and waits for its file: CSV text, an XLSX (zip) and a PDF, none empty. */
    private static void downloadEach(ChromeDriver browser, Path folder, String report) {
        for (String format : List.of("csv", "xlsx", "pdf")) {
            browser.findElement(By.id("export:" + format)).click();
            Path file = new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> downloaded(folder, format));
            byte[] start = read(file);
            switch (format) {
                case "xlsx" -> assertThat(new String(start, 0, 2)).as(report + " XLSX is a zip").isEqualTo("PK");
                case "pdf" -> assertThat(new String(start, 0, 5)).as(report + " PDF").isEqualTo("%PDF-");
                default -> assertThat(new String(start, java.nio.charset.StandardCharsets.UTF_8)).as(report + " CSV").contains(",");
            }
        }
    }

    private static Path downloaded(Path folder, String extension) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith("." + extension)).filter(file -> file.toFile().length() > 0)
                    .findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
