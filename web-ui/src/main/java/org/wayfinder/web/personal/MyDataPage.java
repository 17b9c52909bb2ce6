package org.wayfinder.web.personal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.wayfinder.platform.personal.PersonalDataRequests;
import org.wayfinder.platform.spi.web.Downloads;
import org.wayfinder.platform.spi.web.PerRequest;

/** {@code /account/data.xhtml}: everything the programme holds about the signed-in person, to read and to download. */
@Named
@ViewScoped
public class MyDataPage implements Serializable {

    @Inject
    PersonalDataRequests requests;

    @Inject
    Downloads downloads;

    private final PerRequest read = new PerRequest();

    public PersonalDataRequests.Copy getCopy() {
        return read.get("copy", requests::mine);
    }

    public void downloadJson() {
        downloads.send("my-data.json", "application/json; charset=utf-8", PersonalDataFiles.json(requests.mineToKeep()));
    }

    public void downloadHtml() {
        downloads.send("my-data.html", "text/html; charset=utf-8", PersonalDataFiles.html(requests.mineToKeep()));
    }
}
