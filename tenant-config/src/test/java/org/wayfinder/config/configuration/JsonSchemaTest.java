package org.wayfinder.config.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.spi.FieldError;

class JsonSchemaTest {

    private static final JsonSchema SCHEMA = JsonSchema.load("schemas/tenant-configuration.schema.json");

    private static List<FieldError> check(String json) {
        JsonValue value = Json.createReader(new StringReader(json.replace('\'', '"'))).readValue();
        return SCHEMA.check(value);
    }

    private static final String BRANDING = "'branding': {'name': 'Trust', 'primaryColour': '#005eb8', 'accentColour': '#007f3b'}";

    @Test
    void aMinimalDocumentFits() {
        assertThat(check("{'formatVersion': 1, " + BRANDING + "}")).isEmpty();
    }

    @Test
    void wrongTypesAreReportedWithTheirPath() {
        List<FieldError> problems = check("{'formatVersion': 1, " + BRANDING + ", 'forms': [{'key': 'profile', 'title': 'Profile',"
                + " 'sections': [{'id': 'main', 'title': 'Main', 'fields': [{'id': 'name', 'type': 7, 'label': 'Name', 'required': 'yes'}]}]}],"
                + " 'journeys': {'role': 'member'}}");

        assertThat(problems).containsExactly(
                new FieldError("$.forms[0].sections[0].fields[0].type", "must be a string, not the number 7"),
                new FieldError("$.forms[0].sections[0].fields[0].required", "must be a boolean, not the text \"yes\""),
                new FieldError("$.journeys", "must be an array, not an object"));
    }

    @Test
    void missingAndUnknownMembersAndBadValuesAreReported() {
        List<FieldError> problems = check("{'formatVersion': 2, 'branding': {'name': '', 'primaryColour': 'blue', 'colour': '#000000'},"
                + " 'plugins': [{'id': 'Notes', 'enabled': true, 'settings': {'max-length': 5}}]}");

        assertThat(problems).extracting(FieldError::field).containsExactly(
                "$.formatVersion",
                "$.branding.accentColour", "$.branding.name", "$.branding.primaryColour", "$.branding.colour",
                "$.plugins[0].id", "$.plugins[0].settings.max-length");
        assertThat(problems.get(4).message()).contains("not part of the format");
    }

    @Test
    void aSchemaUsingAKeywordThatIsNotCheckedIsRefusedOutright() {
        assertThatThrownBy(() -> JsonSchema.load("schemas/not-understood.schema.json"))
                .hasMessageContaining("\"oneOf\"");
    }
}
