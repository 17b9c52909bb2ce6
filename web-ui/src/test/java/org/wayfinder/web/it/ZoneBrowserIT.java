package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wayfinder.web.it.Browsers.waits;

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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In real browsers on the demo's open Zone, every page audited ({@link Audit}: axe-core, a phone's width, the console): a teacher books a Chat; a student joins with the class
 * code on a phone, and writes live with a professional in the Chat that is on; the student asks a question; a moderator approves it; a professional answers; the student
 * reads the answer and votes.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
@RunAsClient
class ZoneBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Test
    void aTeacherBooksAStudentChatsLiveAsksAModeratorApprovesAProfessionalAnswersAndTheStudentVotes() throws Exception {
        ChromeDriver teacher = browsers.signedIn(Site.ZONE, "teacher@zone.example", Flows.PASSWORD, 1280, "/zone/school.xhtml");
        WebDriverWait teacherWaits = waits(teacher);
        teacherWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("booking:classChoice")));
        Audit teacherSees = new Audit(teacher, "zone-teacher").page("school");
        // The Chats by day, then by team: each day one heading, each team once a day.
        List<String> days = teacher.findElements(By.cssSelector("#booking .zone-day h3")).stream().map(WebElement::getText).toList();
        assertThat(days).isNotEmpty().doesNotHaveDuplicates();
        for (WebElement day : teacher.findElements(By.cssSelector("#booking .zone-day"))) {
            assertThat(day.findElements(By.cssSelector(".zone-team h4")).stream().map(WebElement::getText).toList()).doesNotHaveDuplicates();
        }
        // The class is one of the teacher's (the demo's class code is for Year 10 Biology), or a new one they name.
        Select classes = new Select(teacher.findElement(By.id("booking:classChoice")));
        assertThat(classes.getOptions().stream().map(WebElement::getText).toList()).containsExactly("Choose a class", "Year 10 Biology", "Add a class...");
        classes.selectByVisibleText("Add a class...");
        WebElement newClass = teacherWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("booking:className")));
        assertThat(teacher.executeScript("return document.activeElement.id")).as("the list keeps the focus").isEqualTo("booking:classChoice");
        newClass.sendKeys("Year 11 Chemistry");
        WebElement book = teacher.findElement(By.cssSelector("#booking button[aria-label^='Book the Chat on']"));
        String which = book.getAttribute("aria-label").substring("Book the Chat on ".length());
        book.click();
        teacherWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Booked for Year 11 Chemistry"));
        teacherWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine:bookings"), "Year 11 Chemistry"));
        assertThat(teacher.findElement(By.id("mine:bookings")).getText()).contains(which.substring(0, which.indexOf(" with ")));
        assertThat(teacher.findElement(By.tagName("main")).getText().split("Booked for Year 11 Chemistry", -1)).as("said once").hasSize(2);
        assertThat(new Select(teacher.findElement(By.id("booking:classChoice"))).getFirstSelectedOption().getText())
                .as("the new class is now one of theirs, and chosen").isEqualTo("Year 11 Chemistry");
        teacherSees.page("booked");
        teacher.manage().window().setSize(new Dimension(375, 812));
        teacher.executeScript("document.getElementById('booking').scrollIntoView()");
        teacherSees.page("booked-phone");

        ChromeDriver student = browsers.open(375, 812);
        WebDriverWait studentWaits = waits(student);
        Audit studentSees = new Audit(student, "zone-student");
        student.get(Browser.url(Site.ZONE, "/zone/join.xhtml?code=zone-demo"));
        studentWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("join:displayName")));
        studentSees.page("join");
        // Joining works by keyboard alone: Tab to each field, type, and Enter.
        studentSees.tabTo("join:displayName");
        studentSees.type("Kai");
        studentSees.tabTo("join:password");
        studentSees.type("seven purple kites", Keys.ENTER);
        studentWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        studentSees.page("joined");
        String username = student.findElement(By.id("username")).getText();
        assertThat(student.getPageSource()).contains("You joined as a student of The Becket School, Nottinghamshire.");
        student.findElement(By.linkText("Sign in now")).click();
        studentWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("signIn:email")));
        studentSees.page("sign-in");
        student.findElement(By.id("signIn:email")).sendKeys(username);
        student.findElement(By.id("signIn:password")).sendKeys("seven purple kites");
        student.findElement(By.id("signIn:submit")).click();
        studentWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("ask:question")));
        studentSees.page("zone");
        // The demo's Chat on now: the student and a professional of the team write to each other live.
        ChromeDriver professional = browsers.signedIn(Site.ZONE, "professional@zone.example", Flows.PASSWORD, 1280, "/zone/index.xhtml");
        WebDriverWait professionalWaits = waits(professional);
        professionalWaits.until(ExpectedConditions.elementToBeClickable(By.linkText("Open the Chat"))).click();
        professionalWaits.until(ExpectedConditions.elementToBeClickable(By.id("chat-text")));
        Audit professionalSees = new Audit(professional, "zone-professional");
        student.findElement(By.linkText("Open the Chat")).click();
        studentWaits.until(ExpectedConditions.elementToBeClickable(By.id("chat-text")));
        // The Chat by keyboard alone: Tab to the text box, type, Enter sends.
        String hello = "Hello from Kai! What is a day like? " + Flows.unique("line");
        studentSees.tabTo("chat-text");
        studentSees.type(hello, Keys.ENTER);
        professionalWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat-lines"), hello));
        assertThat(professional.findElement(By.id("chat-lines")).getText()).contains("Kai");
        String reply = "Busy and never the same twice. " + Flows.unique("reply");
        professional.findElement(By.id("chat-text")).sendKeys(reply + org.openqa.selenium.Keys.ENTER);
        studentWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat-lines"), reply));
        assertThat(student.findElement(By.id("chat-lines")).getText()).contains("Priya Professional (Nottinghamshire)");
        studentSees.page("chat");
        professionalSees.page("chat");
        student.get(Browser.url(Site.ZONE, "/zone/index.xhtml"));
        studentWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("ask:question")));

        String question = "Do you work night shifts in a GP practice, " + Flows.unique("kai") + "?";
        student.findElement(By.id("ask:question")).sendKeys(question);
        student.findElement(By.id("ask:send")).click();
        studentWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-questions"), "Waiting for a moderator"));
        studentSees.page("asked");

        ChromeDriver moderator = browsers.signedIn(Site.ZONE, "moderator@zone.example", Flows.PASSWORD, 1280, "/zone/moderate.xhtml");
        WebDriverWait moderatorWaits = waits(moderator);
        WebElement approve = moderatorWaits.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[aria-label='Approve: " + question + "']")));
        Audit moderatorSees = new Audit(moderator, "zone-moderator").page("questions");
        approve.click();
        moderatorWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("questions:messages"), "Approved and sent"));
        moderatorSees.page("approved");

        professional.get(Browser.url(Site.ZONE, "/zone/index.xhtml"));
        WebElement article = professionalWaits.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//article[h3[normalize-space()='" + question + "']]")));
        article.findElement(By.cssSelector("textarea")).sendKeys("No nights at the practice: the out-of-hours service covers them.");
        article.findElement(By.cssSelector("button[aria-label^='Post your answer']")).click();
        professionalWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answers:messages"), "Your answer is posted."));
        professionalSees.page("answered");

        student.navigate().refresh();
        studentWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answers"), "out-of-hours service covers them"));
        assertThat(student.findElement(By.id("answers")).getText()).contains("Priya Professional (Nottinghamshire)");
        studentSees.page("answer");
        student.findElement(By.xpath("//label[normalize-space()='Derbyshire']")).click();
        student.findElement(By.id("vote:cast")).click();
        studentWaits.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        studentWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("voted")));
        assertThat(student.findElement(By.id("voted")).getText()).contains("You voted for Derbyshire");
        studentSees.page("voted");

        for (Audit audit : List.of(teacherSees, studentSees, professionalSees, moderatorSees)) {
            audit.assertClean();
        }
    }
}
