package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform as an attacker tries it: every page of the WAR under every other spelling of its
 * address, as every kind of visitor; Faces posts with their nonce or view state missing, forged or
 * "stateless"; JSON nested or sized to break a reader on every writable API resource. Each must end
 * on our own page or problem document, give nobody more than the page's own address would, and
 * change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileRequestsIT {

    /** The page list comes from the very archive deployed, so a new page is in the matrix without a change here. */
    private static final WebArchive WAR = Deployments.shared();

    /** Pages anyone may open without signing in. */
    private static final Set<String> PUBLIC = Set.of("/index.xhtml", "/login.xhtml", "/register.xhtml", "/apply.xhtml",
            "/invitation.xhtml", "/verify.xhtml", "/accessibility.xhtml", "/privacy.xhtml", "/password/forgot.xhtml", "/password/reset.xhtml", "/zone/join.xhtml",
            "/errors/400.xhtml", "/errors/403.xhtml", "/errors/404.xhtml", "/errors/500.xhtml");

    /** Staff folders of the core; plugins' staff pages are read from the links the admin and staff pages list. */
    private static final List<String> STAFF_FOLDERS = List.of("/admin/", "/staff/", "/operator/");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    private Site horizonsOwner;
    private Site zoneOwner;

    /** Signed in per test: JUnit's {@code @BeforeAll} would run before Arquillian has deployed. */
    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        horizonsOwner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        zoneOwner = Flows.signedIn(Site.ZONE, "owner@zone.example");
    }

    // ---- Every page under every spelling ----------------------------------------------------------

    /** A visitor of the matrix: who they are on the programme's site. */
    private record Visitor(String name, Site site) {
    }

    /** Another way of writing the address of a page, as the request line carries it. */
    private record Spelling(String name, java.util.function.UnaryOperator<String> write) {
    }

    /** The page with its last slash written another way; for a page at the root, after the leading slash. */
    private static String atLastSlash(String page, String slash) {
        int last = page.lastIndexOf('/');
        return last == 0 ? "/" + slash + page.substring(1) : page.substring(0, last) + slash + page.substring(last + 1);
    }

    private static String hex(char c) {
        return Integer.toHexString(c).toUpperCase(Locale.ROOT);
    }

    static List<Spelling> spellings() {
        return List.of(
                new Spelling("double slash", page -> "/" + page),
                new Spelling("triple slash", page -> "//" + page),
                new Spelling("slash inside doubled", page -> atLastSlash(page, "//")),
                new Spelling("dot segment", page -> "/." + page),
                new Spelling("encoded dot segment", page -> "/%2e" + page),
                new Spelling("up from a resource path", page -> "/jakarta.faces.resource/.." + page),
                new Spelling("up from a made-up folder", page -> "/nothing/.." + page),
                new Spelling("percent-encoded letter", page -> "/%" + hex(page.charAt(1)) + page.substring(2)),
                new Spelling("percent-encoded lower-case hex", page -> "/%" + hex(page.charAt(1)).toLowerCase(Locale.ROOT) + page.substring(2)),
                new Spelling("double-encoded letter", page -> "/%25" + hex(page.charAt(1)) + page.substring(2)),
                new Spelling("encoded slash", page -> atLastSlash(page, "%2F")),
                new Spelling("encoded backslash", page -> atLastSlash(page, "%5C")),
                new Spelling("path parameter on the folder", page -> atLastSlash(page, ";x=1/")),
                new Spelling("session id path parameter", page -> page + ";jsessionid=ABC123"),
                new Spelling("upper case", page -> page.toUpperCase(Locale.ROOT)),
                new Spelling("mixed case folder", page -> "/" + Character.toUpperCase(page.charAt(1)) + page.substring(2)),
                new Spelling("trailing dot", page -> page + "."),
                new Spelling("trailing dot on the folder", page -> atLastSlash(page, "./")),
                new Spelling("trailing encoded space", page -> page + "%20"));
    }

    @Test
    void noSpellingOfAnyPageGivesAnyoneMoreThanThePageItself() throws InterruptedException {
        List<String> pages = pagesInTheWar();
        assertThat(pages).as("the WAR's pages").contains("/admin/api-tokens.xhtml", "/staff/vetting.xhtml", "/zone/zones.xhtml",
                "/notes/view.xhtml").hasSizeGreaterThan(40);
        List<String> failures = new ArrayList<>();
        failures.addAll(matrix(Site.HORIZONS, horizonsOwner, "student@horizons.example", zoneOwner, pages));
        failures.addAll(matrix(Site.ZONE, zoneOwner, "student@zone.example", horizonsOwner, pages));
        assertThat(failures).as("pages given to someone under another spelling, or to someone without the role").isEmpty();
    }

    /**
     * One programme's site: the owner's view of each page at its address, then every spelling for the
     * owner, a visitor, a student and the other programme's owner (their session replayed here).
     */
    private List<String> matrix(String host, Site owner, String student, Site otherOwner, List<String> pages) throws InterruptedException {
        Set<String> staffPages = staffPages(owner);
        assertThat(staffPages).as("staff pages listed on " + host).isNotEmpty();
        Site foreigner = new Site(host);
        foreigner.replayCookiesOf(otherOwner);
        List<Visitor> visitors = List.of(new Visitor("owner", owner), new Visitor("visitor", new Site(host)),
                new Visitor("student", Flows.signedIn(host, student)), new Visitor("other programme's owner", foreigner));
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (String page : pages) {
            pool.submit(() -> {
                try {
                    checkPage(host, page, visitors, staffPages, failures);
                } catch (RuntimeException | AssertionError e) {
                    failures.add(host + page + ": " + e);
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        return new ArrayList<>(failures);
    }

    private void checkPage(String host, String page, List<Visitor> visitors, Set<String> staffPages, ConcurrentLinkedQueue<String> failures) {
        String query = "?plugin=mentoring";
        Map<String, Page> atItsAddress = new LinkedHashMap<>();
        for (Visitor visitor : visitors) {
            atItsAddress.put(visitor.name(), visitor.site().get(page + query));
        }
        boolean staffOnly = STAFF_FOLDERS.stream().anyMatch(page::startsWith) || staffPages.contains(page);
        for (Visitor visitor : visitors) {
            Page own = atItsAddress.get(visitor.name());
            boolean mayOpen = visitor.name().equals("owner") || PUBLIC.contains(page)
                    || !visitor.name().equals("visitor") && !visitor.name().equals("other programme's owner") && !staffOnly;
            if (!mayOpen && own.status() == 200) {
                failures.add(host + page + " at its own address gave " + visitor.name() + " 200: " + own.title());
            }
            for (Spelling spelling : spellings()) {
                String address = spelling.write().apply(page) + query;
                Page answer = visitor.site().get(address);
                String where = host + " " + address + " (" + spelling.name() + ") as " + visitor.name() + ": " + answer.status()
                        + " " + answer.header("Location") + " " + answer.title();
                if (answer.status() >= 500) {
                    failures.add(where + " is a server error");
                } else if (answer.status() == 200) {
                    if (!(own.status() == 200 && own.title().equals(answer.title()))) {
                        failures.add(where + " gave more than the page's own address gives ("
                                + (answer.title().equals(atItsAddress.get("owner").title()) ? "the owner's page" : own.status()) + ")");
                    }
                } else if (answer.status() == 301 || answer.status() == 302 || answer.status() == 303) {
                    String location = answer.redirectPath();
                    boolean toItself = location.equals(page + query);
                    String locationPath = location.split("\\?", 2)[0];
                    boolean toItsFolder = locationPath.endsWith("/") && page.startsWith(locationPath) && !locationPath.contains("//");
                    if (!toItself && !toItsFolder && !location.startsWith("/login.xhtml?next=")) {
                        failures.add(where + " was sent on to " + location);
                    }
                } else if (answer.status() != 400 && answer.status() != 403 && answer.status() != 404) {
                    failures.add(where + " answered an unexpected status");
                }
                if (answer.status() == 400 && !answer.title().contains("Nothing was sent") && !refusedByTheConnector(spelling, answer)) {
                    failures.add(where + " is not the site's own 400 page");
                }
            }
        }
    }

    /**
     * Payara's HTTP connector itself refuses a path with a backslash, encoded or not, with a bare
     * 400 before the application sees the request: nothing of ours runs, so there is nothing to serve.
     */
    private static boolean refusedByTheConnector(Spelling spelling, Page answer) {
        return spelling.name().equals("encoded backslash") && answer.body().isEmpty();
    }

    /** The plugin pages the owner's admin and staff pages link to: each is a staff page. */
    private static Set<String> staffPages(Site owner) {
        Set<String> pages = new TreeSet<>();
        for (String list : List.of("/admin/index.xhtml", "/staff/index.xhtml")) {
            owner.get(list).html().select("#plugin-links a, #staff-links a").eachAttr("href").stream()
                    .filter(href -> href.endsWith(".xhtml")).forEach(pages::add);
        }
        return pages;
    }

    /** Every Faces page in the deployed WAR: its own and those inside its libraries (plugins). */
    static List<String> pagesInTheWar() {
        List<String> pages = new ArrayList<>();
        for (Map.Entry<ArchivePath, Node> entry : WAR.getContent().entrySet()) {
            String path = entry.getKey().get();
            if (path.endsWith(".xhtml") && !path.startsWith("/WEB-INF/") && !path.startsWith("/resources/")) {
                pages.add(path);
            } else if (path.startsWith("/WEB-INF/lib/") && path.endsWith(".jar")) {
                pages.addAll(pagesInJar(entry.getValue()));
            }
        }
        return pages.stream().sorted().collect(Collectors.toList());
    }

    private static List<String> pagesInJar(Node jar) {
        List<String> pages = new ArrayList<>();
        try (InputStream in = jar.getAsset().openStream(); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.startsWith("META-INF/resources/") && name.endsWith(".xhtml")) {
                    pages.add(name.substring("META-INF/resources".length()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    // ---- Faces posts that did not come from our page ----------------------------------------------

    @Test
    void aFormPostWithoutItsNonceOrWithAForgedViewStateRunsNothingAndGetsTheSitesOwn400Page() {
        Map<String, Consumer<List<Map.Entry<String, String>>>> tampering = new LinkedHashMap<>();
        tampering.put("no nonce", fields -> fields.removeIf(f -> f.getKey().equals("primefaces.nonce")));
        tampering.put("another page's nonce", fields -> replace(fields, "primefaces.nonce",
                horizonsOwner.get("/admin/index.xhtml").nonce()));
        tampering.put("a nonce that is not one", fields -> replace(fields, "primefaces.nonce", "<script>alert(1)</script>"));
        tampering.put("a forged view state", fields -> replace(fields, "jakarta.faces.ViewState", "-1234567890123456789:987654321"));
        tampering.put("a malformed view state", fields -> replace(fields, "jakarta.faces.ViewState", "AAAA\u00e9::::"));
        tampering.put("no view state", fields -> fields.removeIf(f -> f.getKey().equals("jakarta.faces.ViewState")));
        tampering.put("a stateless view state", fields -> replace(fields, "jakarta.faces.ViewState", "stateless"));
        tampering.put("stateless without a nonce", fields -> {
            replace(fields, "jakarta.faces.ViewState", "stateless");
            fields.removeIf(f -> f.getKey().equals("primefaces.nonce"));
        });
        for (Map.Entry<String, Consumer<List<Map.Entry<String, String>>>> tamper : tampering.entrySet()) {
            String name = Flows.unique("forged");
            Page answer = horizonsOwner.get("/admin/api-tokens.xhtml").form("create").set("name", name).choose("roles", "owner")
                    .submitTampered("submit", tamper.getValue());
            if (tamper.getKey().equals("no view state")) {
                assertThat(answer.status()).as(tamper.getKey() + ": " + answer).isLessThan(500);
            } else {
                assertThat(answer.status()).as(tamper.getKey() + ": " + answer).isEqualTo(400);
                assertThat(answer.title()).as(tamper.getKey()).startsWith("Nothing was sent - Healthcare Horizons");
                assertThat(answer.body()).doesNotContain("wf_");
            }
            assertThat(horizonsOwner.get("/admin/api-tokens.xhtml").text()).as(tamper.getKey() + " created a token").doesNotContain(name);
        }
        String name = Flows.unique("genuine");
        Page genuine = horizonsOwner.get("/admin/api-tokens.xhtml").form("create").set("name", name).choose("roles", "owner")
                .submitTampered("submit", fields -> { });
        assertThat(genuine.status()).as("the same post untouched").isEqualTo(200);
        assertThat(horizonsOwner.get("/admin/api-tokens.xhtml").text()).contains(name);
    }

    @Test
    void anAjaxPostWithoutItsNonceIsSentToThe400PageAndRunsNothing() {
        Page form = horizonsOwner.get("/admin/api-tokens.xhtml");
        String name = Flows.unique("ajax");
        List<Map.Entry<String, String>> fields = form.form("create").set("name", name).choose("roles", "owner")
                .fieldsFor("submit", sent -> sent.removeIf(f -> f.getKey().equals("primefaces.nonce")));
        fields.addAll(List.of(Map.entry("jakarta.faces.partial.ajax", "true"), Map.entry("jakarta.faces.source", "create:submit"),
                Map.entry("jakarta.faces.partial.execute", "@all"), Map.entry("jakarta.faces.partial.render", "@all")));
        Page answer = horizonsOwner.postAjax("/admin/api-tokens.xhtml", fields);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("<redirect url=\"/errors/400.xhtml\"");
        assertThat(horizonsOwner.get("/admin/api-tokens.xhtml").text()).doesNotContain(name);
    }

    private static void replace(List<Map.Entry<String, String>> fields, String name, String value) {
        fields.removeIf(f -> f.getKey().equals(name));
        fields.add(Map.entry(name, value));
    }

    // ---- The API ----------------------------------------------------------------------------------

    @Test
    void everyWritableApiResourceRefusesDeepOrHugeJsonWithAProblemAndStoresNothing() {
        Api zone = Api.on(Site.ZONE, Flows.createToken(zoneOwner, Flows.unique("hostile"), "owner"));
        Api horizons = Api.on(Site.HORIZONS, Flows.createToken(horizonsOwner, Flows.unique("hostile"), "owner"));
        String zonesBefore = zone.get("/zones").body();
        String zoneConfigurationBefore = zone.get("/configuration").body();
        String horizonsConfigurationBefore = horizons.get("/configuration").body();

        String nested = "[".repeat(1000) + "]".repeat(1000);
        String nestedObjects = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        String huge = "{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        List<String> writable = writableResources();
        assertThat(writable).as("writable resources in the OpenAPI document").contains("/configuration", "/zones", "/zones/{zoneId}/questions")
                .hasSizeGreaterThan(10);
        for (String resource : writable) {
            String path = resource.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (Api api : List.of(zone, horizons)) {
                assertDepthRefused(api.post(path, nested), resource);
                assertDepthRefused(api.post(path, nestedObjects), resource);
                Api.Reply tooLarge = api.post(path, huge);
                assertThat(tooLarge.status()).as(resource + " " + tooLarge.status()).isIn(413, 404);
                Flows.assertProblem(tooLarge, tooLarge.status());
            }
        }
        assertThat(zone.get("/zones").body()).isEqualTo(zonesBefore);
        assertThat(zone.get("/configuration").body()).isEqualTo(zoneConfigurationBefore);
        assertThat(horizons.get("/configuration").body()).isEqualTo(horizonsConfigurationBefore);
    }

    /** A plugin that is off on the site answers 404 before the body is read; on its own site the depth is refused. */
    private static void assertDepthRefused(Api.Reply reply, String resource) {
        assertThat(reply.status()).as(resource + " " + reply).isIn(422, 404);
        Flows.assertProblem(reply, reply.status());
        if (reply.status() == 422) {
            assertThat(reply.json().getString("detail")).contains("levels inside each other");
        }
    }

    /** POST, PUT and PATCH operations of the served OpenAPI document, under /api/v1. */
    private static List<String> writableResources() {
        Page document = new Site(Site.ZONE).send(new Site(Site.ZONE).request("/openapi").header("Accept", "application/json").GET());
        JsonObject paths;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(document.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        List<String> writable = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            JsonObject operations = path.getValue().asJsonObject();
            if (operations.containsKey("post") || operations.containsKey("put") || operations.containsKey("patch")) {
                writable.add(path.getKey().substring("/api/v1".length()));
            }
        }
        return writable;
    }

    @Test
    void theApiAnswers401BeforeLookingAtInputAndNeverLetsAnAnswerBeCached() {
        Api anonymous = Api.on(Site.ZONE, null);
        for (Api.Reply reply : List.of(anonymous.post("/zones", "{\"name\": "), anonymous.post("/zones", "{}"),
                anonymous.post("/zones", "[".repeat(1000)), anonymous.post("/zones", "text", "text/plain"),
                anonymous.get("/zones/not-an-id"), anonymous.get("/no-such-resource"))) {
            Flows.assertProblem(reply, 401);
            assertThat(reply.cacheControl()).isEqualTo("no-store");
        }
        Api.Reply badToken = Api.on(Site.ZONE, "wf_not-a-token").post("/zones", "{}");
        Flows.assertProblem(badToken, 401);
        assertThat(badToken.cacheControl()).isEqualTo("no-store");

        Api owner = Api.on(Site.ZONE, Flows.createToken(zoneOwner, Flows.unique("cache"), "owner"));
        Api.Reply zones = owner.get("/zones");
        assertThat(zones.status()).isEqualTo(200);
        assertThat(zones.cacheControl()).isEqualTo("no-store");
        Api.Reply refused = owner.post("/zones", "{\"name\":\"\"}");
        Flows.assertProblem(refused, 422);
        assertThat(refused.cacheControl()).isEqualTo("no-store");
    }

    @Test
    void anApiCallUnderAnotherSpellingIsRedirectedForReadingAndRefusedForWriting() {
        String token = Flows.createToken(zoneOwner, Flows.unique("spelling"), "owner");
        Site caller = new Site(Site.ZONE);
        Page read = caller.send(caller.request("//api/v1/zones").header("Authorization", "Bearer " + token).GET());
        assertThat(read.status()).isEqualTo(301);
        assertThat(read.redirectPath()).isEqualTo("/api/v1/zones");
        String name = Flows.unique("Spelled Zone");
        Page write = caller.send(caller.request("/api/v1/./zones").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")));
        assertThat(write.status()).isEqualTo(400);
        assertThat(write.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Api.on(Site.ZONE, token).get("/zones").body()).doesNotContain(name);
    }
}
