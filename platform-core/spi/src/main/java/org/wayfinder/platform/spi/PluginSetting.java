package org.wayfinder.platform.spi;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One setting a plugin declares: its key, how it is labelled, its type, default and limits. The
 * declaration validates and parses values itself, so the same rules apply in the admin console, on
 * import and in the API.
 *
 * <p>Build one with the factory for its type and narrow it with the {@code with...} methods:
 * <pre>{@code PluginSetting.integer("quiet-days", "Days before a quiet match gets a reminder")
 *         .withDefault("14").withRange(1, 90)}</pre>
 *
 * @param key          unique within the plugin
 * @param label        what the owner sees beside the input
 * @param help         a longer explanation shown under the input, may be empty
 * @param type         the kind of value
 * @param defaultValue the value a tenant gets until it chooses another, as text; null for none
 * @param required     whether an empty value is refused
 * @param min          for INTEGER the smallest value, for TEXT the fewest characters; null for no limit
 * @param max          for INTEGER the largest value, for TEXT the most characters; null for no limit
 * @param choices      for CHOICE the allowed values
 */
public record PluginSetting(String key, String label, String help, SettingType type, String defaultValue,
                            boolean required, Integer min, Integer max, List<String> choices) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int TEXT_LIMIT = 2000;

    public PluginSetting {
        choices = choices == null ? List.of() : List.copyOf(choices);
        help = help == null ? "" : help;
    }

    public static PluginSetting text(String key, String label) {
        return new PluginSetting(key, label, "", SettingType.TEXT, null, false, null, null, List.of());
    }

    public static PluginSetting integer(String key, String label) {
        return new PluginSetting(key, label, "", SettingType.INTEGER, null, false, null, null, List.of());
    }

    public static PluginSetting bool(String key, String label) {
        return new PluginSetting(key, label, "", SettingType.BOOLEAN, "false", true, null, null, List.of());
    }

    public static PluginSetting email(String key, String label) {
        return new PluginSetting(key, label, "", SettingType.EMAIL, null, false, null, null, List.of());
    }

    public static PluginSetting choice(String key, String label, String... choices) {
        return new PluginSetting(key, label, "", SettingType.CHOICE, null, false, null, null, List.of(choices));
    }

    public PluginSetting withDefault(String value) {
        return new PluginSetting(key, label, help, type, value, required, min, max, choices);
    }

    public PluginSetting withHelp(String text) {
        return new PluginSetting(key, label, text, type, defaultValue, required, min, max, choices);
    }

    public PluginSetting asRequired() {
        return new PluginSetting(key, label, help, type, defaultValue, true, min, max, choices);
    }

    /** For INTEGER the allowed values, for TEXT the allowed length, both ends included. */
    public PluginSetting withRange(int lowest, int highest) {
        return new PluginSetting(key, label, help, type, defaultValue, required, lowest, highest, choices);
    }

    /**
     * What is wrong with this text as a value for the setting, in words for the owner; empty when
     * it is acceptable. A blank value is acceptable for an optional setting and means "not set".
     */
    public Optional<String> problemWith(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return required ? Optional.of(label + " is required.") : Optional.empty();
        }
        switch (type) {
            case INTEGER -> {
                long number;
                try {
                    number = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    return Optional.of(label + " must be a whole number.");
                }
                if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
                    return Optional.of(label + " is too large.");
                }
                if (min != null && number < min || max != null && number > max) {
                    return Optional.of(label + " must be " + rangeText() + ".");
                }
            }
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) {
                    return Optional.of(label + " must be yes or no.");
                }
            }
            case EMAIL -> {
                if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
                    return Optional.of(label + " must be an email address like name@example.org.");
                }
            }
            case CHOICE -> {
                if (!choices.contains(value)) {
                    return Optional.of(label + " must be one of: " + String.join(", ", choices) + ".");
                }
            }
            case TEXT -> {
                int length = value.codePointCount(0, value.length());
                int most = max == null ? TEXT_LIMIT : max;
                if (length > most) {
                    return Optional.of(label + " must be at most " + most + " characters.");
                }
                if (min != null && length < min) {
                    return Optional.of(label + " must be at least " + min + " characters.");
                }
            }
            default -> throw new IllegalStateException("Unknown setting type " + type);
        }
        return Optional.empty();
    }

    /** The typed value of acceptable text: Integer, Boolean or String; null when blank. */
    public Object parse(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        return switch (type) {
            case INTEGER -> Integer.valueOf(value);
            case BOOLEAN -> Boolean.valueOf(value);
            default -> value;
        };
    }

    private String rangeText() {
        if (min != null && max != null) {
            return "between " + min + " and " + max;
        }
        return min != null ? "at least " + min : "at most " + max;
    }
}
