package org.wayfinder.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.wayfinder.platform.safeguarding.vetting.DbsChecks;
import org.wayfinder.platform.safeguarding.vetting.DbsChecks.Listed;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.safeguarding.Vetting;
import org.wayfinder.platform.spi.safeguarding.Vetting.Check;
import org.wayfinder.platform.spi.safeguarding.Vetting.CheckType;
import org.wayfinder.platform.spi.safeguarding.Vetting.Status;
import org.wayfinder.platform.spi.web.Dates;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.PerRequest;

/**
 * {@code /staff/vetting.xhtml}: DBS checks of everyone holding a role that needs one (mentors,
 * placement supervisors), with those roles beside their name; moderators record checks, owners and
 * moderators see who needs attention. Opening a person shows their history and, for moderators,
 * the form to record a new check. Anyone else gets 403 from the service as the page opens.
 */
@Named
@ViewScoped
public class VettingPage implements Serializable {

    @Inject
    Messages messages;

    @Inject
    DbsChecks vetting;

    @Inject
    Dates dates;

    @Inject
    CurrentUser currentUser;

    private String personId;
    private CheckType type = CheckType.ENHANCED_BARRED;
    private LocalDate issuedOn;
    private LocalDate expiresOn;
    private final PerRequest read = new PerRequest();

    /** Runs when the page opens: anyone but a moderator or owner gets 403 here. */
    public void load() {
        getRows();
    }

    public List<Listed> getRows() {
        return read.get("rows", () -> vetting.overviewWithRoles(Vetting.today(), getWarningDays()));
    }

    public int getWarningDays() {
        return Vetting.EXPIRY_WARNING_DAYS;
    }

    public long count(Status status) {
        return getRows().stream().filter(row -> row.vetting().status() == status).count();
    }

    public void open(String personId) {
        this.personId = personId;
        issuedOn = null;
        expiresOn = null;
        type = CheckType.ENHANCED_BARRED;
    }

    public void close() {
        personId = null;
    }

    public void record() {
        try {
            Listed open = getOpen();
            Check check = vetting.record(personId, type, issuedOn, expiresOn, Vetting.today());
            messages.info("Recorded for " + (open == null ? "them" : open.vetting().person().name()) + ": " + check.type().label()
                    + " check, expires " + dates.date(check.expiresOn()) + ".");
            read.forget();
            personId = null;
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "record");
        }
    }

    /** The person open for recording, or null. */
    public Listed getOpen() {
        return personId == null ? null
                : getRows().stream().filter(row -> row.vetting().person().accountId().equals(personId)).findFirst().orElse(null);
    }

    public List<Check> getHistory() {
        return personId == null ? List.of() : read.get("history " + personId, () -> vetting.history(personId));
    }

    public boolean isCanRecord() {
        return currentUser.hasRole(Roles.MODERATOR);
    }

    public CheckType[] getTypes() {
        return CheckType.values();
    }

    public String getPersonId() {
        return personId;
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
