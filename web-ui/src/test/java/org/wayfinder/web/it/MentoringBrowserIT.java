package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser, on a phone: a student registers as a mentee, is matched with a vetted mentor,
 * writes to them, and a message with a phone number is held until a moderator lets it through.
 * Healthcare Horizons runs mentoring from its template.
 */
@ExtendWith(ArquillianExtension.class)
class MentoringBrowserIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    private ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.wayfinderWithTestPlugins();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aMenteeRegistersIsMatchedAndWritesAndAHeldPhoneNumberIsReleasedByAModerator() throws Exception {
        Site owner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        String mentorEmail = Flows.unique("mentor") + "@nhs.example";
        registerOverHttp(mentorEmail, "Dr Ravi Mentor", "mentor");
        Site moderator = Flows.signedIn(Site.HORIZONS, "moderator@horizons.example");
        LocalDate today = LocalDate.now(org.wayfinder.mentoring.vetting.Vetting.UK);
        Page checks = moderator.get("/mentoring/vetting.xhtml").form("record").press("Record a check for Dr Ravi Mentor");
        Page recorded = checks.form("record").set("type", "ENHANCED_BARRED").set("issuedOn", today.minusMonths(2).toString())
                .set("expiresOn", today.plusYears(3).toString()).submit("save");
        assertThat(recorded.messages()).anyMatch(m -> m.startsWith("Recorded for Dr Ravi Mentor"));

        String email = Flows.unique("mentee") + "@school.example";
        browser = Browser.open(375, 812);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(Browser.url(Site.HORIZONS, "/register.xhtml"));
        browser.findElement(By.id("register:displayName")).sendKeys("Sami Student");
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:password")).sendKeys(Flows.MEMBER_PASSWORD);
        browser.findElement(By.xpath("//label[normalize-space()='Mentee']")).click();
        browser.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registered")));
        browser.get(Browser.url(Site.HORIZONS, Mailbox.link(Mailbox.await(mail, email, "Confirm your email address"), "/verify.xhtml")));
        browser.get(Browser.url(Site.HORIZONS, "/login.xhtml?next=%2Fmentoring%2Findex.xhtml"));
        browser.findElement(By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(Flows.MEMBER_PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-matched")));
        assertThat(browser.findElement(By.id("not-matched")).getText()).contains("You do not have a mentor yet");

        Page matches = owner.get("/mentoring/matches.xhtml");
        Page made = matches.form("matches").set("mentee", matches.option("matches:mentee", "Sami Student"))
                .set("mentor", matches.option("matches:mentor", "Dr Ravi Mentor")).submit("make");
        assertThat(made.messages()).contains("Sami Student is matched with Dr Ravi Mentor.");
        Mailbox.await(mail, email, "You have a mentor");

        browser.navigate().refresh();
        browser.findElement(By.linkText("Messages")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-messages")));
        browser.findElement(By.id("send:text")).sendKeys("Hello! I would like to be a paramedic.");
        browser.findElement(By.id("send:send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "I would like to be a paramedic."));
        browser.findElement(By.id("send:text")).sendKeys("easier to call me on 07700 900123");
        browser.findElement(By.id("send:send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("send:messages"), "waiting for a moderator"));
        assertThat(browser.findElement(By.id("send:messages")).getText()).contains("it seems to contain a phone number");
        assertThat(browser.findElements(By.cssSelector("#conversation li[data-status=HELD]"))).hasSize(1);
        assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth")).as("no sideways scrolling")
                .isLessThanOrEqualTo(375L);
        Browser.screenshot(browser, "mentoring-conversation-held-phone");

        Page review = moderator.get("/mentoring/review.xhtml");
        assertThat(review.html().select(".held .held__text").eachText()).containsExactly("easier to call me on 07700 900123");
        assertThat(review.form("review").press("Approve the message from Sami Student").messages()).contains("Approved and delivered.");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("conversation")));
        assertThat(browser.findElements(By.cssSelector("#conversation li[data-status=SENT]"))).hasSize(2);
        List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).toList();
        assertThat(problems).as("no script errors or CSP violations").isEmpty();
    }

    /** Registers someone over HTTP with a role, and confirms their address through the mailed link. */
    private static void registerOverHttp(String email, String name, String role) {
        new Site(Site.HORIZONS).get("/register.xhtml").form("register").set("displayName", name).set("email", email)
                .set("password", Flows.MEMBER_PASSWORD).set("role", role).submit("submit");
        new Site(Site.HORIZONS).get(Mailbox.link(Mailbox.await(mail, email, "Confirm your email address"), "/verify.xhtml"));
    }

}
