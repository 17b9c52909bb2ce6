package org.wayfinder.web.personal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.wayfinder.platform.identity.Account;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.personal.PersonalDataRequests;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.web.Downloads;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.PerRequest;

/**
 * {@code /admin/data-requests.xhtml}: an owner handles a person's request about their data. They
 * find the person by email address or username, see what is held about them (counted), download
 * their copy for them, or erase them once nothing stands in the way.
 */
@Named
@ViewScoped
public class DataRequestsPage implements Serializable {

    @Inject
    PersonalDataRequests requests;

    @Inject
    Accounts accounts;

    @Inject
    Downloads downloads;

    @Inject
    Messages messages;

    private String query;
    private String accountId;
    private final PerRequest read = new PerRequest();

    public void find() {
        accountId = requests.find(query).map(Account::getId).orElse(null);
        read.forget();
        if (accountId == null) {
            messages.error("Nobody here has that email address or username. Check it with the person who asked.");
        }
    }

    public Account getPerson() {
        return accountId == null ? null : read.get("person", () -> accounts.get(accountId));
    }

    /** The roles they hold here, as a list to read: "member, student". */
    public String getRoles() {
        return accountId == null ? "" : read.get("roles", () -> String.join(", ", accounts.rolesOf(accountId)));
    }

    public List<PersonalDataRequests.Held> getHeld() {
        return accountId == null ? List.of() : read.get("held", () -> requests.summary(accountId));
    }

    public List<String> getBlockers() {
        return accountId == null ? List.of() : read.get("blockers", () -> requests.blockers(accountId));
    }

    public void downloadJson() {
        downloads.send("personal-data.json", "application/json; charset=utf-8", PersonalDataFiles.json(requests.of(accountId)));
    }

    public void downloadHtml() {
        downloads.send("personal-data.html", "text/html; charset=utf-8", PersonalDataFiles.html(requests.of(accountId)));
    }

    public void erase() {
        try {
            requests.erase(accountId);
            read.forget();
            messages.info("Erased. Their name and what they wrote are gone; their records stay, so the programme's counts are unchanged.");
        } catch (InvalidInputException refused) {
            read.forget();
            messages.error(refused.errors().get(0).message());
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
