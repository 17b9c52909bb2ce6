package org.wayfinder.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.audit.AuditTrail;

/**
 * The core's {@link AuditTrail}: entries are added in the caller's transaction (or one of their
 * own when there is none, as for a failed sign-in or a download) and read back by owners, newest
 * first. There is deliberately no way here to change or remove an entry.
 */
@ApplicationScoped
public class AuditEntries extends Repository<AuditEntry> implements AuditTrail {

    /** The most entries a page or an API call returns at once. */
    public static final int MAX_PAGE = 500;

    /** The most entries one CSV export holds; a longer period is exported in parts, by date. */
    public static final int MAX_EXPORT = 50_000;

    /** The columns of the CSV export, as {@link #csvRow} fills them. */
    public static final List<String> CSV_COLUMNS = List.of("time", "action", "record_type", "record_id", "actor_kind", "actor_id",
            "actor_name", "actor_roles", "address", "detail", "before", "after");

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestOrigin origin;

    public AuditEntries() {
        super(AuditEntry.class);
    }

    @Override
    protected String describe() {
        return "Audit entry";
    }

    @Override
    public void record(String action, String recordType, String recordId, String detail) {
        add(new AuditEntry(caller(), address(), action, recordType, recordId, detail, null, null));
    }

    @Override
    public void recordChange(String action, String recordType, String recordId, String before, String after) {
        add(new AuditEntry(caller(), address(), action, recordType, recordId, null, before, after));
    }

    /** Records an action of someone who is not (yet) the current caller: a sign-in, made or refused. */
    public void recordAs(Actor actor, String action, String recordType, String recordId, String detail) {
        add(new AuditEntry(actor, address(), action, recordType, recordId, detail, null, null));
    }

    /** A page of the entries matching the search, newest first. */
    @RequiresRole(Roles.OWNER)
    public List<AuditEntry> search(AuditQuery search, int first, int max) {
        return where(query("SELECT e FROM AuditEntry e" + conditions(search) + " ORDER BY e.createdAt DESC, e.id DESC"), search)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, MAX_PAGE))).getResultList();
    }

    /**
     * Every entry matching the search, newest first, up to {@link #MAX_EXPORT}: for a CSV export,
     * read a page of {@link #MAX_PAGE} at a time.
     */
    @RequiresRole(Roles.OWNER)
    public List<AuditEntry> export(AuditQuery search) {
        List<AuditEntry> all = new ArrayList<>();
        List<AuditEntry> page;
        do {
            page = search(search, all.size(), MAX_PAGE);
            all.addAll(page);
        } while (page.size() == MAX_PAGE && all.size() < MAX_EXPORT);
        return all.size() > MAX_EXPORT ? all.subList(0, MAX_EXPORT) : all;
    }

    /** How many entries match the search. */
    @RequiresRole(Roles.OWNER)
    public long count(AuditQuery search) {
        return where(em().createQuery("SELECT COUNT(e) FROM AuditEntry e" + conditions(search), Long.class), search).getSingleResult();
    }

    /** An entry as a CSV row: its time on London's clock with its offset (ISO 8601), then the columns in order. */
    public static List<String> csvRow(AuditEntry entry) {
        return Arrays.asList(entry.getAt().atZone(AuditQuery.UK).toOffsetDateTime().toString(), entry.getAction(), entry.getRecordType(),
                entry.getRecordId(), entry.getActorKind().name(), entry.getActorId(), entry.getActorName(), entry.getActorRoles(),
                entry.getAddress(), entry.getDetail(), entry.getBefore(), entry.getAfter());
    }

    private static String conditions(AuditQuery search) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (search.person() != null) {
            where.append(" AND (e.actorId = :person OR LOWER(e.actorName) LIKE :personName)");
        }
        if (search.action() != null) {
            where.append(" AND e.action LIKE :action");
        }
        if (search.record() != null) {
            where.append(" AND e.recordId = :record");
        }
        if (search.from() != null) {
            where.append(" AND e.createdAt >= :from");
        }
        if (search.to() != null) {
            where.append(" AND e.createdAt < :to");
        }
        return where.toString();
    }

    private static <Q extends TypedQuery<?>> Q where(Q query, AuditQuery search) {
        if (search.person() != null) {
            query.setParameter("person", search.person());
            query.setParameter("personName", likePrefix(search.person().toLowerCase(Locale.ROOT)));
        }
        if (search.action() != null) {
            query.setParameter("action", likePrefix(search.action().toLowerCase(Locale.ROOT)));
        }
        if (search.record() != null) {
            query.setParameter("record", search.record());
        }
        if (search.from() != null) {
            query.setParameter("from", search.from().atStartOfDay(AuditQuery.UK).toInstant());
        }
        if (search.to() != null) {
            query.setParameter("to", search.to().plusDays(1).atStartOfDay(AuditQuery.UK).toInstant());
        }
        return query;
    }

    /** A LIKE pattern for what starts with the text, its own wildcards taken literally. */
    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private Actor caller() {
        try {
            return currentUser.user().map(Actor::of).orElseGet(() -> Actor.visitor(null));
        } catch (ContextNotActiveException scheduledWork) {
            return Actor.platform();
        }
    }

    private String address() {
        try {
            return origin.address();
        } catch (ContextNotActiveException outsideARequest) {
            return null;
        }
    }
}
