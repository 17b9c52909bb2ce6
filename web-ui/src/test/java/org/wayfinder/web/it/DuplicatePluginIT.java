package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.wayfinder.web.it.duplicate.AnotherNotesPlugin;

/**
 * A build with two plugins of the same id must not start: Payara Micro is started with such a WAR
 * and must refuse to deploy it, naming the clash, and serve no programme. Independent of the
 * database, so it runs in the embedded pass only.
 */
@EnabledIfSystemProperty(named = "it.db.url", matches = "^$")
class DuplicatePluginIT {

    @Test
    void twoPluginsWithTheSameIdStopTheApplicationFromStarting() throws Exception {
        WebArchive war = Deployments.wayfinderWithTestPlugins();
        war.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "duplicate-plugin.jar").addClass(AnotherNotesPlugin.class)
                .addAsManifestResource("testplugin/META-INF/beans.xml", "beans.xml"));
        Path file = Path.of("target", "duplicate-plugin", "wayfinder.war");
        Files.createDirectories(file.getParent());
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        Path log = file.resolveSibling("payara.log");
        int port = 18381;

        Process payara = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("payara.microJar"), "--deploy", file.toAbsolutePath().toString(),
                "--port", String.valueOf(port), "--nocluster"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.currentTimeMillis() + 180_000;
            while (System.currentTimeMillis() < deadline && !Files.readString(log).contains("ready in")) {
                Thread.sleep(500);
            }
            String output = Files.readString(log);
            assertThat(output).contains("ready in");
            assertThat(output).contains("two plugins have the id \"notes\"");
            HttpResponse<String> home = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                            .header("Host", Site.HORIZONS + ":" + port).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(404);
            assertThat(home.body()).doesNotContain("Healthcare Horizons");
        } finally {
            payara.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
