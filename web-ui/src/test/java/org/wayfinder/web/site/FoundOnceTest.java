package org.wayfinder.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoundOnceTest {

    private final FoundOnce<URL> views = new FoundOnce<>();
    private final List<String> asked = new ArrayList<>();

    private URL lookup(String name) {
        asked.add(name);
        if (name.startsWith("/missing")) {
            return null;
        }
        try {
            return new URL("file:/app" + name);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFileFoundOnceIsNotLookedForAgain() {
        URL first = views.find("/WEB-INF/templates/site.xhtml", this::lookup);
        URL second = views.find("/WEB-INF/templates/site.xhtml", this::lookup);
        assertThat(second).isEqualTo(first).hasToString("file:/app/WEB-INF/templates/site.xhtml");
        assertThat(asked).containsExactly("/WEB-INF/templates/site.xhtml");
    }

    @Test
    void aFileNotFoundIsLookedForEachTime() {
        assertThat(views.find("/missing.xhtml", this::lookup)).isNull();
        assertThat(views.find("/missing.xhtml", this::lookup)).isNull();
        assertThat(asked).containsExactly("/missing.xhtml", "/missing.xhtml");
    }

    @Test
    void noMoreThanTheBoundAreKeptAndTheRestAreStillFound() {
        for (int i = 0; i < FoundOnce.MOST + 10; i++) {
            views.find("/page-" + i + ".xhtml", this::lookup);
        }
        asked.clear();
        assertThat(views.find("/page-0.xhtml", this::lookup)).hasToString("file:/app/page-0.xhtml");
        assertThat(views.find("/page-" + (FoundOnce.MOST + 5) + ".xhtml", this::lookup))
                .hasToString("file:/app/page-" + (FoundOnce.MOST + 5) + ".xhtml");
        assertThat(asked).as("the first are kept, those past the bound asked each time")
                .containsExactly("/page-" + (FoundOnce.MOST + 5) + ".xhtml");
    }
}
