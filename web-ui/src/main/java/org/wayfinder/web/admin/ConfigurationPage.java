package org.wayfinder.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.wayfinder.config.configuration.ConfigurationExporter;
import org.wayfinder.config.configuration.ConfigurationImporter;
import org.wayfinder.config.configuration.ImportReport;
import org.wayfinder.config.configuration.TenantConfiguration;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.web.Downloads;
import org.wayfinder.platform.spi.web.Messages;

/**
 * The owner's export and import of the programme's whole configuration. An import is always
 * checked first: the page shows every problem with its JSON path, or what would change; only then
 * can it be applied, all or nothing.
 */
@Named
@ViewScoped
public class ConfigurationPage implements Serializable {

    @Inject
    Downloads downloads;

    @Inject
    Messages messages;

    /** Larger than any document the schema allows (a 1.5 MB logo in Base64 plus the rest). */
    static final int MOST_BYTES = 3 * 1024 * 1024;

    /**
     * One line of a report, kept in the view.
     *
     * @param path    the JSON path a problem is about; null for a change
     * @param message what is wrong, or what changes
     */
    public record Line(String path, String message) implements Serializable {
    }

    @Inject
    ConfigurationExporter exporter;

    @Inject
    ConfigurationImporter importer;

    @Inject
    TenantContext tenantContext;

    private String document;
    private transient Part file;
    private List<Line> problems = List.of();
    private List<Line> changes = List.of();
    private String checkedDocument;
    private boolean applied;

    public void download() {
        downloads.send(tenantContext.tenant().slug() + "-configuration-" + LocalDate.now(ZoneOffset.UTC) + ".json",
                "application/json;charset=UTF-8", exporter.exportJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Reads an uploaded file into the document box, then checks it. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            messages.error("Choose a .json file exported from Wayfinder first.");
            return;
        }
        if (file.getSize() > MOST_BYTES) {
            messages.error("That file is larger than any configuration can be (3 MB); choose the exported .json file.");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            messages.error("The file could not be read; try again.");
            return;
        }
        check();
    }

    /** The dry run: every problem, or what would change. Nothing is changed. */
    public void check() {
        applied = false;
        ImportReport report = importer.dryRun(document);
        show(report);
        checkedDocument = report.ok() ? document : null;
        if (report.ok()) {
            messages.info("The document is valid. Check what would change below, then apply it.");
        } else {
            messages.error(report.problems().size() == 1 ? "The document has one problem; nothing was changed."
                    : "The document has " + report.problems().size() + " problems; nothing was changed.");
        }
    }

    /** Applies the document that was checked, all or nothing. */
    public void apply() {
        if (checkedDocument == null || !checkedDocument.equals(document)) {
            messages.error("Check the document first: it has changed since it was last checked.");
            return;
        }
        ImportReport report = importer.apply(document);
        show(report);
        applied = report.applied();
        checkedDocument = null;
        if (applied) {
            messages.info("The configuration is imported.");
        } else {
            messages.error("The document could not be applied; nothing was changed. See the problems below.");
        }
    }

    private void show(ImportReport report) {
        problems = report.problems().stream().map(problem -> new Line(problem.field(), problem.message())).toList();
        changes = report.changes().stream().map(change -> new Line(null, change)).toList();
    }

    public boolean isCheckedAndValid() {
        return checkedDocument != null && checkedDocument.equals(document);
    }

    public String getSchemaUrl() {
        return TenantConfiguration.SCHEMA;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<Line> getProblems() {
        return problems;
    }

    public List<Line> getChanges() {
        return changes;
    }

    public boolean isApplied() {
        return applied;
    }
}
