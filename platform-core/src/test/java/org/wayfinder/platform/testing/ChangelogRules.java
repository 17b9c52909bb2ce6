package org.wayfinder.platform.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import liquibase.change.Change;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.InsertDataChange;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.core.MySQLDatabase;
import liquibase.exception.RollbackImpossibleException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.precondition.core.PreconditionContainer;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * The rule a changelog keeps so that a changeset cut off half-way can be undone before it runs
 * again (SchemaMigrator; docs/reliability.md): every change in a changeset is one Liquibase can undo
 * on MySQL, or rows inserted into a table the same changeset creates, unless the changeset has a
 * precondition that marks it as ran ({@code onFail="MARK_RAN"}).
 */
public final class ChangelogRules {

    private ChangelogRules() {
    }

    /** Each change that breaks the rule, as "changelog::id::author: change", in changelog order. */
    public static List<String> changesThatCannotBeUndone(List<String> changelogs, ClassLoader classLoader) throws Exception {
        ResourceAccessor resources = new ClassLoaderResourceAccessor(classLoader);
        Database mysql = new MySQLDatabase();
        List<String> problems = new ArrayList<>();
        for (String path : changelogs) {
            DatabaseChangeLog changelog = ChangeLogParserFactory.getInstance().getParser(path, resources)
                    .parse(path, new ChangeLogParameters(mysql), resources);
            for (ChangeSet changeSet : changelog.getChangeSets()) {
                PreconditionContainer preconditions = changeSet.getPreconditions();
                if (preconditions != null && preconditions.getOnFail() == PreconditionContainer.FailOption.MARK_RAN) {
                    continue;
                }
                Set<String> created = new HashSet<>();
                for (Change change : changeSet.getChanges()) {
                    if (change instanceof CreateTableChange table) {
                        created.add(table.getTableName());
                    }
                    if (change instanceof InsertDataChange insert && created.contains(insert.getTableName())) {
                        continue;
                    }
                    if (!undoable(change, mysql)) {
                        problems.add(changeSet + ": " + change.getDescription());
                    }
                }
            }
        }
        return problems;
    }

    private static boolean undoable(Change change, Database database) {
        if (!change.supportsRollback(database)) {
            return false;
        }
        try {
            return change.generateRollbackStatements(database).length > 0;
        } catch (RollbackImpossibleException e) {
            return false;
        }
    }
}
