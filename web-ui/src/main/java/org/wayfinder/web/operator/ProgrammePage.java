package org.wayfinder.web.operator;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.wayfinder.config.configuration.ConfigurationExporter;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.spi.web.Downloads;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.tenant.TenantDirectory;
import org.wayfinder.platform.tenant.TenantErasure;

/**
 * One programme as an operator manages it: pause, resume, archive, download its configuration,
 * and delete it (only after a download and with its address typed out).
 */
@Named
@ViewScoped
public class ProgrammePage implements Serializable {

    @Inject
    Downloads downloads;

    @Inject
    Messages messages;

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantErasure erasure;

    @Inject
    ConfigurationExporter exporter;

    @Inject
    Tenancy tenancy;

    @Inject
    CurrentUser currentUser;

    private String id;
    private transient TenantRef programme;
    private transient Optional<Instant> exported;
    private String confirmation;

    /** Runs when the page opens: an unknown id, or the platform's own, answers 404. */
    public void load() {
        programme = null;
        exported = null;
        getProgramme();
    }

    public TenantRef getProgramme() {
        if (programme == null) {
            programme = tenants.findById(id == null ? "" : id).filter(found -> !found.platform())
                    .orElseThrow(() -> new RecordNotFoundException("Programme"));
        }
        return programme;
    }

    /** When its configuration was last downloaded: asked once per request, and again after a download. */
    public Optional<Instant> lastExport() {
        if (exported == null) {
            exported = tenants.exportedAt(getProgramme().id());
        }
        return exported;
    }

    public boolean isRecentlyExported() {
        return lastExport().filter(when -> when.isAfter(Instant.now().minus(TenantErasure.EXPORT_VALID_FOR))).isPresent();
    }

    public Instant getExportedAt() {
        return lastExport().orElse(null);
    }

    public void suspend() {
        programme = tenants.suspend(getProgramme().id());
        messages.info(programme.name() + " is paused: its site shows the paused page and nobody can sign in.");
    }

    public void resume() {
        programme = tenants.resume(getProgramme().id());
        messages.info(programme.name() + " is running again.");
    }

    public void archive() {
        programme = tenants.archive(getProgramme().id());
        messages.info(programme.name() + " is archived: its site shows the paused page. You can still resume, export or delete it.");
    }

    /** The programme's configuration as a file, and a note that it was taken. */
    public void export() {
        TenantRef target = getProgramme();
        String json = tenancy.callAs(target, () -> currentUser.actingAs(SignedInUser.platformAsOwner(target.id()), exporter::exportJson));
        tenants.markExported(target.id());
        exported = null;
        downloads.send(target.slug() + "-configuration-" + LocalDate.now(ZoneOffset.UTC) + ".json", "application/json;charset=UTF-8",
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public String delete() {
        try {
            TenantRef target = getProgramme();
            int rows = erasure.erase(target.id(), confirmation);
            messages.info(target.name() + " is deleted, with its " + (rows - 1) + " records.");
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/operator/index?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "delete");
            return null;
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
