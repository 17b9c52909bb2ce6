package org.wayfinder.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wayfinder.platform.definition.Checked;
import org.wayfinder.platform.definition.DraftOutcome;
import org.wayfinder.platform.form.FieldTypes;
import org.wayfinder.platform.form.Form;
import org.wayfinder.platform.form.FormDraft;
import org.wayfinder.platform.form.FormDraft.Choice;
import org.wayfinder.platform.form.FormDraft.Question;
import org.wayfinder.platform.form.FormDraft.Section;
import org.wayfinder.platform.form.FormResponses;
import org.wayfinder.platform.form.FormVersion;
import org.wayfinder.platform.form.Forms;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.plugin.PluginRegistry;
import org.wayfinder.platform.spi.web.Dates;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.Plugin;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.form.Answers;
import org.wayfinder.platform.spi.form.FieldOption;
import org.wayfinder.platform.spi.form.FieldType;
import org.wayfinder.platform.spi.form.FormDefinition;
import org.wayfinder.platform.spi.form.FormField;
import org.wayfinder.platform.spi.form.FormFill;
import org.wayfinder.platform.spi.form.FormSection;
import org.wayfinder.platform.spi.web.Messages;

/**
 * The form builder: an owner edits a form's draft (sections, questions, options, rules and
 * conditions, all with buttons, no dragging), sees every problem beside what it is about, tries
 * the draft out in a preview drawn by the real renderer, and publishes it as the next version.
 * Nothing typed is lost when something is refused: the draft lives in this view until it is saved.
 *
 * <p>Buttons that change the draft redraw the form by Ajax and name the element that should have
 * keyboard focus next ({@link #getFocus()}), which {@code form-builder.js} moves it to.
 */
@Named
@ViewScoped
public class FormEditorPage implements Serializable {

    @Inject
    Dates dates;

    @Inject
    Messages messages;

    /** One entry of the problem summary at the top: where it points, what it is about, what is wrong. */
    public record Problem(String anchor, String where, String message) implements Serializable {
    }

    /** An answer a condition can name. */
    public record Answer(String value, String label) {
    }

    private static final String FOCUS = "wayfinder.formBuilder.focus";

    @Inject
    Forms forms;

    @Inject
    FormResponses responses;

    @Inject
    FieldTypes fieldTypes;

    @Inject
    PluginRegistry registry;

    @Inject
    PluginActivations activations;

    private String key;
    private FormDraft draft;
    private final Map<String, String> problems = new HashMap<>();
    private final List<Problem> summary = new ArrayList<>();
    private boolean checked;
    private String newSectionTitle;
    private final Map<String, String> newLabels = new HashMap<>();
    private final Map<String, String> newTypes = new HashMap<>();
    private final Map<String, String> addProblems = new HashMap<>();
    private FormFill preview;
    private String previewNotice;
    private transient Form stored;
    private transient List<FormVersion> versions;
    private transient Long responseCount;

    /** Runs when the page opens: a key that is not this programme's answers 404, like any missing record. */
    public void load() {
        draft = forms.draftOf(key);
        refreshPreview(Answers.none());
    }

    // ---- Changing the draft (Ajax) ------------------------------------------------------------

    public void addSection() {
        Section section = draft.addSection(newSectionTitle);
        newSectionTitle = null;
        changed("Section " + draft.getSections().size() + " is added.");
        focus(sectionPart(draft.getSections().indexOf(section), "sectionTitle"));
    }

    public void removeSection(String ref) {
        int at = indexOf(ref);
        Section section = draft.getSections().get(at);
        String name = sectionName(section, at);
        int questions = section.getQuestions().size();
        List<Question> released = draft.removeSection(ref);
        changed(name + " is removed" + (questions == 0 ? "" : questions == 1 ? " with its question" : " with its " + questions + " questions")
                + "." + releasedText(released));
        focus(draft.getSections().isEmpty() ? "editor:newSectionTitle" : sectionPart(Math.max(0, at - 1), "sectionTitle"));
    }

