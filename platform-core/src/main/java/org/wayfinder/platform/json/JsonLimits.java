package org.wayfinder.platform.json;

/**
 * How big and how deeply nested a JSON document from outside may be before anything parses it.
 * JSON readers and binders descend one call per level, so a few kilobytes of {@code [[[[...}
 * could use up a thread's stack; and a document a hundred times larger than any real one is an
 * attack, not a configuration. Every JSON body the platform takes from people or integrations
 * (the REST API, the configuration import) is measured here first; the largest real document is a
 * programme's configuration with its logo (under 1.5 MB) and the deepest about 8 levels.
 */
public final class JsonLimits {

    /** Bytes a document may have. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** Arrays and objects a document may have inside each other. */
    public static final int MAX_DEPTH = 32;

    private JsonLimits() {
    }

    /**
     * The deepest nesting of arrays and objects in the text, counted outside strings, and never
     * more than {@code MAX_DEPTH + 1}: whether the text is valid JSON is the parser's business.
     */
    public static int depth(CharSequence json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length() && deepest <= MAX_DEPTH; i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }

    /** Whether the text is nested more deeply than a document may be. */
    public static boolean tooDeep(CharSequence json) {
        return depth(json) > MAX_DEPTH;
    }

    /** What to tell the sender of a document nested too deeply. */
    public static String tooDeepMessage() {
        return "The document has arrays or objects more than " + MAX_DEPTH + " levels inside each other; no real document does.";
    }

    /** What to tell the sender of a document that is too large. */
    public static String tooLargeMessage() {
        return "The document is larger than " + MAX_BYTES / (1024 * 1024) + " MB.";
    }
}
