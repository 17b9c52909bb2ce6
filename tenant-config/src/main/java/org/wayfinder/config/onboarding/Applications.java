package org.wayfinder.config.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.wayfinder.platform.spi.Repository;

/** The applications kept on the platform's own tenant. */
@ApplicationScoped
public class Applications extends Repository<ProgrammeApplication> {

    public Applications() {
        super(ProgrammeApplication.class);
    }

    @Override
    protected String describe() {
        return "Application";
    }

    /** Applications in one state, oldest first for pending ones (first come, first served), newest first otherwise. */
    public List<ProgrammeApplication> inState(ProgrammeApplication.Status status) {
        return query("SELECT a FROM ProgrammeApplication a WHERE a.status = :status ORDER BY a.submittedAt "
                + (status == ProgrammeApplication.Status.PENDING ? "ASC" : "DESC"))
                .setParameter("status", status).getResultList();
    }

    public long countPending() {
        return em().createQuery("SELECT COUNT(a) FROM ProgrammeApplication a WHERE a.status = :status", Long.class)
                .setParameter("status", ProgrammeApplication.Status.PENDING).getSingleResult();
    }

    /** Whether a pending application other than {@code except} already asks for this address. */
    public boolean addressWanted(String address, String except) {
        return em().createQuery("SELECT COUNT(a) FROM ProgrammeApplication a WHERE a.status = :status AND a.wantedAddress = :address"
                        + " AND a.id <> :except", Long.class)
                .setParameter("status", ProgrammeApplication.Status.PENDING).setParameter("address", address)
                .setParameter("except", except == null ? "" : except).getSingleResult() > 0;
    }

    void approve(String id, String operatorId, String template, String address, String programmeId) {
        get(id).approve(operatorId, template, address, programmeId, java.time.Instant.now());
    }

    void decline(String id, String operatorId, String reason) {
        get(id).decline(operatorId, reason, java.time.Instant.now());
    }
}