    public void moveSection(String ref, int by) {
        draft.moveSection(ref, by);
        int at = indexOf(ref);
        changed(null);
        boolean stuck = by < 0 ? at == 0 : at == draft.getSections().size() - 1;
        focus(sectionPart(at, (by < 0) != stuck ? "sectionUp" : "sectionDown"));
    }

    public void addQuestion(String sectionRef) {
        int at = indexOf(sectionRef);
        String label = newLabels.get(sectionRef);
        addProblems.remove(sectionRef);
        if (label == null || label.isBlank()) {
            addProblems.put(sectionRef, "Write the question before adding it.");
            focus(sectionPart(at, "newLabel"));
            return;
        }
        String type = fieldTypes.find(newTypes.getOrDefault(sectionRef, "")).map(FieldType::id).orElse("short-text");
        Question question = draft.addQuestion(sectionRef, type, label);
        newLabels.remove(sectionRef);
        newTypes.remove(sectionRef);
        changed("Question " + draft.number(question) + " is added." + (ownOptions(question) ? " Add its options next." : ""));
        focus(questionPart(question, ownOptions(question) ? "addChoice" : "label"));
    }

    public void removeQuestion(String ref) {
        Question question = draft.question(ref).orElseThrow();
        int at = draft.getSections().indexOf(draft.sectionOf(question));
        String name = "Question " + draft.number(question) + " (\u201c" + question.getLabel() + "\u201d)";
        List<Question> released = draft.removeQuestion(ref);
        changed(name + " is removed." + releasedText(released));
        focus(sectionPart(at, "newLabel"));
    }

    public void moveQuestion(String ref, int by) {
        Question question = draft.question(ref).orElseThrow();
        draft.moveQuestion(ref, by);
        changed(null);
        List<Question> all = draft.questions();
        boolean stuck = by < 0 ? all.get(0) == question : all.get(all.size() - 1) == question;
        focus(questionPart(question, (by < 0) != stuck ? "up" : "down"));
    }

    public void addChoice(String questionRef) {
        Question question = draft.question(questionRef).orElseThrow();
        Choice choice = draft.addChoice(questionRef);
        changed(null);
        focus(choicePart(question, question.getChoices().indexOf(choice), "choiceLabel"));
    }

    public void removeChoice(String questionRef, String choiceRef) {
        draft.removeChoice(questionRef, choiceRef);
        changed(null);
        focus(questionPart(draft.question(questionRef).orElseThrow(), "addChoice"));
    }

    public void moveChoice(String questionRef, String choiceRef, int by) {
        Question question = draft.question(questionRef).orElseThrow();
        draft.moveChoice(questionRef, choiceRef, by);
        changed(null);
        List<Choice> choices = question.getChoices();
        int at = choices.indexOf(choices.stream().filter(choice -> choice.getRef().equals(choiceRef)).findFirst().orElseThrow());
        boolean stuck = by < 0 ? at == 0 : at == choices.size() - 1;
        focus(choicePart(question, at, (by < 0) != stuck ? "choiceUp" : "choiceDown"));
    }

    /** Another question chosen for "show only when": the answer chosen for the previous one no longer applies. */
    public void conditionChanged(AjaxBehaviorEvent event) {
        String ref = (String) event.getComponent().getAttributes().get("question");
        draft.question(ref).ifPresent(question -> question.setShownWhen(null));
        changed(null);
        focus(event.getComponent().getClientId());
    }

    /** A question's type changed: redraw what the type offers (options, consent text, rules). */
    public void typeChanged(AjaxBehaviorEvent event) {
        changed(null);
        focus(event.getComponent().getClientId());
    }

    /** Shows the draft as typed so far in the preview. */
    public void showPreview() {
        changed(null);
        focus("previewHeading");
    }

    private void changed(String message) {
        if (message != null) {
            messages.info(message);
        }
        if (checked) {
            check();
        }
        refreshPreview(preview == null ? Answers.none() : preview.answers());
    }

