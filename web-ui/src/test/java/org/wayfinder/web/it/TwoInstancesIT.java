package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.wayfinder.platform.testing.TestDatabase;

/**
 * Two Payara Micro instances with the built WAR, started at the same moment on an empty MySQL
 * database: both must come up and every changeset must be applied exactly once. Needs a real
 * MySQL-compatible server, so it runs in .ci/run's MariaDB pass (it.db.url set).
 */
@EnabledIfSystemProperty(named = "it.db.url", matches = "jdbc:mysql:.+")
class TwoInstancesIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void twoInstancesStartingTogetherOnAnEmptyDatabaseBothComeUpAndApplyEachChangesetOnce() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            String url = database.url();
            List<Process> instances = new ArrayList<>();
            try {
                for (int port : new int[] {18281, 18282}) {
                    instances.add(start(url, port));
                }
                for (int port : new int[] {18281, 18282}) {
                    assertThat(awaitHome(port)).as("instance on port " + port + " serves the platform site").isEqualTo(200);
                }
            } finally {
                instances.forEach(Process::destroyForcibly);
                for (Process instance : instances) {
                    instance.waitFor();
                }
            }
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                assertThat(count(statement, "SELECT COUNT(*) FROM DATABASECHANGELOG"))
                        .isEqualTo(count(statement, "SELECT COUNT(DISTINCT FILENAME, ID) FROM DATABASECHANGELOG"))
                        .isGreaterThanOrEqualTo(5);
                assertThat(count(statement, "SELECT COUNT(*) FROM tenant WHERE platform = TRUE")).isEqualTo(1);
            }
        }
    }

    private static Process start(String url, int port) throws Exception {
        Path log = Path.of("target", "two-instances-" + port + ".log");
        Files.createDirectories(log.getParent());
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=UTC", "-Dwayfinder.db.url=" + url, "-Dwayfinder.db.user=" + System.getProperty("it.db.user", ""),
                "-Dwayfinder.db.password=" + System.getProperty("it.db.password", ""),
                "-jar", System.getProperty("payara.microJar"), "--deploy", new File(System.getProperty("it.war")).getAbsolutePath(),
                "--port", String.valueOf(port), "--nocluster"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits for the platform's home page; while the instance is still starting it may refuse or fail. */
    private static int awaitHome(int port) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 240_000;
        int status = -1;
        while (System.currentTimeMillis() < deadline && status != 200) {
            try {
                status = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                        .header("Host", "localhost:" + port).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException notYet) {
                status = -1;
            }
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        return status;
    }

    private static long count(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
