package org.wayfinder.platform.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules every changelog of the platform must keep (written at the top of the core changelog),
 * read back from a migrated database's metadata: every tenant-owned table has a tenant_id column,
 * and every index on it other than the primary key starts with tenant_id.
 */
public final class SchemaRules {

    private SchemaRules() {
    }

    /** The tables that have a tenant_id column, lower-case. */
    public static Set<String> tenantTables(Connection connection) throws SQLException {
        Set<String> tables = new HashSet<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet columns = meta.getColumns(connection.getCatalog(), schema(connection), "%", "%")) {
            while (columns.next()) {
                if (columns.getString("COLUMN_NAME").equalsIgnoreCase("tenant_id")) {
                    tables.add(columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }

    /** Every index of a tenant table that does not start with tenant_id; empty when the rules hold. */
    public static List<String> violations(Connection connection) throws SQLException {
        List<String> violations = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        for (String table : tenantTables(connection)) {
            String stored = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
            String primaryKey = null;
            try (ResultSet keys = meta.getPrimaryKeys(connection.getCatalog(), schema(connection), stored)) {
                if (keys.next()) {
                    primaryKey = keys.getString("PK_NAME");
                }
            }
            Map<String, String> firstColumns = new LinkedHashMap<>();
            int indexes = 0;
            try (ResultSet info = meta.getIndexInfo(connection.getCatalog(), schema(connection), stored, false, false)) {
                while (info.next()) {
                    String index = info.getString("INDEX_NAME");
                    if (index == null || index.equalsIgnoreCase("PRIMARY") || index.equalsIgnoreCase(primaryKey)
                            || index.toUpperCase(Locale.ROOT).startsWith("PRIMARY_KEY")) {
                        continue;
                    }
                    indexes++;
                    if (info.getShort("ORDINAL_POSITION") == 1) {
                        firstColumns.put(index, info.getString("COLUMN_NAME"));
                    }
                }
            }
            if (indexes == 0) {
                violations.add(table + " has no index starting with tenant_id");
            }
            firstColumns.forEach((index, column) -> {
                if (!column.equalsIgnoreCase("tenant_id")) {
                    violations.add(table + "." + index + " starts with " + column + ", not tenant_id");
                }
            });
        }
        return violations;
    }

    private static String schema(Connection connection) throws SQLException {
        return connection.getMetaData().getURL().startsWith("jdbc:h2:") ? "PUBLIC" : null;
    }
}