    private static String releasedText(List<Question> released) {
        if (released.isEmpty()) {
            return "";
        }
        String labels = released.stream().map(question -> "\u201c" + question.getLabel() + "\u201d").collect(Collectors.joining(", "));
        return released.size() == 1 ? " " + labels + " depended on it, so it now always shows."
                : " " + labels + " depended on it, so they now always show.";
    }

    // ---- Saving, publishing, discarding (full page) -------------------------------------------

    public String save() {
        checked = true;
        DraftOutcome outcome = forms.save(draft);
        return switch (outcome.result()) {
            case REFUSED -> refused(outcome);
            case UNCHANGED -> reopen("Nothing has changed since version " + outcome.version() + " was published.");
            default -> reopen(outcome.version() > 0 ? "Draft saved. People answer version " + outcome.version() + " until you publish it."
                    : "Draft saved. Nobody can answer the form until you publish it.");
        };
    }

    public String publish() {
        checked = true;
        DraftOutcome outcome = forms.publish(draft);
        return switch (outcome.result()) {
            case REFUSED -> refused(outcome);
            case UNCHANGED -> reopen("Nothing to publish: version " + outcome.version() + " already asks exactly this.");
            default -> reopen("Version " + outcome.version() + " is live; earlier answers stay readable against the version they answered.");
        };
    }

    public String discard() {
        forms.discardDraft(key);
        return reopen("Your changes are discarded. The form is as version " + getStored().getCurrentVersion() + " asks it.");
    }

    private String refused(DraftOutcome outcome) {
        show(outcome.problems().list(), draft.toDefinition(types()));
        return null;
    }

    private String reopen(String message) {
        messages.info(message);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/form?faces-redirect=true&key=" + key;
    }

    /** Checks the draft as saving it will, and shows what is wrong. */
    private void check() {
        checked = true;
        Checked<FormDefinition> found = forms.check(draft);
        show(found.problems().list(), found.definition());
    }

    private void show(List<FieldError> found, FormDefinition definition) {
        problems.clear();
        summary.clear();
        for (FieldError problem : found) {
            String place = FormDraft.place(problem.field(), definition);
            problems.merge(place, problem.message(), (first, second) -> first + " " + second);
            summary.add(new Problem(anchor(place), where(place), problem.message()));
        }
    }

    private String anchor(String place) {
        String[] parts = place.split("\\.");
        return switch (parts.length) {
            case 1 -> "title".equals(place) || "description".equals(place) ? "editor:" + place : "fb_sections";
            case 2 -> "fb_s" + parts[0];
            default -> "fb_q" + parts[0] + "_" + parts[1];
        };
    }

    private String where(String place) {
        String[] parts = place.split("\\.");
        if (parts.length == 1) {
            return switch (place) {
                case "title" -> "Title";
                case "description" -> "Description";
                default -> "The form";
            };
        }
        int s = Integer.parseInt(parts[0]);
        if (parts.length == 2) {
            return sectionName(draft.getSections().get(s), s);
        }
        Question question = draft.getSections().get(s).getQuestions().get(Integer.parseInt(parts[1]));
        return "Question " + draft.number(question) + (question.getLabel() == null || question.getLabel().isBlank() ? ""
                : " (\u201c" + question.getLabel() + "\u201d)");
    }

    // ---- Preview ------------------------------------------------------------------------------

    /** Checks the answers typed in the preview as the published form would, storing nothing. */
    public void checkAnswers() {
        List<FieldError> found = forms.engine().check(preview.getDefinition(), preview.answers());
        List<FieldError> elsewhere = preview.show(found);
        int beside = found.size() - elsewhere.size();
        previewNotice = found.isEmpty() ? "These answers would be accepted. Nothing was stored: this is a preview."
                : (beside == 1 ? "One answer needs attention." : beside + " answers need attention.")
                + elsewhere.stream().map(error -> " " + error.message()).collect(Collectors.joining());
    }

