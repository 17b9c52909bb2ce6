package org.wayfinder.platform.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.form.Answers;
import org.wayfinder.platform.spi.form.FieldCondition;
import org.wayfinder.platform.spi.form.FieldOption;
import org.wayfinder.platform.spi.form.FieldType;
import org.wayfinder.platform.spi.form.FieldValidator;
import org.wayfinder.platform.spi.form.FieldWidget;
import org.wayfinder.platform.spi.form.FormDefinition;
import org.wayfinder.platform.spi.form.FormField;

/**
 * What a form means for a set of answers: which questions are shown, which answers are acceptable,
 * and what is kept. Pure logic, the same for the page, the API and the preview.
 */
public final class FormEngine {

    private final Function<String, Optional<FieldType>> types;

    /** @param types how to look a field type up by id ({@code fieldTypes::find}) */
    public FormEngine(Function<String, Optional<FieldType>> types) {
        this.types = types;
    }

    /**
     * The ids of the fields shown for these answers. A field is shown when it has no condition, or
     * the field it depends on is shown and has an answer (the given answer, when one is named).
     */
    public Set<String> visible(FormDefinition form, Answers answers) {
        Set<String> shown = new HashSet<>();
        form.fields().forEach(field -> {
            FieldCondition condition = field.visibleWhen();
            if (condition == null || shown.contains(condition.field()) && matches(condition, answers)) {
                shown.add(field.id());
            }
        });
        return shown;
    }

    private static boolean matches(FieldCondition condition, Answers answers) {
        List<String> given = answers.of(condition.field());
        return condition.equals() == null || condition.equals().isBlank() ? !given.isEmpty() : given.contains(condition.equals());
    }

    /** Every problem with the answers to the shown fields, by field id, in the form's order. */
    public List<FieldError> check(FormDefinition form, Answers answers) {
        Set<String> shown = visible(form, answers);
        List<FieldError> errors = new ArrayList<>();
        form.fields().filter(field -> shown.contains(field.id()))
                .forEach(field -> problemWith(field, answers.of(field.id())).ifPresent(message -> errors.add(new FieldError(field.id(), message))));
        return errors;
    }

    /** The answers worth keeping: those to shown fields, without blanks. */
    public Answers keep(FormDefinition form, Answers answers) {
        Set<String> shown = visible(form, answers);
        Map<String, List<String>> kept = new LinkedHashMap<>();
        form.fields().filter(field -> shown.contains(field.id()) && answers.has(field.id()))
                .forEach(field -> kept.put(field.id(), answers.of(field.id())));
        return new Answers(kept);
    }

    public FieldType typeOf(FormField field) {
        return types.apply(field.type()).orElseThrow(() -> new IllegalStateException("Unknown question type " + field.type()));
    }

    public List<FieldOption> options(FormField field) {
        return typeOf(field).options(field);
    }

