package org.wayfinder.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.wayfinder.platform.safeguarding.cases.CaseFile;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.web.Messages;

/**
 * {@code /staff/raise-case.xhtml}: a moderator, the safeguarding lead or an owner raises a concern
 * about a person; it becomes a case for the lead. Moderators can raise one but not read it after.
 */
@Named
@ViewScoped
public class RaiseCasePage implements Serializable {

    @Inject
    CaseFile cases;

    @Inject
    Messages messages;

    private String person;
    private String seen;
    private String note;

    public void raise() {
        try {
            cases.raiseAboutPerson(person, seen, note);
            messages.info("The case is open, and the safeguarding lead has been emailed.");
            person = null;
            seen = null;
            note = null;
        } catch (InvalidInputException refused) {
            messages.show(refused, "raise");
        }
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getSeen() {
        return seen;
    }

    public void setSeen(String seen) {
        this.seen = seen;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
