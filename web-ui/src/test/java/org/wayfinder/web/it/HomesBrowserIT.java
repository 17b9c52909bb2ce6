package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wayfinder.web.it.Browsers.waits;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every demo person, on a phone (375 px) and a desktop (1280 px), from the sign-in page to their home
 * and on to each of their main tasks by clicking only: the header's menu (folded under "Menu" on a
 * phone) and the links of their home's panels; no address is typed after signing in. Every page is
 * audited ({@link Audit}: axe-core, nothing wider than a phone, the console), every link the header
 * and home offer opens for that person (the access rules of the pages themselves), and a programme
 * without a plugin shows nothing of it.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
@RunAsClient
class HomesBrowserIT {

    private static final int[] WIDTHS = {375, 1280};

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Test
    void aMenteeReachesTheirMentoringFromTheirHome() {
        for (int width : WIDTHS) {
            Walk mentee = walk(Site.HORIZONS, "student@horizons.example", "mentee", width);
            mentee.panel("Your mentoring");
            mentee.noPanel("The Zone");
            mentee.menu("Your mentoring", "/mentoring/index.xhtml", "mentoring");
            mentee.home();
            mentee.panelLink("Your mentoring", "/mentoring/index.xhtml", "mentoring-from-home");
            mentee.done();
        }
    }

    @Test
    void aMentorReachesTheirMenteesFromTheirHome() {
        for (int width : WIDTHS) {
            Walk mentor = walk(Site.HORIZONS, "mentor@horizons.example", "mentor", width);
            mentor.panel("Your mentees");
            mentor.menu("Your mentoring", "/mentoring/index.xhtml", "mentoring");
            mentor.done();
        }
    }

    @Test
    void aTeacherReachesTheBookingPageFromAnyPage() {
        for (int width : WIDTHS) {
            Walk teacher = walk(Site.ZONE, "teacher@zone.example", "teacher", width);
            teacher.panel("Your school's Chats");
            teacher.menu("Your school's Chats", "/zone/school.xhtml", "school");
            teacher.home();
            teacher.panelLink("Book a Chat or make a class code", "/zone/school.xhtml", "school-from-home");
            teacher.done();
        }
    }

    @Test
    void aProfessionalSeesTheirChatsTodayAndQuestionsToAnswer() {
        for (int width : WIDTHS) {
            Walk professional = walk(Site.ZONE, "professional@zone.example", "professional", width);
            professional.panel("The Zone");
            professional.panelLink("Questions to answer", "/zone/index.xhtml", "questions");
            professional.home();
            professional.menu("The Zone", "/zone/index.xhtml", "zone");
            professional.done();
        }
    }

    @Test
    void aStudentReachesTheirChatQuestionsAndVote() {
        for (int width : WIDTHS) {
            Walk student = walk(Site.ZONE, "student@zone.example", "student", width);
            student.panel("The Zone");
            student.menu("The Zone", "/zone/index.xhtml", "zone");
            student.home();
            student.panelLink("Your questions", "/zone/index.xhtml", "questions");
            student.done();
        }
    }

    @Test
    void aModeratorSeesTheQueueWithCountsAndOpensEachPart() {
        for (int width : WIDTHS) {
            Walk moderator = walk(Site.ZONE, "moderator@zone.example", "moderator", width);
            moderator.panel("Zone moderation");
            moderator.panelLink("Held Chat lines", "/zone/chats.xhtml", "held-lines");
            moderator.home();
            moderator.panelLink("Questions waiting", "/zone/moderate.xhtml", "questions");
            moderator.home();
            moderator.panelLink("People waiting for approval", "/staff/approvals.xhtml", "approvals");
            moderator.menu("Staff", "/staff/index.xhtml", "staff");
            moderator.done();

            Walk mentoringModerator = walk(Site.HORIZONS, "moderator@horizons.example", "mentoring-moderator", width);
            mentoringModerator.panel("Mentoring messages");
            mentoringModerator.panelLink("Held messages", "/mentoring/review.xhtml", "held-messages");
            mentoringModerator.done();
        }
    }

    @Test
    void anOwnerSeesTheProgrammeAtAGlanceAndTheAdmin() {
        for (int width : WIDTHS) {
            Walk owner = walk(Site.ZONE, "owner@zone.example", "zone-owner", width);
            owner.panel("Your programme at a glance");
            owner.panelLink("Chats on now", "/zone/chats.xhtml", "chats");
            owner.home();
            owner.panelLink("Zones open today", "/zone/zones.xhtml", "zones");
            owner.menu("Admin", "/admin/index.xhtml", "admin");
            owner.done();

            Walk mentoringOwner = walk(Site.HORIZONS, "owner@horizons.example", "mentoring-owner", width);
            mentoringOwner.panel("Matching");
            mentoringOwner.noPanel("The Zone");
            mentoringOwner.panelLink("Mentees waiting for a match", "/mentoring/matches.xhtml", "matches");
            mentoringOwner.home();
            mentoringOwner.panelLink("Journeys", "/admin/journeys.xhtml", "journeys");
            mentoringOwner.done();
        }
    }

