package org.wayfinder.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.MySQLDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.executor.Executor;
import liquibase.executor.ExecutorService;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawParameterizedSqlStatement;
import liquibase.ui.LoggerUIService;

/**
 * Brings the schema up to date with Liquibase: the core changelog, then the modules', then each
 * plugin's in dependency order.
 *
 * <p>Several instances may start at the same moment on an empty database. On MySQL they queue on a
 * session lock ({@code GET_LOCK}) held on a connection of its own for the whole migration; unlike
 * Liquibase's own lock table, the database drops such a lock the instant the holder's connection
 * dies, so the lock of an instance killed half-way never holds up the next start. Whoever holds the
 * session lock is alone, so any Liquibase lock still set is stale and is cleared before updating.
 * Only then does Liquibase run, and each changeset is applied once.
 *
 * <p>A stale Liquibase lock also means the instance that set it died in the middle of a changeset.
 * MySQL commits each DDL statement at once, so that changeset may be applied in part and not
 * recorded, and running it again would fail on the first table it had already made. So before
 * updating, the first changeset not yet recorded is undone: its changes' rollbacks run in reverse
 * order, and a rollback of something that was never made simply fails and is passed over. Then the
 * changeset runs whole. This relies on changesets that only add (tables, columns, indexes,
 * constraints, rows of a table they create); a destructive change belongs in a changeset of its
 * own with a precondition (see docs/reliability.md).
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
                LockService lock = LockServiceFactory.getInstance().getLockService(database);
                if (liquibaseLockIsSet(database)) {
                    undoInterruptedChangeset(database, changelogs);
                }
                lock.forceReleaseLock();
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

    /** Whether Liquibase's lock table exists and says a migration holds it. */
    private static boolean liquibaseLockIsSet(Database database) {
        String table = database.escapeTableName(database.getLiquibaseCatalogName(), database.getLiquibaseSchemaName(),
                database.getDatabaseChangeLogLockTableName());
        try {
            return Scope.getCurrentScope().getSingleton(ExecutorService.class).getExecutor("jdbc", database)
                    .queryForInt(new RawParameterizedSqlStatement("SELECT COUNT(*) FROM " + table + " WHERE LOCKED = ?", true)) > 0;
        } catch (DatabaseException noLockTableYet) {
            return false;
        }
    }

    /**
     * Undoes whatever an instance killed during a migration made of the changeset it was applying:
     * the first changeset, in the order the changelogs are applied, that is not recorded.
     */
    private static void undoInterruptedChangeset(Database database, List<String> changelogs) throws Exception {
        ResourceAccessor resources = Scope.getCurrentScope().getResourceAccessor();
        for (String changelog : changelogs) {
            List<ChangeSet> unrun = new Liquibase(changelog, resources, database).listUnrunChangeSets(new Contexts(), new LabelExpression());
            if (unrun.isEmpty()) {
                continue;
            }
            ChangeSet interrupted = unrun.get(0);
            LOG.warning(() -> "The last migration was cut off; undoing what it made of changeset " + interrupted + " before applying it again");
            Executor executor = Scope.getCurrentScope().getSingleton(ExecutorService.class).getExecutor("jdbc", database);
            boolean mysql = database instanceof MySQLDatabase;
            if (mysql) {
                // Tables of the changeset may refer to each other; they are all being taken away.
                executor.execute(new RawParameterizedSqlStatement("SET FOREIGN_KEY_CHECKS = 0"));
            }
            try {
                List<Change> changes = new ArrayList<>(interrupted.getChanges());
                Collections.reverse(changes);
                for (Change change : changes) {
                    if (!change.supportsRollback(database)) {
                        continue;
                    }
                    for (SqlStatement undo : change.generateRollbackStatements(database)) {
                        try {
                            executor.execute(undo);
                        } catch (DatabaseException notMade) {
                            LOG.fine(() -> "Nothing to undo for " + change.getDescription() + ": " + notMade.getMessage());
                        }
                    }
                }
                database.commit();
            } finally {
                if (mysql) {
                    executor.execute(new RawParameterizedSqlStatement("SET FOREIGN_KEY_CHECKS = 1"));
                }
            }
            return;
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
