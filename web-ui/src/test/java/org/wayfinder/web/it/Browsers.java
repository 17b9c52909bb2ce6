package org.wayfinder.web.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browsers a test opens (see {@link Browser}), each closed after the test:
 * {@code @RegisterExtension final Browsers browsers = new Browsers();}.
 */
final class Browsers implements AfterEachCallback {

    private final List<ChromeDriver> opened = new ArrayList<>();

    ChromeDriver open(int width, int height) {
        return open(width, height, null);
    }

    /** A browser that saves what it downloads into the folder (none: null). */
    ChromeDriver open(int width, int height, Path downloads) {
        ChromeDriver browser = Browser.open(width, height, downloads);
        opened.add(browser);
        return browser;
    }

    /** A desktop-high browser signed in on a site through its sign-in page, on {@code next}. */
    ChromeDriver signedIn(String host, String email, String password, int width, String next) {
        return signedIn(host, email, password, width, next, null);
    }

    ChromeDriver signedIn(String host, String email, String password, int width, String next, Path downloads) {
        ChromeDriver browser = open(width, 900, downloads);
        Browser.signIn(browser, host, email, password, next);
        return browser;
    }

    /** Waits of the browser suites: twenty seconds, for a page on a busy two-core machine. */
    static WebDriverWait waits(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        opened.forEach(ChromeDriver::quit);
        opened.clear();
    }
}
