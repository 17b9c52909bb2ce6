package org.wayfinder.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.testing.SchemaRules;
import org.wayfinder.platform.testing.TestDatabase;

/** The core changelog on an empty database, on H2 and (with it.db.url) on MySQL/MariaDB. */
class SchemaMigrationIT {

    private static final List<String> CORE = List.of(PlatformStartup.CORE_CHANGELOG);

    @Test
    void anEmptyDatabaseGetsTheCoreSchemaAndThePlatformTenant() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            AtomicInteger ready = new AtomicInteger();
            migrator(database).migrate(CORE, ready::incrementAndGet);

            assertThat(ready).hasValue(1);
            try (Connection connection = database.connect()) {
                assertThat(SchemaRules.tenantTables(connection))
                        .contains("account", "membership", "account_token", "api_token", "plugin_activation", "plugin_setting");
                assertThat(SchemaRules.violations(connection)).isEmpty();
                assertThat(single(connection, "SELECT COUNT(*) FROM tenant WHERE platform = TRUE AND slug = 'platform'")).isEqualTo(1);
            }
        }
    }

    @Test
    void migratingAgainAppliesNothingNew() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            migrator(database).migrate(CORE, () -> { });
            long applied = changesetsApplied(database);

            migrator(database).migrate(CORE, () -> { });

            assertThat(changesetsApplied(database)).isEqualTo(applied).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void twoInstancesStartingTogetherOnAnEmptyDatabaseApplyEachChangesetOnce() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger readyEvents = new AtomicInteger();
            List<Future<?>> instances = List.of(
                    pool.submit(() -> {
                        start.await();
                        migrator(database).migrate(CORE, readyEvents::incrementAndGet);
                        return null;
                    }),
                    pool.submit(() -> {
                        start.await();
                        migrator(database).migrate(CORE, readyEvents::incrementAndGet);
                        return null;
                    }));
            start.countDown();
            for (Future<?> instance : instances) {
                instance.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(readyEvents).hasValue(2);
            try (Connection connection = database.connect()) {
                assertThat(single(connection, "SELECT COUNT(*) FROM DATABASECHANGELOG"))
                        .isEqualTo(single(connection, "SELECT COUNT(DISTINCT ID) FROM DATABASECHANGELOG"))
                        .isGreaterThanOrEqualTo(4);
                assertThat(single(connection, "SELECT COUNT(*) FROM tenant")).isEqualTo(1);
            }
        }
    }

    @Test
    void aLiquibaseLockLeftByAKilledInstanceDoesNotBlockTheNextStart() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            migrator(database).migrate(CORE, () -> { });
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKEDBY = 'killed instance'");
            }
            long started = System.nanoTime();

            migrator(database).migrate(CORE, () -> { });

            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(60);
            try (Connection connection = database.connect()) {
                assertThat(single(connection, "SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED = TRUE")).isZero();
            }
        }
    }

    @Test
    void aChangesetCutOffHalfWayByAKilledInstanceIsUndoneAndAppliedWhole() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            migrator(database).migrate(CORE, () -> { });
            long applied = changesetsApplied(database);
            // The state an instance killed inside core-6-journeys leaves on MySQL, where every DDL
            // statement commits at once: its first tables, constraints and foreign keys are made,
            // its last two tables are not, neither it nor core-7 is recorded, Liquibase's lock is set.
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM DATABASECHANGELOG WHERE ID IN ('core-6-journeys', 'core-7-tenant-export')");
                statement.executeUpdate("ALTER TABLE tenant DROP COLUMN exported_at");
                statement.executeUpdate("DROP TABLE approval_request");
                statement.executeUpdate("DROP TABLE journey_position");
                statement.executeUpdate("UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKEDBY = 'killed instance'");
                statement.executeUpdate("INSERT INTO tenant (id, version, slug, name, status, platform, created_at)"
                        + " VALUES ('t-a', 0, 'a', 'A', 'ACTIVE', FALSE, CURRENT_TIMESTAMP)");
            }

            migrator(database).migrate(CORE, () -> { });

            try (Connection connection = database.connect()) {
                assertThat(changesetsApplied(database)).isEqualTo(applied);
                assertThat(single(connection, "SELECT COUNT(DISTINCT ID) FROM DATABASECHANGELOG")).isEqualTo(applied);
                assertThat(single(connection, "SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED = TRUE")).isZero();
                assertThat(SchemaRules.tenantTables(connection)).contains("journey", "journey_version", "step_completion",
                        "journey_position", "approval_request");
                assertThat(SchemaRules.violations(connection)).isEmpty();
                assertThat(single(connection, "SELECT COUNT(*) FROM journey_position")).isZero();
                assertThat(single(connection, "SELECT COUNT(*) FROM tenant WHERE exported_at IS NULL"))
                        .as("rows of earlier changesets are kept").isEqualTo(2);
            }
        }
    }

    @Test
    void aChangesetNotYetAppliedIsNotUndoneWhenNoMigrationWasCutOff() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            migrator(database).migrate(CORE, () -> { });
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM DATABASECHANGELOG WHERE ID = 'core-7-tenant-export'");
            }

            assertThatThrownBy(() -> migrator(database).migrate(CORE, () -> { }))
                    .as("without a stale lock the column is somebody's, and is not dropped to make way")
                    .hasMessageContaining("core-7-tenant-export");
            try (Connection connection = database.connect()) {
                assertThat(single(connection, "SELECT COUNT(*) FROM tenant WHERE exported_at IS NULL")).isEqualTo(1);
            }
        }
    }

    @Test
    void theDatabaseRefusesARowThatPointsIntoAnotherTenant() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            migrator(database).migrate(CORE, () -> { });
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO tenant (id, version, slug, name, status, platform, created_at)"
                        + " VALUES ('t-a', 0, 'a', 'A', 'ACTIVE', FALSE, CURRENT_TIMESTAMP)");
                statement.executeUpdate("INSERT INTO tenant (id, version, slug, name, status, platform, created_at)"
                        + " VALUES ('t-b', 0, 'b', 'B', 'ACTIVE', FALSE, CURRENT_TIMESTAMP)");
                statement.executeUpdate("INSERT INTO account (id, tenant_id, version, created_at, email, display_name, password_hash,"
                        + " status, failed_sign_ins, credentials_version) VALUES ('acc-a', 't-a', 0, CURRENT_TIMESTAMP,"
                        + " 'a@example.org', 'A', 'x', 'ACTIVE', 0, 0)");

                assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO membership (id, tenant_id, version, created_at, account_id, role)"
                        + " VALUES ('m-1', 't-b', 0, CURRENT_TIMESTAMP, 'acc-a', 'owner')")).isInstanceOf(SQLException.class);
                statement.executeUpdate("INSERT INTO membership (id, tenant_id, version, created_at, account_id, role)"
                        + " VALUES ('m-2', 't-a', 0, CURRENT_TIMESTAMP, 'acc-a', 'owner')");
                assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO account (id, tenant_id, version, created_at, email,"
                        + " display_name, password_hash, status, failed_sign_ins, credentials_version) VALUES ('acc-a2', 't-a', 0,"
                        + " CURRENT_TIMESTAMP, 'a@example.org', 'A', 'x', 'ACTIVE', 0, 0)"))
                        .isInstanceOf(SQLException.class);
            }
        }
    }

    private static SchemaMigrator migrator(TestDatabase database) {
        return new SchemaMigrator(database.dataSource(), SchemaMigrationIT.class.getClassLoader());
    }

    private static long changesetsApplied(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return single(connection, "SELECT COUNT(*) FROM DATABASECHANGELOG");
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