    private void refreshPreview(Answers answers) {
        FormDefinition definition = draft.toDefinition(types());
        List<FormSection> known = definition.sections().stream().map(section -> new FormSection(section.id(), section.title(),
                section.fields().stream().filter(field -> fieldTypes.find(field.type()).isPresent()).toList())).toList();
        preview = new FormFill(new FormDefinition(definition.key(), definition.title(), definition.description(), known), answers);
        previewNotice = null;
    }

    // ---- What the page draws ------------------------------------------------------------------

    public FormDraft getDraft() {
        return draft;
    }

    public Form getStored() {
        if (stored == null) {
            stored = forms.byKey(key).orElseThrow(() -> new RecordNotFoundException("Form"));
        }
        return stored;
    }

    /**
     * The question types the owner can choose: the core's, and those of plugins switched on here (a
     * plugin's types start with its id). A question of a type chosen earlier keeps it either way.
     */
    public List<FieldType> getTypes() {
        Set<String> off = registry.plugins().stream().map(Plugin::id).filter(id -> !activations.isEnabled(id))
                .collect(Collectors.toSet());
        return fieldTypes.all().stream().filter(type -> off.stream().noneMatch(id -> type.id().startsWith(id + "-"))).toList();
    }

    public String typeLabel(String typeId) {
        return fieldTypes.find(typeId).map(FieldType::label).orElse("Unknown type \u201c" + typeId + "\u201d");
    }

    /** Whether the owner types this question's options. */
    public boolean ownOptions(Question question) {
        return fieldTypes.find(question.getType()).map(FieldType::ownOptions).orElse(false);
    }

    /** The answers a question's type offers itself (yes or no, a rating), for the owner to see. */
    public String fixedOptions(Question question) {
        return fieldTypes.find(question.getType()).filter(type -> !type.ownOptions()).map(FormEditorPage::offeredBy)
                .map(options -> options.stream().map(FieldOption::label).collect(Collectors.joining(", "))).orElse("");
    }

    /** What a type offers by itself, whatever the question (a rating's 1 to 5, a plugin's list). */
    private static List<FieldOption> offeredBy(FieldType type) {
        return type.options(new FormField("any", type.id(), "", "", false, List.of(), List.of(), null, null));
    }

    public String widget(Question question) {
        return fieldTypes.find(question.getType()).map(type -> type.widget().name()).orElse("");
    }

    /** Which rules make sense for the question's type; a rule already set always shows, so it can be removed. */
    public boolean offers(Question question, String rule) {
        String widget = widget(question);
        boolean text = "TEXT".equals(widget) || "TEXTAREA".equals(widget);
        return switch (rule) {
            case "length" -> text || notBlank(question.getMinLength()) || notBlank(question.getMaxLength());
            case "range" -> "NUMBER".equals(widget) || notBlank(question.getMinValue()) || notBlank(question.getMaxValue());
            case "pattern" -> text || notBlank(question.getPattern()) || notBlank(question.getPatternMessage());
            case "email" -> text && !"email".equals(question.getType()) || question.isEmail();
            default -> false;
        };
    }

    public boolean offersRules(Question question) {
        return offers(question, "length") || offers(question, "range") || offers(question, "pattern") || offers(question, "email");
    }

    /** The questions this one can be shown after, labelled for the list. */
    public List<Answer> candidates(Question question) {
        List<Question> all = draft.questions();
        int position = all.indexOf(question);
        return draft.candidatesFor(question).stream().map(candidate -> new Answer(candidate.getRef(),
                "Only when question " + draft.number(candidate) + " (\u201c" + candidate.getLabel() + "\u201d) is answered"
                        + (all.indexOf(candidate) > position ? " - it now comes later: move it up" : ""))).toList();
    }

    /** Whether the answer that shows this question is picked from a list (the other question has options). */
    public boolean conditionByChoice(Question question) {
        return controller(question).map(controller -> ownOptions(controller) || !fixedOptions(controller).isEmpty()
                || "CONSENT".equals(widget(controller))).orElse(false);
    }

