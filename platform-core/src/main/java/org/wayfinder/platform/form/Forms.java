package org.wayfinder.platform.form;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.wayfinder.platform.cache.ProgrammeCache;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.definition.Checked;
import org.wayfinder.platform.definition.DraftOutcome;
import org.wayfinder.platform.definition.Drafts;
import org.wayfinder.platform.definition.Problems;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.form.FormDefinition;
import org.wayfinder.platform.spi.form.PublishedForms;

/**
 * The programme's forms: drafts owners edit, and the versions they publish. Publishing never
 * changes an earlier version, so every response can be read against the questions it answered.
 */
@ApplicationScoped
public class Forms extends Repository<Form> implements PublishedForms {

    @Inject
    FieldTypes fieldTypes;

    @Inject
    ProgrammeCache cache;

    @Inject
    TenantContext tenantContext;

    private final Drafts<FormDefinition> drafts = drafts(definition -> engine().problemsWith(definition));

    public Forms() {
        super(Form.class);
    }

    @Override
    protected String describe() {
        return "Form";
    }

    /** How forms are drafted and published, under the rules given (the form engine's, with the field types of the programme). */
    static Drafts<FormDefinition> drafts(Function<FormDefinition, List<FieldError>> rules) {
        return new Drafts<>(FormDefinition.class, FormDefinition::title, definition -> Problems.of(rules.apply(definition)));
    }

    public FormEngine engine() {
        return new FormEngine(fieldTypes::find);
    }

    /** Every form with its response count, in two queries however many forms there are (the draft itself is not read). */
    public List<FormSummary> summaries() {
        Map<String, Long> responses = new HashMap<>();
        em().createQuery("SELECT r.formKey, COUNT(r) FROM FormResponse r GROUP BY r.formKey", Object[].class).getResultList()
                .forEach(row -> responses.put((String) row[0], (Long) row[1]));
        return em().createQuery("SELECT f.key, f.title, f.currentVersion, CASE WHEN f.draft IS NULL THEN 0 ELSE 1 END FROM Form f"
                        + " ORDER BY f.title", Object[].class).getResultList().stream()
                .map(row -> new FormSummary((String) row[0], (String) row[1], ((Number) row[2]).intValue(), ((Number) row[3]).intValue() == 1,
                        responses.getOrDefault((String) row[0], 0L)))
                .toList();
    }

    public Optional<Form> byKey(String key) {
        return query("SELECT f FROM Form f WHERE f.key = :key").setParameter("key", key).getResultStream().findFirst();
    }

    /** The published definition of a form, the one people answer now. */
    @Override
    public Optional<FormDefinition> published(String key) {
        return cache.get(Cache.programme(tenantContext.tenantId()), "form:" + key, () -> loadPublished(key));
    }

    private Optional<FormDefinition> loadPublished(String key) {
        return currentVersion(key).map(drafts::definitionOf);
    }

    /** Every form's published definition, by title, read in one query (a form never published has none). */
    public List<FormDefinition> allPublished() {
        return cache.get(Cache.programme(tenantContext.tenantId()), "forms", () -> em().createQuery(
                "SELECT v FROM FormVersion v JOIN FETCH v.form f WHERE v.number = f.currentVersion ORDER BY f.title, f.key",
                FormVersion.class).getResultList().stream().map(this::definitionOf).toList());
    }

    public Optional<FormVersion> currentVersion(String key) {
        return byKey(key).filter(form -> form.getCurrentVersion() > 0).flatMap(form -> version(form, form.getCurrentVersion()));
    }

    /** The definition of one published version, to read answers given to it. */
    public FormDefinition definitionOf(FormVersion version) {
        return drafts.definitionOf(version);
    }

    public List<FormVersion> versions(String key) {
        return em().createQuery("SELECT v FROM FormVersion v WHERE v.form.key = :key ORDER BY v.number DESC", FormVersion.class)
                .setParameter("key", key).getResultList();
    }

    /** What an owner edits: the draft if there is one, otherwise the published definition. */
    public Optional<FormDefinition> forEditing(String key) {
        return byKey(key).flatMap(form -> drafts.draft(form).or(() -> loadPublished(key)));
    }

