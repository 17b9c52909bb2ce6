package org.wayfinder.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings the schema up to date with Liquibase: the core changelog, then the modules', then each
 * plugin's in dependency order.
 *
 * <p>Several instances may start at the same moment on an empty database. On MySQL they queue on a
 * session lock ({@code GET_LOCK}) held on a connection of its own for the whole migration; unlike
 * Liquibase's own lock table, the database drops such a lock the instant the holder's connection
 * dies, so an instance killed half-way never blocks the next start. Whoever holds the session lock
 * is alone, so any Liquibase lock still set is stale and is cleared before updating. Only then
 * does Liquibase run, and each changeset is applied once.
 *
 * <p>Embedded H2 belongs to one JVM, so there a lock within the JVM is enough.
 */
public class SchemaMigrator {

    static final String LOCK_NAME = "wayfinder_schema_migration";
    private static final int LOCK_WAIT_SECONDS = 600;
    private static final ReentrantLock LOCAL_LOCK = new ReentrantLock();
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    private static final Logger LIQUIBASE = Logger.getLogger("liquibase");

    private final DataSource dataSource;
    private final ClassLoader classLoader;

    public SchemaMigrator(DataSource dataSource, ClassLoader classLoader) {
        this.dataSource = dataSource;
        this.classLoader = classLoader;
        LIQUIBASE.setLevel(Level.WARNING);
    }

    /**
     * Applies the changelogs in order, then runs {@code afterwards} while still holding the lock,
     * so start-up work that must happen once (seeding) is not raced by another instance.
     */
    public void migrate(List<String> changelogs, Runnable afterwards) {
        try (Connection lockConnection = dataSource.getConnection()) {
            boolean mysql = lockConnection.getMetaData().getURL().startsWith("jdbc:mysql:");
            if (mysql) {
                acquireSessionLock(lockConnection);
            } else {
                LOCAL_LOCK.lock();
            }
            try {
                update(changelogs);
                afterwards.run();
            } finally {
                if (mysql) {
                    releaseSessionLock(lockConnection);
                } else {
                    LOCAL_LOCK.unlock();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not migrate the database schema: " + e.getMessage(), e);
        }
    }

    private void update(List<String> changelogs) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = new HashMap<>();
            scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(classLoader));
            scope.put("liquibase.analytics.enabled", false);
            scope.put("liquibase.showBanner", false);
            // Liquibase's chatter goes to its logger, which is kept to warnings; what ran is logged here.
            scope.put(Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> {
                LockServiceFactory.getInstance().getLockService(database).forceReleaseLock();
                for (String changelog : changelogs) {
                    LOG.info(() -> "Applying changelog " + changelog);
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                            .execute();
                }
            });
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Liquibase could not apply the changelogs " + changelogs + ": " + e.getMessage(), e);
        }
    }

    private static void acquireSessionLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            statement.setString(1, LOCK_NAME);
            statement.setInt(2, LOCK_WAIT_SECONDS);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next() || result.getInt(1) != 1) {
                    throw new SQLException("Another instance held the schema migration lock for over " + LOCK_WAIT_SECONDS + " s");
                }
            }
        }
    }

    private static void releaseSessionLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, LOCK_NAME);
            statement.executeQuery().close();
        }
    }
}
