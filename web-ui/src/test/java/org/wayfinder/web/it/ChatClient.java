package org.wayfinder.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A Chat page's socket as a test drives it: opened with a signed-in visitor's session cookie, the
 * site's Host and an Origin, keeping every message it receives (JSON) with the moment it arrived.
 */
final class ChatClient implements WebSocket.Listener {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** A message and when it arrived (System.nanoTime()). */
    record Received(JsonObject json, long at) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    volatile String closeReason;
    /** Does what the page's script does when its instance says another one left: catches up from the database. */
    volatile boolean catchUpOnResync = true;
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    /** Opens the socket of a Chat on a site, as that site's visitor, from a page of the given origin. */
    static ChatClient open(Site visitor, String chatId, String origin) {
        return open(visitor.host(), Integer.parseInt(System.getProperty("it.http.port", "18080")), visitor.cookies(), chatId, origin);
    }

    static ChatClient open(String host, int port, Map<String, String> cookies, String chatId, String origin) {
        ChatClient client = new ChatClient();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().header("Host", host + ":" + port).connectTimeout(Duration.ofSeconds(10));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        String nonce = UUID.randomUUID().toString().replace("-", "");
        try {
            client.socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + "/zone/chat-socket/" + chatId + "?k=" + nonce), client)
                    .get(15, TimeUnit.SECONDS);
        } catch (Exception refused) {
            client.closeReason = String.valueOf(refused.getCause());
            client.closed.complete(-1);
        }
        return client;
    }

    static String originOf(Site visitor) {
        return "http://" + visitor.host() + ":" + System.getProperty("it.http.port", "18080");
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonObject message = Json.createReader(new StringReader(partial.toString())).readObject();
            received.add(new Received(message, System.nanoTime()));
            partial.setLength(0);
            if (catchUpOnResync && "resync".equals(message.getString("t", ""))) {
                webSocket.sendText(Json.createObjectBuilder().add("t", "since").add("at", 0).build().toString(), true);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeReason = reason;
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeReason = String.valueOf(error);
        closed.complete(-1);
    }

    void send(JsonObject message) {
        socket.sendText(message.toString(), true).join();
    }

    void sendLine(String key, String text) {
        send(Json.createObjectBuilder().add("t", "send").add("key", key).add("text", text).build());
    }

    /** The first message received that matches, waiting up to the time given; null if none came. */
    JsonObject await(Predicate<JsonObject> matching, long millis) {
        Received found = awaitReceived(matching, millis);
        return found == null ? null : found.json();
    }

    Received awaitReceived(Predicate<JsonObject> matching, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        do {
            for (Received message : received) {
                if (matching.test(message.json())) {
                    return message;
                }
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        } while (System.currentTimeMillis() < deadline);
        return null;
    }

    long count(Predicate<JsonObject> matching) {
        return received.stream().filter(message -> matching.test(message.json())).count();
    }

    /** The close code, waiting up to the time given; null while still open. */
    Integer awaitClose(long millis) {
        try {
            return closed.get(millis, TimeUnit.MILLISECONDS);
        } catch (Exception stillOpen) {
            return null;
        }
    }

    boolean isOpen() {
        return socket != null && !socket.isInputClosed() && !closed.isDone();
    }

    void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS);
        }
    }

    /** Drops the connection without a closing handshake, as a lost network would. */
    void drop() {
        if (socket != null) {
            socket.abort();
        }
    }

    static Predicate<JsonObject> type(String t) {
        return json -> t.equals(json.getString("t", ""));
    }

    static Predicate<JsonObject> lineWithKey(String key) {
        return json -> "line".equals(json.getString("t", "")) && key.equals(json.getJsonObject("line").getString("key", ""));
    }

    static Predicate<JsonObject> ackOf(String key) {
        return json -> "ack".equals(json.getString("t", "")) && key.equals(json.getString("key", ""));
    }
}
