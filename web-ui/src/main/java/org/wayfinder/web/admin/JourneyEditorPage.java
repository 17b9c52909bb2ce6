package org.wayfinder.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.event.ReorderEvent;
import org.wayfinder.config.branding.RichText;
import org.wayfinder.platform.definition.DraftOutcome;
import org.wayfinder.platform.form.Forms;
import org.wayfinder.platform.journey.JourneyDraft;
import org.wayfinder.platform.journey.JourneyDraft.Step;
import org.wayfinder.platform.journey.JourneyEngine;
import org.wayfinder.platform.journey.JourneyProgress;
import org.wayfinder.platform.journey.JourneyProgress.FunnelStep;
import org.wayfinder.platform.journey.Journeys;
import org.wayfinder.platform.journey.StepTypes;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.PluginSetting;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.form.Answers;
import org.wayfinder.platform.spi.form.FormField;
import org.wayfinder.platform.spi.form.FormFill;
import org.wayfinder.platform.spi.journey.JourneyStep;
import org.wayfinder.platform.spi.journey.StepType;
import org.wayfinder.platform.spi.web.Messages;

/**
 * The journey editor: an owner builds the journey of one role from the palette of step types,
 * orders the steps by dragging them (or with buttons, from the keyboard), sets each one up, tries
 * the journey out as a person with the role would meet it, and publishes it as the next version.
 * Publishing never strands anyone: the engine places everyone again in the new version. The page
 * also shows how many people stand at each step (the funnel).
 *
 * <p>Nothing typed is lost when something is refused: the draft lives in this view until it is saved.
 */
@Named
@ViewScoped
public class JourneyEditorPage implements Serializable {

    @Inject
    Messages messages;

    /** One entry of the problem summary at the top: the step it is about (null for the journey), where, what. */
    public record Problem(String stepRef, String where, String message) implements Serializable {
    }

    /** An entry of a drop-down list. */
    public record Choice(String value, String label) implements Serializable {
    }

    @Inject
    Journeys journeys;

    @Inject
    JourneyProgress progress;

    @Inject
    StepTypes stepTypes;

    @Inject
    Forms forms;

    private String role;
    private JourneyDraft draft;
    private String selected;
    private final Map<String, String> problems = new HashMap<>();
    private final List<Problem> summary = new ArrayList<>();
    private boolean checked;
    private int previewAt;
    private final Map<String, FormFill> previewFills = new LinkedHashMap<>();
    private String previewNotice;
    private transient List<FunnelStep> funnel;

    /** Runs when the page opens: a role that cannot have a journey here answers 404, like any missing record. */
    public void load() {
        draft = journeys.draftOf(role);
        selected = draft.getSteps().isEmpty() ? null : draft.getSteps().get(0).getRef();
    }

    // ---- Changing the draft (Ajax, or a full post without script) -----------------------------

    /** Adds a step of a type from the palette at the end, and opens it for editing. */
    public void add(String typeId) {
        StepType type = stepTypes.find(typeId).filter(stepTypes::isOffered).orElseThrow(() -> new RecordNotFoundException("Step type"));
        Step step = draft.add(type.id(), type.name());
        type.settings().forEach(setting -> step.getConfig().put(setting.key(), setting.defaultValue() == null ? "" : setting.defaultValue()));
        selected = step.getRef();
        changed("Step " + draft.getSteps().size() + " (" + type.name() + ") is added at the end. Set it up below.");
    }

    public void select(String ref) {
        draft.step(ref).ifPresent(step -> selected = ref);
    }

    public void remove(String ref) {
        int at = draft.indexOf(ref);
        String name = stepName(draft.getSteps().get(at), at);
        List<Step> released = draft.remove(ref);
        if (ref.equals(selected)) {
            selected = draft.getSteps().isEmpty() ? null : draft.getSteps().get(Math.max(0, at - 1)).getRef();
        }
        changed(name + " is removed. People who had done it keep their place; it no longer counts in their steps."
                + releasedText(released));
    }

    public void move(String ref, int by) {
        changed(releasedText(draft.move(ref, by)).strip());
    }

    /** A step was dragged to another place in the list. */
    public void reorder(ReorderEvent event) {
        changed(releasedText(draft.moveTo(event.getFromIndex(), event.getToIndex())).strip());
    }

    /** Another question chosen for "show only when": the answer chosen for the previous one no longer applies. */
    public void conditionChanged() {
        Step step = getStep();
        if (step != null) {
            step.setShownWhen(null);
        }
        changed(null);
    }

    /** Redraws the draft as typed so far: checks, preview. */
    public void refresh() {
        changed(null);
    }

    private void changed(String message) {
        if (message != null && !message.isBlank()) {
            messages.info(message);
        }
        if (checked) {
            check();
        }
        previewAt = Math.min(previewAt, Math.max(0, previewSteps().size()));
    }

    private static String releasedText(List<Step> released) {
        if (released.isEmpty()) {
            return "";
        }
        String titles = released.stream().map(step -> "\u201c" + step.getTitle() + "\u201d").collect(Collectors.joining(", "));
        return released.size() == 1 ? " " + titles + " depended on an answer no longer asked before it, so it now always applies."
                : " " + titles + " depended on answers no longer asked before them, so they now always apply.";
    }

