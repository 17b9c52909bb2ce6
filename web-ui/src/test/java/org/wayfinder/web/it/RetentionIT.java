package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wayfinder.config.configuration.ConfigurationExporter;
import org.wayfinder.config.configuration.ConfigurationImporter;
import org.wayfinder.config.configuration.ImportReport;
import org.wayfinder.config.configuration.TenantConfiguration;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.match.Match;
import org.wayfinder.mentoring.match.Matches;
import org.wayfinder.mentoring.messaging.Conversations;
import org.wayfinder.mentoring.messaging.Message;
import org.wayfinder.mentoring.personal.MessageRetention;
import org.wayfinder.platform.spi.safeguarding.Vetting.CheckType;
import org.wayfinder.platform.spi.safeguarding.Vetting;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.json.Json;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.retention.InactiveAccounts;
import org.wayfinder.platform.retention.Retention;
import org.wayfinder.platform.safeguarding.cases.ClosedCases;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.spi.Tick;
import org.wayfinder.platform.spi.retention.RetentionRule.Removal;
import org.wayfinder.platform.tenant.TenantDirectory;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.booking.Chat;
import org.wayfinder.zone.chat.ChatLine;
import org.wayfinder.zone.event.Team;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.personal.ChatRetention;
import org.wayfinder.zone.school.School;

