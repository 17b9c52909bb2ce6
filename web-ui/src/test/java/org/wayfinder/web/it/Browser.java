package org.wayfinder.web.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

    private Browser() {
    }

    public static ChromeDriver open(int width, int height) {
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

    /** Saves a screenshot under target/screenshots, for people to look at. */
    public static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Path directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        Path file = directory.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
