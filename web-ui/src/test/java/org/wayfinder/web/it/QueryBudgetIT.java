package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.match.Matches;
import org.wayfinder.mentoring.messaging.Conversations;
import org.wayfinder.platform.spi.safeguarding.Vetting.CheckType;
import org.wayfinder.platform.spi.safeguarding.Vetting;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.persistence.StatementLog.Recording;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.tenant.TenantDirectory;
import org.wayfinder.web.diagnostics.StatementCount;

/**
 * The query budget (docs/performance.md): a warm page asks the database at most so many times. Runs
 * in the server, where {@link StatementCount} keeps each traced request's statements, and asks each
 * page twice: the first warms the caches, the second is counted. A page over its budget fails with
 * its statements listed.
 *
 * <p>Signed-in pages are found as people find them: each demo person signs in and follows their
 * home's links, the header's and those of the index pages they lead to. Pages not yet within the
 * budget are listed in {@link #NOT_YET} with the most they may ask now.
 */
@ExtendWith(ArquillianExtension.class)
class QueryBudgetIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Test
    void warmAnonymousPagesOfAProgrammeAskTheDatabaseAtMostOnce() {
        Site visitor = new Site(Site.HORIZONS);
        List<String> over = new ArrayList<>();
        for (String page : List.of("/", "/login.xhtml", "/register.xhtml", "/branding/theme.css", "/accessibility.xhtml",
                "/privacy.xhtml")) {
            within(over, visitor, page, 1);
        }
        assertThat(over).as("pages over their budget").isEmpty();
    }

    /** Everyone the demo has, by programme: each is signed in and walks the pages their home and menus lead to. */
    private static final List<Map.Entry<String, String>> PEOPLE = List.of(Map.entry(Site.HORIZONS, "student@horizons.example"),
            Map.entry(Site.HORIZONS, "mentor@horizons.example"), Map.entry(Site.HORIZONS, "moderator@horizons.example"),
            Map.entry(Site.HORIZONS, "owner@horizons.example"), Map.entry(Site.HORIZONS, "supervisor@horizons.example"), Map.entry(Site.ZONE, "student@zone.example"),
            Map.entry(Site.ZONE, "teacher@zone.example"), Map.entry(Site.ZONE, "professional@zone.example"),
            Map.entry(Site.ZONE, "moderator@zone.example"), Map.entry(Site.ZONE, "owner@zone.example"),
            Map.entry(Site.PLATFORM, "operator@wayfinder.example"));

    /**
     * The pages not yet within the budget of 3, by person and address (the values of its parameters
     * left out), each with the most it may ask now, so that none gets worse while it waits its turn
     * (docs/performance.md). A page that comes within the budget must be taken off this list.
     */
    private static final Map<String, Integer> NOT_YET = Map.ofEntries(
            Map.entry("mentor@horizons.example /events/index.xhtml", 7),
            Map.entry("mentor@horizons.example /mentoring/conversation.xhtml?match=", 7),
            Map.entry("moderator@zone.example /", 7),
            Map.entry("moderator@zone.example /zone/chats.xhtml", 5),
            Map.entry("moderator@zone.example /zone/moderate.xhtml", 6),
            Map.entry("owner@horizons.example /admin/evidence.xhtml", 4),
            Map.entry("owner@horizons.example /mentoring/matches.xhtml", 12),
            Map.entry("owner@horizons.example /mentoring/report.xhtml", 19),
            Map.entry("owner@zone.example /", 6),
            Map.entry("owner@zone.example /zone/chats.xhtml", 5),
            Map.entry("owner@zone.example /zone/moderate.xhtml", 6),
            Map.entry("owner@zone.example /zone/zones.xhtml", 11),
            Map.entry("professional@zone.example /zone/chat.xhtml?id=", 16),
            Map.entry("professional@zone.example /zone/index.xhtml", 15),
            Map.entry("student@horizons.example /events/index.xhtml", 7),
            Map.entry("supervisor@horizons.example /events/index.xhtml", 7),
            Map.entry("student@horizons.example /mentoring/conversation.xhtml?match=", 7),
            Map.entry("student@zone.example /", 7),
            Map.entry("student@zone.example /zone/chat.xhtml?id=", 16),
            Map.entry("student@zone.example /zone/index.xhtml", 16),
            Map.entry("teacher@zone.example /", 6),
            Map.entry("teacher@zone.example /zone/school.xhtml", 14));

    @Test
    void warmSignedInPagesOfEveryRoleAskTheDatabaseAtMostThreeTimes() {
        List<String> over = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Map.Entry<String, String> person : PEOPLE) {
            Site site = Flows.signedIn(person.getKey(), person.getValue());
            for (String page : pagesOf(site)) {
                String listed = person.getValue() + " " + page.replaceAll("=[^&]*", "=");
                int budget = NOT_YET.getOrDefault(listed, 3);
                int asked = within(over, site, page, budget);
                all.add(person.getValue() + " " + page + " " + asked);
                if (NOT_YET.containsKey(listed) && asked <= 3) {
                    over.add(listed + " is within the budget now (" + asked + "): take it off NOT_YET");
                }
            }
        }
        assertThat(all).as("pages walked").hasSizeGreaterThan(50);
        assertThat(over).as("pages over their budget; all: " + all).isEmpty();
    }

    /**
     * The pages a person reaches by clicking from their home: the header's entries, the links of
     * their home's panels, and those of the admin's and staff's index pages they can open.
     */
    private static Set<String> pagesOf(Site site) {
        Set<String> pages = new TreeSet<>(List.of("/", "/account/index.xhtml"));
        Deque<String> hubs = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new HashSet<>();
        while (!hubs.isEmpty()) {
            String hub = hubs.pop();
            if (!seen.add(hub)) {
                continue;
            }
            for (String href : site.get(hub).html().select("#site-nav a[href], #home-panels a[href], main a[href]").eachAttr("href")) {
                String path = URI.create(href).getPath();
                if (path == null || !path.startsWith("/") || href.startsWith("//") || !(path.endsWith(".xhtml") || path.equals("/"))) {
                    continue;
                }
                String query = URI.create(href).getRawQuery();
                // The header's "Home" is the front page, asked for by its file's name.
                pages.add(query == null ? (path.equals("/index.xhtml") ? "/" : path) : path + "?" + query);
                if (path.endsWith("/index.xhtml") && !path.startsWith("/account/")) {
                    hubs.add(path);
                }
            }
        }
        return pages;
    }

    @Inject
    TenantDirectory tenants;

    @Inject
    Tenancy tenancy;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    PluginActivations activations;

    @Inject
    Vetting vetting;

    @Inject
    Matches matches;

    @Inject
    Conversations conversations;

    /**
     * The owner's home counts people from the programme's activity cache: warm, it is within the
     * budget, and a new mentee, a match, a new member on a journey show on the very next visit.
     */
    @Test
    void theOwnersHomeCountsAfreshOnTheNextVisitWhenPeopleMove() {
        String slug = "budget-" + UUID.randomUUID().toString().substring(0, 8);
        TenantRef programme = tenants.create(slug, "Budget " + slug);
        Acting acting = new Acting(currentUser, tenancy, accounts);
        String ownerEmail = "owner@" + slug + ".example";
        acting.person(programme, ownerEmail, "Olu Owner", Roles.OWNER);
        acting.as(programme, Roles.OWNER, () -> {
            activations.enable(MentoringPlugin.ID);
            return null;
        });
        Site owner = Flows.signedIn(slug + ".localhost", ownerEmail);
        assertThat(count(owner, "Mentees waiting for a match")).isEqualTo("0");
        assertThat(count(owner, "Active matches")).isEqualTo("0");
        List<String> over = new ArrayList<>();
        within(over, owner, "/", 3);
        assertThat(over).as("the owner's home, warm").isEmpty();

        String mentee = acting.person(programme, "mia@" + slug + ".example", "Mia Mentee", MentoringPlugin.MENTEE);
        assertThat(count(owner, "Mentees waiting for a match")).as("a new mentee is counted at once").isEqualTo("1");

        String mentor = acting.person(programme, "amara@" + slug + ".example", "Amara Adeyemi", MentoringPlugin.MENTOR);
        LocalDate today = LocalDate.now(Vetting.UK);
        acting.as(programme, Roles.MODERATOR, () -> vetting.record(mentor, CheckType.ENHANCED, today.minusMonths(1), today.plusYears(2), today));
        acting.as(programme, Roles.OWNER, () -> matches.make(new Matches.Pair(mentee, mentor, 3, "Career area"), today, "http://site.example"));
        assertThat(count(owner, "Mentees waiting for a match")).as("a match is counted at once").isEqualTo("0");
        assertThat(count(owner, "Active matches")).isEqualTo("1");
    }

    /**
     * A mentee's matches, which their home and their mentoring page list, come from the programme's
     * activity cache, and the home's count of new messages from the conversation's: warm, neither page
     * reads matches or messages, and a match made or ended, or a message sent, shows on the very next
     * page.
     */
    @Test
    void aMenteesMatchesAndNewMessagesComeFromTheCacheAndAChangeShowsOnTheNextPage() {
        String slug = "matches-" + UUID.randomUUID().toString().substring(0, 8);
        TenantRef programme = tenants.create(slug, "Matches " + slug);
        Acting acting = new Acting(currentUser, tenancy, accounts);
        acting.as(programme, Roles.OWNER, () -> {
            activations.enable(MentoringPlugin.ID);
            return null;
        });
        String menteeEmail = "mia@" + slug + ".example";
        String mentee = acting.person(programme, menteeEmail, "Mia Mentee", MentoringPlugin.MENTEE);
        String mentor = acting.person(programme, "amara@" + slug + ".example", "Amara Adeyemi", MentoringPlugin.MENTOR);
        LocalDate today = LocalDate.now(Vetting.UK);
        acting.as(programme, Roles.MODERATOR, () -> vetting.record(mentor, CheckType.ENHANCED, today.minusMonths(1), today.plusYears(2), today));
        Site mia = Flows.signedIn(slug + ".localhost", menteeEmail);
        assertThat(mia.get("/mentoring/index.xhtml").html().select("#not-matched")).as("no mentor yet").isNotEmpty();
        assertThat(matchReads(mia, "/mentoring/index.xhtml")).as("the mentoring page, warm").isEmpty();

        acting.as(programme, Roles.OWNER, () -> matches.make(new Matches.Pair(mentee, mentor, 3, "Career area"), today, "http://site.example"));
        Matches.Mine match = acting.asPerson(programme, mentee, MentoringPlugin.MENTEE, () -> matches.mine()).get(0);
        assertThat(mia.get("/mentoring/index.xhtml").html().select("#matches li").text()).as("a match made shows at once")
                .contains("Amara Adeyemi").contains("since");
        assertThat(messagesFromAmara(mia)).as("no message yet").isEqualTo("0");
        assertThat(matchReads(mia, "/")).as("the home, warm").isEmpty();
        assertThat(matchReads(mia, "/mentoring/index.xhtml")).as("the mentoring page, warm").isEmpty();

        acting.asPerson(programme, mentor, MentoringPlugin.MENTOR, () -> conversations.send(match.getId(), null, "Hello Mia"));
        assertThat(messagesFromAmara(mia)).as("the mentor's message is counted on the next visit").isEqualTo("1");
        acting.asPerson(programme, mentor, MentoringPlugin.MENTOR, () -> conversations.send(match.getId(), null, "How are you getting on?"));
        assertThat(messagesFromAmara(mia)).isEqualTo("2");
        var held = acting.asPerson(programme, mentor, MentoringPlugin.MENTOR,
                () -> conversations.send(match.getId(), null, "easier to text me on oh seven seven double oh 900 123"));
        assertThat(held.getStatus()).as("the screen holds it").isEqualTo(org.wayfinder.mentoring.messaging.Message.Status.HELD);
        assertThat(messagesFromAmara(mia)).as("a held message is not counted").isEqualTo("2");
        acting.as(programme, Roles.MODERATOR, () -> conversations.approve(held.getId()));
        assertThat(messagesFromAmara(mia)).as("a held message let through is counted on the next visit").isEqualTo("3");
        assertThat(matchReads(mia, "/")).as("the home, warm, counts from the cache").isEmpty();
        acting.asPerson(programme, mentee, MentoringPlugin.MENTEE, () -> conversations.send(match.getId(), null, "Fine, thanks"));
        assertThat(messagesFromAmara(mia)).as("the mentee's reply is counted on the next visit").isEqualTo("0");

        acting.asPerson(programme, mentor, MentoringPlugin.MENTOR, () -> matches.end(match.getId(), "We are done", "http://site.example"));
        assertThat(mia.get("/mentoring/index.xhtml").html().select("#matches li").text()).as("a match ended shows at once")
                .contains("Amara Adeyemi").contains("ended");
        assertThat(mia.get("/").html().select("#home-panels").text()).contains("You have no mentor yet")
                .doesNotContain("New messages from Amara Adeyemi");
    }

    /** The statements of a warm visit to the page that read the mentoring's matches or messages. */
    private static List<String> matchReads(Site site, String path) {
        trace(site, path);
        return StatementCount.traced(trace(site, path)).orElseThrow().texts().stream()
                .filter(sql -> sql.toLowerCase(java.util.Locale.ROOT).matches("(?s).*(mentoring_match|mentoring_message) .*")).toList();
    }

    private static String messagesFromAmara(Site site) {
        return site.get("/").html().select("#home-panels li:contains(New messages from Amara Adeyemi, your mentor) .home-panel__count").text();
    }

    private static String count(Site site, String label) {
        return site.get("/").html().select("#home-panels li:contains(" + label + ") .home-panel__count").text();
    }

    /**
     * The whole session is read from the data grid and written back on every request behind the
     * balancer, so it must not grow with the pages a person opens: Faces keeps the state of the last
     * few pages with a form and their view-scoped beans, and drops older ones (ViewScopeTrim drops the
     * beans Mojarra leaves behind). Measured after 12 pages and again after 60 more.
     */
    @Test
    void aSessionStaysTheSameSizeHoweverManyPagesThePersonOpens() {
        Site mentee = Flows.signedIn(Site.HORIZONS, "student@horizons.example");
        List<String> pages = List.of("/journey/index.xhtml", "/mentoring/index.xhtml", "/", "/account/index.xhtml");
        for (int i = 0; i < 12; i++) {
            trace(mentee, pages.get(i % pages.size()));
        }
        long early = StatementCount.sessionBytes(trace(mentee, "/mentoring/index.xhtml")).orElseThrow();
        for (int i = 0; i < 60; i++) {
            trace(mentee, pages.get(i % pages.size()));
        }
        long late = StatementCount.sessionBytes(trace(mentee, "/mentoring/index.xhtml")).orElseThrow();
        assertThat(late).as("session bytes after 73 pages (after 13: %d)", early).isLessThanOrEqualTo(early + 1024);
        assertThat(late).as("session bytes after 73 pages").isLessThan(32 * 1024);
    }

    /**
     * A page with no Faces form can never be posted back, so showing it keeps nothing: before
     * FormlessViews each visit to a home or account page added a view map (for PrimeFaces' script
     * nonce) to the session the data grid reads and writes on every request.
     */
    @Test
    void aPageWithNoFormLeavesTheSessionAsItWas() {
        Site mentee = Flows.signedIn(Site.HORIZONS, "student@horizons.example");
        long before = StatementCount.sessionBytes(trace(mentee, "/account/index.xhtml")).orElseThrow();
        for (int i = 0; i < 8; i++) {
            trace(mentee, "/");
            trace(mentee, "/account/index.xhtml");
        }
        long after = StatementCount.sessionBytes(trace(mentee, "/account/index.xhtml")).orElseThrow();
        assertThat(after).as("session bytes after 17 pages without a form (after 1: %d)", before).isEqualTo(before);
        assertThat(mentee.get("/").html().select("input[name='jakarta.faces.ViewState']")).as("nothing to post back").isEmpty();
    }

    /**
     * What keeping 6 pages' forms means for a person: a form on a page they opened before 6 other
     * pages with a form is refused with the site's own page, and changes nothing.
     */
    @Test
    void aFormOnAPageOpenedBeforeSixOthersIsRefusedAndChangesNothing() {
        Site owner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        Page oldest = owner.get("/admin/branding.xhtml");
        String kept = oldest.form("branding").value("description");
        for (int i = 0; i < 6; i++) {
            assertThat(owner.get("/admin/branding.xhtml").status()).isEqualTo(200);
        }
        Page refused = oldest.form("branding").set("description", "Too late " + UUID.randomUUID()).submit("save");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.html().select("h1").text()).isEqualTo("Nothing was sent");
        assertThat(owner.get("/admin/branding.xhtml").form("branding").value("description")).isEqualTo(kept);

        Page recent = owner.get("/admin/branding.xhtml");
        owner.get("/admin/branding.xhtml");
        assertThat(recent.form("branding").set("description", kept).submit("save").status()).as("a page opened one before the last")
                .isIn(200, 302);
    }

    @Test
    void warmApiCallsAskTheDatabaseAtMostTwice() {
        Site owner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        String token = Flows.createToken(owner, "Query budget " + UUID.randomUUID().toString().substring(0, 8), "owner");
        Site integration = new Site(Site.HORIZONS);
        List<String> over = new ArrayList<>();
        for (String path : List.of("/api/v1/me", "/api/v1/mentoring/mentors", "/api/v1/configuration")) {
            call(integration, path, token);
            Recording recording = StatementCount.traced(call(integration, path, token)).orElseThrow();
            if (recording.count() > 2) {
                over.add(String.format("%s asked the database %d times (budget 2): %s", path, recording.count(), recording.texts()));
            }
        }
        assertThat(over).as("API calls over their budget").isEmpty();
    }

    @Test
    void aChangeToTheLookIsSeenByTheNextPage() {
        Site owner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        String before = new Site(Site.HORIZONS).get("/").html().select("link[href*=theme.css]").attr("href");
        String kept = new Site(Site.HORIZONS).get("/").html().select(".hero__description").text();
        String description = "Careers in the NHS " + UUID.randomUUID();
        owner.get("/admin/branding.xhtml").form("branding").set("description", description).submit("save");
        try {
            Page home = new Site(Site.HORIZONS).get("/");
            assertThat(home.html().select(".hero__description").text()).as("the cached look is read again after the owner's change")
                    .isEqualTo(description);
            assertThat(home.html().select("link[href*=theme.css]").attr("href")).as("the theme's version moves on").isNotEqualTo(before);
        } finally {
            owner.get("/admin/branding.xhtml").form("branding").set("description", kept).submit("save");
        }
    }

    /** Asks for the page twice and notes it in {@code over} when the second asked the database more than the budget; the second's count. */
    private static int within(List<String> over, Site site, String path, int budget) {
        trace(site, path);
        Recording recording = StatementCount.traced(trace(site, path)).orElseThrow();
        if (recording.count() > budget) {
            over.add(String.format("%s (%s) asked the database %d times (budget %d): %s", path, site.host(), recording.count(), budget,
                    recording.texts()));
        }
        return recording.count();
    }

    private static String call(Site site, String path, String token) {
        String trace = UUID.randomUUID().toString();
        Page reply = site.send(site.request(path).header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header(StatementCount.TRACE_HEADER, trace).GET());
        assertThat(reply.status()).as(path + ": " + reply).isEqualTo(200);
        return trace;
    }

    private static String trace(Site site, String path) {
        String trace = UUID.randomUUID().toString();
        Page reply = site.send(site.request(path).header(StatementCount.TRACE_HEADER, trace).GET());
        // A page that failed asks less than one that worked: only a page served counts.
        assertThat(reply.status()).as(path + " (" + site.host() + ")").isEqualTo(200);
        return trace;
    }
}
