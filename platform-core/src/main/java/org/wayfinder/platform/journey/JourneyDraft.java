package org.wayfinder.platform.journey;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wayfinder.platform.spi.journey.JourneyDefinition;
import org.wayfinder.platform.spi.journey.JourneyStep;
import org.wayfinder.platform.spi.journey.StepCondition;
import org.wayfinder.platform.definition.ReadableId;

/**
 * A journey as its owner edits it: steps that can be added, moved (by button or by dragging) and
 * removed, each with its settings as typed. {@link #toDefinition} turns it into the
 * {@link JourneyDefinition} the journey engine checks and stores; the SPI records are not
 * serializable, this is.
 *
 * <p>Progress is kept by step id, so a step keeps its id for ever once saved; a new step gets one
 * made from its title when the draft is first saved ({@link #keepIds}), avoiding every id an
 * earlier version used, so nobody counts as having done a step they never saw. Until then steps
 * are known by an internal reference that never changes.
 */
public class JourneyDraft implements Serializable {

    static final int ID_LENGTH = 60;
    private static final Pattern STEP_PATH = Pattern.compile("^steps\\[(\\d+)]\\.?(.*)$");

    /** One step of the journey. */
    public static class Step implements Serializable {
        private final String ref;
        private String id;
        private String type;
        private String title;
        private String text;
        private String form;
        private boolean required;
        private String shownAfter;
        private String shownWhen;
        private final LinkedHashMap<String, String> config = new LinkedHashMap<>();

        Step(String ref, String type) {
            this.ref = ref;
            this.type = type;
            this.required = true;
        }

        public String getRef() {
            return ref;
        }

        /** Its id; null for a step not saved yet. */
        public String getId() {
            return id;
        }

