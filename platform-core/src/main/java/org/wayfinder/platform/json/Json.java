package org.wayfinder.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.lang.reflect.Type;

/**
 * The one JSON mapping of the platform, for definitions stored as documents (form and journey
 * versions) and for the configuration export: JSON-B with absent values left out.
 */
public final class Json {

    private static final Jsonb COMPACT = JsonbBuilder.create(new JsonbConfig().withNullValues(false));
    private static final Jsonb PRETTY = JsonbBuilder.create(new JsonbConfig().withNullValues(false).withFormatting(true));

    private Json() {
    }

    public static String write(Object value) {
        return COMPACT.toJson(value);
    }

    /** Indented, for documents people read and keep (exports, templates). */
    public static String writePretty(Object value) {
        return PRETTY.toJson(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return COMPACT.fromJson(json, type);
    }

    public static <T> T read(String json, Type type) {
        return COMPACT.fromJson(json, type);
    }

    /** Whether the text is JSON of the given shape; for documents stored by the platform itself this always holds. */
    public static boolean fits(String json, Class<?> type) {
        try {
            read(json, type);
            return true;
        } catch (JsonbException e) {
            return false;
        }
    }
}
