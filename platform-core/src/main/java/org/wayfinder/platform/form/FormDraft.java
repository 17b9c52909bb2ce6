package org.wayfinder.platform.form;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wayfinder.platform.definition.ReadableId;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.form.FieldCondition;
import org.wayfinder.platform.spi.form.FieldOption;
import org.wayfinder.platform.spi.form.FieldType;
import org.wayfinder.platform.spi.form.FieldValidator;
import org.wayfinder.platform.spi.form.FieldWidget;
import org.wayfinder.platform.spi.form.FormDefinition;
import org.wayfinder.platform.spi.form.FormField;
import org.wayfinder.platform.spi.form.FormSection;

/**
 * A form as its owner edits it in the form builder: sections, questions and options that can be
 * added, moved and removed, with every input kept as typed (a number rule of "ten" stays "ten"
 * until the owner fixes it). {@link #toDefinition} turns it into the {@link FormDefinition} the
 * form engine checks and stores; the SPI records are not serializable, this is.
 *
 * <p>Answers are stored by question id and counted by option value, so those never change once
 * they exist: a new question or option gets one made from its label when the draft is first
 * saved ({@link #keepIds}), avoiding every id an earlier version used. Until then, and for
 * conditions, parts refer to each other by an internal reference that never changes.
 */
public class FormDraft implements Serializable {

    /** Generated ids and values are kept short enough to read in an export. */
    static final int ID_LENGTH = 40;

    private static final Pattern QUESTION_PATH = Pattern.compile("^sections\\[(\\d+)]\\.fields\\[(\\d+)]\\.(.+)$");
    private static final Pattern SECTION_PATH = Pattern.compile("^sections\\[(\\d+)](\\..*)?$");
    private static final Pattern CHOICE_PART = Pattern.compile("^options\\[(\\d+)].*$");
    private static final Pattern RULE_PART = Pattern.compile("^validators\\[(\\d+)].*$");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("^\\d{1,6}$");

    /** One option of a choice question. */
    public static class Choice implements Serializable {
        private final String ref;
        private String value;
        private String label;

        Choice(String ref, String value, String label) {
            this.ref = ref;
            this.value = value;
            this.label = label;
        }

        public String getRef() {
            return ref;
        }

        /** What answers store; null for an option not saved yet. */
        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

    /** One question, with its rules and the condition that shows it. */
    public static class Question implements Serializable {
        private final String ref;
        private String id;
        private boolean published;
        private String type;
        private String label;
        private String help;
        private boolean required;
        private final List<Choice> choices = new ArrayList<>();
        private String minLength;
        private String maxLength;
        private String minValue;
        private String maxValue;
        private String pattern;
        private String patternMessage;
        private boolean email;
        private String shownAfter;
        private String shownWhen;
        private String consentText;
        private String lowLabel;
        private String highLabel;

        Question(String ref, String type, String label) {
            this.ref = ref;
            this.type = type;
            this.label = label;
        }

        public String getRef() {
            return ref;
        }

        /** Its id; null for a question not saved yet. */
        public String getId() {
            return id;
        }

        /** Whether a published version asks it, so answers are stored by its id and type. */
        public boolean isPublished() {
            return published;
        }

        public String getType() {
            return type;
        }

