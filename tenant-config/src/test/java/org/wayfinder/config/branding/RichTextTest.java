package org.wayfinder.config.branding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void theAllowedSubsetIsKept() {
        String clean = RichText.clean("<h2>Welcome</h2><p>Meet <strong>NHS</strong> <em>professionals</em>.</p>"
                + "<ul><li>Careers advice</li></ul><p><a href=\"https://www.nhs.uk/careers\">NHS careers</a></p>");

        assertThat(clean).contains("<h2>Welcome</h2>").contains("<strong>NHS</strong>").contains("<em>professionals</em>")
                .contains("<li>Careers advice</li>").contains("href=\"https://www.nhs.uk/careers\"").contains("noopener");
    }

    @Test
    void scriptsStylesHandlersAndScriptLinksAreRemoved() {
        String clean = RichText.clean("<p onclick=\"steal()\">Hi<script>alert(1)</script></p>"
                + "<a href=\"javascript:alert(1)\">click</a><img src=x onerror=alert(1)><style>body{display:none}</style>"
                + "<iframe src=\"https://evil.example\"></iframe><a href=\"data:text/html,<script>x</script>\">d</a>");

        assertThat(clean).doesNotContain("script").doesNotContain("onclick").doesNotContain("javascript:")
                .doesNotContain("<img").doesNotContain("onerror").doesNotContain("<style").doesNotContain("iframe")
                .doesNotContain("data:").contains("Hi");
    }

    @Test
    void nothingIsEmpty() {
        assertThat(RichText.clean(null)).isEmpty();
    }
}
