package org.wayfinder.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.wayfinder.platform.audit.AuditEntries;
import org.wayfinder.platform.audit.AuditEntry;
import org.wayfinder.platform.audit.AuditQuery;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.web.Downloads;
import org.wayfinder.platform.spi.web.Messages;

/**
 * The owner's audit trail ({@code /admin/audit.xhtml}): entries newest first, searched by person,
 * action, record and dates (London's days), a page of {@link #PAGE_SIZE} at a time, and the
 * matching entries downloaded as CSV. The search is in the address (a GET form), so a search can
 * be bookmarked and the browser's back button goes back through pages. Entries are only read here.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    static final int PAGE_SIZE = 50;

    @Inject
    AuditEntries entries;

    @Inject
    Messages messages;

    @Inject
    Downloads downloads;

    private String person;
    private String action;
    private String record;
    private String from;
    private String to;
    private String pageAsked;
    private int page = 1;

    private AuditQuery query;
    private transient List<AuditEntry> shown;
    private long total;

    /** Reads the search from the address; a date that is not one, or days the wrong way round, are said and nothing is listed. */
    public void load() {
        page = pageAsked == null || !pageAsked.strip().matches("[0-9]{1,6}") ? 1 : Math.max(1, Integer.parseInt(pageAsked.strip()));
        try {
            query = new AuditQuery(person, action, record, day("from", from), day("to", to)).checked();
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "search");
            query = null;
            shown = List.of();
            total = 0;
            return;
        }
        total = entries.count(query);
        long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        page = (int) Math.min(page, pages);
        shown = total == 0 ? List.of() : entries.search(query, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    private static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Enter the date as year-month-day, for example 2026-12-05.");
        }
    }

    /** The matching entries (not just this page) as CSV, through the one download mechanism, which records the export too. */
    public void downloadCsv() {
        if (query == null) {
            messages.error("Correct the search first.");
            return;
        }
        List<List<String>> rows = entries.export(query).stream().map(AuditEntries::csvRow).toList();
        downloads.sendCsv("audit-" + LocalDate.now(ZoneOffset.UTC) + ".csv", AuditEntries.CSV_COLUMNS, rows);
    }

    public List<AuditEntry> getEntries() {
        return shown == null ? List.of() : shown;
    }

    public long getTotal() {
        return total;
    }

    public long getFirstShown() {
        return total == 0 ? 0 : (long) (page - 1) * PAGE_SIZE + 1;
    }

    public long getLastShown() {
        return Math.min(total, (long) page * PAGE_SIZE);
    }

    public boolean isNewer() {
        return page > 1;
    }

    public boolean isOlder() {
        return (long) page * PAGE_SIZE < total;
    }

    public boolean isFiltered() {
        return query != null && (query.person() != null || query.action() != null || query.record() != null || query.from() != null
                || query.to() != null);
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getRecord() {
        return record;
    }

    public void setRecord(String record) {
        this.record = record;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    /** The page asked for in the address ({@code page=3}); anything but a number is the first. */
    public String getPageAsked() {
        return pageAsked;
    }

    public void setPageAsked(String pageAsked) {
        this.pageAsked = pageAsked;
    }
}