        /** A published question keeps its type: the answers already stored were checked and kept by it. */
        public void setType(String type) {
            if (!published) {
                this.type = type;
            }
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getHelp() {
            return help;
        }

        public void setHelp(String help) {
            this.help = help;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public List<Choice> getChoices() {
            return choices;
        }

        public String getMinLength() {
            return minLength;
        }

        public void setMinLength(String minLength) {
            this.minLength = minLength;
        }

        public String getMaxLength() {
            return maxLength;
        }

        public void setMaxLength(String maxLength) {
            this.maxLength = maxLength;
        }

        public String getMinValue() {
            return minValue;
        }

        public void setMinValue(String minValue) {
            this.minValue = minValue;
        }

        public String getMaxValue() {
            return maxValue;
        }

        public void setMaxValue(String maxValue) {
            this.maxValue = maxValue;
        }

        public String getPattern() {
            return pattern;
        }

        public void setPattern(String pattern) {
            this.pattern = pattern;
        }

        public String getPatternMessage() {
            return patternMessage;
        }

        public void setPatternMessage(String patternMessage) {
            this.patternMessage = patternMessage;
        }

        public boolean isEmail() {
            return email;
        }

        public void setEmail(boolean email) {
            this.email = email;
        }

        /** The reference of the question this one is shown after; null when it always shows. */
        public String getShownAfter() {
            return shownAfter;
        }

        public void setShownAfter(String shownAfter) {
            this.shownAfter = shownAfter == null || shownAfter.isBlank() ? null : shownAfter;
        }

        /**
         * The answer that shows it: the reference of one of the other question's own options, or
         * the answer itself for other questions; blank for any answer.
         */
        public String getShownWhen() {
            return shownWhen;
        }

        public void setShownWhen(String shownWhen) {
            this.shownWhen = shownWhen;
        }

        public String getConsentText() {
            return consentText;
        }

        public void setConsentText(String consentText) {
            this.consentText = consentText;
        }

        /** For a scale: what its lowest answer means, shown at that end. */
        public String getLowLabel() {
            return lowLabel;
        }

        public void setLowLabel(String lowLabel) {
            this.lowLabel = lowLabel;
        }

        /** For a scale: what its highest answer means, shown at that end. */
        public String getHighLabel() {
            return highLabel;
        }

        public void setHighLabel(String highLabel) {
            this.highLabel = highLabel;
        }

        /** Whether any rule beyond "required" is set, so the builder shows them open. */
        public boolean hasRules() {
            return !blank(minLength) || !blank(maxLength) || !blank(minValue) || !blank(maxValue) || !blank(pattern)
                    || !blank(patternMessage) || email;
        }

        /** The rules as the engine reads them, in a fixed order: length, range, pattern, email. */
        List<FieldValidator> validators() {
            List<FieldValidator> validators = new ArrayList<>();
            if (!blank(minLength) || !blank(maxLength)) {
                validators.add(FieldValidator.length(wholeNumber(minLength), wholeNumber(maxLength)));
            }
            if (!blank(minValue) || !blank(maxValue)) {
                validators.add(FieldValidator.range(number(minValue), number(maxValue)));
            }
            if (!blank(pattern) || !blank(patternMessage)) {
                validators.add(FieldValidator.pattern(strip(pattern), blank(patternMessage) ? null : patternMessage.strip()));
            }
            if (email) {
                validators.add(new FieldValidator(FieldValidator.EMAIL, null, null, null, null));
            }
            return validators;
        }
    }

    /** A group of questions under a heading. */
    public static class Section implements Serializable {
        private final String ref;
        private String id;
        private String title;
        private final List<Question> questions = new ArrayList<>();

        Section(String ref, String id, String title) {
            this.ref = ref;
            this.id = id;
            this.title = title;
        }

        public String getRef() {
            return ref;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public List<Question> getQuestions() {
            return questions;
        }
    }

    private final String key;
    private String title;
    private String description;
    private final List<Section> sections = new ArrayList<>();
    private final Set<String> publishedIds;
    private int lastRef;

    private FormDraft(String key, Set<String> publishedIds) {
        this.key = key;
        this.publishedIds = new HashSet<>(publishedIds);
    }

    /**
     * The draft of a stored definition.
     *
     * @param publishedIds the id of every question any published version of the form asked
     */
    public static FormDraft of(FormDefinition definition, Set<String> publishedIds) {
        FormDraft draft = new FormDraft(definition.key(), publishedIds);
        draft.title = definition.title();
        draft.description = definition.description();
        Map<String, Question> byId = new HashMap<>();
        for (FormSection stored : definition.sections()) {
            Section section = new Section(draft.nextRef(), stored.id(), stored.title());
            draft.sections.add(section);
            for (FormField field : stored.fields()) {
                Question question = new Question(draft.nextRef(), field.type(), field.label());
                question.id = field.id();
                question.published = publishedIds.contains(field.id());
                question.help = field.help();
                question.required = field.required();
                field.options().forEach(option -> question.choices.add(new Choice(draft.nextRef(), option.value(), option.label())));
                field.validators().forEach(validator -> readRule(validator, question));
                question.consentText = field.consentText();
                question.lowLabel = field.lowLabel();
                question.highLabel = field.highLabel();
                FieldCondition condition = field.visibleWhen();
                Question controller = condition == null ? null : byId.get(condition.field());
                if (controller != null) {
                    question.shownAfter = controller.ref;
                    question.shownWhen = controller.choices.stream().filter(choice -> choice.value.equals(condition.equals()))
                            .map(choice -> choice.ref).findFirst().orElse(condition.equals());
                }
                section.questions.add(question);
                byId.put(field.id(), question);
            }
        }
        return draft;
    }

    /** A form's first definition: its title and one short-text question, as a form needs one to be saved. */
    public static FormDefinition newForm(String key, String title, String firstQuestion) {
        FormDraft draft = new FormDraft(key, Set.of());
        draft.title = title;
        draft.description = "";
        Section section = draft.addSection("");
        draft.addQuestion(section.ref, "short-text", firstQuestion);
        return draft.toDefinition(type -> Optional.empty());
    }

    private static void readRule(FieldValidator validator, Question question) {
        switch (validator.id()) {
            case FieldValidator.LENGTH -> {
                question.minLength = whole(validator.min());
                question.maxLength = whole(validator.max());
            }
            case FieldValidator.RANGE -> {
                question.minValue = plain(validator.min());
                question.maxValue = plain(validator.max());
            }
            case FieldValidator.PATTERN -> {
                question.pattern = validator.pattern();
                question.patternMessage = validator.message();
            }
            case FieldValidator.EMAIL -> question.email = true;
            default -> {
                // An unknown rule cannot be published (the engine refuses it), so there is nothing to keep.
            }
        }
    }

    private String nextRef() {
        return "r" + (++lastRef);
    }

    // ---- Reading ------------------------------------------------------------------------------

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Section> getSections() {
        return sections;
    }

    /** Every question, in order across sections. */
    public List<Question> questions() {
        return sections.stream().flatMap(section -> section.questions.stream()).toList();
    }

    public Optional<Question> question(String ref) {
        return questions().stream().filter(question -> question.ref.equals(ref)).findFirst();
    }

    /** Its number in the whole form, from 1, as people answering count. */
    public int number(Question question) {
        return questions().indexOf(question) + 1;
    }

    /**
     * The questions this one may depend on: those before it, and the one it depends on now even if
     * it has moved below (so the choice is not lost; the engine's problem says to move it back).
     */
    public List<Question> candidatesFor(Question question) {
        List<Question> all = questions();
        List<Question> candidates = new ArrayList<>(all.subList(0, Math.max(0, all.indexOf(question))));
        question(question.shownAfter == null ? "" : question.shownAfter)
                .filter(controller -> !candidates.contains(controller)).ifPresent(candidates::add);
        return candidates;
    }

    // ---- Editing ------------------------------------------------------------------------------

    public Section addSection(String title) {
        Section section = new Section(nextRef(), null, title == null ? "" : title.strip());
        sections.add(section);
        return section;
    }

    /**
     * Removes a section and its questions.
     *
     * @return the questions elsewhere that were shown only after one of them, and now always show
     */
    public List<Question> removeSection(String ref) {
        Section section = section(ref);
        sections.remove(section);
        List<Question> released = new ArrayList<>();
        section.questions.forEach(question -> released.addAll(release(question)));
        return released;
    }

    /** Moves a section up (by -1) or down (by 1); false when it is already first or last. */
    public boolean moveSection(String ref, int by) {
        return move(sections, section(ref), by);
    }

    public Question addQuestion(String sectionRef, String type, String label) {
        Question question = new Question(nextRef(), type, label == null ? "" : label.strip());
        question.help = "";
        section(sectionRef).questions.add(question);
        return question;
    }

    /**
     * Removes a question.
     *
     * @return the questions that were shown only after it, and now always show
     */
    public List<Question> removeQuestion(String ref) {
        Question question = question(ref).orElseThrow();
        sections.forEach(section -> section.questions.remove(question));
        return release(question);
    }

    private List<Question> release(Question removed) {
        List<Question> released = new ArrayList<>();
        for (Question question : questions()) {
            if (removed.ref.equals(question.shownAfter)) {
                question.shownAfter = null;
                question.shownWhen = null;
                released.add(question);
            }
        }
        return released;
    }

    /**
     * Moves a question up (by -1) or down (by 1). Past the start or end of its section it moves to
     * the end of the section above or the start of the one below, so buttons alone can put any
     * question anywhere. False when it is the form's first or last question.
     */
    public boolean moveQuestion(String ref, int by) {
        Question question = question(ref).orElseThrow();
        Section section = sectionOf(question);
        List<Question> within = section.questions;
        int at = within.indexOf(question);
        int to = at + Integer.signum(by);
        if (to >= 0 && to < within.size()) {
            Collections.swap(within, at, to);
            return true;
        }
        int next = sections.indexOf(section) + Integer.signum(by);
        if (next < 0 || next >= sections.size()) {
            return false;
        }
        within.remove(question);
        List<Question> target = sections.get(next).questions;
        target.add(by < 0 ? target.size() : 0, question);
        return true;
    }

    public Section sectionOf(Question question) {
        return sections.stream().filter(section -> section.questions.contains(question)).findFirst().orElseThrow();
    }

    public Choice addChoice(String questionRef) {
        Choice choice = new Choice(nextRef(), null, "");
        question(questionRef).orElseThrow().choices.add(choice);
        return choice;
    }

    public void removeChoice(String questionRef, String choiceRef) {
        question(questionRef).orElseThrow().choices.removeIf(choice -> choice.ref.equals(choiceRef));
    }

    public boolean moveChoice(String questionRef, String choiceRef, int by) {
        List<Choice> choices = question(questionRef).orElseThrow().choices;
        return move(choices, choices.stream().filter(choice -> choice.ref.equals(choiceRef)).findFirst().orElseThrow(), by);
    }

    private Section section(String ref) {
        return sections.stream().filter(section -> section.ref.equals(ref)).findFirst().orElseThrow();
    }

    private static <T> boolean move(List<T> list, T item, int by) {
        int at = list.indexOf(item);
        int to = at + Integer.signum(by);
        if (to < 0 || to >= list.size()) {
            return false;
        }
        Collections.swap(list, at, to);
        return true;
    }

    // ---- The definition -----------------------------------------------------------------------

    /**
     * The definition this draft stands for. Parts not saved yet get ids made from their labels,
     * avoiding ids in use and ids of earlier versions; what is typed is passed on as it is, for the
     * engine to judge, except what the question's type does not use (options of a text question,
     * the consent text of a choice, the end labels of anything but a scale), which is kept here in case the type is changed back.
     *
     * @param types how to look up a question type by id
     */
    public FormDefinition toDefinition(Function<String, Optional<FieldType>> types) {
        Names names = names();
        List<FormSection> built = new ArrayList<>();
        for (Section section : sections) {
            List<FormField> fields = new ArrayList<>();
            for (Question question : section.questions) {
                Optional<FieldType> type = types.apply(question.type);
                boolean ownOptions = type.map(FieldType::ownOptions).orElse(!question.choices.isEmpty());
                List<FieldOption> options = ownOptions ? question.choices.stream()
                        .map(choice -> new FieldOption(names.of(choice), strip(choice.label))).toList() : List.of();
                boolean consent = type.map(t -> t.widget() == FieldWidget.CONSENT).orElse(question.consentText != null);
                boolean scale = type.map(t -> t.widget() == FieldWidget.SCALE).orElse(false);
                fields.add(new FormField(names.of(question), question.type, strip(question.label), strip(question.help),
                        question.required, options, question.validators(), condition(question, names, types),
                        consent ? strip(question.consentText) : null,
                        scale ? strip(question.lowLabel) : null, scale ? strip(question.highLabel) : null));
            }
            built.add(new FormSection(names.of(section), strip(section.title), fields));
        }
        return new FormDefinition(key, strip(title), strip(description), built);
    }

    private FieldCondition condition(Question question, Names names, Function<String, Optional<FieldType>> types) {
        Optional<Question> controller = question(question.shownAfter == null ? "" : question.shownAfter);
        if (controller.isEmpty()) {
            return null;
        }
        String equals = blank(question.shownWhen) ? null : question.shownWhen.strip();
        if (equals != null && ownOptions(controller.get(), types)) {
            equals = controller.get().choices.stream().filter(choice -> choice.ref.equals(question.shownWhen))
                    .map(names::of).findFirst().orElse(null);
        }
        return new FieldCondition(names.of(controller.get()), equals);
    }

    private static boolean ownOptions(Question question, Function<String, Optional<FieldType>> types) {
        return types.apply(question.type).map(FieldType::ownOptions).orElse(false);
    }

    /**
     * What only the builder can tell is wrong, in the engine's way of pointing at it: number rules
     * that are not numbers, and a condition on an option that has been removed.
     */
    public List<FieldError> problems(Function<String, Optional<FieldType>> types) {
        List<FieldError> problems = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            List<Question> questions = sections.get(s).questions;
            for (int f = 0; f < questions.size(); f++) {
                Question question = questions.get(f);
                String path = "sections[" + s + "].fields[" + f + "].";
                if (!blank(question.minLength) && wholeNumber(question.minLength) == null
                        || !blank(question.maxLength) && wholeNumber(question.maxLength) == null) {
                    problems.add(new FieldError(path + "rules.length", "Give lengths as whole numbers of characters, like 10."));
                }
                if (!blank(question.minValue) && number(question.minValue) == null
                        || !blank(question.maxValue) && number(question.maxValue) == null) {
                    problems.add(new FieldError(path + "rules.range", "Give the smallest and largest answers as numbers, like 1 or 2.5."));
                }
                Optional<Question> controller = question(question.shownAfter == null ? "" : question.shownAfter);
                if (controller.isPresent() && !blank(question.shownWhen) && ownOptions(controller.get(), types)
                        && controller.get().choices.stream().noneMatch(choice -> choice.ref.equals(question.shownWhen))) {
                    problems.add(new FieldError(path + "visibleWhen.equals",
                            "The answer this question was shown for has been removed. Choose another answer, or any answer."));
                }
            }
        }
        return problems;
    }

    /** After the draft is saved, its new parts keep the ids they were saved with. */
    public void keepIds(FormDefinition saved) {
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            FormSection stored = saved.sections().get(s);
            section.id = stored.id();
            for (int f = 0; f < section.questions.size(); f++) {
                Question question = section.questions.get(f);
                FormField field = stored.fields().get(f);
                question.id = field.id();
                for (int o = 0; o < field.options().size(); o++) {
                    question.choices.get(o).value = field.options().get(o).value();
                }
            }
        }
    }

