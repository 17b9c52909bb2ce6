package org.wayfinder.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.vetting.CheckType;
import org.wayfinder.mentoring.vetting.DbsCheck;
import org.wayfinder.mentoring.vetting.Vetting;
import org.wayfinder.mentoring.vetting.Vetting.MentorVetting;
import org.wayfinder.mentoring.vetting.Vetting.Status;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.web.Dates;
import org.wayfinder.platform.spi.web.Messages;

/**
 * DBS checks (moderators record them; owners and moderators see who needs attention). Opening a
 * mentor shows their history and, for moderators, the form to record a new check.
 */
@Named
@ViewScoped
public class VettingPage implements Serializable {

    @Inject
    Messages messages;

    @Inject
    Vetting vetting;

    @Inject
    Dates dates;

    @Inject
    ProgrammePlugins plugins;

    @Inject
    CurrentUser currentUser;

    private String mentorId;
    private CheckType type = CheckType.ENHANCED_BARRED;
    private LocalDate issuedOn;
    private LocalDate expiresOn;
    private transient List<MentorVetting> rows;

    /** Runs when the page opens: anyone but a moderator or owner gets 403 here. */
    public void load() {
        getRows();
    }

    public List<MentorVetting> getRows() {
        if (rows == null) {
            rows = vetting.overview(Vetting.today(), getWarningDays());
        }
        return rows;
    }

    public int getWarningDays() {
        return plugins.settings(MentoringPlugin.ID).integer(MentoringPlugin.EXPIRY_WARNING_DAYS);
    }

    public long count(Status status) {
        return getRows().stream().filter(row -> row.status() == status).count();
    }

    public void open(String mentorId) {
        this.mentorId = mentorId;
        issuedOn = null;
        expiresOn = null;
        type = CheckType.ENHANCED_BARRED;
    }

    public void close() {
        mentorId = null;
    }

    public void record() {
        try {
            DbsCheck check = vetting.record(mentorId, type, issuedOn, expiresOn, Vetting.today());
            messages.info("Recorded for " + getOpen().mentor().name() + ": " + check.getType().label() + " check, expires "
                    + dates.date(check.getExpiresOn()) + ".");
            rows = null;
            mentorId = null;
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "record");
        }
    }

    /** The mentor open for recording, or null. */
    public MentorVetting getOpen() {
        return mentorId == null ? null : getRows().stream().filter(row -> row.mentor().accountId().equals(mentorId)).findFirst().orElse(null);
    }

    public List<DbsCheck> getHistory() {
        return mentorId == null ? List.of() : vetting.history(mentorId);
    }

    public boolean isCanRecord() {
        return currentUser.hasRole(Roles.MODERATOR);
    }


    public CheckType[] getTypes() {
        return CheckType.values();
    }

    public String getMentorId() {
        return mentorId;
    }

    public CheckType getType() {
        return type;
    }

    public void setType(CheckType type) {
        this.type = type;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
