package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wayfinder.web.it.Browsers.waits;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In real browsers, every page audited ({@link Audit}): a student registers as a mentee on a phone
 * by keyboard alone and walks the journey to the team's check (and, once mentoring is under way,
 * to its end); a moderator approves them; the owner
 * matches them with a vetted mentor; they write, the mentor replies, and a message with a phone
 * number is held until a moderator lets it through. Healthcare Horizons runs mentoring from its
 * template.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
@RunAsClient
class MentoringBrowserIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Test
    void aMenteeRegistersByKeyboardWalksTheJourneyIsMatchedAndWritesAndAModeratorReleasesAHeldPhoneNumber() throws Exception {
        // The mentor's own registration and DBS check are arranged over HTTP; the mentor's replies happen in a browser below.
        String mentorEmail = Flows.unique("mentor") + "@nhs.example";
        registerOverHttp(mentorEmail, "Dr Ravi Mentor", "mentor");
        Site moderatorOverHttp = Flows.signedIn(Site.HORIZONS, "moderator@horizons.example");
        LocalDate today = LocalDate.now(org.wayfinder.platform.spi.safeguarding.Vetting.UK);
        Page checks = moderatorOverHttp.get("/staff/vetting.xhtml").form("record").press("Record a check for Dr Ravi Mentor");
        Page recorded = checks.form("record").set("type", "ENHANCED_BARRED").set("issuedOn", today.minusMonths(2).toString())
                .set("expiresOn", today.plusYears(3).toString()).submit("save");
        assertThat(recorded.messages()).anyMatch(m -> m.startsWith("Recorded for Dr Ravi Mentor"));

        String email = Flows.unique("mentee") + "@school.example";
        ChromeDriver mentee = browsers.open(375, 812);
        Audit menteeSees = new Audit(mentee, "mentee");
        WebDriverWait wait = waits(mentee);
        mentee.get(Browser.url(Site.HORIZONS, "/register.xhtml"));
        menteeSees.page("register");
        // Sent blank: "There is a problem" at the top, read first, each problem a link to its field; each still shows by its field.
        mentee.findElement(By.id("register:submit")).click();
        List<String> problems = menteeSees.errorSummary();
        assertThat(problems).hasSizeGreaterThanOrEqualTo(3);
        assertThat(mentee.findElements(By.cssSelector(".field .ui-message-error")).stream().map(WebElement::getText).toList())
                .as("the same messages beside the fields").containsExactlyInAnyOrderElementsOf(problems);
        menteeSees.page("register-problems");
        // Registration works by keyboard alone: Tab to each field, type, arrow keys and Space for the role, Enter to send.
        menteeSees.tabTo("register:displayName");
        menteeSees.type("Sami Student");
        menteeSees.tabTo("register:email");
        menteeSees.type(email);
        menteeSees.tabTo("register:password");
        menteeSees.type(Flows.MEMBER_PASSWORD);
        menteeSees.arrowTo(radioId(mentee, "Mentee"));
        menteeSees.tabTo("register:submit");
        menteeSees.type(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registered")));
        menteeSees.page("registered");
        mentee.get(Browser.url(Site.HORIZONS, Mailbox.link(Mailbox.await(mail, email, "Confirm your email address"), "/verify.xhtml")));
        menteeSees.page("verified");
        mentee.get(Browser.url(Site.HORIZONS, "/login.xhtml"));
        menteeSees.page("sign-in");
        mentee.findElement(By.id("signIn:email")).sendKeys(email);
        mentee.findElement(By.id("signIn:password")).sendKeys(Flows.MEMBER_PASSWORD);
        mentee.findElement(By.id("signIn:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
        menteeSees.page("home");
        mentee.get(Browser.url(Site.HORIZONS, "/journey/index.xhtml"));

        // The journey: welcome, about you, the safety rules, the team's check, finding a mentor, then how it is going.
        // The page for the first in their family may still apply until Sami answers, so it is counted: the count never grows.
        wait.until(ExpectedConditions.textToBe(By.className("journey__progress"), "Step 1 of 7"));
        menteeSees.page("journey-welcome");
        mentee.findElement(By.id("info:continue")).click();
        wait.until(ExpectedConditions.textToBe(By.className("journey__progress"), "Step 2 of 7"));
        menteeSees.page("journey-about-you");
        mentee.findElement(By.id("step:continue")).click();
        assertThat(menteeSees.errorSummary()).contains("Answer this question.");
        mentee.findElement(By.cssSelector("[data-field=school] input")).sendKeys("Arnold Academy");
        // A later question depends on the year group, so choosing one redraws the form: wait for the new one.
        WebElement before = mentee.findElement(By.cssSelector("[data-field=careers] input[value=allied-health-professions]"));
        new Select(mentee.findElement(By.cssSelector("select[data-id=year-group]"))).selectByVisibleText("Year 12");
        wait.until(ExpectedConditions.stalenessOf(before));
        Browser.settled(mentee);
        assertThat(mentee.executeScript("return document.activeElement.classList.contains('error-summary')"))
                .as("redrawing the form for a changed answer leaves the focus alone").isEqualTo(false);
        mentee.findElement(By.cssSelector("[data-field=careers] input[value=allied-health-professions]")).click();
        firstChoice(mentee, "support");
        firstChoice(mentee, "availability");
        mentee.findElement(By.id("step:continue")).click();
        // The page of support for the first in their family to go to university is shown only to them; Sami did not say.
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Keeping safe"));
        menteeSees.page("journey-keeping-safe");
        mentee.findElement(By.cssSelector("[data-field=rules] input[type=checkbox]")).click();
        // Whether they are under 18 decides whether a parent's consent is asked, so answering redraws the form.
        WebElement unanswered = mentee.findElement(By.id("step:continue"));
        mentee.findElement(By.xpath("//div[@data-field='under-18']//label[normalize-space()='No']")).click();
        wait.until(ExpectedConditions.stalenessOf(unanswered));
        Browser.settled(mentee);
        mentee.findElement(By.id("step:continue")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "We check your details"));
        menteeSees.page("journey-waiting");

        ChromeDriver moderator = browsers.signedIn(Site.HORIZONS, "moderator@horizons.example", Flows.PASSWORD, 1280, "/staff/approvals.xhtml");
        Audit moderatorSees = new Audit(moderator, "horizons-moderator").page("approvals");
        moderator.findElement(By.cssSelector("button[aria-label='Approve Sami Student']")).click();
        waits(moderator).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waits(moderator).until(ExpectedConditions.textToBePresentInElementLocated(By.id("approvals:messages"), "Sami Student"));
        moderatorSees.page("approved");

        // Approved, Sami waits for a mentor: the journey says so and leads to Your mentoring; no survey about mentoring yet.
        mentee.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Find your mentor"));
        assertThat(mentee.findElement(By.className("journey__progress")).getText()).isEqualTo("Step 5 of 6");
        assertThat(mentee.findElement(By.id("waiting")).getText()).startsWith("You will move on when you have a mentor.");
        menteeSees.page("journey-get-matched");
        mentee.findElement(By.id("open-step")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Your mentoring"));
        menteeSees.page("mentoring-waiting");

        ChromeDriver owner = browsers.signedIn(Site.HORIZONS, "owner@horizons.example", Flows.PASSWORD, 1280, "/mentoring/matches.xhtml");
        Audit ownerSees = new Audit(owner, "horizons-owner").page("matches");
        new Select(owner.findElement(By.id("matching:mentee"))).selectByVisibleText("Sami Student");
        new Select(owner.findElement(By.id("matching:mentor"))).selectByVisibleText("Dr Ravi Mentor");
        owner.findElement(By.id("matching:make")).click();
        waits(owner).until(ExpectedConditions.textToBePresentInElementLocated(By.id("matching"), "Sami Student is matched with Dr Ravi Mentor."));
        ownerSees.page("matched");
        Mailbox.await(mail, email, "You have a mentor");

        mentee.get(Browser.url(Site.HORIZONS, "/mentoring/index.xhtml"));
        mentee.findElement(By.linkText("Messages")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-messages")));
        menteeSees.page("conversation-empty");
        mentee.findElement(By.id("send:text")).sendKeys("Hello! I would like to be a paramedic.");
        mentee.findElement(By.id("send:send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "I would like to be a paramedic."));

        ChromeDriver mentor = browsers.signedIn(Site.HORIZONS, mentorEmail, Flows.MEMBER_PASSWORD, 1280, "/mentoring/index.xhtml");
        Audit mentorSees = new Audit(mentor, "mentor").page("mentoring");
        mentor.findElement(By.linkText("Messages")).click();
        waits(mentor).until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "I would like to be a paramedic."));
        mentor.findElement(By.id("send:text")).sendKeys("Great choice! Ask me anything about the ambulance service.");
        mentor.findElement(By.id("send:send")).click();
        waits(mentor).until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "about the ambulance service"));
        mentorSees.page("replied");

        mentee.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "about the ambulance service"));
        mentee.findElement(By.id("send:text")).sendKeys("easier to call me on 07700 900123");
        mentee.findElement(By.id("send:send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("send:messages"), "waiting for a moderator"));
        assertThat(mentee.findElement(By.id("send:messages")).getText()).contains("it seems to contain a phone number");
        assertThat(mentee.findElements(By.cssSelector("#conversation li[data-status=HELD]"))).hasSize(1);
        menteeSees.page("conversation-held");

        moderator.get(Browser.url(Site.HORIZONS, "/mentoring/review.xhtml"));
        moderatorSees.page("held-messages");
        moderator.findElement(By.cssSelector("button[aria-label='Approve the message from Sami Student']")).click();
        waits(moderator).until(ExpectedConditions.textToBePresentInElementLocated(By.id("review:messages"), "Approved and delivered."));
        moderatorSees.page("released");

        mentee.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("conversation")));
        assertThat(mentee.findElements(By.cssSelector("#conversation li[data-status=SENT]"))).hasSize(3);
        mentor.navigate().refresh();
        waits(mentor).until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "07700 900123"));
        mentorSees.page("released");

        // The journey's last step, once there is a mentor: how it is going. The match moved Sami on by itself.
        mentee.get(Browser.url(Site.HORIZONS, "/journey/index.xhtml"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tell us how it is going"));
        assertThat(mentee.findElement(By.className("journey__progress")).getText()).isEqualTo("Step 6 of 6");
        menteeSees.page("journey-feedback");
        firstChoice(mentee, "useful");
        firstChoice(mentee, "recommend");
        mentee.findElement(By.id("step:continue")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "You have finished"));
        menteeSees.page("journey-finished");
        // The finish hands over to the home, which leads on to Your mentoring: by clicking only.
        mentee.findElement(By.id("home")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("home-panels")));
        assertThat(mentee.findElements(By.id("next-step-title"))).as("nothing left to carry on with").isEmpty();
        menteeSees.page("home-after-journey");
        mentee.findElement(By.linkText("Your mentoring: meetings and goals")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Your mentoring"));
        assertThat(mentee.getCurrentUrl()).contains("/mentoring/index.xhtml");

        for (Audit audit : List.of(menteeSees, moderatorSees, ownerSees, mentorSees)) {
            audit.assertClean();
        }
    }

    /** Ticks the first option of a question, if the form asks it. */
    private static void firstChoice(ChromeDriver browser, String field) {
        List<WebElement> options = browser.findElements(By.cssSelector("[data-field=" + field + "] input[type=checkbox], [data-field=" + field
                + "] input[type=radio]"));
        if (!options.isEmpty()) {
            options.get(0).click();
            Browser.settled(browser);
        }
    }

    /** The id of the radio button a label names. */
    private static String radioId(ChromeDriver browser, String label) {
        return browser.findElement(By.xpath("//label[normalize-space()='" + label + "']")).getAttribute("for");
    }

    /** Registers someone over HTTP with a role, and confirms their address through the mailed link. */
    private static void registerOverHttp(String email, String name, String role) {
        new Site(Site.HORIZONS).get("/register.xhtml").form("register").set("displayName", name).set("email", email)
                .set("password", Flows.MEMBER_PASSWORD).set("role", role).submit("submit");
        new Site(Site.HORIZONS).get(Mailbox.link(Mailbox.await(mail, email, "Confirm your email address"), "/verify.xhtml"));
    }
}
