package org.wayfinder.platform.form;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wayfinder.platform.json.Json;
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

    public Forms() {
        super(Form.class);
    }

    @Override
    protected String describe() {
        return "Form";
    }

    public FormEngine engine() {
        return new FormEngine(fieldTypes::find);
    }

    public List<FormSummary> summaries() {
        List<FormSummary> summaries = new ArrayList<>();
        for (Form form : query("SELECT f FROM Form f ORDER BY f.title").getResultList()) {
            long responses = em().createQuery("SELECT COUNT(r) FROM FormResponse r WHERE r.formKey = :key", Long.class)
                    .setParameter("key", form.getKey()).getSingleResult();
            summaries.add(new FormSummary(form.getKey(), form.getTitle(), form.getCurrentVersion(), form.hasDraft(), responses));
        }
        return summaries;
    }

    public Optional<Form> byKey(String key) {
        return query("SELECT f FROM Form f WHERE f.key = :key").setParameter("key", key).getResultStream().findFirst();
    }

    /** The published definition of a form, the one people answer now. */
    @Override
    public Optional<FormDefinition> published(String key) {
        return currentVersion(key).map(version -> Json.read(version.getDefinition(), FormDefinition.class));
    }

    /** Every form's published definition, by title, read in one query (a form never published has none). */
    public List<FormDefinition> allPublished() {
        return em().createQuery("SELECT v FROM FormVersion v JOIN FETCH v.form f WHERE v.number = f.currentVersion ORDER BY f.title, f.key",
                FormVersion.class).getResultList().stream().map(this::definitionOf).toList();
    }

    public Optional<FormVersion> currentVersion(String key) {
        return byKey(key).filter(form -> form.getCurrentVersion() > 0).flatMap(form -> version(form, form.getCurrentVersion()));
    }

    /** The definition of one published version, to read answers given to it. */
    public FormDefinition definitionOf(FormVersion version) {
        return Json.read(version.getDefinition(), FormDefinition.class);
    }

    public List<FormVersion> versions(String key) {
        return em().createQuery("SELECT v FROM FormVersion v WHERE v.form.key = :key ORDER BY v.number DESC", FormVersion.class)
                .setParameter("key", key).getResultList();
    }

    /** What an owner edits: the draft if there is one, otherwise the published definition. */
    public Optional<FormDefinition> forEditing(String key) {
        return byKey(key).flatMap(form -> form.hasDraft() ? Optional.of(Json.read(form.getDraft(), FormDefinition.class)) : published(key));
    }

    /**
     * Saves a draft after checking it; a new key makes a new form.
     *
     * @throws InvalidInputException with the path of each problem ({@code sections[0].fields[1].type})
     */
    @RequiresRole(Roles.OWNER)
    public void saveDraft(FormDefinition definition) {
        List<FieldError> problems = engine().problemsWith(definition);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Form form = byKey(definition.key()).orElseGet(() -> add(new Form(definition.key(), definition.title())));
        form.setDraft(Json.write(definition));
    }

    /** Publishes the draft as the next version: new answers are given to it from now on. */
    @RequiresRole(Roles.OWNER)
    public FormVersion publish(String key) {
        Form form = byKey(key).orElseThrow(() -> new RecordNotFoundException("Form"));
        if (!form.hasDraft()) {
            throw new InvalidInputException("draft", "There are no changes to publish.");
        }
        FormDefinition definition = Json.read(form.getDraft(), FormDefinition.class);
        List<FieldError> problems = engine().problemsWith(definition);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        FormVersion version = new FormVersion(form, form.getCurrentVersion() + 1, form.getDraft(), Instant.now());
        em().persist(version);
        form.setCurrentVersion(version.getNumber());
        form.setTitle(definition.title());
        form.setDraft(null);
        return version;
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
        byKey(key).ifPresent(form -> form.setDraft(null));
    }

    private Optional<FormVersion> version(Form form, int number) {
        return em().createQuery("SELECT v FROM FormVersion v WHERE v.form = :form AND v.number = :number", FormVersion.class)
                .setParameter("form", form).setParameter("number", number).getResultStream().findFirst();
    }
}
