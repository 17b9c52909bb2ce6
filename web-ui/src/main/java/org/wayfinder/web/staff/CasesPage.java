package org.wayfinder.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wayfinder.platform.safeguarding.cases.CaseFile;
import org.wayfinder.platform.safeguarding.cases.CaseStatus;
import org.wayfinder.platform.spi.web.PerRequest;

/**
 * {@code /staff/cases.xhtml}: the safeguarding lead's and owners' list of cases, newest first,
 * filtered by status ({@code ?status=new}) and a page of {@value #PAGE_SIZE} at a time ({@code ?page=2}).
 */
@Named
@ViewScoped
public class CasesPage implements Serializable {

    static final int PAGE_SIZE = 25;

    @Inject
    CaseFile cases;

    private String status;
    private int page = 1;
    private final PerRequest read = new PerRequest();

    /** The status asked for, or null for all; an unknown one reads as all. */
    public CaseStatus getFilter() {
        if (status == null) {
            return null;
        }
        for (CaseStatus known : CaseStatus.values()) {
            if (known.name().equalsIgnoreCase(status.strip())) {
                return known;
            }
        }
        return null;
    }

    public List<CaseFile.Row> getRows() {
        return read.get("rows", () -> cases.page(getFilter(), (getPage() - 1) * PAGE_SIZE, PAGE_SIZE));
    }

    public Map<CaseStatus, Long> getCounts() {
        return read.get("counts", cases::counts);
    }

    public long getTotal() {
        CaseStatus filter = getFilter();
        return getCounts().entrySet().stream().filter(e -> filter == null || e.getKey() == filter).mapToLong(Map.Entry::getValue).sum();
    }

    public boolean isHasNext() {
        return (long) getPage() * PAGE_SIZE < getTotal();
    }

    public List<CaseStatus> getStatuses() {
        return List.of(CaseStatus.values());
    }

    /** The filter as it reads in an address. */
    public String getStatusParameter() {
        return getFilter() == null ? "" : getFilter().name().toLowerCase(Locale.ROOT);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.length() > 20 ? null : status;
    }

    public int getPage() {
        return Math.max(1, Math.min(page, 100_000));
    }

    public void setPage(int page) {
        this.page = page;
    }

    public String label(org.wayfinder.platform.spi.safeguarding.Cases.Kind kind) {
        return CaseFile.label(kind);
    }
}
