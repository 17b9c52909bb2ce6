package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.Color;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: both demo programmes open with their own look, people can sign in, an owner's
 * colour recolours the site, and a new member walks their journey to its end on a phone.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("browser")
@RunAsClient
class BrowserIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    private ChromeDriver browser;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void bothDemoProgrammesOpenInTheirOwnColoursAndTheirOwnersCanSignIn() throws Exception {
        browser = Browser.open(1280, 900);
        signInAndCheck(Site.HORIZONS, "Healthcare Horizons", "rgb(0, 94, 184)", "owner@horizons.example", "Olivia Owner");
        signInAndCheck(Site.ZONE, "Healthcare Zone", "rgb(51, 0, 114)", "owner@zone.example", "Zara Owner");
    }

    @Test
    void theSignInPageWorksOnAPhoneWithoutSidewaysScrolling() throws Exception {
        browser = Browser.open(375, 812);
        browser.get(Browser.url(Site.ZONE, "/login.xhtml"));
        assertThat(browser.executeScript("return document.documentElement.clientWidth")).isEqualTo(375L);
        assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375L);
        Browser.screenshot(browser, "zone-sign-in-phone");
    }

    @Test
    void anOwnersNewPrimaryColourRecoloursTheButtonsOfThePublicSite() throws Exception {
        browser = Browser.open(1280, 1000);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(Browser.url(Site.HORIZONS, "/login.xhtml"));
        Color before = Color.fromString(browser.findElement(By.id("signIn:submit")).getCssValue("background-color"));
        assertThat(before).isEqualTo(Color.fromString("#005eb8"));
        browser.findElement(By.id("signIn:email")).sendKeys("owner@horizons.example");
        browser.findElement(By.id("signIn:password")).sendKeys(Flows.PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        wait.until(ExpectedConditions.titleContains("Home"));
        try {
            browser.get(Browser.url(Site.HORIZONS, "/admin/branding.xhtml"));
            Browser.setColour(browser, "branding:primary", "#66aaff");
            WebElement useShade = wait.until(ExpectedConditions.elementToBeClickable(By.id("branding:usePrimary")));
            Browser.screenshot(browser, "horizons-branding-contrast");
            useShade.click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("branding:usePrimary")));
            String shade = browser.findElement(By.id("branding:primary")).getAttribute("value");
            assertThat(Color.fromString(shade)).isNotEqualTo(Color.fromString("#66aaff"));
            browser.findElement(By.id("branding:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("branding:messages"), "Saved."));

            browser.get(Browser.url(Site.HORIZONS, "/login.xhtml"));
            assertThat(Color.fromString(browser.findElement(By.id("signIn:submit")).getCssValue("background-color")))
                    .isEqualTo(Color.fromString(shade));
            assertThat(Color.fromString(browser.findElement(By.cssSelector(".site-header")).getCssValue("background-color")))
                    .isEqualTo(Color.fromString(shade));
            Browser.screenshot(browser, "horizons-recoloured");
        } finally {
            browser.get(Browser.url(Site.HORIZONS, "/admin/branding.xhtml"));
            Browser.setColour(browser, "branding:primary", "#005eb8");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("branding:primaryCheck"), "passes AA"));
            browser.findElement(By.id("branding:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("branding:messages"), "Saved."));
        }
    }

    @Test
    void aStudentWhoJoinedWithAClassCodeWalksTheirJourneyToItsEndOnAPhone() throws Exception {
        browser = Browser.open(375, 812);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(Browser.url(Site.ZONE, "/zone/join.xhtml?code=ZONE-DEMO"));
        browser.findElement(By.id("join:displayName")).sendKeys("Wren");
        browser.findElement(By.id("join:password")).sendKeys("river otter lantern");
        browser.findElement(By.id("join:submit")).click();
        String username = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).getText();
        browser.get(Browser.url(Site.ZONE, "/login.xhtml"));
        browser.findElement(By.id("signIn:email")).sendKeys(username);
        browser.findElement(By.id("signIn:password")).sendKeys("river otter lantern");
        browser.findElement(By.id("signIn:submit")).click();

        wait.until(ExpectedConditions.urlContains("/journey/"));
        assertThat(progress()).isEqualTo("Step 1 of 5");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome to the Zone");
        Audit studentSees = new Audit(browser, "zone-student-journey").page("welcome");
        browser.findElement(By.id("info:continue")).click();

        wait.until(ExpectedConditions.textToBe(By.className("journey__progress"), "Step 2 of 5"));
        browser.findElement(By.id("step:continue")).click();
        // The button posts the whole page: wait for the redrawn field, not the one still showing before the reply.
        WebElement year = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-id=year-group][aria-invalid=true]")));
        String errorId = year.getAttribute("aria-describedby").split(" ")[1];
        assertThat(browser.findElement(By.id(errorId)).getText()).isEqualTo("Answer this question.");
        assertThat(progress()).as("nothing moves on while answers are missing").isEqualTo("Step 2 of 5");
        assertThat(studentSees.errorSummary()).as("the summary at the top lists the question's problem").contains("Answer this question.");
        studentSees.page("answers-missing");

        new Select(browser.findElement(By.cssSelector("[data-id=year-group]"))).selectByVisibleText("Year 10");
        browser.findElement(By.cssSelector("[data-field=careers] input[value=paramedic]")).click();
        browser.findElement(By.id("step:continue")).click();

        wait.until(ExpectedConditions.textToBe(By.className("journey__progress"), "Step 3 of 5"));
        assertThat(browser.findElement(By.cssSelector(".consent__text")).getText()).contains("Be kind and polite");
        studentSees.page("rules");
        browser.findElement(By.cssSelector("[data-field=rules] input[type=checkbox]")).click();
        browser.findElement(By.id("step:continue")).click();

        // The step finishes only when Wren joins her class's Chat: the demo's Chat on now, from the Zone page.
        wait.until(ExpectedConditions.textToBe(By.className("journey__progress"), "Step 4 of 5"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Join your class's Chat");
        assertThat(browser.findElement(By.id("waiting")).getText()).isEqualTo("You will move on when you have joined your class's Chat.");
        studentSees.page("join-chat");
        browser.findElement(By.id("open-step")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Open the Chat"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("chat-text")));
        browser.get(Browser.url(Site.ZONE, "/journey/index.xhtml"));
        wait.until(ExpectedConditions.textToBe(By.className("journey__progress"), "Step 5 of 5"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("After your Chat");
        // A rating is one row of real radio buttons in one fieldset, its ends labelled.
        WebElement scale = browser.findElement(By.cssSelector("[data-field=useful] fieldset.scale"));
        assertThat(scale.findElement(By.tagName("legend")).getText()).startsWith("How useful was the Chat?");
        assertThat(scale.findElements(By.cssSelector("input[type=radio]"))).hasSize(5);
        assertThat(scale.findElements(By.cssSelector(".scale__end")).stream().map(WebElement::getText).toList())
                .containsExactly("1: Not at all useful", "5: Very useful");
        List<WebElement> choices = scale.findElements(By.cssSelector("input[type=radio]"));
        assertThat(choices.get(4).getRect().getY()).as("in one row").isEqualTo(choices.get(0).getRect().getY());
        studentSees.page("after-the-chat");
        browser.findElement(By.id("step:skip")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "You have finished"));
        studentSees.page("finished");
        browser.get(Browser.url(Site.ZONE, "/"));
        assertThat(browser.findElements(By.id("next-step-title"))).as("nothing left to carry on with").isEmpty();
        studentSees.page("home");
        studentSees.assertClean();
    }

    @Test
    void anOwnerReordersJourneyStepsByDraggingThem() throws Exception {
        browser = Browser.open(1280, 1000);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(Browser.url(Site.HORIZONS, "/login.xhtml?next=%2Fadmin%2Fjourney.xhtml%3Frole%3Dmentee"));
        browser.findElement(By.id("signIn:email")).sendKeys("owner@horizons.example");
        browser.findElement(By.id("signIn:password")).sendKeys(Flows.PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:steps")));
        List<String> before = stepTitles();
        assertThat(before).hasSizeGreaterThan(2);
        Audit ownerSees = new Audit(browser, "owner-journey-editor").page("steps");

        // Drag the first step below the second, in small moves as a hand would; nothing is saved.
        WebElement first = browser.findElement(By.cssSelector("#editor\\:steps tbody tr:nth-child(1) .je-step-title"));
        WebElement second = browser.findElement(By.cssSelector("#editor\\:steps tbody tr:nth-child(2) .je-step-title"));
        int distance = second.getLocation().getY() - first.getLocation().getY();
        new org.openqa.selenium.interactions.Actions(browser).clickAndHold(first).moveByOffset(0, 5).moveByOffset(0, distance / 2)
                .moveByOffset(0, distance / 2 + 10).pause(Duration.ofMillis(200)).release().perform();

        // The row moves in the page at once; the server's answer then redraws the list and the preview from its draft.
        List<String> expected = new java.util.ArrayList<>(before);
        expected.set(0, before.get(1));
        expected.set(1, before.get(0));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> stepTitles().equals(expected) && Boolean.TRUE.equals(browser.executeScript("return jQuery.active === 0"))
                        && browser.findElement(By.id("previewStepTitle")).getText().equals(before.get(1)));
        assertThat(stepTitles()).isEqualTo(expected);
        ownerSees.page("dragged");
        ownerSees.assertClean();
    }

    @Test
    void theNoticesAndTheirEditorPassTheAccessibilityChecksOnAPhone() {
        browser = Browser.open(375, 812);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(Browser.url(Site.ZONE, "/"));
        browser.findElement(By.id("footer-privacy")).click();
        wait.until(ExpectedConditions.titleContains("Privacy notice"));
        Audit visitorSees = new Audit(browser, "notices-visitor").page("privacy");
        browser.findElement(By.id("footer-accessibility")).click();
        wait.until(ExpectedConditions.titleContains("Accessibility statement"));
        visitorSees.page("accessibility");
        visitorSees.assertClean();

        browser.get(Browser.url(Site.ZONE, "/login.xhtml?next=/admin/index.xhtml"));
        browser.findElement(By.id("signIn:email")).sendKeys("owner@zone.example");
        browser.findElement(By.id("signIn:password")).sendKeys(Flows.PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        wait.until(ExpectedConditions.titleContains("Admin"));
        browser.findElement(By.linkText("Accessibility and privacy")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("privacy:text")));
        Audit ownerSees = new Audit(browser, "notices-owner").page("editor");
        WebElement text = browser.findElement(By.id("privacy:text"));
        text.clear();
        text.sendKeys("## Who we are\nThe Zone's hubs.\n\n- your name");
        browser.findElement(By.id("privacy:preview")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#privacy-preview h2")));
        assertThat(browser.findElement(By.cssSelector("#privacy-preview h2")).getText()).isEqualTo("Who we are");
        ownerSees.page("preview");
        ownerSees.assertClean();
    }

    private List<String> stepTitles() {
        return browser.findElements(By.cssSelector("#editor\\:steps .je-step-title")).stream().map(WebElement::getText).toList();
    }

    private String progress() {
        return browser.findElement(By.className("journey__progress")).getText();
    }


    private void signInAndCheck(String host, String name, String primary, String email, String person) throws Exception {
        browser.get(Browser.url(host, "/"));
        assertThat(browser.getTitle()).contains(name);
        assertThat(Color.fromString(browser.findElement(By.cssSelector(".site-header")).getCssValue("background-color")))
                .isEqualTo(Color.fromString(primary));
        Boolean logoLoaded = (Boolean) browser.executeScript(
                "const img = document.querySelector('img.site-brand__logo'); return img.complete && img.naturalWidth > 0;");
        assertThat(logoLoaded).as("the programme's logo is shown").isTrue();
        Browser.screenshot(browser, host.replace(".localhost", "") + "-home");

        browser.findElement(By.linkText("Sign in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.titleContains("Sign in"));
        browser.findElement(By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(Flows.PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.titleContains("Home"));

        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("You are signed in as " + person);
        assertThat(Browser.consoleErrors(browser)).as("no script errors, CSP violations or missing resources").isEmpty();
        browser.findElement(By.cssSelector("form#signOut input[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("signedOut=true"));
    }
}
