package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wayfinder.config.branding.BrandingChanges;
import org.wayfinder.config.branding.BrandingEditor;
import org.wayfinder.config.configuration.ConfigurationExporter;
import org.wayfinder.config.configuration.ConfigurationImporter;
import org.wayfinder.config.configuration.ImportReport;
import org.wayfinder.config.configuration.TenantConfiguration;
import org.wayfinder.config.notice.NoticeEditor;
import org.wayfinder.config.notice.NoticeKind;
import org.wayfinder.platform.audit.AuditEntries;
import org.wayfinder.platform.audit.AuditEntry;
import org.wayfinder.platform.audit.AuditQuery;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.json.Json;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * The accessibility statement and privacy notice every programme's site carries: the template a new
 * programme shows, the owner's editor (its checks, its preview, going back to the template, the audit
 * trail), the public pages and the footer's links to them, and who may not edit them, under any
 * spelling of the editor's address, nor see another programme's. Runs in the server: programmes are
 * made through the services, and their sites visited over HTTP as people would.
 */
@ExtendWith(ArquillianExtension.class)
class NoticesIT {

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
    BrandingEditor branding;

    @Inject
    NoticeEditor notices;

    @Inject
    AuditEntries audit;

    @Inject
    ConfigurationExporter exporter;

    @Inject
    ConfigurationImporter importer;

    // ---- The template ----------------------------------------------------------------------------

    @Test
    void aNewProgrammeShowsTheTemplateFilledInWithItsNameAndContactAndSaysWhatIsLeftToWrite() {
        Programme programme = newProgramme();
        acting().as(programme.ref, Roles.OWNER, () -> {
            BrandingChanges look = branding.current();
            branding.save(new BrandingChanges(look.name(), look.description(), look.primary(), look.accent(), look.welcomeText(),
                    List.of(new BrandingChanges.Link("Contact us", "mailto:careers@" + programme.ref.slug() + ".example")), ""));
            return null;
        });

        Page privacy = new Site(programme.host).get("/privacy.xhtml");
        assertThat(privacy.status()).as(privacy.toString()).isEqualTo(200);
        assertThat(privacy.html().selectFirst("#notice h1").text()).isEqualTo("Privacy notice");
        String text = privacy.html().selectFirst("#notice").text();
        assertThat(text).contains("how " + programme.ref.name() + " uses information about you")
                .contains("email: careers@" + programme.ref.slug() + ".example")
                .contains("[To complete: the name and address of the NHS organisation that runs the programme]")
                .contains("Information Commissioner's Office");
        assertThat(privacy.html().getElementById("incomplete")).as("visitors are told the notice is not finished").isNotNull();
        assertThat(privacy.html().select("#notice h2").eachText()).contains("Who we are", "What we hold about you", "Your rights");

        Page accessibility = new Site(programme.host).get("/accessibility.xhtml");
        assertThat(accessibility.status()).isEqualTo(200);
        assertThat(accessibility.html().selectFirst("#notice h1").text()).isEqualTo("Accessibility statement");
        assertThat(accessibility.html().selectFirst("#notice").text()).contains("This accessibility statement applies to " + programme.ref.name())
                .contains("WCAG").contains("[To complete:");
    }

    // ---- The owner's editor ----------------------------------------------------------------------

