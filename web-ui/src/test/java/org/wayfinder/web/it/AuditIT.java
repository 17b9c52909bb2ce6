package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.match.Match;
import org.wayfinder.mentoring.match.Matches;
import org.wayfinder.mentoring.messaging.Conversations;
import org.wayfinder.mentoring.messaging.Message;
import org.wayfinder.platform.spi.safeguarding.Vetting.CheckType;
import org.wayfinder.platform.spi.safeguarding.Vetting;
import org.wayfinder.platform.audit.AuditEntries;
import org.wayfinder.platform.audit.AuditEntry;
import org.wayfinder.platform.audit.AuditQuery;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.identity.Invitations;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantOwned;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.spi.audit.AuditTrail;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * The audit trail (issue 19, item 1), from inside the running application and over HTTP against
 * it: what people and integrations do is recorded with who did it (a person with their roles, or an
 * API token), to which record and, for settings, what it was before; owners, and only owners,
 * search, page and export it on the page and through the API; nothing changes or removes an entry;
 * and a programme sees nothing of another's trail. Each test makes programmes of its own, so the
 * demo data and other suites' entries never count.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

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
    AuditEntries auditEntries;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Invitations invitations;

    @Inject
    PluginActivations activations;

    @Inject
    Vetting vetting;

    @Inject
    Matches matches;

    @Inject
    Conversations conversations;

    @PersistenceContext(unitName = "wayfinder")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/wayfinder")
    DataSource dataSource;

    // ---- What is recorded, and who it names ---------------------------------------------------------

    @Test
    void aSignInAndRefusedSignInsAreRecordedWithThePersonTheirRolesAndAddress() {
        Programme p = programme();
        Flows.signedIn(p.host(), p.ownerEmail());
        assertThat(new Site(p.host()).signIn(p.ownerEmail(), "not the password").status()).isEqualTo(200);
        String ghost = Flows.unique("ghost") + "@nowhere.example";
        assertThat(new Site(p.host()).signIn(ghost, Flows.PASSWORD).status()).isEqualTo(200);

        List<AuditEntry> signIns = entries(p, new AuditQuery(null, "sign-in", null, null, null));
        assertThat(signIns).filteredOn(e -> e.getAction().equals("sign-in")).singleElement().satisfies(e -> {
            assertPerson(e, p.ownerId(), "Olu Owner", "owner");
            assertThat(e.getRecordType()).isEqualTo("account");
            assertThat(e.getRecordId()).isEqualTo(p.ownerId());
            assertThat(e.getAddress()).as("the address the request came from").isNotBlank();
            assertThat(e.getAt()).isNotNull();
        });
        assertThat(signIns).filteredOn(e -> e.getAction().equals("sign-in.refused")).hasSize(2)
                .anySatisfy(e -> {
                    assertPerson(e, p.ownerId(), "Olu Owner", "owner");
                    assertThat(e.getRecordId()).isEqualTo(p.ownerId());
                    assertThat(e.getDetail()).isEqualTo("wrong password");
                })
                .anySatisfy(e -> {
                    assertThat(e.getActorKind()).isEqualTo(AuditEntry.ActorKind.VISITOR);
                    assertThat(e.getActorId()).isNull();
                    assertThat(e.getActorName()).as("what they typed").isEqualTo(ghost);
                    assertThat(e.getActorRoles()).isEmpty();
                    assertThat(e.getRecordId()).isNull();
                    assertThat(e.getDetail()).isEqualTo("no such account");
                });
    }

    @Test
    void aRoleGivenIsRecordedWithTheOwnerWhoGaveIt() {
        Programme p = programme();
        String email = "mo@" + p.slug() + ".example";
        String mo = acting().person(p.ref(), email, "Mo Moderator", Roles.MEMBER);

        acting().asPerson(p.ref(), p.ownerId(), Roles.OWNER,
                () -> invitations.invite(email, "Mo Moderator", Roles.MODERATOR, null, "http://" + p.host()));

        assertThat(entries(p, new AuditQuery(p.ownerId(), "role.granted", mo, null, null))).singleElement().satisfies(e -> {
            assertPerson(e, p.ownerId(), "Tester", "owner");
            assertThat(e.getRecordType()).isEqualTo("account");
            assertThat(e.getDetail()).isEqualTo("moderator given to Mo Moderator");
        });
    }

    @Test
    void settingsAndBrandingChangesAreRecordedWithWhatTheyWereBefore() {
        Programme p = programme();
        Site owner = Flows.signedIn(p.host(), p.ownerEmail());
        Flows.switchPlugin(owner, "Notes", true);
        Page settings = owner.get("/admin/plugin-settings.xhtml?plugin=notes");
        String input = settings.html().selectFirst("[data-setting=max-length] input").attr("name");
        String field = input.substring(input.indexOf(':') + 1);
        String was = settings.form("settings").value(field);
        Page saved = settings.form("settings").set(field, "321").submit("save");
        assertThat(saved.messages()).as(saved.toString()).anyMatch(m -> m.contains("are saved"));

        Page branding = owner.get("/admin/branding.xhtml").form("branding").set("name", "Audited Careers").submit("save");
        assertThat(branding.messages()).as(branding.toString()).anyMatch(m -> m.startsWith("Saved."));

        assertThat(entries(p, new AuditQuery(null, "plugin.switched", "notes", null, null))).singleElement().satisfies(e -> {
            assertPerson(e, p.ownerId(), "Olu Owner", "owner");
            assertThat(e.getRecordType()).isEqualTo("plugin");
            assertThat(e.getBefore()).isEqualTo("off");
            assertThat(e.getAfter()).isEqualTo("on");
        });
        assertThat(entries(p, new AuditQuery(null, "plugin.settings", "notes", null, null))).singleElement().satisfies(e -> {
            assertPerson(e, p.ownerId(), "Olu Owner", "owner");
            assertThat(e.getBefore()).isEqualTo("max-length: " + was);
            assertThat(e.getAfter()).isEqualTo("max-length: 321");
        });
        assertThat(entries(p, new AuditQuery(null, "branding.changed", p.ref().id(), null, null))).singleElement().satisfies(e -> {
            assertPerson(e, p.ownerId(), "Olu Owner", "owner");
            assertThat(e.getRecordType()).isEqualTo("branding");
            assertThat(e.getBefore().lines()).contains("name: " + p.name()).doesNotContain("name: Audited Careers");
            assertThat(e.getAfter().lines()).contains("name: Audited Careers");
        });
    }

    @Test
    void tokensMadeAndRevokedAreRecordedAndWorkThroughTheApiNamesTheToken() {
        Programme p = programme();
        Site owner = Flows.signedIn(p.host(), p.ownerEmail());
        String secret = Flows.createToken(owner, "Audit reader", Roles.OWNER);
        AuditEntry created = entries(p, new AuditQuery(null, "api-token.created", null, null, null)).get(0);
        assertPerson(created, p.ownerId(), "Olu Owner", "owner");
        assertThat(created.getRecordType()).isEqualTo("api-token");
        assertThat(created.getDetail()).startsWith("\u201cAudit reader\u201d with roles owner");
        String tokenId = created.getRecordId();

        Api api = Api.on(p.host(), secret);
        assertThat(api.get("/configuration").status()).isEqualTo(200);
        assertThat(api.get("/audit?max=1").status()).isEqualTo(200);
        List<AuditEntry> byToken = entries(p, new AuditQuery(tokenId, null, null, null, null));
        assertThat(byToken).extracting(AuditEntry::getAction).containsExactlyInAnyOrder("configuration.exported", "audit.exported");
        assertThat(byToken).allSatisfy(e -> {
            assertThat(e.getActorKind()).isEqualTo(AuditEntry.ActorKind.API_TOKEN);
            assertThat(e.getActorId()).isEqualTo(tokenId);
            assertThat(e.getActorName()).isEqualTo("API token \u201cAudit reader\u201d");
            assertThat(e.getActorRoles()).isEqualTo("owner");
        });

        Page revoked = owner.get("/admin/api-tokens.xhtml").form("tokens").press("Revoke Audit reader");
        assertThat(revoked.messages()).anyMatch(m -> m.contains("is revoked"));
        assertThat(api.get("/me").status()).isEqualTo(401);
        assertThat(entries(p, new AuditQuery(null, "api-token.revoked", tokenId, null, null))).singleElement()
                .satisfies(e -> assertPerson(e, p.ownerId(), "Olu Owner", "owner"));
    }

    @Test
    void aFileDownloadedFromAPageIsRecorded() {
        Programme p = programme();
        Site owner = Flows.signedIn(p.host(), p.ownerEmail());
        Page download = owner.get("/admin/configuration.xhtml").form("export").submit("download");
        assertThat(download.header("Content-Type")).startsWith("application/json");

        assertThat(entries(p, new AuditQuery(null, "download", "/admin/configuration.xhtml", null, null))).singleElement().satisfies(e -> {
            assertPerson(e, p.ownerId(), "Olu Owner", "owner");
            assertThat(e.getRecordType()).isEqualTo("page");
            assertThat(e.getDetail()).contains(p.slug() + "-configuration-").contains(".json");
        });
    }

    @Test
    void moderationDecisionsAndStaffReadingAConversationAreRecordedWithTheModerator() {
        Programme p = programme();
        acting().asPerson(p.ref(), p.ownerId(), Roles.OWNER, () -> {
            activations.enable(MentoringPlugin.ID);
            return null;
        });
        String moderatorEmail = "mo@" + p.slug() + ".example";
        String moderator = acting().person(p.ref(), moderatorEmail, "Mo Moderator", Roles.MODERATOR);
        String mentee = acting().person(p.ref(), "mia@" + p.slug() + ".example", "Mia Mentee", MentoringPlugin.MENTEE);
        String mentor = acting().person(p.ref(), "amara@" + p.slug() + ".example", "Amara Adeyemi", MentoringPlugin.MENTOR);
        LocalDate today = LocalDate.now(Vetting.UK);
        acting().as(p.ref(), Roles.MODERATOR, () -> vetting.record(mentor, CheckType.ENHANCED, today.minusMonths(1), today.plusYears(2), today));
        Match match = acting().as(p.ref(), Roles.OWNER,
                () -> matches.make(new Matches.Pair(mentee, mentor, 3, "Career area 3"), today, "http://" + p.host()));
        Message first = acting().asPerson(p.ref(), mentee, MentoringPlugin.MENTEE,
                () -> conversations.send(match.getId(), null, "easier to text me on oh seven seven double oh 900 123"));
        Message second = acting().asPerson(p.ref(), mentee, MentoringPlugin.MENTEE,
                () -> conversations.send(match.getId(), null, "my insta is mia_m_2009"));
        assertThat(List.of(first.getStatus(), second.getStatus())).containsOnly(Message.Status.HELD);

        Site staff = Flows.signedIn(p.host(), moderatorEmail);
        Page approved = staff.get("/mentoring/review.xhtml").form("review").press("Approve the message from Mia Mentee");
        assertThat(approved.status()).isEqualTo(200);
        Page rejecting = staff.get("/mentoring/review.xhtml").form("review").press("Redact or reject the message from Mia Mentee");
        Page rejected = rejecting.form("review").set("reason", "Social media names stay off the platform").submit("reject");
        assertThat(rejected.messages()).contains("Rejected; the sender sees your reason.");
        assertThat(staff.get("/mentoring/conversation.xhtml?match=" + match.getId()).status()).isEqualTo(200);

        List<AuditEntry> mentoring = entries(p, new AuditQuery(null, "mentoring.", null, null, null));
        AuditEntry approval = mentoring.stream().filter(e -> e.getAction().equals("mentoring.message.approved")).findFirst().orElseThrow();
        AuditEntry rejection = mentoring.stream().filter(e -> e.getAction().equals("mentoring.message.rejected")).findFirst().orElseThrow();
        assertThat(Set.of(approval.getRecordId(), rejection.getRecordId())).as("one entry for each message decided")
                .containsExactlyInAnyOrder(first.getId(), second.getId());
        assertThat(rejection.getDetail()).isEqualTo("Social media names stay off the platform");
        assertThat(mentoring).filteredOn(e -> e.getAction().equals("mentoring.conversation.read")).singleElement()
                .satisfies(e -> assertThat(e.getRecordId()).isEqualTo(match.getId()));
        assertThat(mentoring).as("decisions and reading, nothing else, all by the moderator").hasSize(3).allSatisfy(e -> {
            assertPerson(e, moderator, "Mo Moderator", "moderator");
            assertThat(e.getRecordType()).isIn("message", "match");
        });
    }

    // ---- Searching, paging and exporting, for owners only --------------------------------------------

    @Test
    void ownersSearchPageAndExportTheTrailOnThePage() {
        Programme p = programme();
        String pat = fillers(p, 60);
        Site owner = Flows.signedIn(p.host(), p.ownerEmail());

        Page first = owner.get("/admin/audit.xhtml?action=test.filler");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.html().getElementById("results").text()).isEqualTo("Entries 1 to 50 of 60");
        assertThat(rows(first)).hasSize(50).allSatisfy(row -> assertThat(row.text()).contains("test.filler"));
        assertThat(first.html().getElementById("newer")).isNull();
        String older = first.html().getElementById("older").attr("href");
        Page second = owner.get(older.substring(older.indexOf("/admin/")));
        assertThat(second.html().getElementById("results").text()).isEqualTo("Entries 51 to 60 of 60");
        assertThat(rows(second)).hasSize(10);
        List<String> details = new ArrayList<>(fillerNumbers(rows(first)));
        details.addAll(fillerNumbers(rows(second)));
        assertThat(details).as("the two pages hold every entry once").hasSize(60)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 60).mapToObj(n -> "filler " + n).toList());
        assertThat(second.html().getElementById("newer")).isNotNull();
        assertThat(second.html().getElementById("older")).isNull();

        assertThat(total(owner, "?action=TEST.FILLER")).as("an action's start, any case").isEqualTo("Entries 1 to 50 of 60");
        assertThat(total(owner, "?person=" + pat)).as("by account id").isEqualTo("Entries 1 to 50 of 60");
        Page byRecord = owner.get("/admin/audit.xhtml?record=rec-7");
        assertThat(rows(byRecord)).singleElement().satisfies(row -> assertThat(row.text()).contains("thing").contains("rec-7")
                .contains("filler 7").contains("Tester (member)"));
        Page byName = owner.get("/admin/audit.xhtml?person=olu");
        assertThat(rows(byName)).isNotEmpty().allSatisfy(row -> assertThat(row.text()).contains("Olu Owner (owner)"));
        String today = LocalDate.now(AuditQuery.UK).toString();
        assertThat(total(owner, "?action=test.filler&from=" + today + "&to=" + today)).isEqualTo("Entries 1 to 50 of 60");
        assertThat(total(owner, "?action=test.filler&to=" + LocalDate.now(AuditQuery.UK).minusDays(1))).isEqualTo("No entries");
        assertThat(total(owner, "?action=test.filler&from=" + LocalDate.now(AuditQuery.UK).plusDays(1))).isEqualTo("No entries");
        Page backwards = owner.get("/admin/audit.xhtml?from=" + today + "&to=" + LocalDate.now(AuditQuery.UK).minusDays(1));
        assertThat(backwards.status()).isEqualTo(200);
        assertThat(backwards.text()).contains("The last day comes before the first");
        assertThat(rows(backwards)).isEmpty();

        Site.Download csv = owner.get("/admin/audit.xhtml?action=test.filler").form("export").download("csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = new String(csv.bytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", AuditEntries.CSV_COLUMNS));
        assertThat(lines.subList(1, lines.size())).as("every matching entry, not just a page").hasSize(60)
                .allSatisfy(line -> assertThat(line).contains(",test.filler,thing,rec-").contains("," + pat + ","));
        assertThat(entries(p, new AuditQuery(null, "download", "/admin/audit.xhtml", null, null))).singleElement()
                .satisfies(e -> assertPerson(e, p.ownerId(), "Olu Owner", "owner"));
    }

    @Test
    void ownersTokensReadTheTrailThroughTheApiAsJsonOrCsv() {
        Programme p = programme();
        String pat = fillers(p, 60);
        Api api = Api.on(p.host(), Flows.createToken(Flows.signedIn(p.host(), p.ownerEmail()), "Trail reader", Roles.OWNER));

        Api.Reply page = api.get("/audit?action=test.filler&max=10");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        JsonObject json = page.json();
        assertThat(json.getJsonNumber("total").longValue()).isEqualTo(60);
        assertThat(json.getInt("first")).isZero();
        List<JsonObject> shown = json.getJsonArray("entries").getValuesAs(JsonObject.class);
        assertThat(shown).hasSize(10).allSatisfy(entry -> {
            assertThat(entry.getString("action")).isEqualTo("test.filler");
            assertThat(entry.getString("actorKind")).isEqualTo("PERSON");
            assertThat(entry.getString("actorId")).isEqualTo(pat);
            assertThat(entry.getJsonArray("actorRoles").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                    .containsExactly("member");
            assertThat(entry.getString("id")).isNotBlank();
        });
        List<JsonObject> all = api.get("/audit?action=test.filler&max=500").json().getJsonArray("entries").getValuesAs(JsonObject.class);
        List<Instant> times = all.stream().map(entry -> Instant.parse(entry.getString("at"))).toList();
        assertThat(times).as("newest first").isSortedAccordingTo(Comparator.reverseOrder());
        List<JsonObject> last = api.get("/audit?action=test.filler&first=50&max=50").json().getJsonArray("entries").getValuesAs(JsonObject.class);
        assertThat(last).hasSize(10);
        assertThat(last).extracting(entry -> entry.getString("id")).as("the last page is the end of the whole list")
                .containsExactlyElementsOf(all.subList(50, 60).stream().map(entry -> entry.getString("id")).toList());

        JsonObject one = api.get("/audit?record=rec-7").json();
        assertThat(one.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(one.getJsonArray("entries").getJsonObject(0).getString("recordType")).isEqualTo("thing");
        assertThat(api.get("/audit?person=" + pat).json().getJsonNumber("total").longValue()).isEqualTo(60);
        String today = LocalDate.now(AuditQuery.UK).toString();
        assertThat(api.get("/audit?action=test.filler&from=" + today + "&to=" + today).json().getJsonNumber("total").longValue()).isEqualTo(60);
        assertThat(api.get("/audit?action=test.filler&from=" + LocalDate.now(AuditQuery.UK).plusDays(1)).json().getJsonNumber("total").longValue())
                .isZero();
        assertThat(api.get("/audit?action=test.filler&to=" + LocalDate.now(AuditQuery.UK).minusDays(1)).json().getJsonNumber("total").longValue())
                .isZero();
        Flows.assertProblem(api.get("/audit?from=" + today + "&to=" + LocalDate.now(AuditQuery.UK).minusDays(1)), 422);
        Flows.assertProblem(api.get("/audit?from=yesterday"), 422);
        Flows.assertProblem(api.get("/audit?max=501"), 422);
        Flows.assertProblem(api.get("/audit?first=-1"), 422);
        Flows.assertProblem(api.get("/audit?format=xml"), 422);

        Api.Reply csv = api.get("/audit?action=test.filler&format=csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", AuditEntries.CSV_COLUMNS));
        assertThat(lines.subList(1, lines.size())).hasSize(60).allSatisfy(line -> assertThat(line).contains(",test.filler,thing,rec-"));
    }

    @Test
    void onlyOwnersReadTheTrailAndEveryoneElseIsRefusedWithoutAnError() {
        Programme p = programme();
        fillers(p, 1);
        String studentEmail = "sam@" + p.slug() + ".example";
        String moderatorEmail = "mo@" + p.slug() + ".example";
        acting().person(p.ref(), studentEmail, "Sam Student", "student");
        acting().person(p.ref(), moderatorEmail, "Mo Moderator", Roles.MODERATOR);
        Site owner = Flows.signedIn(p.host(), p.ownerEmail());
        String moderatorToken = Flows.createToken(owner, "Moderators' tool", Roles.MODERATOR);

        for (String email : List.of(studentEmail, moderatorEmail)) {
            Site someone = Flows.signedIn(p.host(), email);
            Page page = someone.get("/admin/audit.xhtml");
            assertThat(page.status()).as(email + " opening the page").isEqualTo(403);
            assertThat(page.body()).doesNotContain("test.filler");
            Api.Reply api = Api.asBrowser(someone).get("/audit");
            assertThat(api.status()).as(email + " through the API: " + api).isEqualTo(403);
            assertThat(api.body()).doesNotContain("test.filler");
            assertThat(Api.asBrowser(someone).get("/audit?format=csv").status()).isEqualTo(403);
        }
        Page anonymous = new Site(p.host()).get("/admin/audit.xhtml?action=test");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.redirectPath()).startsWith("/login.xhtml");
        Api.Reply nobody = Api.on(p.host(), null).get("/audit");
        assertThat(nobody.status()).as(nobody.toString()).isEqualTo(401);
        assertThat(nobody.body()).doesNotContain("test.filler");
        Api.Reply wrongRole = Api.on(p.host(), moderatorToken).get("/audit?format=csv");
        assertThat(wrongRole.status()).as("a moderator's token: " + wrongRole).isEqualTo(403);
        assertThat(wrongRole.body()).doesNotContain("test.filler");

        assertThat(Api.asBrowser(owner).get("/audit").status()).as("and the owner, signed in, may").isEqualTo(200);
        assertThat(owner.get("/admin/audit.xhtml").status()).isEqualTo(200);
    }

    // ---- Append only --------------------------------------------------------------------------------

    @Test
    void noRequestToTheApiChangesOrRemovesAnEntry() {
        Programme p = programme();
        fillers(p, 1);
        Site owner = Flows.signedIn(p.host(), p.ownerEmail());
        String secret = Flows.createToken(owner, "Tamperer", Roles.OWNER);
        Api api = Api.on(p.host(), secret);
        JsonObject before = api.get("/audit?action=test.filler").json().getJsonArray("entries").getJsonObject(0);
        String id = before.getString("id");

        for (String path : List.of("/api/v1/audit", "/api/v1/audit/" + id)) {
            for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
                for (boolean token : List.of(true, false)) {
                    Site from = token ? new Site(p.host()) : owner;
                    HttpRequest.Builder request = from.request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                            .method(method, method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString("{\"action\": \"rewritten\", \"detail\": \"rewritten\"}"));
                    Page answer = from.send(token ? request.header("Authorization", "Bearer " + secret) : request);
                    // An owner's token gets as far as the resource, which has no such method; a session counts on the API only for
                    // reading, so a signed-in browser's write is refused before it (WayfinderAuthentication).
                    assertThat(answer.status()).as(method + " " + path + (token ? " with a token" : " signed in") + ": " + answer.body())
                            .isIn(token ? List.of(404, 405) : List.of(401));
                }
            }
        }

        JsonObject after = api.get("/audit?record=" + before.getString("recordId")).json();
        assertThat(after.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(after.getJsonArray("entries").getJsonObject(0)).as("the entry as it was").isEqualTo(before);
        assertThat(api.get("/audit?action=rewritten").json().getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void theApplicationOffersNoWayToChangeAnEntryAndJpaRefusesToUpdateOrRemoveOne() {
        Programme p = programme();
        fillers(p, 1);
        String id = entries(p, new AuditQuery(null, "test.filler", null, null, null)).get(0).getId();
        Map<String, Consumer<AuditEntry>> attempts = new LinkedHashMap<>();
        attempts.put("a changed copy merged", entry -> {
            em.detach(entry);
            rewrite(entry);
            em.merge(entry);
        });
        attempts.put("a removal", em::remove);
        attempts.put("a bulk update", entry -> em.createQuery("UPDATE AuditEntry e SET e.detail = 'rewritten' WHERE e.id = :id")
                .setParameter("id", entry.getId()).executeUpdate());
        attempts.put("a bulk delete", entry -> em.createQuery("DELETE FROM AuditEntry e WHERE e.id = :id")
                .setParameter("id", entry.getId()).executeUpdate());

        attempts.forEach((attempt, work) -> {
            assertThatThrownBy(() -> tenancy.callAs(p.ref(), () -> {
                work.accept(managed(p, id));
                em.flush();
                return null;
            })).as(attempt).hasStackTraceContaining("An audit entry is never changed or removed");
            assertThat(storedDetail(id)).as("the row in the database after " + attempt).isEqualTo("filler 0");
        });

        List<String> writers = Arrays.stream(AuditEntries.class.getMethods()).filter(m -> !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName).filter(name -> name.matches("(?i)(remove|delete|update|change|set|merge|erase|edit|replace|put).*"))
                .toList();
        assertThat(writers).as("the repository's public methods that could change or remove an entry").isEmpty();
    }

    // ---- One programme's trail is its own ------------------------------------------------------------

    @Test
    void aProgrammeSeesNothingOfAnothersTrailOnThePageInTheCsvOrThroughTheApi() {
        Programme a = programme();
        Programme b = programme();
        Site ownerA = Flows.signedIn(a.host(), a.ownerEmail());
        String secretA = Flows.createToken(ownerA, "A's reader", Roles.OWNER);
        String marker = "secret-" + UUID.randomUUID();
        acting().asPerson(a.ref(), a.ownerId(), Roles.OWNER, () -> {
            auditTrail.record("test.secret", "thing", marker, "only for " + a.slug());
            return null;
        });
        assertThat(entries(a, new AuditQuery(null, "test.secret", marker, null, null))).as("A sees its own").hasSize(1);

        Site ownerB = Flows.signedIn(b.host(), b.ownerEmail());
        String secretB = Flows.createToken(ownerB, "B's reader", Roles.OWNER);
        List<String> ofA = List.of(a.ownerId(), marker, a.slug(), "test.secret", "A's reader");

        Page all = ownerB.get("/admin/audit.xhtml");
        assertThat(rows(all)).as("B's own entries are listed").isNotEmpty();
        assertThat(all.body()).doesNotContain(ofA.toArray(String[]::new));
        for (String search : List.of("?person=" + a.ownerId(), "?record=" + marker, "?action=test.secret", "?record=" + a.ownerId())) {
            Page found = ownerB.get("/admin/audit.xhtml" + search);
            assertThat(found.html().getElementById("results").text()).as(search).isEqualTo("No entries");
            assertThat(rows(found)).isEmpty();
        }
        Site.Download csv = ownerB.get("/admin/audit.xhtml").form("export").download("csv");
        String csvText = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(csvText).as("B's CSV holds B's entries").contains(b.ownerId());
        assertThat(csvText).doesNotContain(ofA.toArray(String[]::new));

        Api apiB = Api.on(b.host(), secretB);
        Api.Reply everything = apiB.get("/audit?max=500");
        assertThat(everything.status()).isEqualTo(200);
        assertThat(everything.body()).contains(b.ownerId()).doesNotContain(ofA.toArray(String[]::new));
        assertThat(everything.json().getJsonArray("entries")).hasSize(everything.json().getInt("total"));
        assertThat(apiB.get("/audit?record=" + marker).json().getJsonNumber("total").longValue()).isZero();
        assertThat(apiB.get("/audit?person=" + a.ownerId()).json().getJsonNumber("total").longValue()).isZero();
        assertThat(apiB.get("/audit?format=csv").body()).contains(b.ownerId()).doesNotContain(ofA.toArray(String[]::new));

        assertThat(Api.on(b.host(), secretA).get("/audit").status()).as("A's token on B").isEqualTo(401);
        Site replayed = new Site(b.host());
        replayed.replayCookiesOf(ownerA);
        assertThat(replayed.get("/admin/audit.xhtml").status()).as("A's session on B").isEqualTo(302);
        assertThat(entries(b, AuditQuery.everything())).extracting(AuditEntry::getRecordId).doesNotContain(marker, a.ownerId());
        assertThat(entries(b, AuditQuery.everything())).extracting(AuditEntry::getActorId).doesNotContain(a.ownerId());
    }

    // ---- Helpers -------------------------------------------------------------------------------------

    /** A programme of this test's own with an owner, Olu Owner, who signs in with the demo password. */
    private record Programme(TenantRef ref, String slug, String name, String host, String ownerEmail, String ownerId) {
    }

    private Programme programme() {
        String slug = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Audit " + slug;
        TenantRef ref = tenants.create(slug, name);
        String email = "olu@" + slug + ".example";
        String owner = acting().person(ref, email, "Olu Owner", Roles.OWNER);
        return new Programme(ref, slug, name, slug + ".localhost", email, owner);
    }

    /**
     * Entries written through the port, each in a transaction of its own, by a member of the programme,
     * Pat: {@code test.filler} to {@code thing rec-<n>}, detail {@code filler <n>}. Pat's account id.
     */
    private String fillers(Programme p, int count) {
        String pat = acting().person(p.ref(), "pat@" + p.slug() + ".example", "Pat Person", Roles.MEMBER);
        for (int i = 0; i < count; i++) {
            int n = i;
            acting().asPerson(p.ref(), pat, Roles.MEMBER, () -> {
                auditTrail.record("test.filler", "thing", "rec-" + n, "filler " + n);
                return null;
            });
        }
        return pat;
    }

    private static List<String> fillerNumbers(List<Element> rows) {
        return rows.stream().map(row -> row.select("td").get(4).ownText().strip()).toList();
    }

    private List<AuditEntry> entries(Programme p, AuditQuery query) {
        return acting().as(p.ref(), Roles.OWNER, () -> auditEntries.search(query, 0, AuditEntries.MAX_PAGE));
    }

    /** An entry's detail as the database holds it, read with plain SQL past every cache; null when there is no such row. */
    private String storedDetail(String id) {
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.PreparedStatement select = connection.prepareStatement("SELECT detail FROM audit_entry WHERE id = ?")) {
            select.setString(1, id);
            try (java.sql.ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes an entry's detail as code holding the object could, past the (absent) setters. */
    private static void rewrite(AuditEntry entry) {
        try {
            Field detail = AuditEntry.class.getDeclaredField("detail");
            detail.setAccessible(true);
            detail.set(entry, "rewritten");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private AuditEntry managed(Programme p, String id) {
        em.setProperty(TenantOwned.TENANT_PROPERTY, p.ref().id());
        return em.find(AuditEntry.class, id);
    }

    private static void assertPerson(AuditEntry entry, String accountId, String name, String roles) {
        assertThat(entry.getActorKind()).as("who: " + entry.getActorName()).isEqualTo(AuditEntry.ActorKind.PERSON);
        assertThat(entry.getActorId()).isEqualTo(accountId);
        assertThat(entry.getActorName()).isEqualTo(name);
        assertThat(entry.getActorRoles()).isEqualTo(roles);
    }

    private static List<Element> rows(Page page) {
        return page.html().select("#entries tbody tr:not(.ui-datatable-empty-message)");
    }

    private static String total(Site owner, String search) {
        return owner.get("/admin/audit.xhtml" + search).html().getElementById("results").text();
    }

    private Acting acting() {
        return new Acting(currentUser, tenancy, accounts);
    }
}
