package org.wayfinder.config.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ColourTest {

    private static Colour colour(String hex) {
        return Colour.parse(hex).orElseThrow();
    }

    @Test
    void contrastMatchesPublishedWcagFigures() {
        assertThat(Colour.BLACK.contrastWith(Colour.WHITE)).isCloseTo(21.0, within(0.001));
        assertThat(colour("#ffffff").contrastWith(colour("#ffffff"))).isCloseTo(1.0, within(0.001));
        assertThat(colour("#0000ff").contrastWith(Colour.WHITE)).isCloseTo(8.59, within(0.01));
        assertThat(colour("#ff0000").contrastWith(Colour.WHITE)).isCloseTo(4.00, within(0.01));
        assertThat(colour("#008000").contrastWith(Colour.WHITE)).isCloseTo(5.14, within(0.01));
        assertThat(colour("#808080").contrastWith(Colour.WHITE)).isCloseTo(3.95, within(0.01));
        assertThat(colour("#767676").contrastWith(Colour.WHITE)).isCloseTo(4.54, within(0.01));
        assertThat(colour("#777777").contrastWith(Colour.WHITE)).isCloseTo(4.48, within(0.01));
    }

    @Test
    void theAaLineFallsBetween767676And777777() {
        assertThat(colour("#767676").passesWithWhite()).isTrue();
        assertThat(colour("#777777").passesWithWhite()).isFalse();
        assertThat(colour("#005eb8").passesWithWhite()).as("NHS blue").isTrue();
        assertThat(colour("#41b6e6").passesWithWhite()).as("NHS light blue").isFalse();
    }

    @Test
    void theNearestPassingShadeKeepsTheHueAndOnlyJustPasses() {
        Colour light = colour("#66aaff");
        Colour shade = light.nearestPassingShade();

        assertThat(shade.passesWithWhite()).isTrue();
        assertThat(shade.contrastWith(Colour.WHITE)).isLessThan(4.7);
        assertThat(shade.luminance()).isLessThan(light.luminance());
        assertThat(shade.hsl()[0]).isCloseTo(light.hsl()[0], within(3.0));
        assertThat(colour("#005eb8").nearestPassingShade()).isEqualTo(colour("#005eb8"));
        assertThat(colour("#ffff00").nearestPassingShade().passesWithWhite()).isTrue();
        assertThat(colour("#ffffff").nearestPassingShade().passesWithWhite()).isTrue();
    }

    @Test
    void onlySixDigitHexIsAColour() {
        assertThat(Colour.parse("#005EB8")).contains(new Colour(0, 94, 184));
        assertThat(Colour.parse("005eb8")).contains(new Colour(0, 94, 184));
        assertThat(Colour.parse("#05b")).isEmpty();
        assertThat(Colour.parse("blue")).isEmpty();
        assertThat(Colour.parse("#005eb8; background:url(x)")).isEmpty();
        assertThat(Colour.parse(null)).isEmpty();
        assertThat(colour("#005EB8").hex()).isEqualTo("#005eb8");
    }

    @Test
    void sassStyleShadesAreComputedLikeSaga() {
        Colour saga = colour("#2196f3");
        assertThat(saga.darker(0.10)).as("Saga's hover").isEqualTo(new Colour(13, 137, 236));
        assertThat(saga.darker(0.20)).as("Saga's active").isEqualTo(new Colour(11, 122, 209));
        assertThat(saga.tint(0.6)).isEqualTo(new Colour(166, 213, 250));
    }
}
