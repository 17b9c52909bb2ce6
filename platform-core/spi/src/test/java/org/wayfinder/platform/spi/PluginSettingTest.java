package org.wayfinder.platform.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluginSettingTest {

    @Test
    void integersAreCheckedForFormAndRangeAndParsed() {
        PluginSetting days = PluginSetting.integer("quiet-days", "Quiet days").withRange(1, 90).withDefault("14");

        assertThat(days.problemWith("14")).isEmpty();
        assertThat(days.problemWith(" 90 ")).isEmpty();
        assertThat(days.problemWith("0")).contains("Quiet days must be between 1 and 90.");
        assertThat(days.problemWith("91")).contains("Quiet days must be between 1 and 90.");
        assertThat(days.problemWith("ten")).contains("Quiet days must be a whole number.");
        assertThat(days.problemWith("99999999999")).contains("Quiet days is too large.");
        assertThat(days.parse("14")).isEqualTo(14);
    }

    @Test
    void blankIsNotSetForOptionalSettingsAndRefusedForRequiredOnes() {
        assertThat(PluginSetting.text("motto", "Motto").problemWith("  ")).isEmpty();
        assertThat(PluginSetting.text("motto", "Motto").parse("")).isNull();
        assertThat(PluginSetting.text("motto", "Motto").asRequired().problemWith(null)).contains("Motto is required.");
    }

    @Test
    void textLengthEmailBooleanAndChoiceAreChecked() {
        assertThat(PluginSetting.text("name", "Name").withRange(2, 5).problemWith("a")).contains("Name must be at least 2 characters.");
        assertThat(PluginSetting.text("name", "Name").withRange(2, 5).problemWith("abcdef")).contains("Name must be at most 5 characters.");
        assertThat(PluginSetting.text("name", "Name").problemWith("x".repeat(2001))).contains("Name must be at most 2000 characters.");
        assertThat(PluginSetting.email("lead", "Safeguarding lead").problemWith("lead@trust.nhs.uk")).isEmpty();
        assertThat(PluginSetting.email("lead", "Safeguarding lead").problemWith("lead at trust")).isPresent();
        assertThat(PluginSetting.bool("open", "Open").problemWith("yes")).contains("Open must be yes or no.");
        assertThat(PluginSetting.bool("open", "Open").parse("true")).isEqualTo(true);
        assertThat(PluginSetting.choice("mode", "Mode", "pick", "request").problemWith("bulk"))
                .contains("Mode must be one of: pick, request.");
        assertThat(PluginSetting.choice("mode", "Mode", "pick", "request").problemWith("pick")).isEmpty();
    }
}
