package org.wayfinder.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wayfinder.platform.retention.Retention;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.retention.RetentionRule.Removal;
import org.wayfinder.platform.spi.web.Messages;

/**
 * The owner's retention settings ({@code /admin/retention.xhtml}): a period per kind of record, off
 * until set, what the next run would remove as of now (listed a page at a time), and what each
 * rule's last run removed.
 */
@Named
@ViewScoped
public class RetentionPage implements Serializable {

    /** Records listed at once under each rule's preview. */
    public static final int PAGE = 20;

    @Inject
    Retention retention;

    @Inject
    Messages messages;

    private List<Retention.Setting> settings;
    private final Map<String, String> typed = new HashMap<>();
    private List<Retention.Preview> previews;
    private final Map<String, Integer> pages = new HashMap<>();

    @PostConstruct
    void load() {
        settings = retention.settings();
        typed.clear();
        for (Retention.Setting setting : settings) {
            typed.put(setting.key(), setting.amount() == null ? "" : setting.amount().toString());
        }
        previews = retention.preview(Instant.now());
        pages.clear();
    }

    public void save() {
        try {
            int changed = retention.set(typed);
            load();
            messages.info(changed == 0 ? "Nothing changed." : "Saved. The next run, within a day, removes what is listed under"
                    + " \"The next run would remove\".");
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "periods");
        }
    }

    public List<Retention.Setting> getSettings() {
        return settings;
    }

    /** What the owner typed for each rule, by key: text, so that anything typed is answered with a message, never a converter's error. */
    public Map<String, String> getTyped() {
        return typed;
    }

    public List<Retention.Preview> getPreviews() {
        return previews;
    }

    public int page(String key) {
        return pages.getOrDefault(key, 0);
    }

    /** The records of one rule's preview shown now. */
    public List<Removal> shown(Retention.Preview preview) {
        int from = Math.min(page(preview.key()) * PAGE, preview.removals().size());
        return preview.removals().subList(from, Math.min(from + PAGE, preview.removals().size()));
    }

    public boolean hasNext(Retention.Preview preview) {
        return (page(preview.key()) + 1) * PAGE < preview.removals().size();
    }

    public void next(String key) {
        pages.merge(key, 1, Integer::sum);
    }

    public void previous(String key) {
        pages.computeIfPresent(key, (k, page) -> Math.max(0, page - 1));
    }
}
