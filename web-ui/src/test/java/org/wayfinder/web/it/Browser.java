package org.wayfinder.web.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its own chromedriver, never anything downloaded. Without
 * Chromium installed the browser tests are skipped, unless {@code it.browser.required} is true (as
 * .ci/run sets it), in which case they fail.
 */
public final class Browser {

    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final Pattern FAILED_LOAD = Pattern.compile("^(\\S+) - Failed to load resource: the server responded with a status of (\\d+)");

    private Browser() {
    }

    public static ChromeDriver open(int width, int height) {
        return open(width, height, null);
    }

    /** A browser that saves what it downloads into a folder, without asking. */
    public static ChromeDriver open(int width, int height, Path downloads) {
        boolean installed = DRIVER.canExecute() && CHROMIUM.canExecute();
        if (!installed && Boolean.getBoolean("it.browser.required")) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed (apt-get install -y chromium chromium-driver); browser tests skipped");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=" + Math.max(width, 800) + "," + height);
        if (width < 800) {
            // A desktop window cannot be made phone-narrow; emulate the phone's screen instead.
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        }
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** The address Chromium uses for a site: it resolves every *.localhost name to this machine. */
    public static String url(String host, String path) {
        return "http://" + host + ":" + System.getProperty("it.http.port", "18080") + path;
    }

    /** Signs in through a site's sign-in page, asking to go on to {@code next}, and waits to arrive there. */
    public static void signIn(ChromeDriver driver, String host, String email, String password, String next) {
        driver.get(url(host, "/login.xhtml?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)));
        driver.findElement(org.openqa.selenium.By.id("signIn:email")).sendKeys(email);
        driver.findElement(org.openqa.selenium.By.id("signIn:password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("signIn:submit")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains(next));
    }

    /** Waits until the page has no PrimeFaces request queued or in flight, so what it redraws is in place. */
    public static void settled(ChromeDriver driver) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(driver.executeScript("return (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())")));
    }

    /**
     * Replaces a field's text as someone typing over it would (select all, type, Tab on), again if
     * the page redraws the field meanwhile, until the field holds the text.
     */
    public static void typeOver(ChromeDriver driver, org.openqa.selenium.By field, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                    Browser.settled(driver);
                    org.openqa.selenium.WebElement input = driver.findElement(field);
                    // Tab leaves the field, as a person moves on: its change is sent (and the field redrawn) now, not mid-click later.
                    input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text, org.openqa.selenium.Keys.TAB);
                    Browser.settled(driver);
                    return text.equals(driver.findElement(field).getAttribute("value"));
                });
    }

    /** A colour input opens the system's picker, which a headless browser cannot use; sets it as a picker would. */
    public static void setColour(ChromeDriver driver, String id, String hex) {
        driver.executeScript("const input = document.getElementById(arguments[0]); input.value = arguments[1];"
                + " input.dispatchEvent(new Event('input', {bubbles: true})); input.dispatchEvent(new Event('change', {bubbles: true}));", id, hex);
    }

    /** Saves a screenshot under target/screenshots, for people to look at. */
    public static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Path directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        Path file = directory.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /**
     * What the browser's console reported as errors since it was last asked: script errors, CSP
     * violations, resources that did not load. A resource of the page's own site that failed is
     * asked for again; it counts only when it fails again. A failure that does not come back is
     * printed (with what the second answer was), so a rare one is seen in the build log without
     * failing a suite that cannot reproduce it. Reading the console empties it.
     */
    public static List<String> consoleErrors(ChromeDriver driver) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER).getAll()) {
            if (entry.getLevel().intValue() < Level.SEVERE.intValue()) {
                continue;
            }
            Matcher failed = FAILED_LOAD.matcher(entry.getMessage());
            if (failed.find() && failed.group(1).startsWith(String.valueOf(driver.executeScript("return location.origin")) + "/")) {
                Object again = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0], {cache: 'no-store', credentials: 'same-origin'})"
                        + ".then(r => done(r.status), e => done(String(e)));", failed.group(1));
                if (again instanceof Number status && status.intValue() < 400) {
                    System.err.println("Browser: " + failed.group(1) + " answered " + failed.group(2) + " once and " + again
                            + " when asked again (" + entry + ")");
                    continue;
                }
                errors.add(entry + " (asked again: " + again + ")");
                continue;
            }
            errors.add(entry.toString());
        }
        return errors;
    }
}