    @Test
    void anOwnersTextShowsOnThePublicPageAsTextNeverAsMarkupAndIsInTheAuditTrail() {
        Programme programme = newProgramme();
        Site owner = Flows.signedIn(programme.host, programme.ownerEmail);
        Page editor = owner.get("/admin/notices.xhtml");
        assertThat(editor.status()).as(editor.toString()).isEqualTo(200);
        assertThat(editor.form("privacy").value("text")).as("the editor starts from the template").contains(programme.ref.name())
                .contains("[To complete:");
        String typed = """
                ## Who runs this
                <script>alert('notice')</script> Example Trust runs this programme.
                Trust HQ
                1 High Street

                - your name
                - your <b>email</b>""";

        Page saved = editor.form("privacy").set("text", typed).submit("save");

        assertThat(saved.messages()).as(saved.toString()).anyMatch(m -> m.startsWith("Saved."));
        Page shown = new Site(programme.host).get("/privacy.xhtml");
        Element notice = shown.html().selectFirst("#notice");
        assertThat(notice.select("script, b")).as("nothing the owner typed is markup").isEmpty();
        assertThat(shown.body()).doesNotContain("<script>alert('notice')").contains("&lt;script&gt;alert('notice')&lt;/script&gt;");
        assertThat(notice.select("h2").eachText()).containsExactly("Who runs this");
        assertThat(notice.select(".notice-text p").first().wholeText())
                .isEqualTo("<script>alert('notice')</script> Example Trust runs this programme.\nTrust HQ\n1 High Street");
        assertThat(notice.select(".notice-text li").eachText()).containsExactly("your name", "your <b>email</b>");
        assertThat(shown.html().getElementById("incomplete")).as("nothing is left to complete").isNull();
        assertThat(notice.selectFirst("p.help").text()).contains("last updated");
        assertThat(new Site(programme.host).get("/accessibility.xhtml").html().getElementById("incomplete"))
                .as("the other notice is still the template").isNotNull();

        AuditEntry entry = acting().as(programme.ref, Roles.OWNER,
                () -> audit.search(new AuditQuery(null, NoticeEditor.CHANGED, "privacy", null, null), 0, 10)).get(0);
        assertThat(entry.getActorId()).isEqualTo(programme.ownerId);
        assertThat(entry.getRecordType()).isEqualTo("notice");
        assertThat(entry.getBefore()).startsWith("(the template)").contains(programme.ref.name());
        assertThat(entry.getAfter()).isEqualTo(typed.replace("\r\n", "\n"));
    }

    @Test
    void thePreviewShowsTheTypedTextWithoutSavingIt() {
        Programme programme = newProgramme();
        Site owner = Flows.signedIn(programme.host, programme.ownerEmail);
        Page previewed = owner.get("/admin/notices.xhtml").form("accessibility").set("text", "## Our promise\nEvery page works by keyboard.")
                .submit("preview");

        assertThat(previewed.html().select("#accessibility-preview h2").eachText()).containsExactly("Our promise");
        assertThat(previewed.html().getElementById("accessibility:text").wholeText()).contains("Every page works by keyboard.");
        assertThat(new Site(programme.host).get("/accessibility.xhtml").text()).doesNotContain("Every page works by keyboard.");
        assertThat(acting().as(programme.ref, Roles.OWNER, () -> audit.count(new AuditQuery(null, "notice.", null, null, null))))
                .as("a preview changes nothing").isZero();
    }

    @Test
    void anEmptyOrTooLongNoticeIsRefusedWithAMessageBesideItAndNothingIsSaved() {
        Programme programme = newProgramme();
        Site owner = Flows.signedIn(programme.host, programme.ownerEmail);

        Page empty = owner.get("/admin/notices.xhtml").form("privacy").set("text", "  \n ").submit("save");
        assertThat(empty.messageFor("privacy:text")).isEqualTo("Write the privacy notice, or reset it to the template.");
        assertThat(empty.html().select(".error-summary a").eachText()).contains("Write the privacy notice, or reset it to the template.");

        Page tooLong = owner.get("/admin/notices.xhtml").form("privacy").set("text", "x".repeat(NoticeEditor.MAX_LENGTH + 1)).submit("save");
        assertThat(tooLong.messageFor("privacy:text")).isEqualTo("The privacy notice is 20,001 characters long; keep it to 20,000.");
        assertThat(tooLong.html().getElementById("privacy:text").wholeText()).as("what was typed stays").hasSize(NoticeEditor.MAX_LENGTH + 1);

        Page longHeading = owner.get("/admin/notices.xhtml").form("accessibility").set("text", "## " + "h".repeat(151) + "\nText")
                .submit("save");
        assertThat(longHeading.messageFor("accessibility:text")).startsWith("Keep each heading to 150 characters; this one is 151");

        assertThat(acting().as(programme.ref, Roles.OWNER, () -> notices.shown(NoticeKind.PRIVACY).edited())).isFalse();
        assertThat(acting().as(programme.ref, Roles.OWNER, () -> notices.shown(NoticeKind.ACCESSIBILITY).edited())).isFalse();
    }

