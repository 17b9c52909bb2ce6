package org.wayfinder.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.wayfinder.platform.identity.Account;
import org.wayfinder.platform.safeguarding.cases.SafeguardingLeads;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.PerRequest;

/** {@code /admin/safeguarding-leads.xhtml}: owners say who the programme's safeguarding leads are. */
@Named
@ViewScoped
public class SafeguardingLeadsPage implements Serializable {

    @Inject
    SafeguardingLeads leads;

    @Inject
    Messages messages;

    private String email;
    private final PerRequest read = new PerRequest();

    public List<Account> getLeads() {
        return read.get("leads", leads::leads);
    }

    public void appoint() {
        try {
            String name = leads.appoint(email);
            messages.info(name + " is now a safeguarding lead: they read and handle the programme's safeguarding cases.");
            email = null;
        } catch (InvalidInputException refused) {
            messages.show(refused, "appoint");
        }
        read.forget();
    }

    public void remove(String accountId) {
        try {
            leads.remove(accountId);
            messages.info("They are no longer a safeguarding lead.");
        } catch (RecordNotFoundException gone) {
            messages.error("That person is not here any more.");
        }
        read.forget();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
