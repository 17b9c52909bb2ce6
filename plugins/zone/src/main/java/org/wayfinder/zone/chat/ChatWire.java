package org.wayfinder.zone.chat;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;

/**
 * The JSON the Chat speaks: {@link ChatNews} between instances (as text, so no class has to be
 * loaded by the cluster's own class loader), and lines as the page's script receives them.
 */
final class ChatWire {

    /**
     * Found once. {@code object()} and its kin look the provider up again on every
     * call, a scan of the application's class path for a service file; with every line written to
     * dozens of sockets, those scans queued on the class loader's locks and made the Chat's slowest
     * deliveries (see docs/zone-chat.md).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ChatWire() {
    }

    static JsonObjectBuilder object() {
        return JSON.createObjectBuilder();
    }

    static JsonArrayBuilder array() {
        return JSON.createArrayBuilder();
    }

    /** A JSON object from text; a {@link RuntimeException} (a JSON-P one) when it is not one. */
    static JsonObject read(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static String encode(ChatNews news) {
        JsonObjectBuilder json = object().add("tenant", news.tenantId()).add("chat", news.chatId())
                .add("kind", news.kind().name());
        optional(json, "account", news.accountId());
        optional(json, "name", news.name());
        if (news.line() != null) {
            json.add("line", line(news.line(), true));
        }
        return json.build().toString();
    }

    static ChatNews decode(String text) {
        JsonObject json = read(text);
        LineView line = json.containsKey("line") ? lineOf(json.getJsonObject("line")) : null;
        return new ChatNews(json.getString("tenant"), json.getString("chat"), ChatNews.Kind.valueOf(json.getString("kind")), line,
                json.getString("account", null), json.getString("name", null));
    }

    /**
     * A line for the page. Moderators get what the screen found and who decided; a line's text is
     * left out for someone who may not see it (a removed line tells them only to take it away).
     */
    static JsonObject line(LineView line, String accountId, boolean moderator) {
        return line(line, moderator, line.authorId().equals(accountId));
    }

    static JsonObject line(LineView line, boolean moderator) {
        return line(line, moderator, false);
    }

    /** As {@link #line(LineView, boolean)}; a line's writer is also told what the screen found in it. */
    static JsonObject line(LineView line, boolean moderator, boolean writer) {
        JsonObjectBuilder json = object().add("id", line.id()).add("chat", line.chatId()).add("authorId", line.authorId())
                .add("author", line.author()).add("role", line.role()).add("body", line.body()).add("status", line.status().name())
                .add("key", line.clientKey()).add("sentAt", line.sentAt().toEpochMilli());
        if (moderator || writer) {
            optional(json, "heldFor", line.heldFor());
        }
        if (moderator) {
            optional(json, "moderatedBy", line.moderatedBy());
            if (line.moderatedAt() != null) {
                json.add("moderatedAt", line.moderatedAt().toEpochMilli());
            }
        }
        return json.build();
    }

    /** What someone who may no longer see a line is told: its id, so the page takes it away. */
    static JsonObject gone(LineView line) {
        return object().add("id", line.id()).add("status", "GONE").add("sentAt", line.sentAt().toEpochMilli()).build();
    }

    private static LineView lineOf(JsonObject json) {
        return new LineView(json.getString("id"), json.getString("chat"), json.getString("authorId"), json.getString("author"),
                json.getString("role"), json.getString("body"), ChatLine.Status.valueOf(json.getString("status")),
                json.getString("heldFor", null), json.getString("key"), Instant.ofEpochMilli(json.getJsonNumber("sentAt").longValue()),
                json.getString("moderatedBy", null),
                json.containsKey("moderatedAt") && json.get("moderatedAt") != JsonValue.NULL
                        ? Instant.ofEpochMilli(json.getJsonNumber("moderatedAt").longValue()) : null);
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