/**
 * Retention (issue 19, item 4) on a programme of the test's own with mentoring and the Zone on, and
 * a second programme beside it: the owner sets a period per kind of record on the page, bounded and
 * off by default; the preview lists exactly the records older than the cut-off (not newer ones, not
 * what a moderator decided on, not owners, not the other programme's) and says which account is
 * skipped and why; two runs at once (two instances ticking) remove exactly what the preview listed,
 * once, with one audit entry per rule, and every row stays, so counts are unchanged; a later tick
 * removes nothing more; owners only.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetentionIT {

    private static final String SLUG = "retention-lab";
    private static final String HOST = SLUG + ".localhost";
    private static final String OTHER_SLUG = "retention-other";
    private static final String OTHER_HOST = OTHER_SLUG + ".localhost";
    private static final String OWNER = "owner@retention-lab.example";
    private static final String OLD_OWNER = "oona@retention-lab.example";
    private static final String MODERATOR = "mo@retention-lab.example";
    private static final String NEWT = "newt@retention-lab.example";
    private static final String SAM = "sam@retention-lab.example";
    private static final String MIA = "mia@retention-lab.example";
    private static final String MENTOR = "ravi@retention-lab.example";
    private static final String OTHER_OWNER = "owner@retention-other.example";
    private static final String OTHER_OLD = "olly@retention-other.example";

    private static final String OLD_LINE = "Sam asks about night shifts";
    private static final String OLDER_LINE = "Mia asks what paramedics study";
    private static final String DECIDED_LINE = "A line a moderator released";
    private static final String NEW_LINE = "Newt asks about placements";
    private static final String OTHER_LINE = "Another programme's old line";
    private static final String MIAS_OLD = "Thank you for the advice on my statement";
    private static final String MIAS_HELD = "text me on 07700 900123";
    private static final String RAVIS_NEW = "Happy to read your next draft";

    /** The moment the preview and the runs are taken at: the run must remove exactly what the preview listed. */
    private static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    private static final Instant TWO_YEARS_AGO = NOW.minus(Duration.ofDays(730));

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
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
    ChatFixtures fixtures;

    @Inject
    Vetting vetting;

    @Inject
    Matches matches;

    @Inject
    Conversations conversations;

    @Inject
    Retention retention;

    @Inject
    Event<Tick> ticks;

    @Inject
    ConfigurationExporter exporter;

    @Inject
    ConfigurationImporter importer;

    @Resource
    ManagedExecutorService executor;

    private Acting acting() {
        return new Acting(currentUser, tenancy, accounts);
    }

    private TenantRef lab() {
        return tenants.bySlug(SLUG).orElseGet(() -> tenants.create(SLUG, "Retention Lab"));
    }

    private TenantRef other() {
        return tenants.bySlug(OTHER_SLUG).orElseGet(() -> tenants.create(OTHER_SLUG, "Retention Other"));
    }

    private String id(String email) {
        return acting().idOf(email.endsWith("retention-other.example") ? other() : lab(), email);
    }

    private <T> T asOwner(Supplier<T> work) {
        return acting().asPerson(lab(), id(OWNER), Roles.OWNER, work);
    }

    private long count(TenantRef programme, String jpql, Map<String, Object> parameters) {
        return tenancy.callAs(programme, () -> fixtures.count(jpql, parameters));
    }

    private String idOfLine(TenantRef programme, String body) {
        return tenancy.callAs(programme, () -> fixtures.one("SELECT l.id FROM ChatLine l WHERE l.body = :body", Map.of("body", body)));
    }

    private String bodyOfLine(TenantRef programme, String id) {
        return tenancy.callAs(programme, () -> fixtures.one("SELECT l.body FROM ChatLine l WHERE l.id = :id", Map.of("id", id)));
    }

    private String textOfMessage(String id) {
        return tenancy.callAs(lab(), () -> fixtures.one("SELECT m.text FROM Message m WHERE m.id = :id", Map.of("id", id)));
    }

    private String idOfMessage(String text) {
        return tenancy.callAs(lab(), () -> fixtures.one("SELECT m.id FROM Message m WHERE m.writtenText = :text", Map.of("text", text)));
    }

    @Test
    @Order(1)
    void aProgrammeWithOldAndNewAccountsMessagesAndChatLines() {
        TenantRef lab = lab();
        TenantRef other = other();
        for (TenantRef programme : List.of(lab, other)) {
            acting().as(programme, Roles.OWNER, () -> {
                activations.enable(MentoringPlugin.ID);
                activations.enable(ZonePlugin.ID);
                return null;
            });
        }
        acting().person(lab, OWNER, "Olu Owner", Roles.OWNER);
        String oona = acting().person(lab, OLD_OWNER, "Oona Owner", Roles.OWNER);
        acting().person(lab, MODERATOR, "Mo Moderator", Roles.MODERATOR);
        String newt = acting().person(lab, NEWT, "Newt New", ZonePlugin.STUDENT);
        String sam = acting().person(lab, SAM, "Sam Smith", ZonePlugin.STUDENT);
        String mia = acting().person(lab, MIA, "Mia Morgan", MentoringPlugin.MENTEE);
        String ravi = acting().person(lab, MENTOR, "Ravi Rao", MentoringPlugin.MENTOR);
        acting().person(other, OTHER_OWNER, "Otto Owner", Roles.OWNER);
        String olly = acting().person(other, OTHER_OLD, "Olly Old", ZonePlugin.STUDENT);

        LocalDate today = LocalDate.now(Vetting.UK);
        acting().as(lab, Roles.MODERATOR, () -> vetting.record(ravi, CheckType.ENHANCED, today.minusMonths(1), today.plusYears(2), today));
        Match match = acting().as(lab, Roles.OWNER, () -> matches.make(new Matches.Pair(mia, ravi, 3, "Paramedic science"), today,
                "http://" + HOST));
        Message old = acting().asPerson(lab, mia, MentoringPlugin.MENTEE, () -> conversations.send(match.getId(), "mia-key-0001", MIAS_OLD));
        Message held = acting().asPerson(lab, mia, MentoringPlugin.MENTEE, () -> conversations.send(match.getId(), "mia-key-0002", MIAS_HELD));
        assertThat(held.getStatus()).as("the safeguarding screen holds a phone number").isEqualTo(Message.Status.HELD);
        acting().asPerson(lab, ravi, MentoringPlugin.MENTOR, () -> conversations.send(match.getId(), "ravi-key-001", RAVIS_NEW));

        tenancy.runAs(lab, () -> {
            fixtures.update("UPDATE Message m SET m.sentAt = :old WHERE m.id IN :ids", Map.of("old", TWO_YEARS_AGO,
                    "ids", List.of(old.getId(), held.getId())));
            fixtures.update("UPDATE Account a SET a.lastSignInAt = :old WHERE a.id IN :ids", Map.of("old", TWO_YEARS_AGO,
                    "ids", List.of(sam, mia, oona)));
            fixtures.update("UPDATE Account a SET a.lastSignInAt = :recent WHERE a.id = :id", Map.of("recent", NOW.minusSeconds(3600),
                    "id", newt));
            Chat chat = chatIn();
            fixtures.put(new ChatLine(chat.getId(), sam, ZonePlugin.STUDENT, null, OLD_LINE, "sam-line-1", TWO_YEARS_AGO.plusSeconds(60), null));
            fixtures.put(new ChatLine(chat.getId(), mia, ZonePlugin.STUDENT, null, OLDER_LINE, "mia-line-1", TWO_YEARS_AGO, null));
            ChatLine released = fixtures.put(new ChatLine(chat.getId(), mia, ZonePlugin.STUDENT, null, DECIDED_LINE, "mia-line-2",
                    TWO_YEARS_AGO.plusSeconds(120), null));
            fixtures.update("UPDATE ChatLine l SET l.moderatedBy = :mo, l.moderatedAt = :at WHERE l.id = :id", Map.of("mo", id(MODERATOR),
                    "at", TWO_YEARS_AGO.plusSeconds(180), "id", released.getId()));
            fixtures.put(new ChatLine(chat.getId(), newt, ZonePlugin.STUDENT, null, NEW_LINE, "newt-line-1", NOW.minusSeconds(86400), null));
        });
        tenancy.runAs(other, () -> {
            Chat chat = chatIn();
            fixtures.put(new ChatLine(chat.getId(), olly, ZonePlugin.STUDENT, null, OTHER_LINE, "olly-line-1", TWO_YEARS_AGO, null));
            fixtures.update("UPDATE Account a SET a.lastSignInAt = :old WHERE a.id = :id", Map.of("old", TWO_YEARS_AGO, "id", olly));
        });
    }

    private Chat chatIn() {
        Zone zone = fixtures.put(new Zone("Retention Zone", LocalDate.now().minusYears(3), LocalDate.now().plusDays(30)));
        Team team = fixtures.put(new Team(zone.getId(), "Paramedics", null, 1));
        fixtures.put(new School("Arnold Academy", "Nottinghamshire", true, false));
        return fixtures.put(new Chat(zone.getId(), team.getId(), TWO_YEARS_AGO, 60, 1));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theOwnerSetsPeriodsOnThePageWithinBoundsAndSeesWhatTheNextRunWouldRemove() {
        Site owner = Flows.signedIn(HOST, OWNER);
        String link = owner.get("/admin/index.xhtml").html().select("ul.admin-links a:matchesOwn(^Retention$)").attr("href");
        assertThat(link).endsWith("/admin/retention.xhtml");
        Page page = owner.get(link.substring(link.indexOf("/admin/")));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().getElementById("nothing").text()).as("every rule is off by default").isEqualTo("Nothing: every kind of record is kept.");

        for (String typed : List.of("0", "121", "abc", "99999999999", "-3", "<script>alert(1)</script>")) {
            Page refused = owner.get("/admin/retention.xhtml").form("periods").set("rules:0:amount", typed).submit("save");
            assertThat(refused.status()).as(typed).isEqualTo(200);
            assertThat(refused.messages()).as(typed)
                    .contains("Accounts inactive for: enter a whole number of months from 1 to 120, or leave it empty to keep them.");
            assertThat(refused.body()).doesNotContain("<script>alert(1)</script>");
        }
        Page refused = owner.get("/admin/retention.xhtml").form("periods").set("rules:0:amount", "12").set("rules:3:amount", "0").submit("save");
        assertThat(refused.messages()).as("all or nothing").contains(
                "Zone Chat lines older than: enter a whole number of months from 1 to 120, or leave it empty to keep them.");
        assertThat(owner.get("/admin/retention.xhtml").html().getElementById("nothing")).as("nothing was saved").isNotNull();

        Page saved = owner.get("/admin/retention.xhtml").form("periods").set("rules:0:amount", "12").set("rules:2:amount", "6")
                .set("rules:3:amount", " 6 ").submit("save");
        assertThat(saved.messages()).anyMatch(message -> message.startsWith("Saved."));
        Page shown = owner.get("/admin/retention.xhtml");
        assertThat(shown.form("periods").value("rules:0:amount")).isEqualTo("12");
        assertThat(shown.form("periods").value("rules:3:amount")).isEqualTo("6");
        assertThat(shown.form("periods").value("rules:1:amount")).as("safeguarding cases are kept").isEmpty();
        String preview = shown.html().getElementById("preview").text();
        assertThat(preview).contains("1 account inactive since before", "(1 skipped)", "1 mentoring message sent before",
                "2 Chat lines written before", "Last signed in: Sam Smith", "Skipped: ", "Chat line by a student")
                .doesNotContain("Oona", "Newt", "Olly", OLD_LINE, MIAS_OLD);

        Page elsewhere = Flows.signedIn(OTHER_HOST, OTHER_OWNER).get("/admin/retention.xhtml");
        assertThat(elsewhere.html().getElementById("nothing")).as("another programme keeps everything").isNotNull();
        assertThat(elsewhere.text()).doesNotContain("Sam Smith");

        List<String> spellings = List.of("/admin/retention.xhtml", "//admin/retention.xhtml", "/ADMIN/retention.xhtml",
                "/admin/./retention.xhtml", "/%61dmin/retention.xhtml", "/admin;x=1/retention.xhtml");
        for (Site visitor : List.of(new Site(HOST), Flows.signedIn(HOST, NEWT), Flows.signedIn(HOST, MODERATOR))) {
            boolean signedIn = !visitor.cookies().isEmpty();
            for (String address : spellings) {
                Page answer = visitor.get(address);
                for (int hops = 0; answer.status() == 301 && hops < 3; hops++) {
                    answer = answer.follow();
                }
                String as = address + (signedIn ? " signed in without the role" : " not signed in") + ": " + answer.status();
                assertThat(answer.status()).as(as).isIn(302, 400, 403, 404);
                if (address.equals("/admin/retention.xhtml")) {
                    assertThat(answer.status()).as(as).isEqualTo(signedIn ? 403 : 302);
                }
                assertThat(answer.body()).as(as).doesNotContain("The next run would remove");
            }
            Page posted = visitor.post("/admin/retention.xhtml", shown.form("periods").set("rules:0:amount", "1").fieldsFor("save", f -> { }));
            assertThat(posted.status()).as("a post").isIn(302, 400, 403);
        }
        assertThat(owner.get("/admin/retention.xhtml").form("periods").value("rules:0:amount")).as("nobody else changed it").isEqualTo("12");
    }

    @Test
    @Order(3)
    void onlyOwnersSetPeriodsAndEachChangeIsInTheAuditTrail() {
        assertThatThrownBy(() -> acting().as(lab(), Roles.MODERATOR, () -> retention.set(Map.of(InactiveAccounts.KEY, "3"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting().as(lab(), Roles.MODERATOR, () -> retention.preview(NOW))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asOwner(() -> retention.set(Map.of(InactiveAccounts.KEY, "1000")))).isInstanceOf(InvalidInputException.class);
        assertThat(count(lab(), "SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action", Map.of("action", Retention.CHANGED)))
                .as("three periods set on the page").isEqualTo(3);
        assertThat(asOwner(() -> retention.settings())).extracting(Retention.Setting::key, Retention.Setting::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(InactiveAccounts.KEY, 12),
                        org.assertj.core.groups.Tuple.tuple(ClosedCases.KEY, null),
                        org.assertj.core.groups.Tuple.tuple(MessageRetention.KEY, 6), org.assertj.core.groups.Tuple.tuple(ChatRetention.KEY, 6));
        assertThat(acting().as(other(), Roles.OWNER, () -> retention.preview(NOW))).as("the other programme keeps everything").isEmpty();

        assertThat(acting().as(other(), Roles.OWNER, () -> {
            activations.disable(ZonePlugin.ID);
            try {
                return retention.settings();
            } finally {
                activations.enable(ZonePlugin.ID);
            }
        })).extracting(Retention.Setting::key).as("a plugin switched off shows no rule")
                .containsExactly(InactiveAccounts.KEY, ClosedCases.KEY, MessageRetention.KEY);
    }

    @Test
    @Order(4)
    void twoRunsAtOnceRemoveExactlyWhatThePreviewListedOnce() throws Exception {
        TenantRef lab = lab();
        List<Retention.Preview> previews = asOwner(() -> retention.preview(NOW));
        Map<String, List<Removal>> listed = new java.util.HashMap<>();
        previews.forEach(preview -> listed.put(preview.key(), preview.removals()));
        String mia = id(MIA);
        assertThat(listed.get(InactiveAccounts.KEY)).extracting(Removal::id, Removal::skipped)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(mia, true), org.assertj.core.groups.Tuple.tuple(id(SAM), false));
        assertThat(listed.get(InactiveAccounts.KEY)).filteredOn(Removal::skipped).extracting(Removal::skippedBecause)
                .containsExactly("1 mentoring message of theirs waits for a moderator: decide it under Held messages first.");
        String miasOld = idOfMessage(MIAS_OLD);
        assertThat(listed.get(MessageRetention.KEY)).extracting(Removal::id).containsExactly(miasOld);
        List<String> oldLines = List.of(idOfLine(lab, OLDER_LINE), idOfLine(lab, OLD_LINE));
        assertThat(listed.get(ChatRetention.KEY)).extracting(Removal::id).containsExactlyElementsOf(oldLines);
        assertThat(previews).extracting(Retention.Preview::cutoff).allMatch(cutoff -> cutoff.isBefore(NOW.minus(Duration.ofDays(150))));

        long accountsBefore = count(lab, "SELECT COUNT(a) FROM Account a", Map.of());
        long messagesBefore = count(lab, "SELECT COUNT(m) FROM Message m", Map.of());
        long linesBefore = count(lab, "SELECT COUNT(l) FROM ChatLine l", Map.of());
        long studentLinesBefore = count(lab, "SELECT COUNT(l) FROM ChatLine l WHERE l.status = :shown AND l.authorRole = :student",
                Map.of("shown", ChatLine.Status.SHOWN, "student", ZonePlugin.STUDENT));

        CountDownLatch start = new CountDownLatch(1);
        Callable<List<Retention.Run>> instance = () -> {
            start.await();
            return tenancy.callAs(lab, () -> retention.run(NOW));
        };
        Future<List<Retention.Run>> first = executor.submit(instance);
        Future<List<Retention.Run>> second = executor.submit(instance);
        start.countDown();
        List<Retention.Run> runs = new ArrayList<>(first.get(60, TimeUnit.SECONDS));
        runs.addAll(second.get(60, TimeUnit.SECONDS));

        assertThat(runs).as("each rule ran once between the two").extracting(Retention.Run::key)
                .containsExactlyInAnyOrder(InactiveAccounts.KEY, MessageRetention.KEY, ChatRetention.KEY);
        for (Retention.Run run : runs) {
            List<String> expected = listed.get(run.key()).stream().filter(removal -> !removal.skipped()).map(Removal::id).toList();
            assertThat(run.listed()).as(run.key()).containsExactlyElementsOf(expected);
            assertThat(run.removed()).as(run.key()).isEqualTo(expected.size());
        }
        assertThat(textOfMessage(miasOld)).isEqualTo(MessageRetention.REMOVED_TEXT);
        assertThat(textOfMessage(idOfMessage(MIAS_HELD))).as("held for a moderator").isEqualTo(MIAS_HELD);
        assertThat(textOfMessage(idOfMessage(RAVIS_NEW))).as("new").isEqualTo(RAVIS_NEW);
        assertThat(bodyOfLine(lab, oldLines.get(0))).as("Mia's old line").isEqualTo(ChatRetention.REMOVED_TEXT);
        assertThat(bodyOfLine(lab, oldLines.get(1))).as("Sam's old line, then Sam erased as inactive")
                .isEqualTo(org.wayfinder.platform.spi.personal.PersonalData.ERASED_TEXT);
        assertThat(count(lab, "SELECT COUNT(l) FROM ChatLine l WHERE l.body IN :kept", Map.of("kept", List.of(DECIDED_LINE, NEW_LINE))))
                .as("a moderator's decision and a new line keep their words").isEqualTo(2);
        assertThat(tenancy.callAs(lab, () -> accounts.get(mia).isErased()))
                .as("Mia waits: a message of hers waits for a moderator").isFalse();
        assertThat(count(lab, "SELECT COUNT(a) FROM Account a WHERE a.email LIKE :erased", Map.of("erased", "%@erased.invalid")))
                .as("Sam alone is erased").isEqualTo(1);
        assertThat(tenancy.callAs(lab, () -> accounts.byEmail(SAM))).as("Sam's address is gone").isEmpty();
        assertThat(tenancy.callAs(lab, () -> accounts.byEmail(OLD_OWNER))).as("an owner is never erased").isPresent();

        assertThat(count(lab, "SELECT COUNT(a) FROM Account a", Map.of())).isEqualTo(accountsBefore);
        assertThat(count(lab, "SELECT COUNT(m) FROM Message m", Map.of())).isEqualTo(messagesBefore);
        assertThat(count(lab, "SELECT COUNT(l) FROM ChatLine l", Map.of())).isEqualTo(linesBefore);
        assertThat(count(lab, "SELECT COUNT(l) FROM ChatLine l WHERE l.status = :shown AND l.authorRole = :student",
                Map.of("shown", ChatLine.Status.SHOWN, "student", ZonePlugin.STUDENT))).as("the report's count of students' lines")
                .isEqualTo(studentLinesBefore);

        assertThat(count(lab, "SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action", Map.of("action", Retention.APPLIED)))
                .as("one entry per rule").isEqualTo(3);
        assertThat(count(lab, "SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action AND e.recordId = :rule AND e.detail LIKE :what"
                + " AND e.actorName = :platform", Map.of("action", Retention.APPLIED, "rule", ChatRetention.KEY, "what", "removed 2: 2 Chat lines%",
                "platform", "Wayfinder"))).isEqualTo(1);
        Retention.Setting chats = asOwner(() -> retention.settings()).stream().filter(setting -> setting.key().equals(ChatRetention.KEY))
                .findFirst().orElseThrow();
        assertThat(chats.lastRemoved()).isEqualTo(2);
        // MariaDB keeps whole seconds of a bulk update's time here, H2 milliseconds.
        assertThat(Duration.between(chats.lastRunAt(), NOW).abs()).isLessThanOrEqualTo(Duration.ofSeconds(1));

        TenantRef other = other();
        assertThat(bodyOfLine(other, idOfLine(other, OTHER_LINE))).as("another programme untouched").isEqualTo(OTHER_LINE);
        assertThat(tenancy.callAs(other, () -> accounts.byEmail(OTHER_OLD))).isPresent();
    }

    @Test
    @Order(5)
    void aSecondRunAndALaterTickRemoveNothingMore() {
        TenantRef lab = lab();
        assertThat(tenancy.callAs(lab, () -> retention.run(NOW))).as("claimed already today").isEmpty();
        tenancy.runAs(lab, () -> ticks.fire(new Tick(NOW.plus(Duration.ofDays(2)))));
        assertThat(count(lab, "SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action", Map.of("action", Retention.APPLIED)))
                .as("the tick ran each rule again").isEqualTo(6);
        assertThat(count(lab, "SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action AND e.detail LIKE :none",
                Map.of("action", Retention.APPLIED, "none", "removed 0%"))).as("and removed nothing").isEqualTo(3);
        assertThat(count(lab, "SELECT COUNT(a) FROM Account a WHERE a.email LIKE :erased", Map.of("erased", "%@erased.invalid"))).isEqualTo(1);
        assertThat(bodyOfLine(lab, idOfLine(lab, NEW_LINE))).isEqualTo(NEW_LINE);
    }

    @Test
    @Order(6)
    void periodsTravelWithTheConfigurationExportAndAreCheckedOnImport() {
        TenantConfiguration labs = asOwner(() -> exporter.export());
        assertThat(labs.retention()).containsExactly(Map.entry(InactiveAccounts.KEY, 12), Map.entry(MessageRetention.KEY, 6),
                Map.entry(ChatRetention.KEY, 6));
        TenantRef other = other();
        TenantConfiguration others = acting().as(other, Roles.OWNER, () -> exporter.export());
        assertThat(others.retention()).as("nothing set there").isNull();

        Map<String, Integer> wrong = new java.util.LinkedHashMap<>();
        wrong.put("nope.rule", 3);
        wrong.put(InactiveAccounts.KEY, 0);
        ImportReport refused = acting().as(other, Roles.OWNER, () -> importer.apply(Json.write(withRetention(others, wrong))));
        assertThat(refused.applied()).isFalse();
        assertThat(refused.problems()).extracting(FieldError::field).contains("$.retention.core.inactive-accounts");
        ImportReport unknown = acting().as(other, Roles.OWNER, () -> importer.apply(Json.write(withRetention(others, Map.of("nope.rule", 3)))));
        assertThat(unknown.problems()).extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.retention.nope.rule", "There is no retention rule \"nope.rule\" on this platform."));

        String json = Json.write(withRetention(others, labs.retention()));
        assertThat(acting().as(other, Roles.OWNER, () -> importer.dryRun(json)).changes())
                .contains("Retention: Accounts inactive for changes from kept to 12 months.");
        assertThat(acting().as(other, Roles.OWNER, () -> retention.amounts())).as("a dry run changes nothing").isEmpty();
        assertThat(acting().as(other, Roles.OWNER, () -> importer.apply(json)).applied()).isTrue();
        assertThat(acting().as(other, Roles.OWNER, () -> retention.amounts())).isEqualTo(labs.retention());

        Map<String, Integer> off = new java.util.HashMap<>();
        off.put(ChatRetention.KEY, null);
        assertThat(acting().as(other, Roles.OWNER, () -> importer.apply(Json.write(withRetention(others, off)))).applied()).isTrue();
        assertThat(acting().as(other, Roles.OWNER, () -> retention.amounts())).as("null turns a rule off, the rules left out stay")
                .containsExactly(Map.entry(InactiveAccounts.KEY, 12), Map.entry(MessageRetention.KEY, 6));
    }

    @Test
    @Order(7)
    @RunAsClient
    void thePageSaysWhatEachRuleLastRemoved() {
        Page page = Flows.signedIn(HOST, OWNER).get("/admin/retention.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select(".last-run").eachText()).as("safeguarding cases: kept, so never run")
                .hasSize(4).containsOnlyOnce("Not run yet.");
        assertThat(page.html().select(".last-run").eachText()).filteredOn(text -> !text.equals("Not run yet."))
                .as("the later tick: nothing more, Mia still skipped").hasSize(3).allMatch(text -> text.startsWith("Last run ") && text.contains(": removed 0"))
                .anyMatch(text -> text.contains("removed 0, skipped 1, older than"));
    }

    private static TenantConfiguration withRetention(TenantConfiguration document, Map<String, Integer> retention) {
        return new TenantConfiguration(document.schema(), document.formatVersion(), document.branding(), document.forms(), document.journeys(),
                document.plugins(), document.notices(), retention);
    }
}
