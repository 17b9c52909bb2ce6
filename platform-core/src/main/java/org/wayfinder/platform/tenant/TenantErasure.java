package org.wayfinder.platform.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;

/**
 * Deletes a programme with everything it holds: people, answers, configuration, and the rows of
 * every plugin, in one transaction. It cannot be undone, so it asks for two things first: a
 * download of the programme's configuration in the last {@link #EXPORT_VALID_FOR}, and the
 * programme's address typed out.
 *
 * <p>Which tables hold a programme's rows is read from the database itself (every table with a
 * {@code tenant_id} column, plugins' tables included), and they are emptied children first, by the
 * foreign keys the database reports, so no plugin has to register anything to be erased.
 */
@ApplicationScoped
@Transactional
public class TenantErasure {

    public static final Duration EXPORT_VALID_FOR = Duration.ofHours(24);

    @PersistenceContext(unitName = "wayfinder")
    EntityManager em;

    /**
     * @param typedAddress what the operator typed to confirm: the programme's address
     * @return how many rows were deleted, the programme's own row included
     * @throws InvalidInputException when there is no recent export ({@code export}) or the typed
     *                               address does not match ({@code confirmation})
     */
    @RequiresRole(Roles.OPERATOR)
    public int erase(String tenantId, String typedAddress) {
        Tenant tenant = tenantId == null ? null : em.find(Tenant.class, tenantId);
        if (tenant == null || tenant.isPlatform()) {
            throw new RecordNotFoundException("Programme");
        }
        Instant exported = tenant.getExportedAt();
        if (exported == null || exported.isBefore(Instant.now().minus(EXPORT_VALID_FOR))) {
            throw new InvalidInputException("export", "Download the programme's export first: deleting cannot be undone, "
                    + "and the export is the only copy of its configuration that will remain.");
        }
        if (typedAddress == null || !typedAddress.strip().equalsIgnoreCase(tenant.getSlug())) {
            throw new InvalidInputException("confirmation", "Type the programme's address, " + tenant.getSlug()
                    + ", exactly, to confirm.");
        }
        int deleted;
        try {
            deleted = deleteRows(em.unwrap(Connection.class), tenant.getId());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete the programme's rows", e);
        }
        em.remove(tenant);
        em.flush();
        em.getEntityManagerFactory().getCache().evictAll();
        return deleted + 1;
    }

    private static int deleteRows(Connection connection, String tenantId) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        Set<String> tables = new TreeSet<>();
        try (ResultSet columns = meta.getColumns(catalog, schema, "%", "%")) {
            while (columns.next()) {
                if ("tenant_id".equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
                    tables.add(columns.getString("TABLE_NAME"));
                }
            }
        }
        Map<String, Set<String>> parents = new HashMap<>();
        for (String table : tables) {
            Set<String> referenced = new HashSet<>();
            try (ResultSet keys = meta.getImportedKeys(catalog, schema, table)) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME");
                    if (tables.contains(parent) && !parent.equals(table)) {
                        referenced.add(parent);
                    }
                }
            }
            parents.put(table, referenced);
        }
        int deleted = 0;
        Set<String> left = new TreeSet<>(tables);
        while (!left.isEmpty()) {
            List<String> leaves = new ArrayList<>();
            for (String table : left) {
                boolean referencedByAnother = left.stream().anyMatch(other -> parents.get(other).contains(table));
                if (!referencedByAnother) {
                    leaves.add(table);
                }
            }
            if (leaves.isEmpty()) {
                throw new IllegalStateException("The foreign keys between " + left + " form a cycle; cannot choose an order");
            }
            for (String table : leaves) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE tenant_id = ?")) {
                    delete.setString(1, tenantId);
                    deleted += delete.executeUpdate();
                }
                left.remove(table);
            }
        }
        return deleted;
    }
}
