package org.wayfinder.platform.spi;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One demo data file, parsed: what a {@link DemoData} loader reads, for one demo programme. Values are
 * read through {@link Node}s that know their JSON path, so that every mistake in the file is reported
 * as "file at $.path: what is wrong" rather than as a stack trace from deep inside a loader.
 */
public final class DemoDataSet {

    private final String file;
    private final String programme;
    private final String siteUrl;
    private final Node root;

    private DemoDataSet(String file, String programme, String siteUrl, JsonValue root) {
        this.file = file;
        this.programme = programme;
        this.siteUrl = siteUrl;
        this.root = new Node("$", root);
    }

    /**
     * Parses a data file.
     *
     * @param file      its name, for messages
     * @param programme the address (slug) of the programme it is loaded into
     * @param siteUrl   that programme's site, for links in the mails records may send
     * @param json      the file's content
     * @throws Problem when it is not JSON
     */
    public static DemoDataSet parse(String file, String programme, String siteUrl, InputStream json) {
        try (InputStream in = json) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            try (var reader = Json.createReader(new StringReader(text))) {
                return new DemoDataSet(file, programme, siteUrl, reader.readValue());
            }
        } catch (JsonParsingException e) {
            throw new Problem(file + " is not JSON: " + e.getMessage());
        } catch (IOException e) {
            throw new Problem(file + " cannot be read: " + e.getMessage());
        }
    }

    /** The file's name, as the demo names it. */
    public String file() {
        return file;
    }

    /** The address (slug) of the programme being loaded. */
    public String programme() {
        return programme;
    }

    /** The programme's site, for the links in mails that records send (a new match mails both people). */
    public String siteUrl() {
        return siteUrl;
    }

    /** The file's top value. */
    public Node root() {
        return root;
    }

    /** A mistake in a demo data file, with the file and JSON path that hold it. */
    public static class Problem extends RuntimeException {

        public Problem(String message) {
            super(message);
        }

        public Problem(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A value in the file and where it is ({@code $.mentors[2].email}). */
    public final class Node {

        private final String path;
        private final JsonValue value;

        Node(String path, JsonValue value) {
            this.path = path;
            this.value = value;
        }

        /** Where this value is in the file. */
        public String path() {
            return path;
        }

        /** A problem with this value, to throw: "file at path: message". */
        public Problem fail(String message) {
            return new Problem(file + " at " + path + ": " + message);
        }

        /** A problem with this value caused by a service refusing it. */
        public Problem fail(String message, Throwable cause) {
            return new Problem(file + " at " + path + ": " + message, cause);
        }

        public boolean has(String name) {
            JsonValue member = object().get(name);
            return member != null && member.getValueType() != JsonValue.ValueType.NULL;
        }

        /** A member that must be there. */
        public Node get(String name) {
            JsonValue member = object().get(name);
            if (member == null || member.getValueType() == JsonValue.ValueType.NULL) {
                throw new Problem(file + " at " + path + "." + name + ": missing");
            }
            return new Node(path + "." + name, member);
        }

        /** A member that must be text. */
        public String text(String name) {
            return get(name).text();
        }

        public Optional<String> optionalText(String name) {
            return has(name) ? Optional.of(text(name)) : Optional.empty();
        }

        /** A member that must be a whole number. */
        public int integer(String name) {
            return get(name).integer();
        }

        public int integer(String name, int absent) {
            return has(name) ? integer(name) : absent;
        }

        public boolean flag(String name, boolean absent) {
            if (!has(name)) {
                return absent;
            }
            Node member = get(name);
            return switch (member.value.getValueType()) {
                case TRUE -> true;
                case FALSE -> false;
                default -> throw member.fail("expected true or false");
            };
        }

        /** A member that must be a date, yyyy-mm-dd. */
        public LocalDate date(String name) {
            Node member = get(name);
            try {
                return LocalDate.parse(member.text());
            } catch (DateTimeParseException e) {
                throw member.fail("expected a date like 2023-03-06");
            }
        }

        /** A member that must be a list; absent is empty. */
        public List<Node> list(String name) {
            return has(name) ? get(name).items() : List.of();
        }

        /** A member that must be a list of texts; absent is empty. */
        public List<String> texts(String name) {
            return list(name).stream().map(Node::text).toList();
        }

        /** This value as text. */
        public String text() {
            if (value instanceof JsonString string) {
                return string.getString();
            }
            throw fail("expected text");
        }

        /** This value as texts: a text alone, or a list of texts (an answer to a question that takes several). */
        public List<String> texts() {
            return value instanceof JsonArray ? items().stream().map(Node::text).toList() : List.of(text());
        }

        /** This value as a whole number. */
        public int integer() {
            if (value instanceof JsonNumber number && number.isIntegral()) {
                return number.intValueExact();
            }
            throw fail("expected a whole number");
        }

        /** This value's items, when it is a list. */
        public List<Node> items() {
            if (!(value instanceof JsonArray array)) {
                throw fail("expected a list");
            }
            List<Node> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                items.add(new Node(path + "[" + i + "]", array.get(i)));
            }
            return items;
        }

        /** This value's members, in the file's order, when it is an object. */
        public Map<String, Node> members() {
            Map<String, Node> members = new LinkedHashMap<>();
            object().forEach((name, member) -> members.put(name, new Node(path + "." + name, member)));
            return members;
        }

        private JsonObject object() {
            if (value instanceof JsonObject object) {
                return object;
            }
            throw fail("expected an object");
        }
    }
}
