package org.wayfinder.web.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalPathTest {

    @Test
    void anAddressAlreadyInItsOneSpellingStaysAsItIs() {
        assertThat(CanonicalPath.of("/")).isEqualTo("/");
        assertThat(CanonicalPath.of("/admin/forms.xhtml")).isEqualTo("/admin/forms.xhtml");
        assertThat(CanonicalPath.of("/zone/")).isEqualTo("/zone/");
        assertThat(CanonicalPath.of("/api/v1/zones/3f2a-77/questions")).isEqualTo("/api/v1/zones/3f2a-77/questions");
        assertThat(CanonicalPath.of("/jakarta.faces.resource/theme.css.xhtml")).isEqualTo("/jakarta.faces.resource/theme.css.xhtml");
        assertThat(CanonicalPath.of("/branding/logo-1a2b.png")).isEqualTo("/branding/logo-1a2b.png");
    }

    @Test
    void everyOtherSpellingOfAPageIsWrittenAsTheOneTheContainerServes() {
        assertThat(CanonicalPath.of("//admin/plugin-settings.xhtml")).isEqualTo("/admin/plugin-settings.xhtml");
        assertThat(CanonicalPath.of("///admin///forms.xhtml")).isEqualTo("/admin/forms.xhtml");
        assertThat(CanonicalPath.of("/%61dmin/forms.xhtml")).isEqualTo("/admin/forms.xhtml");
        assertThat(CanonicalPath.of("/%61%64%6D%69%6E/forms.xhtml")).isEqualTo("/admin/forms.xhtml");
        assertThat(CanonicalPath.of("/./admin/journeys.xhtml")).isEqualTo("/admin/journeys.xhtml");
        assertThat(CanonicalPath.of("/admin/./journeys.xhtml")).isEqualTo("/admin/journeys.xhtml");
        assertThat(CanonicalPath.of("/jakarta.faces.resource/../admin/api-tokens.xhtml")).isEqualTo("/admin/api-tokens.xhtml");
        assertThat(CanonicalPath.of("/staff/%2e%2e/admin/index.xhtml")).isEqualTo("/admin/index.xhtml");
        assertThat(CanonicalPath.of("/admin;x=1/forms.xhtml")).isEqualTo("/admin/forms.xhtml");
        assertThat(CanonicalPath.of("/admin/forms.xhtml;jsessionid=abc")).isEqualTo("/admin/forms.xhtml");
        assertThat(CanonicalPath.of("/admin/.")).isEqualTo("/admin/");
        assertThat(CanonicalPath.of("/admin/x/..")).isEqualTo("/admin/");
        assertThat(CanonicalPath.of("")).isEqualTo("/");
    }

    @Test
    void charactersThatNeedEncodingAreEncodedOnceInCapitals() {
        assertThat(CanonicalPath.of("/static/caf%c3%a9.html")).isEqualTo("/static/caf%C3%A9.html");
        assertThat(CanonicalPath.of("/a%20b")).isEqualTo("/a%20b");
        assertThat(CanonicalPath.of("/a<b")).isEqualTo("/a%3Cb");
        assertThat(CanonicalPath.of("/%2561dmin/x.xhtml")).as("a literal percent sign stays one").isEqualTo("/%2561dmin/x.xhtml");
    }

    @Test
    void addressesNoPageCanBeBehindAreRefused() {
        assertThat(CanonicalPath.of("/..")).isNull();
        assertThat(CanonicalPath.of("/../admin/forms.xhtml")).isNull();
        assertThat(CanonicalPath.of("/zone/../../admin/forms.xhtml")).isNull();
        assertThat(CanonicalPath.of("/admin%2fforms.xhtml")).as("an encoded slash").isNull();
        assertThat(CanonicalPath.of("/admin%5cforms.xhtml")).as("an encoded backslash").isNull();
        assertThat(CanonicalPath.of("/admin\\forms.xhtml")).isNull();
        assertThat(CanonicalPath.of("/admin%3bx/forms.xhtml")).as("an encoded semicolon").isNull();
        assertThat(CanonicalPath.of("/admin%00/forms.xhtml")).isNull();
        assertThat(CanonicalPath.of("/admin/forms.xhtml%0d%0aSet-Cookie:x")).isNull();
        assertThat(CanonicalPath.of("/admin%/forms.xhtml")).isNull();
        assertThat(CanonicalPath.of("/admin%zz/forms.xhtml")).isNull();
        assertThat(CanonicalPath.of("/%c0%ae%c0%ae/admin")).as("overlong UTF-8 for ..").isNull();
        assertThat(CanonicalPath.of("/admin./forms.xhtml")).as("a trailing dot").isNull();
        assertThat(CanonicalPath.of("/admin/forms.xhtml.")).isNull();
        assertThat(CanonicalPath.of("/admin/forms.xhtml%20")).as("a trailing space").isNull();
        assertThat(CanonicalPath.of("admin/forms.xhtml")).isNull();
    }
}
