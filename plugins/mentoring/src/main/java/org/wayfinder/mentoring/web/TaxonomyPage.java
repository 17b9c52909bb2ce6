package org.wayfinder.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wayfinder.mentoring.taxonomy.Taxonomy;
import org.wayfinder.mentoring.taxonomy.Term;
import org.wayfinder.mentoring.taxonomy.TermKind;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.web.Messages;

/** The owner's lists of career areas and support types: add, rename, reorder, retire and restore. */
@Named
@ViewScoped
public class TaxonomyPage implements Serializable {

    @Inject
    Messages messages;

    @Inject
    Taxonomy taxonomy;

    private final Map<TermKind, String> newLabels = new EnumMap<>(TermKind.class);
    private final Map<String, String> labels = new java.util.HashMap<>();

    /** The terms shown, by kind: read once per request, and again after each change. */
    private transient Map<TermKind, List<Term>> terms;

    /** Runs when the page opens: only owners edit the lists (anyone else gets 403). */
    public void load() {
        terms = null;
        termsByKind().values().forEach(kind -> kind.forEach(term -> labels.put(term.getId(), term.getLabel())));
    }

    private Map<TermKind, List<Term>> termsByKind() {
        if (terms == null) {
            Map<TermKind, List<Term>> byKind = new EnumMap<>(TermKind.class);
            taxonomy.forEditing().forEach(term -> byKind.computeIfAbsent(term.getKind(), kind -> new java.util.ArrayList<>()).add(term));
            terms = byKind;
        }
        return terms;
    }

    public TermKind[] getKinds() {
        return TermKind.values();
    }

    public List<Term> terms(TermKind kind) {
        return termsByKind().getOrDefault(kind, List.of());
    }

    public void add(TermKind kind) {
        try {
            Term term = taxonomy.add(kind, newLabels.get(kind));
            terms = null;
            labels.put(term.getId(), term.getLabel());
            newLabels.remove(kind);
            messages.info("\u201c" + term.getLabel() + "\u201d is added to " + kind.label().toLowerCase(java.util.Locale.UK) + ".");
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(error -> messages.error(error.message()));
        }
    }

    public void rename(String termId) {
        try {
            taxonomy.rename(termId, labels.get(termId));
            terms = null;
            messages.info("Renamed to \u201c" + labels.get(termId).strip() + "\u201d. Profiles that chose it show the new name.");
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(error -> messages.error(error.message()));
        }
    }

    public void retire(String termId, boolean retired) {
        taxonomy.retire(termId, retired);
        terms = null;
        messages.info(retired ? "Retired: nobody can choose it now; profiles that chose it keep it."
                : "Restored: people can choose it again.");
    }

    public void move(String termId, int by) {
        taxonomy.move(termId, by);
        terms = null;
    }

    public Map<TermKind, String> getNewLabels() {
        return newLabels;
    }

    public Map<String, String> getLabels() {
        return labels;
    }
}
