package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In real browsers on the demo's open Zone: a teacher books a Chat; a student joins with the class
 * code on a phone, and writes live with a professional in the Chat that is on; the student asks a question; a moderator approves it; a professional answers; the student
 * reads the answer and votes.
 */
@ExtendWith(ArquillianExtension.class)
class ZoneBrowserIT {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.wayfinderWithTestPlugins();
    }

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    @Test
    void aTeacherBooksAStudentChatsLiveAsksAModeratorApprovesAProfessionalAnswersAndTheStudentVotes() throws Exception {
        ChromeDriver teacher = signedIn("teacher@zone.example", 1280, "/zone/school.xhtml");
        WebDriverWait teacherWaits = waits(teacher);
        teacherWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("booking:className")));
        teacher.findElement(By.id("booking:className")).sendKeys("Year 11 Chemistry");
        WebElement book = teacher.findElement(By.cssSelector("#booking button[aria-label^='Book the Chat on']"));
        String which = book.getAttribute("aria-label").substring("Book the Chat on ".length());
        book.click();
        teacherWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("booking:messages"), "Booked for Year 11 Chemistry"));
        teacherWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine:bookings"), "Year 11 Chemistry"));
        assertThat(teacher.findElement(By.id("mine:bookings")).getText()).contains(which.substring(0, which.indexOf(" with ")));
        Browser.screenshot(teacher, "zone-teacher-booked");

        ChromeDriver student = Browser.open(375, 812);
        browsers.add(student);
        WebDriverWait studentWaits = waits(student);
        student.get(Browser.url(Site.ZONE, "/zone/join.xhtml?code=zone-demo"));
        student.findElement(By.id("join:displayName")).sendKeys("Kai");
        student.findElement(By.id("join:password")).sendKeys("seven purple kites");
        student.findElement(By.id("join:submit")).click();
        studentWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        String username = student.findElement(By.id("username")).getText();
        assertThat(student.getPageSource()).contains("You joined as a student of The Becket School, Nottinghamshire.");
        student.findElement(By.linkText("Sign in now")).click();
        studentWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("signIn:email")));
        student.findElement(By.id("signIn:email")).sendKeys(username);
        student.findElement(By.id("signIn:password")).sendKeys("seven purple kites");
        student.findElement(By.id("signIn:submit")).click();
        studentWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("ask:question")));
        // The demo's Chat on now: the student and a professional of the team write to each other live.
        ChromeDriver professional = signedIn("professional@zone.example", 1280, "/zone/index.xhtml");
        WebDriverWait professionalWaits = waits(professional);
        professionalWaits.until(ExpectedConditions.elementToBeClickable(By.linkText("Open the Chat"))).click();
        professionalWaits.until(ExpectedConditions.elementToBeClickable(By.id("chat-text")));
        student.findElement(By.linkText("Open the Chat")).click();
        studentWaits.until(ExpectedConditions.elementToBeClickable(By.id("chat-text")));
        String hello = "Hello from Kai! What is a day like? " + Flows.unique("line");
        student.findElement(By.id("chat-text")).sendKeys(hello + org.openqa.selenium.Keys.ENTER);
        professionalWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat-lines"), hello));
        assertThat(professional.findElement(By.id("chat-lines")).getText()).contains("Kai");
        String reply = "Busy and never the same twice. " + Flows.unique("reply");
        professional.findElement(By.id("chat-text")).sendKeys(reply + org.openqa.selenium.Keys.ENTER);
        studentWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat-lines"), reply));
        assertThat(student.findElement(By.id("chat-lines")).getText()).contains("Priya Professional (Nottinghamshire)");
        assertThat((Long) student.executeScript("return document.documentElement.scrollWidth")).as("the Chat on a phone")
                .isLessThanOrEqualTo(375L);
        Browser.screenshot(student, "zone-chat-student-phone");
        student.get(Browser.url(Site.ZONE, "/zone/index.xhtml"));
        studentWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("ask:question")));

        String question = "Do you work night shifts in a GP practice, " + Flows.unique("kai") + "?";
        student.findElement(By.id("ask:question")).sendKeys(question);
        student.findElement(By.id("ask:send")).click();
        studentWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-questions"), "Waiting for a moderator"));
        assertThat((Long) student.executeScript("return document.documentElement.scrollWidth")).as("no sideways scrolling").isLessThanOrEqualTo(375L);
        Browser.screenshot(student, "zone-student-asked-phone");

        ChromeDriver moderator = signedIn("moderator@zone.example", 1280, "/zone/moderate.xhtml");
        WebDriverWait moderatorWaits = waits(moderator);
        WebElement approve = moderatorWaits.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[aria-label='Approve: " + question + "']")));
        approve.click();
        moderatorWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("questions:messages"), "Approved and sent"));

        professional.get(Browser.url(Site.ZONE, "/zone/index.xhtml"));
        WebElement article = professionalWaits.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//article[h3[normalize-space()='" + question + "']]")));
        article.findElement(By.cssSelector("textarea")).sendKeys("No nights at the practice: the out-of-hours service covers them.");
        article.findElement(By.cssSelector("button[aria-label^='Post your answer']")).click();
        professionalWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answers:messages"), "Your answer is posted."));

        student.navigate().refresh();
        studentWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answers"), "out-of-hours service covers them"));
        assertThat(student.findElement(By.id("answers")).getText()).contains("Priya Professional (Nottinghamshire)");
        student.findElement(By.xpath("//label[normalize-space()='Derbyshire']")).click();
        student.findElement(By.id("vote:cast")).click();
        studentWaits.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        studentWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("voted")));
        assertThat(student.findElement(By.id("voted")).getText()).contains("You voted for Derbyshire");
        Browser.screenshot(student, "zone-student-voted-phone");

        for (ChromeDriver browser : List.of(teacher, student, moderator, professional)) {
            List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).toList();
            assertThat(problems).as("no script errors or CSP violations").isEmpty();
        }
    }

    private ChromeDriver signedIn(String email, int width, String next) {
        ChromeDriver browser = Browser.open(width, 900);
        browsers.add(browser);
        browser.get(Browser.url(Site.ZONE, "/login.xhtml?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)));
        browser.findElement(By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(Flows.PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        waits(browser).until(ExpectedConditions.urlContains(next));
        return browser;
    }

    private static WebDriverWait waits(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }
}