    @Test
    void resettingToTheTemplateAsksFirstThenPutsTheTemplateBackAndIsAudited() {
        Programme programme = newProgramme();
        Site owner = Flows.signedIn(programme.host, programme.ownerEmail);
        String ours = "Our own privacy words " + UUID.randomUUID();
        owner.get("/admin/notices.xhtml").form("privacy").set("text", ours).submit("save");
        assertThat(new Site(programme.host).get("/privacy.xhtml").text()).contains(ours);

        Page asked = owner.get("/admin/notices.xhtml").form("privacy").submit("reset");
        assertThat(asked.html().getElementById("privacy-confirm")).as(asked.toString()).isNotNull();
        assertThat(asked.html().getElementById("privacy-confirm").text()).contains("Reset the privacy notice to the template?");
        assertThat(new Site(programme.host).get("/privacy.xhtml").text()).as("asking changes nothing").contains(ours);

        Page kept = asked.form("privacy").submit("keep");
        assertThat(kept.html().getElementById("privacy-confirm")).isNull();
        assertThat(new Site(programme.host).get("/privacy.xhtml").text()).contains(ours);

        Page reset = kept.form("privacy").submit("reset").form("privacy").submit("confirmReset");
        assertThat(reset.messages()).as(reset.toString()).anyMatch(m -> m.startsWith("The privacy notice is the template again."));
        assertThat(reset.form("privacy").value("text")).contains("[To complete:");
        Page shown = new Site(programme.host).get("/privacy.xhtml");
        assertThat(shown.text()).doesNotContain(ours).contains("[To complete:");

        AuditEntry entry = acting().as(programme.ref, Roles.OWNER,
                () -> audit.search(new AuditQuery(null, NoticeEditor.RESET, null, null, null), 0, 10)).get(0);
        assertThat(entry.getRecordId()).isEqualTo("privacy");
        assertThat(entry.getBefore()).isEqualTo(ours);
        assertThat(entry.getAfter()).startsWith("(the template)");
    }

    // ---- The footer --------------------------------------------------------------------------------

    @Test
    void everyPagesFooterLinksToBothNoticesSignedInOrNot() {
        for (Site visitor : List.of(new Site(Site.HORIZONS), Flows.signedIn(Site.HORIZONS, "student@horizons.example"),
                Flows.signedIn(Site.ZONE, "moderator@zone.example"))) {
            for (String page : List.of("/", "/account/index.xhtml", "/login.xhtml")) {
                Page answer = visitor.get(page);
                if (answer.status() != 200) {
                    continue;
                }
                assertThat(answer.html().select("footer a#footer-accessibility").attr("href")).as(page).isEqualTo("/accessibility.xhtml");
                assertThat(answer.html().select("footer a#footer-privacy").attr("href")).as(page).isEqualTo("/privacy.xhtml");
            }
            assertThat(visitor.get("/privacy.xhtml").status()).isEqualTo(200);
            assertThat(visitor.get("/accessibility.xhtml").status()).isEqualTo(200);
        }
        Page home = new Site(Site.HORIZONS).get("/");
        assertThat(home.html().select("footer a").eachText()).as("the programme's own links stay")
                .startsWith("Accessibility statement", "Privacy notice").contains("NHS careers");
        Page signedInHome = Flows.signedIn(Site.HORIZONS, "student@horizons.example").get("/account/index.xhtml");
        assertThat(signedInHome.status()).isEqualTo(200);
        assertThat(signedInHome.html().select("footer a#footer-privacy")).isNotEmpty();
    }

