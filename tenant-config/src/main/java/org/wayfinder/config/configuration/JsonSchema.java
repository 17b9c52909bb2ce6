package org.wayfinder.config.configuration;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.wayfinder.platform.spi.FieldError;

/**
 * Checks a JSON document against a JSON Schema (draft 2020-12), reporting every problem with the
 * path of the value it is about ({@code $.forms[0].sections[1].fields[2].type}).
 *
 * <p>It understands the keywords Wayfinder's published schemas use: {@code type}, {@code const},
 * {@code enum}, {@code properties}, {@code required}, {@code additionalProperties},
 * {@code items}, {@code minItems}, {@code maxItems}, {@code minLength}, {@code maxLength},
 * {@code pattern}, {@code minimum}, {@code maximum} and local {@code $ref}s into {@code $defs}.
 * A schema using anything else is refused when it is loaded, so the published schema and what is
 * checked cannot drift apart.
 */
public final class JsonSchema {

    private static final List<String> UNDERSTOOD = List.of("$schema", "$id", "$ref", "$defs", "title", "description", "type",
            "const", "enum", "properties", "required", "additionalProperties", "items", "minItems", "maxItems", "minLength",
            "maxLength", "pattern", "minimum", "maximum");

    private final JsonObject root;
    private final Map<String, Pattern> patterns = new HashMap<>();

    private JsonSchema(JsonObject root) {
        this.root = root;
        checkUnderstood(root, "#");
    }

    /** Loads a schema from the class path. */
    public static JsonSchema load(String resource) {
        try (InputStream in = JsonSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema " + resource);
            }
            return new JsonSchema(Json.createReader(in).readObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every way the document breaks the schema; empty when it fits. */
    public List<FieldError> check(JsonValue document) {
        List<FieldError> problems = new ArrayList<>();
        check(root, document, "$", problems);
        return problems;
    }

    private void check(JsonObject schema, JsonValue value, String path, List<FieldError> problems) {
        if (schema.containsKey("$ref")) {
            check(resolve(schema.getString("$ref")), value, path, problems);
            return;
        }
        if (schema.containsKey("const") && !schema.get("const").equals(value)) {
            problems.add(new FieldError(path, "must be " + schema.get("const")));
            return;
        }
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(value)) {
            problems.add(new FieldError(path, "must be one of " + schema.getJsonArray("enum").stream().map(JsonValue::toString)
                    .collect(Collectors.joining(", "))));
            return;
        }
        if (schema.containsKey("type") && !typeMatches(schema.get("type"), value)) {
            problems.add(new FieldError(path, "must be " + typeText(schema.get("type")) + ", not " + describe(value)));
            return;
        }
        switch (value.getValueType()) {
            case OBJECT -> checkObject(schema, value.asJsonObject(), path, problems);
            case ARRAY -> checkArray(schema, value.asJsonArray(), path, problems);
            case STRING -> checkString(schema, ((JsonString) value).getString(), path, problems);
            case NUMBER -> checkNumber(schema, ((JsonNumber) value).doubleValue(), path, problems);
            default -> {
            }
        }
    }

    private void checkObject(JsonObject schema, JsonObject object, String path, List<FieldError> problems) {
        if (schema.containsKey("required")) {
            for (JsonValue name : schema.getJsonArray("required")) {
                String key = ((JsonString) name).getString();
                if (!object.containsKey(key)) {
                    problems.add(new FieldError(path + "." + key, "is required"));
                }
            }
        }
        JsonObject properties = schema.containsKey("properties") ? schema.getJsonObject("properties") : JsonValue.EMPTY_JSON_OBJECT;
        JsonValue additional = schema.getOrDefault("additionalProperties", JsonValue.TRUE);
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            String memberPath = path + "." + member.getKey();
            if (properties.containsKey(member.getKey())) {
                check(properties.getJsonObject(member.getKey()), member.getValue(), memberPath, problems);
            } else if (additional.equals(JsonValue.FALSE)) {
                problems.add(new FieldError(memberPath, "is not part of the format; remove it or check its spelling"));
            } else if (additional.getValueType() == JsonValue.ValueType.OBJECT) {
                check(additional.asJsonObject(), member.getValue(), memberPath, problems);
            }
        }
    }