    /**
     * Where on the builder a problem belongs, from its path: {@code title}, {@code 0.section}
     * (the first section), {@code 0.1.label} (the second question's label), {@code 0.1.choice.2},
     * {@code 0.1.length} and so on; {@code 0.1.question} for anything else about a question, and
     * {@code form} for the form as a whole.
     *
     * @param definition the definition the paths were found in, to tell which rule a rule's index means
     */
    public static String place(String path, FormDefinition definition) {
        Matcher question = QUESTION_PATH.matcher(path);
        if (question.matches()) {
            int s = Integer.parseInt(question.group(1));
            int f = Integer.parseInt(question.group(2));
            String rest = question.group(3);
            String at = s + "." + f + ".";
            Matcher choice = CHOICE_PART.matcher(rest);
            Matcher rule = RULE_PART.matcher(rest);
            if (choice.matches()) {
                return at + "choice." + choice.group(1);
            }
            if (rule.matches()) {
                int v = Integer.parseInt(rule.group(1));
                List<FieldValidator> validators = definition.sections().get(s).fields().get(f).validators();
                return at + (v < validators.size() ? validators.get(v).id() : "question");
            }
            if (rest.startsWith("rules.")) {
                return at + rest.substring("rules.".length());
            }
            if (rest.startsWith("visibleWhen")) {
                return at + "visibleWhen";
            }
            return at + switch (rest) {
                case "label", "type", "options", "consentText", "help", "lowLabel", "highLabel" -> rest;
                default -> "question";
            };
        }
        Matcher section = SECTION_PATH.matcher(path);
        if (section.matches()) {
            return section.group(1) + ".section";
        }
        return switch (path) {
            case "title", "description", "key" -> path;
            default -> "form";
        };
    }

