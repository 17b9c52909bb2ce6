package org.wayfinder.platform.audit;

import org.eclipse.persistence.queries.ModifyAllQuery;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Refuses a JPQL bulk {@code UPDATE} or {@code DELETE} of audit entries (persistence.xml names this
 * class as the session event listener). Such a statement goes straight to the database, past the
 * {@link AuditEntry}'s own guards, which only see entities changed or removed one at a time.
 * Erasing a whole programme ({@code TenantErasure}) uses plain SQL and is not affected.
 */
public class AppendOnly extends SessionEventAdapter {

    @Override
    public void preExecuteQuery(SessionEvent event) {
        if (event.getQuery() instanceof ModifyAllQuery bulk && AuditEntry.class.equals(bulk.getReferenceClass())) {
            throw new IllegalStateException("An audit entry is never changed or removed");
        }
    }
}