    // ---- Who may edit ------------------------------------------------------------------------------

    @Test
    void onlyTheOwnerOpensOrPostsTheEditorUnderAnySpellingOfItsAddress() {
        Programme programme = newProgramme();
        String student = programme.person("student", Roles.MEMBER);
        String moderator = programme.person("moderator", Roles.MODERATOR);
        Site owner = Flows.signedIn(programme.host, programme.ownerEmail);
        Form ownersForm = owner.get("/admin/notices.xhtml").form("privacy").set("text", "Taken over " + UUID.randomUUID());

        List<String> spellings = List.of("/admin/notices.xhtml", "//admin/notices.xhtml", "/admin/./notices.xhtml", "/ADMIN/notices.xhtml",
                "/Admin/notices.xhtml", "/admin/notices.xhtml;jsessionid=ABC123", "/admin;x=1/notices.xhtml", "/%61dmin/notices.xhtml",
                "/nothing/../admin/notices.xhtml", "/admin//notices.xhtml");
        for (Site visitor : List.of(new Site(programme.host), Flows.signedIn(programme.host, student),
                Flows.signedIn(programme.host, moderator))) {
            boolean signedIn = !visitor.cookies().isEmpty();
            for (String address : spellings) {
                Page answer = visitor.get(address);
                String as = address + " as " + (signedIn ? "someone signed in without the role" : "a visitor") + ": " + answer.status()
                        + " " + answer.header("Location");
                for (int hops = 0; answer.status() == 301 && hops < 3; hops++) {
                    answer = answer.follow();
                }
                assertThat(answer.status()).as(as).isIn(302, 400, 403, 404);
                if (answer.status() == 302) {
                    assertThat(answer.redirectPath()).as(as).startsWith("/login.xhtml?next=");
                }
                assertThat(answer.body()).as(as).doesNotContain("Accessibility and privacy");
            }
            Page posted = visitor.post("/admin/notices.xhtml", ownersForm.fieldsFor("save", fields -> { }));
            assertThat(posted.status()).as("a post as " + visitor.cookies()).isIn(302, 400, 403);
        }
        assertThat(acting().as(programme.ref, Roles.OWNER, () -> notices.shown(NoticeKind.PRIVACY).edited())).as("nothing was saved").isFalse();

        for (String role : List.of(Roles.MODERATOR, Roles.MEMBER)) {
            assertThatThrownBy(() -> acting().as(programme.ref, role, () -> notices.save(NoticeKind.PRIVACY, "Ours")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting().as(programme.ref, role, () -> notices.reset(NoticeKind.PRIVACY)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    // ---- Programmes apart --------------------------------------------------------------------------

    @Test
    void aProgrammeNeverShowsOrEditsAnotherProgrammesNotice() {
        Programme first = newProgramme();
        Programme second = newProgramme();
        String marker = "Only the first programme says this " + UUID.randomUUID();
        Site firstOwner = Flows.signedIn(first.host, first.ownerEmail);
        firstOwner.get("/admin/notices.xhtml").form("privacy").set("text", marker).submit("save");

        assertThat(new Site(first.host).get("/privacy.xhtml").text()).contains(marker);
        Page other = new Site(second.host).get("/privacy.xhtml");
        assertThat(other.text()).doesNotContain(marker).contains(second.ref.name()).doesNotContain(first.ref.name());
        assertThat(acting().as(second.ref, Roles.OWNER, () -> notices.shown(NoticeKind.PRIVACY).edited())).isFalse();
        assertThat(acting().as(second.ref, Roles.OWNER, () -> notices.written(NoticeKind.PRIVACY))).isEmpty();

        Site replayed = new Site(second.host);
        replayed.replayCookiesOf(firstOwner);
        Page editor = replayed.get("/admin/notices.xhtml");
        assertThat(editor.status()).as("the first owner's session is nobody on the second site").isEqualTo(302);
        assertThat(editor.redirectPath()).startsWith("/login.xhtml");
    }

    // ---- The configuration export ------------------------------------------------------------------

    @Test
    void noticesTravelWithTheConfigurationAndAreCheckedOnImport() {
        Programme source = newProgramme();
        String text = "## About us\n<i>Run</i> by the trust " + UUID.randomUUID();
        acting().as(source.ref, Roles.OWNER, () -> notices.save(NoticeKind.PRIVACY, text));
        TenantConfiguration exported = acting().as(source.ref, Roles.OWNER, () -> exporter.export());
        assertThat(exported.notices().privacy()).isEqualTo(text);
        assertThat(exported.notices().accessibility()).as("a template is not exported").isNull();

        Programme copy = newProgramme();
        String json = Json.write(exported);
        ImportReport dryRun = acting().as(copy.ref, Roles.OWNER, () -> importer.dryRun(json));
        assertThat(dryRun.changes()).contains("The privacy notice is replaced by the document's.");
        assertThat(acting().as(copy.ref, Roles.OWNER, () -> importer.apply(json)).applied()).isTrue();
        assertThat(acting().as(copy.ref, Roles.OWNER, () -> notices.written(NoticeKind.PRIVACY))).contains(text);
        assertThat(acting().as(copy.ref, Roles.OWNER, () -> notices.shown(NoticeKind.ACCESSIBILITY).edited())).isFalse();
        assertThat(new Site(copy.host).get("/privacy.xhtml").html().select("#notice i")).isEmpty();

        TenantConfiguration tooLong = new TenantConfiguration(exported.schema(), 1, exported.branding(), List.of(), List.of(), List.of(),
                new TenantConfiguration.Notices(null, "x".repeat(NoticeEditor.MAX_LENGTH + 1)), null);
        ImportReport refused = acting().as(copy.ref, Roles.OWNER, () -> importer.apply(Json.write(tooLong)));
        assertThat(refused.applied()).isFalse();
        assertThat(refused.problems()).extracting(FieldError::field).containsExactly("$.notices.privacy");
        TenantConfiguration longHeading = new TenantConfiguration(exported.schema(), 1, exported.branding(), List.of(), List.of(), List.of(),
                new TenantConfiguration.Notices("## " + "h".repeat(200), null), null);
        assertThat(acting().as(copy.ref, Roles.OWNER, () -> importer.apply(Json.write(longHeading))).problems())
                .extracting(FieldError::field).containsExactly("$.notices.accessibility");
        assertThat(acting().as(copy.ref, Roles.OWNER, () -> notices.written(NoticeKind.PRIVACY))).as("nothing applied").contains(text);
    }

    // ---- Helpers -----------------------------------------------------------------------------------

    /** A new programme with an owner who signs in with the demo password. */
    private record Programme(TenantRef ref, String host, String ownerEmail, String ownerId, Acting acting) {

        /** Someone of the programme with a role, who signs in with the demo password; their email. */
        String person(String who, String role) {
            String email = who + "@" + ref.slug() + ".example";
            acting.person(ref, email, who, role);
            return email;
        }
    }

    private Programme newProgramme() {
        String slug = "notices-" + UUID.randomUUID().toString().substring(0, 8);
        TenantRef ref = tenants.create(slug, "Notices " + slug);
        String ownerEmail = "owner@" + slug + ".example";
        String ownerId = acting().person(ref, ownerEmail, "Olu Owner", Roles.OWNER);
        return new Programme(ref, slug + ".localhost", ownerEmail, ownerId, acting());
    }

    private Acting acting() {
        return new Acting(currentUser, tenancy, accounts);
    }
}
