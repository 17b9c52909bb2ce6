package org.wayfinder.web.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Not a test: how long a Chat line takes from being sent to reaching every other participant, with
 * 30 Chats of 35 participants each (34 students and the team's professional) open at once against
 * one running server, every participant sending a line every 10 seconds (105 lines a second,
 * about 3,600 deliveries a second). Latency is measured in this JVM from just before a line is
 * written on the sender's socket to its arrival on each other participant's socket; the first 15
 * seconds are warm-up and not counted. See docs/zone-chat.md for the command and the figures.
 *
 * <p>The people, Zone, teams, schools, bookings and Chats are written into the demo programme
 * (healthcare-zone) of the server's MySQL database with plain SQL first; each person signs in
 * through the sign-in page (the accounts reuse the demo password's hash).
 *
 * <p>Settings (system properties): {@code bench.port} (28090), {@code bench.db}
 * (jdbc:mysql://127.0.0.1:3306/chat_bench), {@code bench.chats} (30), {@code bench.size} (35),
 * {@code bench.interval} seconds between one participant's lines (10), {@code bench.seconds}
 * measured (60).
 */
public final class ChatBenchmark {

    private static final String ZONE = "healthcare-zone.localhost";

    private ChatBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("bench.port", 28090);
        String db = System.getProperty("bench.db", "jdbc:mysql://127.0.0.1:3306/chat_bench");
        int chats = Integer.getInteger("bench.chats", 30);
        int size = Integer.getInteger("bench.size", 35);
        int interval = Integer.getInteger("bench.interval", 10);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int warmup = 15;
        System.setProperty("it.http.port", String.valueOf(port));
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");

        String run = UUID.randomUUID().toString().substring(0, 6);
        List<List<String>> people = new ArrayList<>();
        List<String> chatIds = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db, System.getProperty("bench.db.user", "root"),
                System.getProperty("bench.db.password", ""))) {
            setUp(connection, run, chats, size, people, chatIds);
        }
        System.out.printf("Set up %d Chats of %d people (run %s); signing in...%n", chats, size, run);

        ExecutorService signIns = Executors.newFixedThreadPool(4);
        List<Future<Site>> signed = new ArrayList<>();
        for (List<String> chat : people) {
            for (String email : chat) {
                signed.add(signIns.submit(() -> Flows.signedIn(ZONE, email)));
            }
        }
        long signInStart = System.nanoTime();
        List<Site> sites = new ArrayList<>();
        for (Future<Site> site : signed) {
            sites.add(site.get());
        }
        signIns.shutdown();
        System.out.printf("Signed in %d people in %.1f s; opening sockets...%n", sites.size(), (System.nanoTime() - signInStart) / 1e9);

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        AtomicLong measuring = new AtomicLong(Long.MAX_VALUE);
        AtomicLong stopAt = new AtomicLong(Long.MAX_VALUE);
        long[] latencies = new long[8_000_000];
        AtomicInteger count = new AtomicInteger();
        AtomicInteger expected = new AtomicInteger();
        // Per measured line, how many of the others saw it: to tell a line never stored from one stored but not delivered.
        Map<String, AtomicInteger> seenBy = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(20)).build();
        List<WebSocket> sockets = new ArrayList<>();
        for (int c = 0; c < chats; c++) {
            for (int p = 0; p < size; p++) {
                Site site = sites.get(c * size + p);
                String me = "b" + run + "-" + c + "-" + p + "-";
                WebSocket.Listener listener = new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            String text = partial.toString();
                            partial.setLength(0);
                            long now = System.nanoTime();
                            if (text.startsWith("{\"t\":\"line\"")) {
                                String key = field(text, "key");
                                Long at = key == null ? null : sentAt.get(key);
                                if (at != null && !key.startsWith(me) && at >= measuring.get() && at < stopAt.get()) {
                                    AtomicInteger seen = seenBy.get(key);
                                    if (seen != null) {
                                        seen.incrementAndGet();
                                    }
                                    int slot = count.getAndIncrement();
                                    if (slot < latencies.length) {
                                        latencies[slot] = now - at;
                                    }
                                }
                            } else if (text.startsWith("{\"t\":\"refused\"") || text.startsWith("{\"t\":\"failed\"")) {
                                refused.incrementAndGet();
                            }
                        }
                        socket.request(1);
                        return null;
                    }
                };
                String cookies = site.cookies().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
                sockets.add(http.newWebSocketBuilder().header("Host", ZONE + ":" + port).header("Cookie", cookies)
                        .header("Origin", "http://" + ZONE + ":" + port)
                        .buildAsync(URI.create("ws://127.0.0.1:" + port + "/zone/chat-socket/" + chatIds.get(c) + "?k="
                                + UUID.randomUUID().toString().replace("-", "")), listener).get(30, TimeUnit.SECONDS));
            }
        }
        System.out.printf("%d sockets open; sending for %d s (+%d s warm-up), one line per participant every %d s...%n", sockets.size(),
                seconds, warmup, interval);

        ScheduledExecutorService senders = Executors.newScheduledThreadPool(4);
        Random random = new Random(42);
        AtomicInteger sent = new AtomicInteger();
        for (int c = 0; c < chats; c++) {
            for (int p = 0; p < size; p++) {
                WebSocket socket = sockets.get(c * size + p);
                String prefix = "b" + run + "-" + c + "-" + p + "-";
                AtomicInteger sequence = new AtomicInteger();
                int othersInChat = size - 1;
                senders.scheduleAtFixedRate(() -> {
                    String key = prefix + sequence.incrementAndGet();
                    long now = System.nanoTime();
                    sentAt.put(key, now);
                    if (now >= measuring.get() && now < stopAt.get()) {
                        seenBy.put(key, new AtomicInteger());
                        expected.addAndGet(othersInChat);
                    }
                    sent.incrementAndGet();
                    synchronized (socket) {
                        socket.sendText("{\"t\":\"send\",\"key\":\"" + key + "\",\"text\":\"Line " + key
                                + " about what paramedics do on a night shift\"}", true).join();
                    }
                }, random.nextInt(interval * 1000), interval * 1000L, TimeUnit.MILLISECONDS);
            }
        }
        Thread.sleep(warmup * 1000L);
        measuring.set(System.nanoTime());
        Thread.sleep(seconds * 1000L);
        stopAt.set(System.nanoTime());
        Thread.sleep(5000);
        senders.shutdownNow();
        int n = Math.min(count.get(), latencies.length);
        long[] measured = Arrays.copyOf(latencies, n);
        Arrays.sort(measured);
        System.out.printf("Lines sent: %d (%.1f a second); deliveries measured: %d of %d expected; refused or failed: %d%n", sent.get(),
                sent.get() / (double) (warmup + seconds + 5), n, expected.get(), refused.get());
        if (n > 0) {
            System.out.printf("Delivery latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", ms(measured, 0.50), ms(measured, 0.90),
                    ms(measured, 0.99), measured[n - 1] / 1e6);
        }
        List<String> unseen = seenBy.entrySet().stream().filter(e -> e.getValue().get() < size - 1).map(Map.Entry::getKey).sorted().toList();
        if (!unseen.isEmpty()) {
            try (Connection connection = DriverManager.getConnection(db, System.getProperty("bench.db.user", "root"),
                    System.getProperty("bench.db.password", ""))) {
                for (String key : unseen.subList(0, Math.min(20, unseen.size()))) {
                    System.out.printf("Line %s: seen by %d of %d; stored: %s%n", key, seenBy.get(key).get(), size - 1,
                            one(connection, "SELECT COUNT(*) FROM zone_chat_line WHERE client_key = '" + key + "'"));
                }
            }
            System.out.printf("%d measured lines were not seen by all the others%n", unseen.size());
        }
        sockets.forEach(socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
        System.exit(0);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":\"");
        if (at < 0) {
            return null;
        }
        int start = at + name.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }

    /** One Zone with a team, a school, a booked live Chat, a professional and students per Chat, in the demo programme. */
    private static void setUp(Connection db, String run, int chats, int size, List<List<String>> people, List<String> chatIds)
            throws Exception {
        String tenant = one(db, "SELECT id FROM tenant WHERE slug = 'healthcare-zone'");
        String template = one(db, "SELECT id FROM account WHERE email = 'student@zone.example' AND tenant_id = '" + tenant + "'");
        String teacher = one(db, "SELECT id FROM account WHERE email = 'teacher@zone.example' AND tenant_id = '" + tenant + "'");
        Instant now = Instant.now();
        String zone = insert(db, tenant, "zone_zone", "name, opens_on, closes_on", "Benchmark Zone " + run, LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(10));
        for (int c = 0; c < chats; c++) {
            String team = insert(db, tenant, "zone_team", "zone_id, name, position", zone, "Team " + c, c);
            String school = insert(db, tenant, "zone_school", "name, county, under_served, widening_participation", "School " + run + " " + c,
                    "Benchmarkshire", false, false);
            String chat = insert(db, tenant, "zone_chat", "zone_id, team_id, starts_at, minutes, classes, withdrawn", zone, team,
                    LocalDateTime.ofInstant(now.minusSeconds(300), ZoneOffset.UTC), 120, 1, false);
            insert(db, tenant, "zone_booking", "chat_id, school_id, teacher_id, class_name, status, booked_at", chat, school, teacher, "10B",
                    "BOOKED", LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            chatIds.add(chat);
            List<String> emails = new ArrayList<>();
            for (int p = 0; p < size; p++) {
                boolean professional = p == size - 1;
                String email = "bench-" + run + "-" + c + "-" + p + "@bench.example";
                String account = account(db, tenant, template, email, professional ? "Pro " + c : "Student" + p,
                        professional ? "professional" : "student");
                if (professional) {
                    insert(db, tenant, "zone_professional", "zone_id, account_id, team_id", zone, account, team);
                } else {
                    insert(db, tenant, "zone_student", "zone_id, account_id, school_id", zone, account, school);
                }
                emails.add(email);
            }
            people.add(emails);
        }
    }

    private static String account(Connection db, String tenant, String template, String email, String name, String role) throws Exception {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement copy = db.prepareStatement("INSERT INTO account (id, tenant_id, version, created_at, email, display_name,"
                + " password_hash, status, email_verified_at, failed_sign_ins, credentials_version) SELECT ?, tenant_id, 0, created_at, ?, ?,"
                + " password_hash, status, email_verified_at, 0, credentials_version FROM account WHERE id = ?")) {
            copy.setString(1, id);
            copy.setString(2, email);
            copy.setString(3, name);
            copy.setString(4, template);
            copy.executeUpdate();
        }
        insert(db, tenant, "membership", "account_id, role", id, "member");
        insert(db, tenant, "membership", "account_id, role", id, role);
        return id;
    }

    private static String insert(Connection db, String tenant, String table, String columns, Object... values) throws Exception {
        String id = UUID.randomUUID().toString();
        String marks = String.join(", ", java.util.Collections.nCopies(values.length, "?"));
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table + " (id, tenant_id, version, created_at, " + columns
                + ") VALUES (?, ?, 0, ?, " + marks + ")")) {
            insert.setString(1, id);
            insert.setString(2, tenant);
            insert.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
            for (int i = 0; i < values.length; i++) {
                insert.setObject(4 + i, values[i]);
            }
            insert.executeUpdate();
        }
        return id;
    }

    private static String one(Connection db, String query) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(query)) {
            if (!result.next()) {
                throw new IllegalStateException("Nothing for " + query + ": is the server running with the demo on this database?");
            }
            return result.getString(1);
        }
    }
}
