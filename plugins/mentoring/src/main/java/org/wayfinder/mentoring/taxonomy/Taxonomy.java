package org.wayfinder.mentoring.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;

/**
 * The programme's career areas and support types. A programme starts with the NHS lists
 * ({@link TermKind#seeded()}) the first time they are needed; the owner then renames, reorders,
 * adds and retires terms. Retired terms stay readable on the profiles and matches that use them.
 */
@ApplicationScoped
public class Taxonomy extends Repository<Term> {

    public Taxonomy() {
        super(Term.class);
    }

    @Override
    protected String describe() {
        return "Term";
    }

    /** The terms people choose from now, in the owner's order. */
    public List<Term> inUse(TermKind kind) {
        return all(kind).stream().filter(term -> !term.isRetired()).toList();
    }

    /** Every term of the kind, retired ones too, in the owner's order. */
    public List<Term> all(TermKind kind) {
        seedIfNew();
        return query("SELECT t FROM Term t WHERE t.kind = :kind ORDER BY t.position, t.label").setParameter("kind", kind)
                .getResultList();
    }

    /** Every term of every kind, for the owner's page, in the owner's order within each kind. */
    @RequiresRole(Roles.OWNER)
    public List<Term> forEditing() {
        seedIfNew();
        return query("SELECT t FROM Term t ORDER BY t.kind, t.position, t.label").getResultList();
    }

    @RequiresRole(Roles.OWNER)
    public Term add(TermKind kind, String label) {
        String clean = checkedLabel(kind, label, null);
        List<Term> terms = all(kind);
        Set<String> keys = new HashSet<>();
        terms.forEach(term -> keys.add(term.getKey()));
        String base = keyOf(clean);
        String key = base;
        for (int n = 2; keys.contains(key); n++) {
            key = base + "-" + n;
        }
        return add(new Term(kind, key, clean, terms.size()));
    }

    @RequiresRole(Roles.OWNER)
    public void rename(String termId, String label) {
        Term term = get(termId);
        term.setLabel(checkedLabel(term.getKind(), label, term));
    }

    @RequiresRole(Roles.OWNER)
    public void retire(String termId, boolean retired) {
        get(termId).setRetired(retired);
    }

    /** Moves a term up (negative) or down (positive) one place among all of its kind. */
    @RequiresRole(Roles.OWNER)
    public void move(String termId, int by) {
        Term term = get(termId);
        List<Term> terms = new java.util.ArrayList<>(all(term.getKind()));
        int at = terms.indexOf(term);
        int to = at + Integer.signum(by);
        if (to < 0 || to >= terms.size()) {
            return;
        }
        terms.add(to, terms.remove(at));
        for (int i = 0; i < terms.size(); i++) {
            terms.get(i).setPosition(i);
        }
    }

    private String checkedLabel(TermKind kind, String label, Term renamed) {
        String clean = label == null ? "" : label.strip().replaceAll("\\s+", " ");
        if (clean.length() < 2 || clean.length() > 80) {
            throw new InvalidInputException("label", "Give a name of 2 to 80 characters.");
        }
        boolean taken = all(kind).stream().anyMatch(term -> term != renamed && term.getLabel().equalsIgnoreCase(clean));
        if (taken) {
            throw new InvalidInputException("label", "\u201c" + clean + "\u201d is already in the list.");
        }
        if (keyOf(clean).isEmpty()) {
            throw new InvalidInputException("label", "Use some letters or digits in the name.");
        }
        return clean;
    }

    static String keyOf(String label) {
        String key = label.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return key.length() <= 60 ? key : key.substring(0, 60).replaceAll("-+$", "");
    }

    /** A programme that has never had terms starts with the NHS lists. */
    private void seedIfNew() {
        if (em().createQuery("SELECT COUNT(t) FROM Term t", Long.class).getSingleResult() > 0) {
            return;
        }
        for (TermKind kind : TermKind.values()) {
            List<String> labels = kind.seeded();
            for (int i = 0; i < labels.size(); i++) {
                add(new Term(kind, keyOf(labels.get(i)), labels.get(i), i));
            }
        }
        em().flush();
    }
}
