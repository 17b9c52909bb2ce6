package org.wayfinder.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wayfinder.config.branding.Colour;

/** Assertions compare booleans and counts: a failing message would otherwise print 200 KB of CSS. */
class ThemeStylesheetTest {

    private final ThemeStylesheet theme = new ThemeStylesheet();

    @Test
    void everyShadeOfSagasBlueBecomesAShadeOfTheProgrammesColour() {
        String css = theme.css("#330072", "#ae2573").toLowerCase();

        for (String saga : List.of("#2196f3", "rgb(166.2,213,250.2)", "#e3f2fd", "rgba(33,150,243", "rgb(12.7384615385",
                "rgb(11.3230769231")) {
            assertThat(css.contains(saga)).as("Saga's " + saga + " is gone").isFalse();
        }
        assertThat(css.contains("--wf-primary:#330072")).isTrue();
        assertThat(css.contains("--wf-accent:#ae2573")).isTrue();
        assertThat(css.contains("rgba(51,0,114,.16)")).as("translucent hover shade").isTrue();
        assertThat(Pattern.compile("body \\.ui-button\\{background:#330072").matcher(css).find()).as("buttons").isTrue();
        assertThat(Pattern.compile("\\.ui-chkbox-box\\.ui-state-active\\{[^}]*#330072").matcher(css).find()).as("ticked boxes").isTrue();
    }

    @Test
    void secondaryButtonsUseASlateThatReadsAgainstWhite() {
        String css = theme.css("#005eb8", "#007f3b").toLowerCase();

        assertThat(css.contains("#607d8b")).as("Saga's #607d8b (4.37:1) is gone").isFalse();
        assertThat(Pattern.compile("\\.ui-button\\.ui-button-secondary[^{]*\\{background:#546e7a;color:#fff").matcher(css).find()).isTrue();
        assertThat(Pattern.compile("\\.ui-button-secondary\\.ui-button-flat[^{]*\\{[^}]*color:#546e7a").matcher(css).find()).isTrue();
        assertThat(Colour.parse(ThemeStylesheet.SECONDARY).orElseThrow().contrastWith(Colour.WHITE)).isGreaterThanOrEqualTo(Colour.AA_NORMAL_TEXT);
    }

    @Test
    void hoverActiveAndFocusShadesFollowSagasOwnRules() {
        Colour primary = Colour.parse("#005eb8").orElseThrow();
        String css = theme.css("#005eb8", "#007f3b");

        assertThat(css.contains("background:" + primary.darker(0.10).hex())).as("hover").isTrue();
        assertThat(css.contains("background:" + primary.darker(0.20).hex())).as("active").isTrue();
        assertThat(css.contains("0 0 0 .2rem " + primary.tint(0.6).hex())).as("focus ring").isTrue();
    }

    @Test
    void anythingButAColourFallsBackToThePlatformsLook() {
        String css = theme.css("red;} body{display:none", "</style><script>");

        assertThat(css.contains("red;}")).isFalse();
        assertThat(css.contains("<script>")).isFalse();
        assertThat(css.contains("--wf-primary:#1d4f91")).isTrue();
    }
}
