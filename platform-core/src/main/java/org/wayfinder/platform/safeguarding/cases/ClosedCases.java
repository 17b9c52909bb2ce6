package org.wayfinder.platform.safeguarding.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.retention.RetentionRule;

/**
 * The core's retention rule for safeguarding cases: a case closed for longer than the period loses
 * what it holds in words (the reported text and its context, the reporter's note, the notes, the
 * reasons for a suspension and the outcome); it keeps its kind, its dates, its status, who reported
 * and handled it and its history's shape, so the counts on homes and in the audit trail stay. A case
 * that is not closed is never touched, however old.
 */
@ApplicationScoped
public class ClosedCases extends Repository<SafeguardingCase> implements RetentionRule {

    public static final String KEY = "core.safeguarding-cases";

    /** What replaces the words of a case past the programme's retention period. */
    public static final String REMOVED_TEXT = "[removed after the programme's retention period]";

    /** The kinds of entry whose text is what someone wrote about the case (an opening's and a status change's are not). */
    private static final List<CaseEntry.Type> WRITTEN = List.of(CaseEntry.Type.NOTE, CaseEntry.Type.SUSPENDED,
            CaseEntry.Type.SUSPENSION_LIFTED, CaseEntry.Type.CLOSED);

    /** The same condition for the preview and the run: closed before the cut-off, words not yet removed. */
    private static final String CLOSED_BEFORE = " c.status = :closed AND c.closedAt < :cutoff AND c.reporterNote <> :removed";

    public ClosedCases() {
        super(SafeguardingCase.class);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String label() {
        return "Safeguarding cases closed for";
    }

    @Override
    public String removes() {
        return "Removes the words of cases closed that long ago: what was reported and around it, the notes, the reasons and the"
                + " outcome. Each case keeps its kind, dates, status and who handled it. Open cases are never removed.";
    }

    @Override
    public Unit unit() {
        return Unit.YEARS;
    }

    @Override
    public String counted(int count) {
        return count + (count == 1 ? " safeguarding case" : " safeguarding cases") + " closed before";
    }

    @Override
    public List<Removal> preview(Instant cutoff, int max) {
        return closedBefore("SELECT c FROM SafeguardingCase c WHERE" + CLOSED_BEFORE + " ORDER BY c.closedAt, c.id", cutoff)
                .setMaxResults(max).getResultList().stream()
                .map(found -> new Removal(found.getId(), found.getClosedAt(), "Closed case: " + CaseFile.label(found.getKind()), null))
                .toList();
    }

    @Override
    public int apply(Instant cutoff, List<String> ids) {
        List<String> still = closedBefore("SELECT c FROM SafeguardingCase c WHERE c.id IN :ids AND" + CLOSED_BEFORE, cutoff)
                .setParameter("ids", ids).getResultList().stream().map(SafeguardingCase::getId).toList();
        if (still.isEmpty()) {
            return 0;
        }
        em().createQuery("UPDATE CaseEntry e SET e.text = :gone WHERE e.caseId IN :ids AND e.type IN :written")
                .setParameter("gone", REMOVED_TEXT).setParameter("ids", still).setParameter("written", WRITTEN).executeUpdate();
        em().createQuery("UPDATE SafeguardingCase c SET c.frozenText = :gone, c.context = :none, c.reporterNote = :gone,"
                        + " c.outcome = :gone, c.version = c.version + 1 WHERE c.id IN :ids")
                .setParameter("gone", REMOVED_TEXT).setParameter("none", "").setParameter("ids", still).executeUpdate();
        return still.size();
    }

    private TypedQuery<SafeguardingCase> closedBefore(String jpql, Instant cutoff) {
        return query(jpql).setParameter("closed", CaseStatus.CLOSED).setParameter("cutoff", cutoff).setParameter("removed", REMOVED_TEXT);
    }
}
