package org.wayfinder.platform.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.wayfinder.platform.spi.form.FieldOption;
import org.wayfinder.platform.spi.form.FieldType;
import org.wayfinder.platform.spi.form.FieldWidget;
import org.wayfinder.platform.spi.form.FormField;

/** The question types every programme has, whatever its plugins. */
public final class CoreFieldTypes {

    static final Pattern EMAIL = org.wayfinder.platform.identity.Registration.EMAIL;
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{7,25}$");

    /** One built-in type: its id, label, widget, storage, fixed options (if any) and own rule. */
    record Core(String id, String label, FieldWidget widget, ValueKind kind, List<FieldOption> fixedOptions,
                BiFunction<String, FormField, Optional<String>> rule) implements FieldType {

        @Override
        public List<FieldOption> options(FormField field) {
            return fixedOptions.isEmpty() ? field.options() : fixedOptions;
        }

        @Override
        public boolean ownOptions() {
            return fixedOptions.isEmpty() && FieldType.super.ownOptions();
        }

        @Override
        public Optional<String> problemWith(String answer, FormField field) {
            return rule.apply(answer, field);
        }
    }

    public static final List<FieldType> ALL = List.of(
            new Core("short-text", "Short text", FieldWidget.TEXT, FieldType.ValueKind.TEXT, List.of(), maxLength(500)),
            new Core("long-text", "Long text", FieldWidget.TEXTAREA, FieldType.ValueKind.TEXT, List.of(), maxLength(4000)),
            new Core("email", "Email address", FieldWidget.TEXT, FieldType.ValueKind.TEXT, List.of(),
                    (answer, field) -> answer.length() <= 254 && EMAIL.matcher(answer).matches() ? Optional.empty()
                            : Optional.of("Enter an email address like name@example.org.")),
            new Core("phone", "Phone number", FieldWidget.TEXT, FieldType.ValueKind.TEXT, List.of(),
                    (answer, field) -> PHONE.matcher(answer).matches() && answer.replaceAll("\\D", "").length() >= 7
                            ? Optional.empty() : Optional.of("Enter a phone number, like 020 7946 0000.")),
            new Core("number", "Number", FieldWidget.NUMBER, FieldType.ValueKind.NUMBER, List.of(), (answer, field) -> {
                try {
                    new BigDecimal(answer);
                    return Optional.empty();
                } catch (NumberFormatException e) {
                    return Optional.of("Enter a number, like 12 or 3.5.");
                }
            }),
            new Core("date", "Date", FieldWidget.DATE, FieldType.ValueKind.DATE, List.of(), (answer, field) -> {
                try {
                    LocalDate.parse(answer);
                    return Optional.empty();
                } catch (DateTimeParseException e) {
                    return Optional.of("Enter a date, like 2026-09-01.");
                }
            }),
            new Core("single-choice", "Single choice", FieldWidget.RADIO, FieldType.ValueKind.OPTIONS, List.of(), none()),
            new Core("multiple-choice", "Multiple choice", FieldWidget.CHECKBOXES, FieldType.ValueKind.OPTIONS, List.of(), none()),
            new Core("dropdown", "Drop-down list", FieldWidget.SELECT, FieldType.ValueKind.OPTIONS, List.of(), none()),
            new Core("yes-no", "Yes or no", FieldWidget.RADIO, FieldType.ValueKind.OPTIONS,
                    List.of(new FieldOption("yes", "Yes"), new FieldOption("no", "No")), none()),
            new Core("consent", "Consent", FieldWidget.CONSENT, FieldType.ValueKind.TEXT, List.of(), none()),
            new Core("rating", "Rating 1 to 5", FieldWidget.SCALE, FieldType.ValueKind.NUMBER, scale(1, 5), none()),
            new Core("recommend", "Would you recommend (0 to 10)", FieldWidget.SCALE, FieldType.ValueKind.NUMBER, scale(0, 10), none()));


    private CoreFieldTypes() {
    }

    private static List<FieldOption> scale(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> new FieldOption(String.valueOf(i), String.valueOf(i))).toList();
    }

    private static BiFunction<String, FormField, Optional<String>> maxLength(int most) {
        return (answer, field) -> answer.codePointCount(0, answer.length()) > most
                ? Optional.of("Keep this to " + most + " characters.") : Optional.empty();
    }

    private static BiFunction<String, FormField, Optional<String>> none() {
        return (answer, field) -> Optional.empty();
    }
}