        public String getType() {
            return type;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        /** The key of the form the step asks, for steps that ask one. */
        public String getForm() {
            return form;
        }

        public void setForm(String form) {
            this.form = form == null || form.isBlank() ? null : form;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        /** The question the step depends on, as {@code formKey/fieldId}; null when it always applies. */
        public String getShownAfter() {
            return shownAfter;
        }

        public void setShownAfter(String shownAfter) {
            this.shownAfter = shownAfter == null || shownAfter.isBlank() ? null : shownAfter;
        }

        /** The answer that makes the step apply; null for any answer. */
        public String getShownWhen() {
            return shownWhen;
        }

        public void setShownWhen(String shownWhen) {
            this.shownWhen = shownWhen == null || shownWhen.isBlank() ? null : shownWhen;
        }

        /** The step type's own settings, as typed. */
        public Map<String, String> getConfig() {
            return config;
        }

        public boolean isConditional() {
            return shownAfter != null;
        }
    }

    private final String role;
    private String title;
    private final List<Step> steps = new ArrayList<>();
    private final Set<String> usedIds = new HashSet<>();
    private int nextRef;

    private JourneyDraft(String role, String title) {
        this.role = role;
        this.title = title;
    }

    /**
     * @param definition the journey as stored (the draft, or the published version)
     * @param usedIds    every step id any version of the journey has used: never given to a new step
     */
    public static JourneyDraft of(JourneyDefinition definition, Set<String> usedIds) {
        JourneyDraft draft = new JourneyDraft(definition.role(), definition.title());
        draft.usedIds.addAll(usedIds);
        for (JourneyStep stored : definition.steps()) {
            Step step = draft.newStep(stored.type());
            step.id = stored.id();
            step.title = stored.title();
            step.text = stored.text();
            step.form = stored.form();
            step.required = stored.required();
            if (stored.showWhen() != null) {
                step.shownAfter = stored.showWhen().form() + "/" + stored.showWhen().field();
                step.shownWhen = stored.showWhen().equals();
            }
            step.config.putAll(stored.config());
            draft.steps.add(step);
            draft.usedIds.add(stored.id());
        }
        return draft;
    }

    private Step newStep(String type) {
        return new Step("s" + nextRef++, type);
    }

    public String getRole() {
        return role;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The steps in order, to read; change them through {@link #add}, {@link #move}, {@link #moveTo} and {@link #remove}. */
    public List<Step> getSteps() {
        return java.util.Collections.unmodifiableList(steps);
    }

    public Optional<Step> step(String ref) {
        return steps.stream().filter(step -> step.ref.equals(ref)).findFirst();
    }

    public int indexOf(String ref) {
        return steps.indexOf(step(ref).orElseThrow());
    }

    /** Adds a step of the type at the end, titled as the palette names the type. */
    public Step add(String type, String title) {
        Step step = newStep(type);
        step.title = title;
        steps.add(step);
        return step;
    }

    /**
     * Removes a step. Steps that depended on an answer to its form, when no other earlier step asks
     * that form, now always apply; they are returned so the owner can be told.
     */
    public List<Step> remove(String ref) {
        Step removed = step(ref).orElseThrow();
        steps.remove(removed);
        return releaseBrokenConditions();
    }

    /** Moves a step up (negative) or down (positive) by one place; nothing happens at either end. */
    public List<Step> move(String ref, int by) {
        int at = indexOf(ref);
        int to = at + Integer.signum(by);
        return to < 0 || to >= steps.size() ? List.of() : moveTo(at, to);
    }

    /** Moves the step at one place to another, as dragging it does. */
    public List<Step> moveTo(int from, int to) {
        if (from < 0 || from >= steps.size() || to < 0 || to >= steps.size() || from == to) {
            return List.of();
        }
        steps.add(to, steps.remove(from));
        return releaseBrokenConditions();
    }

    /**
     * A step can only depend on an answer given at an earlier step. After a move or a removal,
     * steps whose question is no longer asked before them always apply; they are returned.
     */
    private List<Step> releaseBrokenConditions() {
        List<Step> released = new ArrayList<>();
        Set<String> asked = new HashSet<>();
        for (Step step : steps) {
            if (step.shownAfter != null && !asked.contains(formOf(step.shownAfter))) {
                step.shownAfter = null;
                step.shownWhen = null;
                released.add(step);
            }
            if (step.form != null) {
                asked.add(step.form);
            }
        }
        return released;
    }

    /** The form key of a {@code formKey/fieldId} question reference. */
    public static String formOf(String question) {
        int slash = question.indexOf('/');
        return slash < 0 ? question : question.substring(0, slash);
    }

    /** The field id of a {@code formKey/fieldId} question reference. */
    public static String fieldOf(String question) {
        int slash = question.indexOf('/');
        return slash < 0 ? "" : question.substring(slash + 1);
    }

    /** The journey as the engine checks and stores it; steps not saved yet get the ids they would be saved with. */
    public JourneyDefinition toDefinition() {
        Map<Step, String> ids = ids();
        List<JourneyStep> defined = new ArrayList<>();
        for (Step step : steps) {
            StepCondition condition = step.shownAfter == null ? null
                    : new StepCondition(formOf(step.shownAfter), fieldOf(step.shownAfter), step.shownWhen);
            defined.add(new JourneyStep(ids.get(step), step.type, trim(step.title), trim(step.text), step.form, step.required,
                    condition, step.config.isEmpty() ? null : new LinkedHashMap<>(step.config)));
        }
        return new JourneyDefinition(role, trim(title), defined);
    }

    /** After the draft is saved: new steps keep the ids they were saved with. */
    public void keepIds() {
        Map<Step, String> ids = ids();
        steps.forEach(step -> {
            step.id = ids.get(step);
            usedIds.add(step.id);
        });
    }

    private Map<Step, String> ids() {
        Map<Step, String> ids = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(usedIds);
        steps.stream().filter(step -> step.id != null).forEach(step -> {
            ids.put(step, step.id);
            taken.add(step.id);
        });
        for (Step step : steps) {
            if (step.id == null) {
                ids.put(step, ReadableId.claim(step.title, "step", taken, ID_LENGTH));
            }
        }
        return ids;
    }

    /**
     * Where a problem the engine reported belongs: the step's reference and the part
     * ({@code s3.form}), or the path itself for the journey as a whole ({@code title}).
     */
    public String place(String path) {
        Matcher matcher = STEP_PATH.matcher(path == null ? "" : path);
        if (matcher.matches()) {
            int index = Integer.parseInt(matcher.group(1));
            if (index < steps.size()) {
                String part = matcher.group(2).isEmpty() ? "step" : matcher.group(2).startsWith("showWhen") ? "showWhen" : matcher.group(2);
                return steps.get(index).ref + "." + part;
            }
        }
        return path == null || path.isBlank() ? "journey" : path;
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }
}
