package org.wayfinder.zone.chat;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.zone.booking.Bookings;

/**
 * A live Chat's socket, {@code /zone/chat-socket/<chatId>?k=<nonce>} on the programme's own host.
 *
 * <p>The handshake is an ordinary request of that host: the platform has already resolved the
 * programme from its Host header and the person from their session's sign-in (only a sign-in made on
 * this programme counts). {@link Handshake} admits it only when the Origin header names that same
 * host (so another site's page cannot open a socket with a visitor's cookie), the person is signed
 * in here with a session (not an API token), has a place in the Chat, and the Chat is live; it
 * records their joining. What it decided waits under the page's one-time nonce for
 * {@link #open}, because the endpoint configuration is shared by every connection. A refused socket
 * is closed at once with 1008 (policy violation) and the reason.
 *
 * <p>Messages from the page (JSON): {@code send} (key, text), {@code since} (at: epoch millis),
 * and for moderators {@code release}/{@code remove} (id) and {@code mute}/{@code unmute} (account).
 * Each runs in the programme as the person, with the same rules as everywhere ({@link ChatLines},
 * {@link Transcripts}, {@link Moderation}), after checking that they still hold the role they
 * joined with. A line is acknowledged ({@code ack}) only after its transaction has committed; a
 * refusal ({@code refused}) says why and is final; any other failure ({@code failed}) leaves the
 * line in the page's outbox to be sent again.
 */
@ServerEndpoint(value = "/zone/chat-socket/{chatId}", configurator = ChatSocket.Handshake.class)
public class ChatSocket implements ChatHub.Member {

    private static final Logger LOG = Logger.getLogger(ChatSocket.class.getName());
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    /** Admissions waiting for their socket to open, by nonce; an unclaimed one is dropped after a minute. */
    static final Map<String, Admission> WAITING = new ConcurrentHashMap<>();

    /** What the handshake decided: a person's seat in a programme's Chat, or why not. */
    record Admission(TenantRef tenant, SignedInUser user, Seats.Seat seat, String refusal, long at) {

        static Admission refused(String why) {
            return new Admission(null, null, null, why, System.currentTimeMillis());
        }
    }