    /** The ids of sections, questions and options, made for the parts that have none yet. */
    private Names names() {
        Names names = new Names();
        Set<String> sectionIds = new HashSet<>();
        sections.stream().map(section -> section.id).filter(id -> id != null).forEach(sectionIds::add);
        Set<String> questionIds = new HashSet<>(publishedIds);
        questions().stream().map(question -> question.id).filter(id -> id != null).forEach(questionIds::add);
        for (Section section : sections) {
            names.put(section.ref, section.id != null ? section.id
                    : ReadableId.claim(section.title, "section", sectionIds, ID_LENGTH));
            for (Question question : section.questions) {
                names.put(question.ref, question.id != null ? question.id
                        : ReadableId.claim(question.label, "question", questionIds, ID_LENGTH));
                // An option added again under the same label means the same answer, so only options in use are avoided.
                Set<String> values = new HashSet<>();
                question.choices.stream().map(choice -> choice.value).filter(value -> value != null).forEach(values::add);
                for (Choice choice : question.choices) {
                    names.put(choice.ref, choice.value != null ? choice.value
                            : ReadableId.claim(choice.label, "option", values, ID_LENGTH));
                }
            }
        }
        return names;
    }

    /** The id each part of the draft has in its definition, by reference. */
    private static final class Names {
        private final Map<String, String> byRef = new HashMap<>();

        void put(String ref, String id) {
            byRef.put(ref, id);
        }

        String of(Section section) {
            return byRef.get(section.ref);
        }

        String of(Question question) {
            return byRef.get(question.ref);
        }

        String of(Choice choice) {
            return byRef.get(choice.ref);
        }
    }

    // ---- Text as typed ------------------------------------------------------------------------

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static Integer wholeNumber(String text) {
        return !blank(text) && WHOLE_NUMBER.matcher(text.strip()).matches() ? Integer.valueOf(text.strip()) : null;
    }

    private static Double number(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip()).doubleValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String whole(Double number) {
        return number == null ? null : String.valueOf(number.intValue());
    }

    private static String plain(Double number) {
        return number == null ? null : BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