    Optional<String> problemWith(FormField field, List<String> given) {
        FieldType type = typeOf(field);
        if (given.isEmpty()) {
            return field.required() ? Optional.of(type.widget() == FieldWidget.CONSENT
                    ? "Tick the box to agree, or you cannot go on." : "Answer this question.") : Optional.empty();
        }
        if (type.widget() != FieldWidget.CHECKBOXES && given.size() > 1) {
            return Optional.of("Give one answer.");
        }
        if (type.widget() == FieldWidget.CONSENT) {
            return given.equals(List.of(Answers.AGREED)) ? Optional.empty() : Optional.of("Tick the box to agree.");
        }
        if (type.kind() == FieldType.ValueKind.OPTIONS || !type.options(field).isEmpty()) {
            Set<String> allowed = new HashSet<>();
            type.options(field).forEach(option -> allowed.add(option.value()));
            if (!allowed.containsAll(given)) {
                return Optional.of("Choose from the options given.");
            }
        }
        for (String answer : given) {
            Optional<String> problem = type.problemWith(answer, field);
            if (problem.isPresent()) {
                return problem;
            }
            for (FieldValidator validator : field.validators()) {
                problem = broken(validator, answer);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> broken(FieldValidator validator, String answer) {
        switch (validator.id()) {
            case FieldValidator.LENGTH -> {
                int length = answer.codePointCount(0, answer.length());
                if (validator.min() != null && length < validator.min()) {
                    return Optional.of("Write at least " + validator.min().intValue() + " characters.");
                }
                if (validator.max() != null && length > validator.max()) {
                    return Optional.of("Keep this to " + validator.max().intValue() + " characters.");
                }
            }
            case FieldValidator.RANGE -> {
                BigDecimal value;
                try {
                    value = new BigDecimal(answer);
                } catch (NumberFormatException e) {
                    return Optional.of("Enter a number.");
                }
                if (validator.min() != null && value.compareTo(BigDecimal.valueOf(validator.min())) < 0
                        || validator.max() != null && value.compareTo(BigDecimal.valueOf(validator.max())) > 0) {
                    return Optional.of("Enter a number " + rangeText(validator) + ".");
                }
            }
            case FieldValidator.PATTERN -> {
                if (!Pattern.compile(validator.pattern()).matcher(answer).matches()) {
                    return Optional.of(validator.message() == null || validator.message().isBlank()
                            ? "This answer is not in the expected form." : validator.message());
                }
            }
            case FieldValidator.EMAIL -> {
                if (!CoreFieldTypes.EMAIL.matcher(answer).matches()) {
                    return Optional.of("Enter an email address like name@example.org.");
                }
            }
            default -> throw new IllegalStateException("Unknown validator " + validator.id());
        }
        return Optional.empty();
    }

    private static String rangeText(FieldValidator validator) {
        if (validator.min() != null && validator.max() != null) {
            return "from " + plain(validator.min()) + " to " + plain(validator.max());
        }
        return validator.min() != null ? "of at least " + plain(validator.min()) : "of at most " + plain(validator.max());
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /**
     * What is wrong with a form's definition, each problem with the path of the part it is about
     * ({@code sections[0].fields[2].type}), so the builder and the importer can point at it.
     */
    public List<FieldError> problemsWith(FormDefinition form) {
        List<FieldError> problems = new ArrayList<>();
        if (form.key() == null || !form.key().matches("^[a-z][a-z0-9-]{1,59}$")) {
            problems.add(new FieldError("key", "A form's key is 2 to 60 lower-case letters, digits and hyphens, starting with a letter."));
        }
        if (form.title() == null || form.title().isBlank() || form.title().length() > 120) {
            problems.add(new FieldError("title", "Give the form a title of 1 to 120 characters."));
        }
        Set<String> sectionIds = new HashSet<>();
        Set<String> fieldIds = new HashSet<>();
        for (int s = 0; s < form.sections().size(); s++) {
            var section = form.sections().get(s);
            String sectionPath = "sections[" + s + "]";
            if (section.id() == null || !section.id().matches("^[a-z][a-z0-9-]{0,59}$")) {
                problems.add(new FieldError(sectionPath + ".id", "A section's id is lower-case letters, digits and hyphens."));
            } else if (!sectionIds.add(section.id())) {
                problems.add(new FieldError(sectionPath + ".id", "Two sections have the id \"" + section.id() + "\"."));
            }
            for (int f = 0; f < section.fields().size(); f++) {
                checkField(section.fields().get(f), sectionPath + ".fields[" + f + "]", fieldIds, problems);
            }
        }
        if (fieldIds.isEmpty()) {
            problems.add(new FieldError("sections", "A form needs at least one question."));
        }
        return problems;
    }

    private void checkField(FormField field, String path, Set<String> earlier, List<FieldError> problems) {
        if (field.id() == null || !field.id().matches("^[a-z][a-z0-9-]{0,59}$")) {
            problems.add(new FieldError(path + ".id", "A question's id is lower-case letters, digits and hyphens, starting with a letter."));
        } else if (earlier.contains(field.id())) {
            problems.add(new FieldError(path + ".id", "Two questions have the id \"" + field.id() + "\"."));
        }
        if (field.label() == null || field.label().isBlank() || field.label().length() > 500) {
            problems.add(new FieldError(path + ".label", "Give the question a label of 1 to 500 characters."));
        }
        Optional<FieldType> type = types.apply(field.type());
        if (type.isEmpty()) {
            problems.add(new FieldError(path + ".type", "There is no question type \"" + field.type() + "\"."));
        } else {
            if (type.get().ownOptions()) {
                if (field.options().isEmpty()) {
                    problems.add(new FieldError(path + ".options", "A choice question needs at least one option."));
                }
                Set<String> values = new HashSet<>();
                for (int o = 0; o < field.options().size(); o++) {
                    FieldOption option = field.options().get(o);
                    if (option.value() == null || option.value().isBlank() || option.label() == null || option.label().isBlank()) {
                        problems.add(new FieldError(path + ".options[" + o + "]", "Every option needs a value and a label."));
                    } else if (!values.add(option.value())) {
                        problems.add(new FieldError(path + ".options[" + o + "].value", "Two options have the value \"" + option.value() + "\"."));
                    }
                }
            }
            if (type.get().widget() == FieldWidget.CONSENT && (field.consentText() == null || field.consentText().isBlank())) {
                problems.add(new FieldError(path + ".consentText", "A consent question needs the text people agree to."));
            }
            if (field.lowLabel() != null && field.lowLabel().length() > 100) {
                problems.add(new FieldError(path + ".lowLabel", "Keep what the lowest answer means to 100 characters."));
            }
            if (field.highLabel() != null && field.highLabel().length() > 100) {
                problems.add(new FieldError(path + ".highLabel", "Keep what the highest answer means to 100 characters."));
            }
        }
        for (int v = 0; v < field.validators().size(); v++) {
            checkValidator(field.validators().get(v), path + ".validators[" + v + "]", problems);
        }
        FieldCondition condition = field.visibleWhen();
        if (condition != null && (condition.field() == null || !earlier.contains(condition.field()))) {
            problems.add(new FieldError(path + ".visibleWhen.field",
                    "A question can only depend on an earlier question of the same form, and there is none called \"" + condition.field() + "\" before it."));
        }
        if (field.id() != null) {
            earlier.add(field.id());
        }
    }

    private static void checkValidator(FieldValidator validator, String path, List<FieldError> problems) {
        switch (validator.id() == null ? "" : validator.id()) {
            case FieldValidator.LENGTH, FieldValidator.RANGE -> {
                if (validator.min() == null && validator.max() == null) {
                    problems.add(new FieldError(path, "Give a smallest or largest value."));
                } else if (validator.min() != null && validator.max() != null && validator.min() > validator.max()) {
                    problems.add(new FieldError(path + ".min", "The smallest value is larger than the largest."));
                }
            }
            case FieldValidator.PATTERN -> {
                try {
                    Pattern.compile(validator.pattern() == null ? "" : validator.pattern());
                } catch (PatternSyntaxException e) {
                    problems.add(new FieldError(path + ".pattern", "This is not a valid regular expression: " + e.getDescription() + "."));
                }
                if (validator.pattern() == null || validator.pattern().isBlank()) {
                    problems.add(new FieldError(path + ".pattern", "Give the pattern answers must match."));
                }
            }
            case FieldValidator.EMAIL -> {
            }
            default -> problems.add(new FieldError(path + ".id", "There is no rule \"" + validator.id() + "\"; use length, range, pattern or email."));
        }
    }
}
