package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Chat page in headless Chromium, for {@link ChatIT}: outside the container only. */
final class ChatBrowser {

    private ChatBrowser() {
    }

    static void studentWritesAndModeratorRemovesAndRaisesAConcern(String HOST, String live, String SAM, String MODERATOR) throws Exception {
        ChromeDriver sam = Browser.open(375, 812);
        ChromeDriver mo = null;
        try {
            mo = Browser.open(1280, 900);
            signIn(sam, HOST, SAM, live);
            signIn(mo, HOST, MODERATOR, live);
            WebDriverWait samWaits = new WebDriverWait(sam, Duration.ofSeconds(20));
            WebDriverWait moWaits = new WebDriverWait(mo, Duration.ofSeconds(20));
            samWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat-status"), "You are in the Chat as Sam"));
            moWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat-status"), "You are in the Chat"));

            sam.findElement(By.id("chat-text")).sendKeys("Do you drive fast in the ambulance?" + Keys.ENTER);
            samWaits.until(driver -> !driver.findElements(By.xpath("//li[@data-status='SHOWN'][.//p[@class='chat-line__text']"
                    + "[text()='Do you drive fast in the ambulance?']]")).isEmpty());
            moWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat-lines"), "Do you drive fast in the ambulance?"));
            assertThat(sam.findElement(By.id("chat-text")).getAttribute("value")).as("the box is emptied for the next line").isEmpty();

            sam.findElement(By.id("chat-text")).sendKeys("my number is 07700 900789" + Keys.ENTER);
            samWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat-lines"), "Waiting for a moderator"));
            moWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat-lines"), "my number is 07700 900789"));
            mo.findElement(By.xpath("//button[@aria-label='Remove the line from Sam'][ancestor::li[.//p[text()='my number is 07700 900789']]]"))
                    .click();
            samWaits.until(driver -> !driver.findElement(By.id("chat-lines")).getText().contains("my number is 07700 900789"));
            assertThat((Long) sam.executeScript("return document.documentElement.scrollWidth")).as("no sideways scrolling at 375 px")
                    .isLessThanOrEqualTo(375L);
            Browser.screenshot(sam, "zone-chat-phone");
            Browser.screenshot(mo, "zone-chat-moderator");

            // By keyboard: the link beside the line is focused and followed with Enter.
            mo.findElement(By.xpath("//a[@aria-label='Raise a concern about the line from Sam']"
                    + "[ancestor::li[.//p[text()='Do you drive fast in the ambulance?']]]")).sendKeys(Keys.ENTER);
            moWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("concern:note")));
            assertThat(mo.findElement(By.id("concern-line")).getText()).isEqualTo("Do you drive fast in the ambulance?");
            mo.findElement(By.id("concern:note")).sendKeys("Keeps asking about speed and danger; worth a look");
            Browser.screenshot(mo, "zone-chat-concern");
            mo.findElement(By.id("concern:raise")).click();
            moWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "A safeguarding case is open"));
            moWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat-status"), "You are in the Chat"));
            for (ChromeDriver browser : List.of(sam, mo)) {
                assertThat(Browser.consoleErrors(browser)).as("no script errors, CSP violations or missing resources").isEmpty();
            }
        } finally {
            sam.quit();
            if (mo != null) {
                mo.quit();
            }
        }
    }

    private static void signIn(ChromeDriver browser, String HOST, String email, String chatId) {
        String login = Browser.url(HOST, "/login.xhtml?next=" + java.net.URLEncoder.encode("/zone/chat.xhtml?id=" + chatId, StandardCharsets.UTF_8));
        // On a loaded CI machine the first page of a fresh Chromium can still be drawing when get() returns, and signing in
        // and opening the Chat has taken over 20 s there. Once in CI (7 December) a fresh phone-sized Chromium showed no
        // sign-in form after 20 s while every other browser test passed, and nothing said what it showed instead: the
        // address is now asked for once more, what the browser showed is written to the test's error output, and kept
        // for the failure message should the second try fail too.
        String firstTry = null;
        for (int attempt = 1; ; attempt++) {
            browser.get(login);
            try {
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("signIn:email")))
                        .sendKeys(email);
                break;
            } catch (org.openqa.selenium.TimeoutException noForm) {
                String source = browser.getPageSource();
                String shown = "at " + browser.getCurrentUrl() + ", titled '" + browser.getTitle() + "': "
                        + source.substring(0, Math.min(600, source.length()));
                if (attempt == 2) {
                    throw new AssertionError("no sign-in form; first try " + firstTry + "; second try " + shown, noForm);
                }
                firstTry = shown;
                System.err.println("ChatBrowser: no sign-in form after 20 s, asking again; the browser was " + shown);
            }
        }
        browser.findElement(By.id("signIn:password")).sendKeys(Flows.PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(45)).until(ExpectedConditions.presenceOfElementLocated(By.id("chat-lines")));
    }
}
