package org.wayfinder.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.wayfinder.platform.identity.AccountStatus;
import org.wayfinder.platform.safeguarding.cases.CaseFile;
import org.wayfinder.platform.safeguarding.cases.CaseStatus;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.PerRequest;

/**
 * {@code /staff/case.xhtml?id=...}: one safeguarding case for the lead or an owner: what was reported
 * and what stood around it as it was when the case opened, the history, and what they can do: add a
 * note, move it on, suspend the person's account or lift that, and close it with its outcome.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    @Inject
    CaseFile cases;

    @Inject
    Messages messages;

    private String id;
    private String note;
    private String reason;
    private String outcome;
    private final PerRequest read = new PerRequest();

    /** Reads the case on opening, so an unknown or another programme's id is a 404 and a wrong role a 403. */
    public void load() {
        if (id == null || id.isBlank() || id.length() > 36) {
            throw new RecordNotFoundException("Safeguarding case");
        }
        getCase();
    }

    public CaseFile.View getCase() {
        return read.get("case", () -> cases.view(id));
    }

    public boolean isSuspended() {
        return getCase().subjectStatus() == AccountStatus.DISABLED && !getCase().subjectErased();
    }

    public boolean isClosed() {
        return getCase().safeguardingCase().getStatus() == CaseStatus.CLOSED;
    }

    public String kindLabel() {
        return CaseFile.label(getCase().safeguardingCase().getKind());
    }

    public void addNote() {
        act("note", () -> cases.addNote(id, note), "Your note is on the case.");
        note = null;
    }

    public void inProgress() {
        act("status", () -> cases.moveTo(id, CaseStatus.IN_PROGRESS), "The case is in progress.");
    }

    public void referred() {
        act("status", () -> cases.moveTo(id, CaseStatus.REFERRED), "The case is marked as referred.");
    }

    public void suspend() {
        act("actions", () -> cases.suspendSubject(id, reason), "Their account is suspended: they cannot sign in, and were signed out.");
        reason = null;
    }

    public void lift() {
        act("actions", () -> cases.liftSuspension(id, reason), "The suspension is lifted: they can sign in again.");
        reason = null;
    }

    public void close() {
        act("closing", () -> cases.close(id, outcome), "The case is closed.");
    }

    private void act(String formId, Runnable action, String done) {
        try {
            action.run();
            messages.info(done);
        } catch (InvalidInputException refused) {
            messages.show(refused, formId);
        }
        read.forget();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