    // ---- Saving, publishing, discarding (full page) -------------------------------------------

    public String save() {
        checked = true;
        DraftOutcome outcome = journeys.save(draft);
        return switch (outcome.result()) {
            case REFUSED -> refused(outcome);
            case UNCHANGED -> reopen("Nothing has changed since the published version.");
            default -> reopen(outcome.version() > 0 ? "Draft saved. People follow the published version until you publish this one."
                    : "Draft saved. Nobody follows the journey until you publish it.");
        };
    }

    public String publish() {
        checked = true;
        DraftOutcome outcome = journeys.publish(draft);
        return switch (outcome.result()) {
            case REFUSED -> refused(outcome);
            case UNCHANGED -> reopen("Nothing to publish: the published version is exactly this.");
            default -> reopen("Version " + outcome.version() + " is live. Everyone on the journey now continues from their place in it;"
                    + " steps they had done stay done.");
        };
    }

    public String discard() {
        journeys.discardDraft(role);
        return reopen("Your changes are discarded.");
    }

    private String refused(DraftOutcome outcome) {
        show(outcome.problems().list());
        return null;
    }

    private String reopen(String message) {
        messages.info(message);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/journey?faces-redirect=true&role=" + URLEncoder.encode(role, StandardCharsets.UTF_8);
    }

    /** Checks the draft as saving it will, and shows what is wrong. */
    private void check() {
        checked = true;
        show(journeys.check(draft).problems().list());
    }

    private void show(List<FieldError> found) {
        problems.clear();
        summary.clear();
        for (FieldError problem : found) {
            String place = draft.place(problem.field());
            problems.merge(place, problem.message(), (first, second) -> first + " " + second);
            int dot = place.indexOf('.');
            Optional<Step> step = dot < 0 ? Optional.empty() : draft.step(place.substring(0, dot));
            summary.add(new Problem(step.map(Step::getRef).orElse(null),
                    step.map(s -> stepName(s, draft.getSteps().indexOf(s))).orElse("title".equals(place) ? "Title" : "The journey"),
                    problem.message()));
        }
        if (!summary.isEmpty() && summary.stream().noneMatch(p -> p.stepRef() != null && p.stepRef().equals(selected))) {
            summary.stream().map(Problem::stepRef).filter(ref -> ref != null).findFirst().ifPresent(ref -> selected = ref);
        }
    }

    // ---- Preview as the role ------------------------------------------------------------------

    /** The steps that apply to someone who answered the preview's forms as typed so far. */
    public List<JourneyStep> previewSteps() {
        return JourneyEngine.applicable(draft.toDefinition(), this::previewAnswers);
    }

    private Answers previewAnswers(String formKey) {
        return Optional.ofNullable(previewFills.get(formKey)).map(FormFill::answers).orElse(Answers.none());
    }

    public JourneyStep getPreviewStep() {
        List<JourneyStep> steps = previewSteps();
        return previewAt < steps.size() ? steps.get(previewAt) : null;
    }

    /** "Step 2 of 7", counted as the journey page counts it for a person who has passed the steps before this one. */
    public String getPreviewProgress() {
        List<JourneyStep> steps = previewSteps();
        Set<String> passed = steps.subList(0, Math.min(previewAt, steps.size())).stream().map(JourneyStep::id)
                .collect(Collectors.toSet());
        JourneyEngine.Place place = JourneyEngine.place(draft.toDefinition(), passed, this::previewAnswers);
        return previewAt < steps.size() ? "Step " + place.position() + " of " + place.total() : "Finished: all " + place.total() + " steps";
    }

    /** The form the previewed step asks, filled as typed in the preview; null when it asks none or the form is not published. */
    public FormFill getPreviewFill() {
        JourneyStep step = getPreviewStep();
        if (step == null || step.form() == null) {
            return null;
        }
        return previewFills.computeIfAbsent(step.form(), key -> forms.published(key)
                .map(form -> new FormFill(form, Answers.none())).orElse(null));
    }

    public String getPreviewText() {
        JourneyStep step = getPreviewStep();
        return step == null ? "" : RichText.clean(step.text());
    }

    /** Goes on to the next step as the person would: a form's answers must pass first. Nothing is stored. */
    public void previewNext() {
        FormFill fill = getPreviewFill();
        if (fill != null) {
            List<FieldError> found = forms.engine().check(fill.getDefinition(), fill.answers());
            fill.show(found);
            if (!found.isEmpty()) {
                previewNotice = found.size() == 1 ? "One answer needs attention before they can carry on."
                        : found.size() + " answers need attention before they can carry on.";
                return;
            }
        }
        previewNotice = null;
        previewAt = Math.min(previewAt + 1, previewSteps().size());
    }

    public void previewSkip() {
        previewNotice = null;
        previewAt = Math.min(previewAt + 1, previewSteps().size());
    }

    public void previewBack() {
        previewNotice = null;
        previewAt = Math.max(0, previewAt - 1);
    }

