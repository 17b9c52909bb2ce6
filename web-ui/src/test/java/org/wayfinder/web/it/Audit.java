package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser suites check on every page a persona reaches, in the state the persona sees it:
 *
 * <ul>
 *   <li>axe-core (the npm package, fetched by the build into {@code it.axe}) finds no serious or
 *       critical violation of WCAG 2.0, 2.1 and 2.2 A and AA;</li>
 *   <li>at a phone's width, 375 px (the page as it is on a phone; a desktop page laid out again
 *       on an emulated 375 px screen), nothing needs sideways scrolling and every visible link,
 *       button and field lies within the screen's width;</li>
 *   <li>no script error or CSP violation has been logged.</li>
 * </ul>
 *
 * Problems are collected, so one run names every page's problems; {@link #assertClean()} fails
 * with all of them. Each audited page is also photographed: under {@code target/screenshots}, or,
 * when {@code it.screenshots} names a folder (as {@code docs/screenshots}), there.
 */
final class Audit {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final long PHONE = 375;
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                               resultTypes: ['violations']})
              .then(result => done(JSON.stringify({violations: result.violations
                  .filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => ({id: v.id, impact: v.impact, help: v.help,
                              nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))})))
              .catch(error => done(JSON.stringify({error: String(error)})));
            """;
    private static final String OUT_OF_REACH = """
            const width = arguments[0], out = [];
            document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [role=button], [tabindex]')
              .forEach(e => {
                const box = e.getBoundingClientRect(), style = getComputedStyle(e);
                if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') return;
                // A skip link waits off screen until it is focused; it is checked by focusing it.
                if (e.classList.contains('skip-link') && document.activeElement !== e) return;
                if (box.left < -1 || box.right > width + 1) out.push((e.id || e.tagName.toLowerCase()) + ' spans '
                    + Math.round(box.left) + ' to ' + Math.round(box.right) + ' px');
              });
            return out;
            """;

    private final ChromeDriver driver;
    private final String persona;
    private final List<String> problems = new ArrayList<>();

    Audit(ChromeDriver driver, String persona) {
        this.driver = driver;
        this.persona = persona;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** Audits the page as it is now, and photographs it as {@code <persona>-<name>.png}. */
    Audit page(String name) {
        String where = persona + " / " + name + " (" + driver.getCurrentUrl() + ")";
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(axeSource());
        }
        JsonObject result = read((String) driver.executeAsyncScript(RUN_AXE));
        if (result.containsKey("error")) {
            problems.add(where + ": axe-core could not run: " + result.getString("error"));
        } else {
            for (JsonValue value : result.getJsonArray("violations")) {
                JsonObject violation = value.asJsonObject();
                problems.add(where + ": " + violation.getString("impact") + " " + violation.getString("id") + " (" + violation.getString("help")
                        + ") at " + violation.getJsonArray("nodes"));
            }
        }
        Long width = (Long) driver.executeScript("return window.innerWidth");
        if (width < 800) {
            checkReach(where, width);
        } else {
            // A desktop page is also laid out as a phone shows it (the browser emulates a 375 px screen) and checked there.
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", PHONE, "height", 812, "deviceScaleFactor", 2, "mobile", true));
            try {
                new WebDriverWait(driver, Duration.ofSeconds(10))
                        .until(d -> ((Long) driver.executeScript("return screen.width")) == PHONE);
                checkReach(where, PHONE);
            } finally {
                driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
        }
        Browser.consoleErrors(driver).forEach(error -> problems.add(where + ": browser console: " + error));
        try {
            screenshot(persona + "-" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void checkReach(String where, long width) {
        Long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        if (scrollWidth > width) {
            problems.add(where + ": scrolls sideways at " + width + " px (" + scrollWidth + " px wide)");
        }
        @SuppressWarnings("unchecked")
        List<String> out = (List<String>) driver.executeScript(OUT_OF_REACH, width);
        out.forEach(element -> problems.add(where + ": out of reach at " + width + " px: " + element));
    }

    /** Fails with every problem found on every page audited so far. */
    void assertClean() {
        assertThat(problems).as("accessibility and phone problems on the pages " + persona + " visited").isEmpty();
    }

    /**
     * Moves the keyboard focus forward with Tab, as someone without a mouse would, until it is on
     * the element with this id; fails if forty presses do not get there.
     */
    void tabTo(String id) {
        for (int presses = 0; presses < 40; presses++) {
            if (id.equals(driver.executeScript("return document.activeElement ? document.activeElement.id : null"))) {
                return;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError(persona + ": " + id + " cannot be reached with the Tab key on " + driver.getCurrentUrl());
    }

    /**
     * Chooses a radio button by keyboard: Tab into its group, the arrow keys to it, and Space; fails
     * if that does not get there.
     */
    void arrowTo(String id) {
        for (int presses = 0; presses < 40; presses++) {
            @SuppressWarnings("unchecked")
            List<String> focused = (List<String>) driver.executeScript("const e = document.activeElement;"
                    + " const target = document.getElementById(arguments[0]);"
                    + " return [e ? e.id : '', e && target && e.type === 'radio' && e.name === target.name ? 'group' : ''];", id);
            if (id.equals(focused.get(0))) {
                // Tab alone focuses the group's first button without choosing it; Space chooses it.
                new Actions(driver).sendKeys(Keys.SPACE).perform();
                return;
            }
            new Actions(driver).sendKeys(focused.get(1).isEmpty() ? Keys.TAB : Keys.ARROW_DOWN).perform();
        }
        throw new AssertionError(persona + ": the radio button " + id + " cannot be chosen by keyboard on " + driver.getCurrentUrl());
    }

    /**
     * After a refused submission: the GOV.UK error summary is at the top, titled "There is a
     * problem", has the keyboard focus (so a screen reader reads it first), and each of its links
     * names an element that is on the page; following the first link focuses that element. Returns
     * the summary's lines.
     */
    List<String> errorSummary() {
        WebElement summary = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> summary.equals(driver.executeScript("return document.activeElement")));
        assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("There is a problem");
        List<WebElement> links = summary.findElements(By.tagName("a"));
        assertThat(links).as("a link to each field with a problem").isNotEmpty();
        for (WebElement link : links) {
            String target = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
            assertThat(driver.findElements(By.id(target))).as("the field " + link.getText() + " links to, #" + target).hasSize(1);
        }
        List<String> lines = summary.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
        String first = links.get(0).getAttribute("href").substring(links.get(0).getAttribute("href").indexOf('#') + 1);
        links.get(0).click();
        assertThat(driver.executeScript("return document.activeElement.id")).as("following the first link focuses its field").isEqualTo(first);
        return lines;
    }

    /** Types into whatever has the keyboard focus. */
    void type(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private void screenshot(String name) throws IOException {
        String folder = System.getProperty("it.screenshots", "");
        if (folder.isBlank()) {
            Browser.screenshot(driver, name);
        } else {
            Path directory = Path.of(folder);
            Files.createDirectories(directory);
            Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        }
    }

    private static String axeSource() {
        Path axe = Path.of(System.getProperty("it.axe", "target/axe-core/package/axe.min.js"));
        try {
            return Files.readString(axe);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is fetched by the build (mvn verify) into " + axe, e);
        }
    }

    private static JsonObject read(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