    private Session session;
    private Admission admission;
    private final Queue<String> outgoing = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    @OnOpen
    public void open(Session session, @PathParam("chatId") String chatId) throws IOException {
        this.session = session;
        List<String> nonces = session.getRequestParameterMap().get("k");
        Admission admitted = nonces == null || nonces.size() != 1 ? null : WAITING.remove(nonces.get(0));
        Principal principal = session.getUserPrincipal();
        String refusal = admitted == null ? "The Chat could not check who you are. Reload the page."
                : admitted.refusal() != null ? admitted.refusal()
                : !admitted.seat().chatId().equals(chatId) ? "This socket is for another Chat."
                : principal != null && !principal.getName().equals(admitted.user().accountId()) ? "You are signed in as someone else."
                : null;
        if (refusal != null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, cut(refusal)));
            return;
        }
        admission = admitted;
        bean(ChatHub.class).join(admission.tenant().id(), chatId, this);
        Seats.Seat seat = admission.seat();
        boolean muted = inChat(() -> bean(Moderation.class).isMuted(chatId, seat.accountId()));
        send(ChatWire.object().add("t", "hello").add("me", seat.accountId()).add("name", seat.name()).add("role", seat.role())
                .add("moderator", seat.isModerator()).add("muted", muted).build());
    }

    @OnMessage
    public void message(String text) {
        if (admission == null) {
            return;
        }
        JsonObject request;
        try {
            request = ChatWire.read(text);
        } catch (RuntimeException notJson) {
            send(ChatWire.object().add("t", "refused").add("message", "The Chat did not understand that.").build());
            return;
        }
        String type = request.getString("t", "");
        String key = request.getString("key", "");
        String chatId = admission.seat().chatId();
        try {
            switch (type) {
                case "send" -> {
                    ChatLines.Sent sent = inChat(() -> bean(ChatLines.class).send(chatId, key, request.getString("text", ""),
                            Instant.now()));
                    // Only now, after the commit, is the line acknowledged; its news reaches the others the same way.
                    send(ChatWire.object().add("t", "ack").add("key", key).add("again", sent.again())
                            .add("line", ChatWire.line(sent.line(), admission.seat().accountId(), admission.seat().isModerator())).build());
                }
                case "since" -> {
                    Instant at = Instant.ofEpochMilli(request.containsKey("at") ? request.getJsonNumber("at").longValue() : 0L);
                    List<LineView> lines = inChat(() -> bean(Transcripts.class).since(chatId, at));
                    JsonArrayBuilder array = ChatWire.array();
                    lines.forEach(line -> array.add(ChatWire.line(line, admission.seat().accountId(), admission.seat().isModerator())));
                    send(ChatWire.object().add("t", "lines").add("lines", array).build());
                }
                case "release" -> inChat(() -> bean(Moderation.class).release(request.getString("id", ""), Instant.now()));
                case "remove" -> inChat(() -> bean(Moderation.class).remove(request.getString("id", ""), Instant.now()));
                case "mute" -> inChat(() -> {
                    bean(Moderation.class).mute(chatId, request.getString("account", ""));
                    return null;
                });
                case "unmute" -> inChat(() -> {
                    bean(Moderation.class).unmute(chatId, request.getString("account", ""), Instant.now());
                    return null;
                });
                case "ping" -> send(ChatWire.object().add("t", "pong").build());
                default -> send(ChatWire.object().add("t", "refused").add("key", key).add("message", "Unknown request.").build());
            }
        } catch (InvalidInputException invalid) {
            String why = invalid.errors().isEmpty() ? invalid.getMessage() : invalid.errors().get(0).message();
            send(ChatWire.object().add("t", "refused").add("key", key).add("message", why).build());
        } catch (AccessDeniedException | RecordNotFoundException denied) {
            send(ChatWire.object().add("t", "refused").add("key", key).add("message", denied.getMessage()).build());
        } catch (Left left) {
            close(left.getMessage());
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "A Chat request failed", failed);
            send(ChatWire.object().add("t", "failed").add("key", key).add("message", "That did not go through; trying again.").build());
        }
    }

    @OnClose
    public void closed(Session session) {
        leave();
    }

    @OnError
    public void failed(Session session, Throwable error) {
        LOG.log(Level.FINE, "Chat socket error", error);
        leave();
    }

    @Override
    public void deliver(ChatNews news) {
        Admission in = admission;
        if (in == null || !news.tenantId().equals(in.tenant().id()) || !news.chatId().equals(in.seat().chatId())) {
            return;
        }
        Seats.Seat seat = in.seat();
        switch (news.kind()) {
            case LINE -> {
                LineView line = news.line();
                JsonObject shown = line.visibleTo(seat.accountId(), seat.isModerator()) ? ChatWire.line(line, seat.accountId(), seat.isModerator())
                        : ChatWire.gone(line);
                send(ChatWire.object().add("t", "line").add("line", shown).build());
            }
            case MUTED, UNMUTED -> {
                if (seat.isModerator() || seat.accountId().equals(news.accountId())) {
                    send(ChatWire.object().add("t", news.kind() == ChatNews.Kind.MUTED ? "muted" : "unmuted")
                            .add("account", news.accountId()).add("you", seat.accountId().equals(news.accountId())).build());
                }
            }
            case JOINED -> send(ChatWire.object().add("t", "joined").add("account", news.accountId())
                    .add("name", news.name() == null ? "" : news.name()).build());
            default -> {
            }
        }
    }

    @Override
    public void resync() {
        if (admission != null) {
            send(ChatWire.object().add("t", "resync").build());
        }
    }

    /** Runs work in the socket's programme as its person, once they still hold the role they joined with. */
    private <T> T inChat(Supplier<T> work) {
        Admission in = admission;
        return bean(Tenancy.class).callAs(in.tenant(), () -> {
            if (!bean(People.class).holds(in.user().accountId(), in.seat().role())) {
                throw new Left("You no longer have a place in this Chat.");
            }
            return bean(CurrentUser.class).actingAs(in.user(), work);
        });
    }

    /** Sends one message; messages to one socket go one after another, without blocking the sender. */
    void send(JsonObject message) {
        outgoing.add(message.toString());
        drain();
    }

    private void drain() {
        Session open = session;
        if (open == null || !open.isOpen()) {
            outgoing.clear();
            return;
        }
        if (!writing.compareAndSet(false, true)) {
            return;
        }
        String next = outgoing.poll();
        if (next == null) {
            writing.set(false);
            if (!outgoing.isEmpty()) {
                drain();
            }
            return;
        }
        open.getAsyncRemote().sendText(next, result -> {
            writing.set(false);
            if (!result.isOK()) {
                LOG.log(Level.FINE, "A Chat message could not be written", result.getException());
            }
            drain();
        });
    }

    private void close(String why) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, cut(why)));
        } catch (IOException alreadyClosed) {
            LOG.log(Level.FINE, "Chat socket already closed", alreadyClosed);
        }
    }

    private void leave() {
        Admission in = admission;
        if (in != null) {
            bean(ChatHub.class).leave(in.tenant().id(), in.seat().chatId(), this);
            admission = null;
        }
    }

    private static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }

    /** A close reason is at most 123 bytes. */
    private static String cut(String reason) {
        String text = reason;
        while (text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 120) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    /** The person no longer has the role they joined with: their socket is closed. */
    private static final class Left extends RuntimeException {

        Left(String message) {
            super(message);
        }
    }

    /**
     * Decides, during the handshake and within its request (programme and person already resolved),
     * whether the socket may open. See {@link ChatSocket}.
     */
    public static class Handshake extends ServerEndpointConfig.Configurator {

        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            List<String> nonces = request.getParameterMap().get("k");
            if (nonces == null || nonces.size() != 1 || !NONCE.matcher(nonces.get(0)).matches()) {
                return;
            }
            String nonce = nonces.get(0);
            Admission admission;
            try {
                admission = admit(request);
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "A Chat handshake failed", failed);
                admission = Admission.refused("The Chat could not be opened. Try again.");
            }
            sweep();
            if (WAITING.putIfAbsent(nonce, admission) != null) {
                // A nonce seen twice is spoiled for both: neither socket opens with the other's seat.
                WAITING.put(nonce, Admission.refused("Reload the page to join the Chat."));
            }
        }

        private static Admission admit(HandshakeRequest request) {
            TenantContext tenantContext = bean(TenantContext.class);
            if (!tenantContext.isResolved() || !tenantContext.tenant().isActive()) {
                return Admission.refused("This programme is not open.");
            }
            TenantRef tenant = tenantContext.tenant();
            String host = first(request.getHeaders(), "Host");
            String origin = first(request.getHeaders(), "Origin");
            if (host == null || origin == null || !host.equalsIgnoreCase(authorityOf(origin))) {
                return Admission.refused("The Chat opens only from its own pages.");
            }
            Optional<SignedInUser> user = bean(CurrentUser.class).user();
            if (user.isEmpty() || user.get().apiToken() || !user.get().tenantId().equals(tenant.id())) {
                return Admission.refused("Sign in to join the Chat.");
            }
            String path = request.getRequestURI().getPath();
            String chatId = path.substring(path.lastIndexOf('/') + 1);
            Seats seats = bean(Seats.class);
            Instant now = Instant.now();
            Optional<Seats.Seat> seat = seats.seat(chatId);
            if (seat.isEmpty()) {
                return Admission.refused("This Chat is for the classes that booked it, its team and the moderators.");
            }
            if (!bean(Bookings.class).get(chatId).isLive(now)) {
                return Admission.refused("This Chat is not on now.");
            }
            return new Admission(tenant, user.get(), seats.enter(chatId, now), null, System.currentTimeMillis());
        }

        private static void sweep() {
            long stale = System.currentTimeMillis() - 60_000;
            WAITING.values().removeIf(admission -> admission.at() < stale);
        }

        private static String first(Map<String, List<String>> headers, String name) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                    return header.getValue().get(0);
                }
            }
            return null;
        }

        private static String authorityOf(String origin) {
            try {
                URI uri = URI.create(origin.strip());
                return uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") ? null : uri.getRawAuthority();
            } catch (IllegalArgumentException notAnOrigin) {
                return null;
            }
        }
    }
}