    /**
     * The form as its builder edits it: the draft, or the published version. Ids any published
     * version gave a question are never given to a new one, so answers are never read as another's.
     *
     * @throws RecordNotFoundException when the programme has no form with the key
     */
    public FormDraft draftOf(String key) {
        Form form = byKey(key == null ? "" : key).orElseThrow(() -> new RecordNotFoundException("Form"));
        Set<String> publishedIds = new HashSet<>();
        versions(key).forEach(version -> definitionOf(version).fields().forEach(field -> publishedIds.add(field.id())));
        return FormDraft.of(forEditing(key).orElseGet(() -> new FormDefinition(key, form.getTitle(), "", List.of())), publishedIds);
    }

    /** The definition a builder's draft makes, with everything wrong with it: the draft's own problems, then the engine's. */
    public Checked<FormDefinition> check(FormDraft draft) {
        FormDefinition definition = draft.toDefinition(fieldTypes::find);
        return new Checked<>(definition, Problems.of(draft.problems(fieldTypes::find)).and(drafts.check(definition)));
    }

    /** Saves a builder's draft, unless it has problems or is exactly the published version; new questions keep their ids. */
    @RequiresRole(Roles.OWNER)
    public DraftOutcome save(FormDraft draft) {
        Checked<FormDefinition> checked = check(draft);
        DraftOutcome outcome = drafts.save(checked, byKey(draft.getKey()), published(draft.getKey()), () -> newForm(checked.definition()));
        keepIds(draft, checked, outcome);
        return outcome;
    }

    /** Saves a builder's draft and publishes it as the next version, unless it has problems or is exactly the published version. */
    @RequiresRole(Roles.OWNER)
    public DraftOutcome publish(FormDraft draft) {
        Checked<FormDefinition> checked = check(draft);
        DraftOutcome outcome = drafts.publish(checked, byKey(draft.getKey()), published(draft.getKey()), () -> newForm(checked.definition()),
                form -> publish(form).getNumber());
        keepIds(draft, checked, outcome);
        return outcome;
    }

    private static void keepIds(FormDraft draft, Checked<FormDefinition> checked, DraftOutcome outcome) {
        if (outcome.result() == DraftOutcome.Result.SAVED || outcome.result() == DraftOutcome.Result.PUBLISHED) {
            draft.keepIds(checked.definition());
        }
    }

    /**
     * Saves a draft after checking it; a new key makes a new form.
     *
     * @throws InvalidInputException with the path of each problem ({@code sections[0].fields[1].type})
     */
    @RequiresRole(Roles.OWNER)
    public void saveDraft(FormDefinition definition) {
        drafts.check(definition).refuseIfAny();
        drafts.save(byKey(definition.key()).orElseGet(() -> newForm(definition)), definition);
    }

    /** Publishes the draft as the next version: new answers are given to it from now on. */
    @RequiresRole(Roles.OWNER)
    public FormVersion publish(String key) {
        return publish(byKey(key).orElseThrow(() -> new RecordNotFoundException("Form")));
    }

    private FormVersion publish(Form form) {
        FormVersion version = drafts.publish(form, FormVersion::new);
        em().persist(version);
        return version;
    }

    private Form newForm(FormDefinition definition) {
        return add(new Form(definition.key(), definition.title()));
    }

    /**
     * Makes the definition the published one, as an import does: nothing happens when it is what is
     * published already, otherwise it becomes the next version.
     */
    @RequiresRole(Roles.OWNER)
    public boolean publishDefinition(FormDefinition definition) {
        if (published(definition.key()).filter(current -> Objects.equals(current, definition)).isPresent()) {
            return false;
        }
        saveDraft(definition);
        publish(definition.key());
        return true;
    }

    @RequiresRole(Roles.OWNER)
    public void discardDraft(String key) {
        byKey(key).ifPresent(drafts::discard);
    }

    private Optional<FormVersion> version(Form form, int number) {
        return em().createQuery("SELECT v FROM FormVersion v WHERE v.form = :form AND v.number = :number", FormVersion.class)
                .setParameter("form", form).setParameter("number", number).getResultStream().findFirst();
    }
}
