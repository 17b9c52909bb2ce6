package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wayfinder.web.it.Browsers.waits;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wayfinder.events.EventsPlugin;
import org.wayfinder.events.event.Event;
import org.wayfinder.events.event.EventBooking;
import org.wayfinder.events.event.EventBookings;
import org.wayfinder.events.event.Events;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.SendKeys;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * Events (issue 20) shown in Chromium, every page audited ({@link Audit}), on a programme of the
 * test's own: a student on a phone joins the waiting list of a full event from their header; the
 * student holding its one place cancels in their own browser, confirming; the first student's Events
 * page then says Booked. On the day, a moderator on a phone opens Staff, Take attendance, the session
 * on now, taps the student's name and shows the check-in code; the student then finds the event under
 * "Events you came to", downloads their certificate (a PDF with their name) and gives feedback.
 *
 * <p>The programme, its people and the event are made in the container (setup); the people then
 * click through the pages in browsers ({@code @RunAsClient}). Sessions are only added in the future,
 * so between the two walks the container moves the event's session to the present, as the day comes.
 * Selenium is not in the deployment: everything that touches a browser is in {@link Walks}, loaded
 * only outside the container.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventsBrowserIT {

    static final String SLUG = "events-walk";
    static final String HOST = SLUG + ".localhost";
    static final String OWNER = "owner@events-walk.example";
    static final String MODERATOR = "mo@events-walk.example";
    /** Books first (in setup) and holds the only place. */
    static final String HOLDER = "ada@events-walk.example";
    static final String HOLDER_NAME = "Ada Holder";
    /** Joins the waiting list in the browser, moves up, comes, gets a certificate. */
    static final String WAITER = "bea@events-walk.example";
    static final String WAITER_NAME = "Bea Brown";
    static final String TITLE = "Radiography taster day";

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
    PluginActivations activations;

    @Inject
    Events events;

    @Inject
    EventBookings bookings;

    @Inject
    ChatFixtures fixtures;

    private Acting acting() {
        return new Acting(currentUser, tenancy, accounts);
    }

    private TenantRef walk() {
        return tenants.bySlug(SLUG).orElseGet(() -> tenants.create(SLUG, "Events Walk"));
    }

    @Test
    @Order(1)
    void aFullEventOfOnePlaceHeldByAStudent() {
        TenantRef walk = walk();
        acting().as(walk, Roles.OWNER, () -> {
            activations.enable(EventsPlugin.ID);
            return null;
        });
        String owner = acting().person(walk, OWNER, "Owen Owner", Roles.OWNER);
        acting().person(walk, MODERATOR, "Mo Moderator", Roles.MODERATOR);
        String holder = acting().person(walk, HOLDER, HOLDER_NAME, Roles.MEMBER);
        acting().person(walk, WAITER, WAITER_NAME, Roles.MEMBER);
        String event = acting().asPerson(walk, owner, Roles.OWNER, () -> {
            Event made = events.create(new Events.Draft(TITLE, "Career event", "A day in the X-ray department.", false,
                    "Lincoln County Hospital", "1", true, false, false, false));
            Instant starts = Instant.now().plus(Duration.ofDays(2));
            events.addSession(made.getId(), starts, starts.plus(Duration.ofHours(2)), Instant.now());
            return events.publish(made.getId(), Instant.now()).getId();
        });
        EventBooking held = acting().asPerson(walk, holder, Roles.MEMBER,
                () -> bookings.bookMyPlace(event, "Lincoln Academy", SendKeys.fresh(), Instant.now()));
        assertThat(held.getStatus()).as("the only place").isEqualTo(EventBooking.Status.BOOKED);
    }

    @Test
    @Order(2)
    @RunAsClient
    void aStudentJoinsTheWaitingListAndMovesUpWhenTheHolderCancelsInTheirBrowser() throws Exception {
        Walks.waitingListMovesUp();
    }

    @Test
    @Order(3)
    void theDayComesTheSessionStartedTenMinutesAgo() {
        TenantRef walk = walk();
        String session = tenancy.callAs(walk, () -> fixtures.one("SELECT s.id FROM EventSession s, Event e WHERE e.id = s.eventId"
                + " AND e.title = :title", Map.of("title", TITLE)));
        Instant starts = Instant.now().minus(Duration.ofMinutes(10));
        int moved = tenancy.callAs(walk, () -> fixtures.update("UPDATE EventSession s SET s.startsAt = :starts, s.endsAt = :ends"
                + " WHERE s.id = :id", Map.of("starts", starts, "ends", starts.plus(Duration.ofHours(2)), "id", session)));
        assertThat(moved).isEqualTo(1);
    }

    @Test
    @Order(4)
    @RunAsClient
    void aModeratorTakesAttendanceOnAPhoneAndTheStudentDownloadsTheirCertificateAndGivesFeedback() throws Exception {
        Walks.attendanceCertificateAndFeedback();
    }

    /** The browsers' side, outside the container only (Selenium is not deployed). */
    static final class Walks {

        private static final String EVENTS = "/events/index.xhtml";

        private Walks() {
        }

        static void waitingListMovesUp() {
            Browsers browsers = new Browsers();
            try {
                // The student who waits, on a phone: Events from the header; the event is full.
                ChromeDriver bea = browsers.signedIn(HOST, WAITER, Flows.PASSWORD, 375, "/index.xhtml");
                Audit beaSees = new Audit(bea, "events-walk-student");
                header(bea, "Events", EVENTS);
                WebElement card = card(bea);
                assertThat(card.findElement(By.className("event-places")).getText()).isEqualTo("Full");
                beaSees.page("full");
                WebElement join = card.findElement(By.cssSelector("button.book"));
                assertThat(join.getText()).isEqualTo("Join the waiting list");
                join.click();
                waits(bea).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "you are on the waiting list"));
                assertThat(card(bea).findElement(By.className("event-mine")).getText()).startsWith("On the waiting list");
                assertThat(card(bea).findElement(By.className("event-places")).getText()).isEqualTo("Full, 1 on the waiting list");
                assertThat(card(bea).findElements(By.cssSelector("button.book"))).as("no second place").isEmpty();
                beaSees.page("waiting");

                // The student holding the place cancels in their own browser, and confirms.
                ChromeDriver ada = browsers.signedIn(HOST, HOLDER, Flows.PASSWORD, 1280, "/index.xhtml");
                Audit adaSees = new Audit(ada, "events-walk-holder");
                header(ada, "Events", EVENTS);
                assertThat(card(ada).findElement(By.className("event-mine")).getText()).startsWith("Booked");
                adaSees.page("booked");
                card(ada).findElement(By.cssSelector("button[aria-label='Cancel your place']")).click();
                WebElement yes = waits(ada).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
                assertThat(ada.findElement(By.cssSelector(".ui-confirm-dialog")).getText()).contains("Cancel this booking?");
                adaSees.page("confirm-cancel");
                yes.click();
                waits(ada).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                        "Cancelled. Your place has gone to the next person waiting."));
                assertThat(card(ada).findElement(By.className("event-mine")).getText()).startsWith("Cancelled");
                adaSees.page("cancelled");

                // The waiting student's Events page, opened again: moved up by itself.
                header(bea, "Events", EVENTS);
                assertThat(card(bea).findElement(By.className("event-mine")).getText()).startsWith("Booked");
                assertThat(card(bea).findElement(By.className("event-places")).getText()).isEqualTo("Full");
                assertThat(card(bea).findElements(By.cssSelector("button[aria-label='Cancel your place']"))).hasSize(1);
                beaSees.page("moved-up");

                beaSees.assertClean();
                adaSees.assertClean();
            } finally {
                browsers.afterEach(null);
            }
        }

        static void attendanceCertificateAndFeedback() throws IOException {
            Browsers browsers = new Browsers();
            try {
                // A moderator on a phone: Staff, Take attendance, the session on now.
                ChromeDriver mo = browsers.signedIn(HOST, MODERATOR, Flows.PASSWORD, 375, "/index.xhtml");
                assertThat(mo.executeScript("return window.innerWidth")).as("a phone's width").isEqualTo(375L);
                Audit moSees = new Audit(mo, "events-walk-moderator");
                header(mo, "Staff", "/staff/index.xhtml");
                moSees.page("staff");
                waits(mo).until(ExpectedConditions.elementToBeClickable(By.linkText("Take attendance"))).click();
                waits(mo).until(ExpectedConditions.urlContains("/events/attendance.xhtml"));
                WebElement sitting = waits(mo).until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//a[contains(@class, 'attendance-sitting')][.//strong[normalize-space()='" + TITLE + "']]")));
                moSees.page("sessions");
                sitting.click();
                waits(mo).until(ExpectedConditions.urlContains("session="));
                waits(mo).until(ExpectedConditions.textToBe(By.tagName("h1"), TITLE));
                assertThat(mo.findElement(By.id("here")).getText()).isEqualTo("0 of 1 here");
                assertThat(line(mo).findElement(By.className("hint")).getText()).isEqualTo("Not marked");
                moSees.page("register");
                WebElement name = tap(mo);
                assertThat(name.getText()).isEqualTo(WAITER_NAME);
                assertThat(name.getAttribute("aria-label")).isEqualTo(WAITER_NAME + ": tap when here");
                name.click();
                waits(mo).until(ExpectedConditions.textToBe(By.id("here"), "1 of 1 here"));
                Browser.settled(mo);
                assertThat(line(mo).findElement(By.className("hint")).getText()).isEqualTo("Here");
                assertThat(tap(mo).getAttribute("aria-label")).isEqualTo(WAITER_NAME + ": here, tap to undo");
                assertThat(line(mo).getAttribute("class")).contains("is-here");
                assertThat(mo.getCurrentUrl()).as("updated in place, no new page").contains("session=");
                mo.findElement(By.id("register:show-code")).click();
                WebElement code = waits(mo).until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
                assertThat(code.getText()).matches("[A-HJ-NP-Z2-9]{6}");
                Browser.settled(mo);
                assertThat(mo.findElement(By.id("register:show-code")).getText()).isEqualTo("Refresh the list");
                assertThat(mo.findElement(By.id("here")).getText()).as("still").isEqualTo("1 of 1 here");
                moSees.page("code");
                mo.executeScript("window.scrollTo(0, 0)");
                docsScreenshot(mo, "events-attendance-375");

                // The student's Events page lists the event under "Events you came to": a certificate, then feedback.
                Path downloads = Files.createTempDirectory("wayfinder-certificate");
                ChromeDriver bea = browsers.signedIn(HOST, WAITER, Flows.PASSWORD, 375, "/index.xhtml", downloads);
                Audit beaSees = new Audit(bea, "events-walk-student");
                header(bea, "Events", EVENTS);
                WebElement came = waits(bea).until(ExpectedConditions.presenceOfElementLocated(By.id("came")));
                assertThat(came.getText()).isEqualTo("Events you came to");
                WebElement past = past(bea);
                assertThat(past.findElement(By.className("event-came")).getText()).isEqualTo("You came.");
                WebElement certificate = past.findElement(By.cssSelector("button.certificate"));
                assertThat(certificate.getText()).isEqualTo("Download your certificate (PDF)");
                beaSees.page("came");
                bea.executeScript("document.getElementById('came').scrollIntoView()");
                docsScreenshot(bea, "events-certificate-375");
                certificate.click();
                Path file = new WebDriverWait(bea, Duration.ofSeconds(30)).until(driver -> downloaded(downloads));
                byte[] pdf = Files.readAllBytes(file);
                assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).as(file.toString()).isEqualTo("%PDF-");
                assertThat(file.getFileName().toString()).isEqualTo("certificate-of-attendance.pdf");
                List<String> lines = Exports.pdfLines(pdf);
                assertThat(lines).as("the certificate's text").contains(WAITER_NAME, "Certificate of attendance");
                assertThat(String.join("\n", lines)).contains(TITLE);

                WebElement five = past(bea).findElement(By.xpath(".//label[starts-with(normalize-space(), '5:')]"));
                five.click();
                waits(bea).until(d -> past(bea).findElement(By.cssSelector("input[type=radio][value='5']")).isSelected());
                past(bea).findElement(By.cssSelector("button.send-feedback")).click();
                waits(bea).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Thank you for your feedback."));
                assertThat(past(bea).getText()).contains("Thank you for your feedback.");
                assertThat(past(bea).findElements(By.cssSelector("button.send-feedback"))).as("asked once").isEmpty();
                assertThat(past(bea).findElements(By.cssSelector("button.certificate"))).as("the certificate stays").hasSize(1);
                beaSees.page("feedback-given");

                moSees.assertClean();
                beaSees.assertClean();
            } finally {
                browsers.afterEach(null);
            }
        }

        /** Clicks an entry of the header, opening the menu first where it is folded (a phone), and waits for its page. */
        private static void header(ChromeDriver browser, String label, String path) {
            List<WebElement> menu = browser.findElements(By.cssSelector(".site-menu-button"));
            if (!menu.isEmpty() && menu.get(0).isDisplayed() && "false".equals(menu.get(0).getAttribute("aria-expanded"))) {
                menu.get(0).click();
            }
            WebElement link = waits(browser).until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//nav[@id='site-nav']//a[normalize-space()=\"" + label + "\"]")));
            link.click();
            waits(browser).until(ExpectedConditions.stalenessOf(link));
            waits(browser).until(ExpectedConditions.urlContains(path));
            waits(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            Browser.settled(browser);
        }

        /** The event's card on the Events page. */
        private static WebElement card(ChromeDriver browser) {
            return waits(browser).until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//section[contains(@class, 'event') and not(contains(@class, 'event-past'))][h2[normalize-space()='" + TITLE + "']]")));
        }

        /** The event under "Events you came to". */
        private static WebElement past(ChromeDriver browser) {
            return waits(browser).until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//section[contains(@class, 'event-past')][h3[normalize-space()='" + TITLE + "']]")));
        }

        /** The student's line of the register. */
        private static WebElement line(ChromeDriver browser) {
            return browser.findElement(By.xpath("//li[contains(@class, 'attendance-line')][.//button[contains(@class, 'attendance-tap')]"
                    + "[normalize-space()='" + WAITER_NAME + "']]"));
        }

        /** The student's name button on the register. */
        private static WebElement tap(ChromeDriver browser) {
            return waits(browser).until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//button[contains(@class, 'attendance-tap')][normalize-space()='" + WAITER_NAME + "']")));
        }

        /** The PDF saved in the folder, once the browser has finished writing it. */
        private static Path downloaded(Path folder) {
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> all = files.toList();
                if (all.stream().anyMatch(file -> file.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                return all.stream().filter(file -> file.getFileName().toString().endsWith(".pdf")).filter(file -> file.toFile().length() > 0)
                        .findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        }

        /**
         * Photographs the page for the documentation, as {@link Audit} does: under
         * {@code target/screenshots}, or in the folder {@code it.screenshots} names (as
         * {@code docs/screenshots}), so an ordinary run leaves the repository as it was.
         */
        private static void docsScreenshot(ChromeDriver browser, String name) throws IOException {
            Browser.settled(browser);
            String configured = System.getProperty("it.screenshots", "");
            if (configured.isBlank()) {
                Browser.screenshot(browser, name);
                return;
            }
            Path folder = Path.of(configured);
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
    }
}