    @Test
    void theOperatorReachesApplicationsAndProgrammes() {
        for (int width : WIDTHS) {
            Walk operator = walk(Site.PLATFORM, "operator@wayfinder.example", "operator", width);
            operator.panel("Programmes");
            operator.panelLink("Applications waiting", "/operator/applications.xhtml", "applications");
            operator.menu("Programmes", "/operator/index.xhtml", "programmes");
            operator.done();
        }
    }

    @Test
    void thePhoneMenuOpensAndClosesByKeyboard() {
        Walk teacher = walk(Site.ZONE, "teacher@zone.example", "teacher-keyboard", 375);
        WebElement button = teacher.browser.findElement(By.cssSelector(".site-menu-button"));
        assertThat(teacher.browser.findElement(By.id("site-nav")).isDisplayed()).as("folded at first").isFalse();
        teacher.audit.tabTo("site-menu");
        teacher.audit.type(Keys.ENTER);
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(teacher.browser.findElement(By.id("site-nav")).isDisplayed()).isTrue();
        teacher.audit.page("menu-open");
        teacher.audit.type(Keys.ESCAPE);
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        teacher.done();
    }

    /** Opens a browser of the width on the site's sign-in page, signs in by typing and clicking, and goes home. */
    private Walk walk(String host, String email, String persona, int width) {
        ChromeDriver browser = browsers.open(width, width < 800 ? 812 : 900);
        browser.get(Browser.url(host, "/login.xhtml"));
        browser.findElement(By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(Flows.PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        waits(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("site-nav")));
        Walk walk = new Walk(browser, new Audit(browser, "home-" + persona + "-" + width), host);
        walk.audit.page("landed");
        walk.home();
        walk.audit.page("home");
        return walk;
    }

    /** One person's clicks through their site, each page audited as they reach it. */
    private static final class Walk {

        private final ChromeDriver browser;
        private final Audit audit;
        private final String host;

        Walk(ChromeDriver browser, Audit audit, String host) {
            this.browser = browser;
            this.audit = audit;
            this.host = host;
        }

        /** Home through the header's menu, and every link of the header and the home opens for this person. */
        void home() {
            menu("Home", "/index.xhtml", "home");
            waits(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("home-title")));
            @SuppressWarnings("unchecked")
            Map<String, Object> statuses = (Map<String, Object>) browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const links = [...document.querySelectorAll('#site-nav a[href], #home-panels a[href]')].map(a => a.href);
                    Promise.all(links.map(href => fetch(href, {credentials: 'same-origin', redirect: 'manual'})
                        .then(r => [href, r.status]))).then(all => done(Object.fromEntries(all)));
                    """);
            assertThat(statuses).as(host + ": what the header and home link to").isNotEmpty();
            statuses.forEach((href, status) -> assertThat(((Number) status).intValue()).as(href).isEqualTo(200));
        }

        void panel(String title) {
            assertThat(panelTitles()).as("the home's panels").contains(title);
        }

        void noPanel(String title) {
            assertThat(panelTitles()).as("the home's panels").doesNotContain(title);
            assertThat(browser.findElements(By.xpath("//nav[@id='site-nav']//a[normalize-space()=\"" + title + "\"]"))).isEmpty();
        }

        private List<String> panelTitles() {
            return browser.findElements(By.cssSelector("#home-panels h3")).stream().map(WebElement::getText).toList();
        }

        /** Clicks an entry of the header, opening the menu first where it is folded (a phone). */
        void menu(String label, String path, String name) {
            List<WebElement> button = browser.findElements(By.cssSelector(".site-menu-button"));
            if (!button.isEmpty() && button.get(0).isDisplayed() && "false".equals(button.get(0).getAttribute("aria-expanded"))) {
                button.get(0).click();
            }
            waits(browser).until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//nav[@id='site-nav']//a[normalize-space()=\"" + label + "\"]"))).click();
            arrive(path, name);
        }

        /** Clicks a link of the home's panels, whose text starts with the label. */
        void panelLink(String label, String path, String name) {
            waits(browser).until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//*[@id='home-panels']//a[starts-with(normalize-space(), \"" + label + "\")]"))).click();
            arrive(path, name);
        }

        private void arrive(String path, String name) {
            waits(browser).until(ExpectedConditions.urlContains(path));
            Browser.settled(browser);
            assertThat(browser.getTitle()).as(path).doesNotContainIgnoringCase("cannot open").doesNotContainIgnoringCase("not found").doesNotContainIgnoringCase("went wrong");
            if (!"home".equals(name)) {
                audit.page(name);
            }
        }

        void done() {
            audit.page("end");
            audit.assertClean();
        }
    }
}