    private void checkArray(JsonObject schema, JsonArray array, String path, List<FieldError> problems) {
        if (schema.containsKey("minItems") && array.size() < schema.getInt("minItems")) {
            problems.add(new FieldError(path, "needs at least " + schema.getInt("minItems") + " item(s)"));
        }
        if (schema.containsKey("maxItems") && array.size() > schema.getInt("maxItems")) {
            problems.add(new FieldError(path, "can have at most " + schema.getInt("maxItems") + " items"));
        }
        if (schema.containsKey("items")) {
            for (int i = 0; i < array.size(); i++) {
                check(schema.getJsonObject("items"), array.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private void checkString(JsonObject schema, String text, String path, List<FieldError> problems) {
        int length = text.codePointCount(0, text.length());
        if (schema.containsKey("minLength") && length < schema.getInt("minLength")) {
            problems.add(new FieldError(path, schema.getInt("minLength") == 1 ? "must not be empty"
                    : "must have at least " + schema.getInt("minLength") + " characters"));
        }
        if (schema.containsKey("maxLength") && length > schema.getInt("maxLength")) {
            problems.add(new FieldError(path, "can have at most " + schema.getInt("maxLength") + " characters"));
        }
        if (schema.containsKey("pattern")) {
            Pattern pattern = patterns.computeIfAbsent(schema.getString("pattern"), Pattern::compile);
            if (!pattern.matcher(text).find()) {
                problems.add(new FieldError(path, "\"" + shorten(text) + "\" does not have the required form (" + pattern.pattern() + ")"));
            }
        }
    }

    private static void checkNumber(JsonObject schema, double number, String path, List<FieldError> problems) {
        if (schema.containsKey("minimum") && number < schema.getJsonNumber("minimum").doubleValue()) {
            problems.add(new FieldError(path, "must be at least " + schema.getJsonNumber("minimum")));
        }
        if (schema.containsKey("maximum") && number > schema.getJsonNumber("maximum").doubleValue()) {
            problems.add(new FieldError(path, "must be at most " + schema.getJsonNumber("maximum")));
        }
    }

    private JsonObject resolve(String reference) {
        if (!reference.startsWith("#/$defs/")) {
            throw new IllegalStateException("Only local $defs references are understood, not " + reference);
        }
        return root.getJsonObject("$defs").getJsonObject(reference.substring("#/$defs/".length()));
    }

    private static boolean typeMatches(JsonValue type, JsonValue value) {
        if (type.getValueType() == JsonValue.ValueType.ARRAY) {
            return type.asJsonArray().stream().anyMatch(one -> typeMatches(one, value));
        }
        String name = ((JsonString) type).getString();
        return switch (name) {
            case "object" -> value.getValueType() == JsonValue.ValueType.OBJECT;
            case "array" -> value.getValueType() == JsonValue.ValueType.ARRAY;
            case "string" -> value.getValueType() == JsonValue.ValueType.STRING;
            case "number" -> value.getValueType() == JsonValue.ValueType.NUMBER;
            case "integer" -> value.getValueType() == JsonValue.ValueType.NUMBER && ((JsonNumber) value).isIntegral();
            case "boolean" -> value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE;
            case "null" -> value.getValueType() == JsonValue.ValueType.NULL;
            default -> throw new IllegalStateException("Unknown type " + name);
        };
    }

    private static String typeText(JsonValue type) {
        if (type.getValueType() == JsonValue.ValueType.ARRAY) {
            return type.asJsonArray().stream().map(JsonSchema::typeText).collect(Collectors.joining(" or "));
        }
        String name = ((JsonString) type).getString();
        return switch (name) {
            case "object", "array", "integer" -> "an " + name;
            case "null" -> "null";
            default -> "a " + name;
        };
    }

    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case STRING -> "the text \"" + shorten(((JsonString) value).getString()) + "\"";
            case NUMBER -> "the number " + value;
            case TRUE, FALSE -> value.toString();
            case NULL -> "null";
        };
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    private static void checkUnderstood(JsonObject schema, String at) {
        for (Map.Entry<String, JsonValue> entry : schema.entrySet()) {
            if (!UNDERSTOOD.contains(entry.getKey())) {
                throw new IllegalStateException("The schema uses \"" + entry.getKey() + "\" at " + at + ", which is not checked");
            }
            JsonValue value = entry.getValue();
            switch (entry.getKey()) {
                case "properties", "$defs" -> value.asJsonObject().forEach((name, child) -> checkUnderstood(child.asJsonObject(), at + "/" + name));
                case "items" -> checkUnderstood(value.asJsonObject(), at + "/items");
                case "additionalProperties" -> {
                    if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                        checkUnderstood(value.asJsonObject(), at + "/additionalProperties");
                    }
                }
                default -> {
                }
            }
        }
    }
}
