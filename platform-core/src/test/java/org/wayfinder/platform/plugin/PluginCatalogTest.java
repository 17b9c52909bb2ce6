package org.wayfinder.platform.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.spi.Plugin;
import org.wayfinder.platform.spi.PluginRole;
import org.wayfinder.platform.spi.PluginSetting;

class PluginCatalogTest {

    /** A plugin built in the test: only what the catalog looks at. */
    record FakePlugin(String id, Set<String> dependencies, List<PluginSetting> settings, List<PluginRole> roles)
            implements Plugin {

        FakePlugin(String id, String... dependencies) {
            this(id, Set.of(dependencies), List.of(), List.of());
        }

        @Override
        public String name() {
            return id;
        }

        @Override
        public String version() {
            return "1";
        }
    }

    @Test
    void pluginsComeAfterTheirDependenciesAndOtherwiseById() {
        PluginCatalog catalog = PluginCatalog.of(List.of(
                new FakePlugin("zone", "surveys"), new FakePlugin("archive", "mentoring", "zone"),
                new FakePlugin("mentoring", "surveys"), new FakePlugin("surveys")));

        assertThat(catalog.plugins()).extracting(Plugin::id).containsExactly("surveys", "mentoring", "zone", "archive");
    }

    @Test
    void twoPluginsWithOneIdStopTheStart() {
        assertThatThrownBy(() -> PluginCatalog.of(List.of(new FakePlugin("mentoring"), new FakePlugin("mentoring"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("two plugins have the id \"mentoring\"");
    }

    @Test
    void aMissingDependencyStopsTheStart() {
        assertThatThrownBy(() -> PluginCatalog.of(List.of(new FakePlugin("zone", "surveys"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("plugin \"zone\" needs plugin \"surveys\", which is not installed");
    }

    @Test
    void aDependencyCycleStopsTheStart() {
        assertThatThrownBy(() -> PluginCatalog.of(List.of(new FakePlugin("a1", "b1"), new FakePlugin("b1", "a1"), new FakePlugin("c1"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("a1, b1 depend on each other in a cycle");
    }

    @Test
    void idsMustBeSafePathSegmentsAndNotThePlatformsOwn() {
        assertThatThrownBy(() -> PluginCatalog.of(List.of(new FakePlugin("Mentoring"))))
                .hasMessageContaining("has id \"Mentoring\"");
        assertThatThrownBy(() -> PluginCatalog.of(List.of(new FakePlugin("../x"))))
                .hasMessageContaining("has id \"../x\"");
        assertThatThrownBy(() -> PluginCatalog.of(List.of(new FakePlugin("api"))))
                .hasMessageContaining("\"api\" is reserved");
        assertThatThrownBy(() -> PluginCatalog.of(List.of(new FakePlugin("admin"))))
                .hasMessageContaining("\"admin\" is reserved");
    }

    @Test
    void settingsAndRolesAreCheckedForDuplicatesAndImpossibleDefaults() {
        Plugin twiceDeclared = new FakePlugin("surveys", Set.of(), List.of(PluginSetting.text("title", "Title"),
                PluginSetting.text("title", "Title again")), List.of());
        Plugin badDefault = new FakePlugin("zone", Set.of(), List.of(PluginSetting.integer("days", "Days")
                .withRange(1, 10).withDefault("30")), List.of());
        Plugin coreRole = new FakePlugin("mentoring", Set.of(), List.of(),
                List.of(new PluginRole("owner", "Owner", "", false)));

        assertThatThrownBy(() -> PluginCatalog.of(List.of(twiceDeclared))).hasMessageContaining("declares setting \"title\" twice");
        assertThatThrownBy(() -> PluginCatalog.of(List.of(badDefault))).hasMessageContaining("a default its own rules refuse");
        assertThatThrownBy(() -> PluginCatalog.of(List.of(coreRole))).hasMessageContaining("declares role \"owner\"");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThatThrownBy(() -> PluginCatalog.of(List.of(new FakePlugin("zone", "surveys"), new FakePlugin("api"))))
                .hasMessageContaining("\"api\" is reserved").hasMessageContaining("needs plugin \"surveys\"");
    }

    @Test
    void noPluginsIsAValidBuild() {
        assertThat(PluginCatalog.of(List.of()).plugins()).isEmpty();
    }
}