    public void previewRestart() {
        previewNotice = null;
        previewAt = 0;
        previewFills.clear();
    }

    public boolean isPreviewFirst() {
        return previewAt == 0;
    }

    public String getPreviewNotice() {
        return previewNotice;
    }

    // ---- What the page draws ------------------------------------------------------------------

    public JourneyDraft getDraft() {
        return draft;
    }

    /**
     * The steps as the table draws them. PrimeFaces reorders the list a table is bound to when a row
     * is dragged, before the listener runs; the table gets a copy so that the draft moves once,
     * through {@link #reorder}, which also releases conditions the move broke.
     */
    public List<Step> getRows() {
        return new ArrayList<>(draft.getSteps());
    }

    /** The step open for editing, or null. */
    public Step getStep() {
        return selected == null ? null : draft.step(selected).orElse(null);
    }

    public int getStepNumber() {
        Step step = getStep();
        return step == null ? 0 : draft.getSteps().indexOf(step) + 1;
    }

    public boolean isPublished() {
        return journeys.byRole(role).map(journey -> journey.getCurrentVersion() > 0).orElse(false);
    }

    public int getVersion() {
        return journeys.byRole(role).map(journey -> journey.getCurrentVersion()).orElse(0);
    }

    public boolean isHasDraft() {
        return journeys.byRole(role).map(journey -> journey.hasDraft()).orElse(false);
    }

    /** The core's step types and those of the plugins switched on here; a step added earlier keeps its type either way. */
    public List<StepType> getPalette() {
        return stepTypes.offered();
    }

    public String typeName(String typeId) {
        return stepTypes.find(typeId).map(StepType::name).orElse("Unknown step type \u201c" + typeId + "\u201d");
    }

    public boolean needsForm(Step step) {
        return step != null && stepTypes.find(step.getType()).map(StepType::needsForm).orElse(false);
    }

    public List<PluginSetting> settingsOf(Step step) {
        return step == null ? List.of() : stepTypes.find(step.getType()).map(StepType::settings).orElse(List.of());
    }

    /** The programme's published forms, to ask at a step. */
    public List<Choice> getForms() {
        return forms.summaries().stream().filter(form -> form.currentVersion() > 0)
                .map(form -> new Choice(form.key(), form.title())).toList();
    }

    /** The questions of forms asked by steps before the open one, which it can depend on. */
    public List<Choice> getQuestions() {
        Step step = getStep();
        if (step == null) {
            return List.of();
        }
        List<Choice> questions = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        for (Step earlier : draft.getSteps()) {
            if (earlier == step) {
                break;
            }
            if (earlier.getForm() != null && !asked.contains(earlier.getForm())) {
                asked.add(earlier.getForm());
                forms.published(earlier.getForm()).ifPresent(form -> form.fields().forEach(field -> questions.add(
                        new Choice(form.key() + "/" + field.id(), "Only when \u201c" + field.label() + "\u201d (" + form.title() + ") is answered"))));
            }
        }
        return questions;
    }

    /** The answers the question the open step depends on offers, to choose from; empty when it is typed. */
    public List<Choice> getAnswers() {
        Step step = getStep();
        if (step == null || step.getShownAfter() == null) {
            return List.of();
        }
        return forms.published(JourneyDraft.formOf(step.getShownAfter()))
                .flatMap(form -> form.field(JourneyDraft.fieldOf(step.getShownAfter())))
                .map(this::answersOf).orElse(List.of());
    }

    private List<Choice> answersOf(FormField field) {
        if ("consent".equals(field.type())) {
            return List.of(new Choice(Answers.AGREED, "They agreed"));
        }
        return forms.engine().options(field).stream().map(option -> new Choice(option.value(), option.label())).toList();
    }

    /** How many people stand at each step of the published journey; empty before it is published. */
    public List<FunnelStep> getFunnel() {
        if (funnel == null) {
            funnel = isPublished() ? progress.funnel(role) : List.of();
        }
        return funnel;
    }

    public long getFunnelTotal() {
        return getFunnel().stream().mapToLong(FunnelStep::people).sum();
    }

    public String stepName(Step step, int index) {
        return "Step " + (index + 1) + (step.getTitle() == null || step.getTitle().isBlank() ? "" : " (\u201c" + step.getTitle() + "\u201d)");
    }

    /** The problem at a place ({@link JourneyDraft#place}), or null. */
    public String problem(String place) {
        return problems.get(place);
    }

    public String problemAt(Step step, String part) {
        return step == null ? null : problems.get(step.getRef() + "." + part);
    }

    /** Problems about the step as a whole (its type, its id), not one of its settings; null when there are none. */
    public String stepProblem(Step step) {
        String found = java.util.stream.Stream.of("step", "type", "id").map(part -> problemAt(step, part))
                .filter(problem -> problem != null).collect(Collectors.joining(" "));
        return found.isEmpty() ? null : found;
    }

    public boolean hasProblems(Step step) {
        String prefix = step.getRef() + ".";
        return problems.keySet().stream().anyMatch(place -> place.startsWith(prefix));
    }

    public List<Problem> getSummary() {
        return summary;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
