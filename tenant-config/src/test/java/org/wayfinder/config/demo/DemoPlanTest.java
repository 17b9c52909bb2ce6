package org.wayfinder.config.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.spi.DemoDataSet;

class DemoPlanTest {

    @Test
    void theDemoPlanNamesEachProgrammesPeopleDataSetsAndResources() {
        DemoPlan plan = DemoPlan.read(DemoDataSet.parse(DemoPlan.RESOURCE, "", "", resource(DemoPlan.RESOURCE)));

        assertThat(plan.operator().email()).isEqualTo("operator@wayfinder.example");
        assertThat(plan.programmes()).extracting(DemoPlan.Programme::address).containsExactly("healthcare-horizons", "healthcare-zone");
        DemoPlan.Programme horizons = plan.programmes().get(0);
        assertThat(horizons.people()).extracting(DemoPlan.Person::email).contains("owner@horizons.example", "student@horizons.example");
        assertThat(horizons.data()).extracting(DemoPlan.DataSet::resource).containsExactly("demo/mentoring/healthcare-horizons.json",
                "demo/events/healthcare-horizons.json");
        for (DemoPlan.Programme programme : plan.programmes()) {
            assertThat(resource(programme.configuration())).as(programme.configuration()).isNotNull();
            assertThat(resource(programme.logo())).as(programme.logo()).isNotNull();
        }
    }

    @Test
    void aValueOfTheWrongKindIsReportedWithTheFileAndItsJsonPath() {
        assertThatThrownBy(() -> read("""
                {"operator": {"email": "op@example.org", "name": "Op"},
                 "programmes": [{"address": "lab", "people": [{"email": "a@example.org", "name": 7, "role": "owner"}]}]}
                """)).isInstanceOf(DemoDataSet.Problem.class)
                .hasMessage("demo/demo.json at $.programmes[0].people[0].name: expected text");
    }

    @Test
    void aMissingValueIsReportedWithTheFileAndItsJsonPath() {
        assertThatThrownBy(() -> read("""
                {"operator": {"email": "op@example.org"}, "programmes": []}
                """)).isInstanceOf(DemoDataSet.Problem.class).hasMessage("demo/demo.json at $.operator.name: missing");
    }

    @Test
    void aListWhereAnObjectBelongsIsReportedAtItsPath() {
        assertThatThrownBy(() -> read("""
                {"operator": {"email": "op@example.org", "name": "Op"}, "programmes": [{"address": "lab", "data": {"plugin": "zone"}}]}
                """)).isInstanceOf(DemoDataSet.Problem.class).hasMessage("demo/demo.json at $.programmes[0].data: expected a list");
    }

    @Test
    void anAddressThatCannotBeASubdomainIsRefused() {
        assertThatThrownBy(() -> read("""
                {"operator": {"email": "op@example.org", "name": "Op"}, "programmes": [{"address": "Health Lab"}]}
                """)).isInstanceOf(DemoDataSet.Problem.class)
                .hasMessage("demo/demo.json at $.programmes[0].address: an address is lower-case letters, digits and hyphens");
    }

    @Test
    void aFileThatIsNotJsonSaysSoAndNamesTheFile() {
        assertThatThrownBy(() -> read("{\"operator\": ")).isInstanceOf(DemoDataSet.Problem.class)
                .hasMessageStartingWith("demo/demo.json is not JSON: ");
    }

    private static DemoPlan read(String json) {
        return DemoPlan.read(DemoDataSet.parse("demo/demo.json", "", "", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    private static InputStream resource(String path) {
        return DemoPlanTest.class.getClassLoader().getResourceAsStream(path);
    }
}