    /** The answers of the question this one is shown after, to choose from. */
    public List<Answer> conditionAnswers(Question question) {
        Optional<Question> controller = controller(question);
        if (controller.isEmpty()) {
            return List.of();
        }
        Question other = controller.get();
        if (ownOptions(other)) {
            return other.getChoices().stream().map(choice -> new Answer(choice.getRef(),
                    choice.getLabel() == null || choice.getLabel().isBlank() ? "(option without a label)" : choice.getLabel())).toList();
        }
        if ("CONSENT".equals(widget(other))) {
            return List.of(new Answer(Answers.AGREED, "The box is ticked"));
        }
        return fieldTypes.find(other.getType()).map(type -> offeredBy(type).stream()
                .map(option -> new Answer(option.value(), option.label())).toList()).orElse(List.of());
    }

    private Optional<Question> controller(Question question) {
        return question.getShownAfter() == null ? Optional.empty() : draft.question(question.getShownAfter());
    }

    /** The problem at a place of the builder ({@link FormDraft#place}), or null. */
    public String problem(String place) {
        return problems.get(place);
    }

    public String problemAt(int section, int question, String part) {
        return problems.get(section + "." + question + "." + part);
    }

    public boolean hasProblems(int section, int question) {
        String prefix = section + "." + question + ".";
        return problems.keySet().stream().anyMatch(place -> place.startsWith(prefix));
    }

    public List<Problem> getSummary() {
        return summary;
    }

    public String getAddProblem(String sectionRef) {
        return addProblems.get(sectionRef);
    }

    public String sectionName(Section section, int index) {
        return "Section " + (index + 1) + (section.getTitle() == null || section.getTitle().isBlank() ? "" : " (\u201c" + section.getTitle() + "\u201d)");
    }

    public int number(Question question) {
        return draft.number(question);
    }

    public boolean isFirst(Question question) {
        return draft.questions().indexOf(question) == 0;
    }

    public boolean isLast(Question question) {
        List<Question> all = draft.questions();
        return all.indexOf(question) == all.size() - 1;
    }

    public List<FormVersion> getVersions() {
        if (versions == null) {
            versions = forms.versions(key);
        }
        return versions;
    }

    public String publishedAt(FormVersion version) {
        return dates.time(version.getPublishedAt());
    }

    public long getResponseCount() {
        if (responseCount == null) {
            responseCount = responses.count(key);
        }
        return responseCount;
    }

    public FormFill getPreview() {
        return preview;
    }

    public String getPreviewNotice() {
        return previewNotice;
    }

    /** The client id of the element that should have keyboard focus after this request, or empty. */
    public String getFocus() {
        Object focus = FacesContext.getCurrentInstance().getAttributes().get(FOCUS);
        return focus == null ? "" : focus.toString();
    }

    private static void focus(String clientId) {
        FacesContext.getCurrentInstance().getAttributes().put(FOCUS, clientId);
    }

    private int indexOf(String sectionRef) {
        List<Section> sections = draft.getSections();
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).getRef().equals(sectionRef)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No section " + sectionRef);
    }

    private static String sectionPart(int section, String part) {
        return "editor:sections:" + section + ":" + part;
    }

    private String questionPart(Question question, String part) {
        Section section = draft.sectionOf(question);
        return sectionPart(draft.getSections().indexOf(section), "questions:" + section.getQuestions().indexOf(question) + ":" + part);
    }

    private String choicePart(Question question, int choice, String part) {
        return questionPart(question, "choices:" + choice + ":" + part);
    }

    private Function<String, Optional<FieldType>> types() {
        return fieldTypes::find;
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getNewSectionTitle() {
        return newSectionTitle;
    }

    public void setNewSectionTitle(String newSectionTitle) {
        this.newSectionTitle = newSectionTitle;
    }

    public Map<String, String> getNewLabels() {
        return newLabels;
    }

    public Map<String, String> getNewTypes() {
        return newTypes;
    }

    /** Whether a published version exists, so there is something to go back to. */
    public boolean isPublished() {
        return getStored().getCurrentVersion() > 0;
    }
}
