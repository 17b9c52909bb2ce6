package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The platform as its visitors and integrations meet it over HTTP: every demo programme on its own
 * host, signing in, registering, resetting passwords, roles, API tokens, problem documents and the
 * per-tenant plugin switch, including the cross-tenant and wrong-role cases.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebIT {

    static final String PASSWORD = Flows.PASSWORD;
    static final String REFUSED = "That email (or username) and password did not match an account here.";

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    // ---- Tenancy and branding -------------------------------------------------------------------

    @Test
    void eachDemoProgrammeIsServedWithItsOwnNameColoursAndLogo() {
        assertBranded(Site.HORIZONS, "Healthcare Horizons", "#005eb8");
        assertBranded(Site.ZONE, "Healthcare Zone", "#330072");

        Page platform = new Site(Site.PLATFORM).get("/");
        assertThat(platform.status()).isEqualTo(200);
        assertThat(platform.html().select(".programme-list a").eachText()).contains("Healthcare Horizons", "Healthcare Zone");
    }

    private static void assertBranded(String host, String name, String primary) {
        Site site = new Site(host);
        Page home = site.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.title()).contains(name);
        assertThat(home.html().selectFirst(".site-brand__name").text()).isEqualTo(name);
        String theme = home.html().select("link[rel=stylesheet]").eachAttr("href").stream()
                .filter(href -> href.startsWith("/branding/theme.css")).findFirst().orElseThrow();
        assertThat(site.get(theme).body()).contains("--wf-primary:" + primary);
        String logo = home.html().selectFirst("img.site-brand__logo").attr("src");
        assertThat(logo).startsWith("/branding/logo");
        Page image = site.get(logo);
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.header("Content-Type")).isEqualTo("image/png");
        assertThat(Integer.parseInt(image.header("Content-Length"))).isGreaterThan(1000);
    }

    /**
     * Every script, stylesheet and image a page links is addressed with its version, and kept by
     * browsers for a year; the page itself is not.
     */
    @Test
    void staticFilesAreAddressedByTheirVersionAndKeptForAYear() {
        Site mentee = Flows.signedIn(Site.HORIZONS, "student@horizons.example");
        Page home = mentee.get("/");
        List<String> files = new java.util.ArrayList<>();
        files.addAll(home.html().select("link[rel=stylesheet], link[rel=icon]").eachAttr("href"));
        files.addAll(home.html().select("script[src]").eachAttr("src"));
        assertThat(files).as("the site's stylesheet, the theme, PrimeFaces' and the site's scripts").anyMatch(f -> f.contains("/resources/css/site.css"))
                .anyMatch(f -> f.contains("/branding/theme.css")).anyMatch(f -> f.contains("ln=primefaces"))
                .anyMatch(f -> f.contains("site-menu.js"));
        for (String file : files) {
            assertThat(file).as(file + " carries its version").containsPattern("[?&]v=[0-9A-Za-z.\\-]+");
            Page got = mentee.get(file.replaceFirst("^https?://[^/]+", ""));
            assertThat(got.status()).as(file).isEqualTo(200);
            assertThat(got.header("Cache-Control")).as(file).isEqualTo("public, max-age=31536000, immutable");
        }
        Page site = mentee.get(home.html().select("link[href*=site.css]").attr("href"));
        assertThat(site.body()).as("the stylesheet itself").contains(".site-header");
        assertThat(String.valueOf(home.header("Cache-Control"))).as("a page is someone's own").doesNotContain("public");
        Page unversioned = mentee.get("/resources/css/site.css");
        assertThat(unversioned.header("Cache-Control")).as("without its version a file is not kept for a year").isNotEqualTo(
                "public, max-age=31536000, immutable");
    }

    @Test
    void anUnknownHostGetsA404PageAndNothingOfAnyProgramme() {
        for (String host : List.of("nowhere.localhost", "a.b.localhost", "evil.example")) {
            Page page = new Site(host).get("/");
            assertThat(page.status()).as(host).isEqualTo(404);
            assertThat(page.text()).contains("There is no programme at this address").doesNotContain("Healthcare");
            assertThat(new Site(host).get("/login.xhtml").status()).isEqualTo(404);
        }
        Api.Reply api = Api.on("nowhere.localhost", null).get("/me");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPausedProgrammeShowsThePausedPageAndRefusesSignIn() {
        Site owner = Flows.signedIn(Site.ZONE, "owner@zone.example");
        String token = Flows.createToken(owner, "Paused test", "owner");
        Site operator = Flows.signedIn(Site.PLATFORM, "operator@wayfinder.example");
        Page list = operator.get("/operator/index.xhtml");
        assertThat(list.status()).isEqualTo(200);
        try {
            Page paused = list.form("programmes").press("Pause Healthcare Zone");
            assertThat(paused.status()).isEqualTo(200);
            assertThat(paused.messages()).anyMatch(m -> m.contains("Healthcare Zone is paused"));

            Site visitor = new Site(Site.ZONE);
            Page home = visitor.get("/");
            assertThat(home.status()).isEqualTo(503);
            assertThat(home.text()).contains("This programme is paused").contains("Healthcare Zone");
            assertThat(visitor.get("/login.xhtml").status()).isEqualTo(503);
            assertThat(owner.get("/account/index.xhtml").status()).isEqualTo(503);
            assertThat(Api.on(Site.ZONE, token).get("/me").status()).isEqualTo(503);
            assertThat(new Site(Site.HORIZONS).get("/").status()).as("other programmes run on").isEqualTo(200);
        } finally {
            operator.get("/operator/index.xhtml").form("programmes").press("Resume Healthcare Zone");
        }
        assertThat(new Site(Site.ZONE).get("/").status()).isEqualTo(200);
        assertThat(Api.on(Site.ZONE, token).get("/me").status()).isEqualTo(200);
    }

    // ---- Signing in ----------------------------------------------------------------------------

    @Test
    void anAccountOfOneProgrammeCannotSignInOnAnother() {
        Page elsewhere = new Site(Site.ZONE).signIn("owner@horizons.example", PASSWORD);
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(elsewhere.messages()).anyMatch(m -> m.startsWith(REFUSED));
        Page operatorOnProgramme = new Site(Site.HORIZONS).signIn("operator@wayfinder.example", PASSWORD);
        assertThat(operatorOnProgramme.messages()).anyMatch(m -> m.startsWith(REFUSED));

        Page home = new Site(Site.HORIZONS).signIn("owner@horizons.example", PASSWORD);
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.redirectPath()).isEqualTo("/");
    }

    @Test
    void theAccountPageShowsThePersonsOwnNameAndAddress() {
        Site mentee = Flows.signedIn(Site.HORIZONS, "student@horizons.example");
        Site owner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        for (int visit = 0; visit < 2; visit++) {
            Page page = mentee.get("/account/index.xhtml");
            assertThat(page.html().select("#email").text()).isEqualTo("student@horizons.example");
            assertThat(page.html().select("#name").text()).isNotBlank().isNotEqualTo(owner.get("/account/index.xhtml").html().select("#name").text());
            assertThat(owner.get("/account/index.xhtml").html().select("#email").text()).as("visit %d", visit).isEqualTo("owner@horizons.example");
        }
    }

    @Test
    void aSessionFromOneProgrammeCountsForNothingOnAnother() {
        Site horizons = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        assertThat(horizons.get("/account/index.xhtml").status()).isEqualTo(200);

        Site zone = new Site(Site.ZONE);
        zone.replayCookiesOf(horizons);
        Page account = zone.get("/account/index.xhtml");
        assertThat(account.status()).isEqualTo(302);
        assertThat(account.redirectPath()).startsWith("/login.xhtml");
        assertThat(Api.asBrowser(zone).get("/me").status()).isEqualTo(401);
        assertThat(zone.get("/").text()).doesNotContain("Olivia");
    }

    @Test
    void signingInChangesTheSessionIdAndTheCookieIsHttpOnlyAndSameSite() {
        Site site = new Site(Site.HORIZONS);
        Page login = site.get("/login.xhtml");
        String cookie = login.headers("Set-Cookie").stream().filter(c -> c.startsWith("WAYFINDER_SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
        String before = site.cookies().get("WAYFINDER_SESSION");
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");

        Page signedIn = login.form("signIn").set("email", "owner@horizons.example").set("password", PASSWORD).submit("submit");

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).doesNotContainIgnoringCase("jsessionid");
        assertThat(site.cookies().get("WAYFINDER_SESSION")).isNotEqualTo(before);
        Site planted = new Site(Site.HORIZONS);
        planted.cookies().put("WAYFINDER_SESSION", before);
        assertThat(planted.get("/account/index.xhtml").status()).as("the pre-sign-in session id is worthless").isEqualTo(302);
        assertThat(site.get("/account/index.xhtml").body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void overHttpsTheSessionCookieIsAlsoSecure() throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        SSLParameters noHostnameCheck = new SSLParameters();
        noHostnameCheck.setEndpointIdentificationAlgorithm("");
        HttpClient https = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trustAll).sslParameters(noHostnameCheck).build();
        HttpResponse<String> response = https.send(HttpRequest.newBuilder(
                        URI.create("https://127.0.0.1:" + System.getProperty("it.https.port", "18181") + "/login.xhtml"))
                .header("Host", Site.HORIZONS).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("WAYFINDER_SESSION="))
                .singleElement().satisfies(c -> assertThat(c).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void pagesAndApiCarryTheSecurityHeaders() {
        Page page = new Site(Site.HORIZONS).get("/login.xhtml");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'").contains("script-src 'self' 'nonce-")
                .doesNotContain("unsafe-eval");
        assertThat(page.html().select("script:not([nonce])")).isEmpty();

        Api.Reply api = Api.on(Site.HORIZONS, null).get("/me");
        Page raw = new Site(Site.HORIZONS).get("/api/v1/me");
        assertThat(api.status()).isEqualTo(401);
        assertThat(raw.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(raw.header("Content-Security-Policy")).contains("default-src 'none'").contains("frame-ancestors 'none'");
    }

    @Test
    void whoMayOpenWhatDependsOnTheirRoleHere() {
        Page anonymous = new Site(Site.ZONE).get("/admin/api-tokens.xhtml");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.redirectPath()).isEqualTo("/login.xhtml?next=%2Fadmin%2Fapi-tokens.xhtml");

        Site moderator = Flows.signedIn(Site.ZONE, "moderator@zone.example");
        Page forbidden = moderator.get("/admin/api-tokens.xhtml");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.text()).contains("You cannot open this page");
        assertThat(moderator.get("/admin/plugins.xhtml").status()).isEqualTo(403);

        Site owner = Flows.signedIn(Site.ZONE, "owner@zone.example");
        assertThat(owner.get("/admin/api-tokens.xhtml").status()).isEqualTo(200);
        assertThat(owner.get("/operator/index.xhtml").status()).as("the operator console exists only on the platform's site").isEqualTo(404);

        Site operator = Flows.signedIn(Site.PLATFORM, "operator@wayfinder.example");
        assertThat(operator.get("/operator/index.xhtml").status()).isEqualTo(200);
    }

    @Test
    void signingInSendsPeopleBackToWhereTheyWereGoingButNeverOffSite() {
        Site site = new Site(Site.ZONE);
        Page login = site.get("/login.xhtml?next=%2Fadmin%2Fapi-tokens.xhtml");
        Page back = login.form("signIn").set("email", "owner@zone.example").set("password", PASSWORD).submit("submit");
        assertThat(back.redirectPath()).isEqualTo("/admin/api-tokens.xhtml");

        Site other = new Site(Site.ZONE);
        Page offSite = other.get("/login.xhtml?next=%2F%2Fevil.example%2F").form("signIn")
                .set("email", "owner@zone.example").set("password", PASSWORD).submit("submit");
        assertThat(URI.create(offSite.header("Location")).getHost()).isEqualTo(Site.ZONE);
        assertThat(offSite.redirectPath()).isEqualTo("/");
    }

    @Test
    void signingOutEndsTheSession() {
        Site site = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        Page account = site.get("/account/index.xhtml");
        Page forged = site.post("/sign-out", List.of(Map.entry("token", "not-the-session-token")));
        assertThat(forged.status()).as("a post without the session's token (another site's form)").isEqualTo(400);
        assertThat(forged.body()).doesNotContain("Exception");
        assertThat(site.post("/sign-out", List.of()).status()).as("nor without one").isEqualTo(400);
        assertThat(site.get("/sign-out").status()).as("a link cannot sign anyone out").isEqualTo(405);
        assertThat(site.get("/account/index.xhtml").status()).as("still signed in").isEqualTo(200);

        Page out = account.form("signOut").submit("button");
        assertThat(out.status()).isEqualTo(302);
        assertThat(out.redirectPath()).isEqualTo("/?signedOut=true");
        assertThat(site.get("/account/index.xhtml").status()).isEqualTo(302);
    }

    /** A page with no form of its own keeps no view state: the header's sign-out is a plain form. */
    @Test
    void aSignedInPageWithoutAFormOfItsOwnKeepsNoViewState() {
        Site mentee = Flows.signedIn(Site.HORIZONS, "student@horizons.example");
        Page home = mentee.get("/");
        assertThat(home.html().select("form#signOut input[name=token]").attr("value")).hasSizeGreaterThan(20);
        assertThat(home.html().select("input[name='jakarta.faces.ViewState']")).as("the home page has no view state").isEmpty();
        assertThat(mentee.get("/account/index.xhtml").html().select("form#signOut input[name=token]").attr("value"))
                .as("one token for the session").isEqualTo(home.html().select("form#signOut input[name=token]").attr("value"));
    }

    // ---- Journeys ---------------------------------------------------------------------------------

    @Test
    void aMemberIsTakenToTheirNextStepAndCanOnlyDoTheStepTheyAreAt() {
        assertThat(new Site(Site.HORIZONS).get("/journey/index.xhtml").redirectPath()).startsWith("/login.xhtml");

        String email = Flows.unique("journey") + "@school.example";
        Site member = Flows.registered(mail, Site.HORIZONS, email, "mentee");
        Page landing = new Site(Site.HORIZONS).signIn(email, Flows.MEMBER_PASSWORD);
        assertThat(landing.redirectPath()).as("signing in without a destination opens the next step").isEqualTo("/journey/index.xhtml");
        Page wentOn = new Site(Site.HORIZONS).get("/login.xhtml?next=/account/index.xhtml").form("signIn").set("email", email)
                .set("password", Flows.MEMBER_PASSWORD).submit("submit");
        assertThat(wentOn.redirectPath()).as("a destination wins").isEqualTo("/account/index.xhtml");

        Page welcome = member.get("/journey/index.xhtml");
        assertThat(welcome.html().select(".journey__progress").text()).isEqualTo("Step 1 of 7");
        assertThat(member.get("/").html().getElementById("next-step-title").text()).isEqualTo("Carry on with Your mentoring journey");
        Page form = welcome.form("info").submit("continue").follow();
        assertThat(form.html().select(".journey__progress").text()).isEqualTo("Step 2 of 7");
        assertThat(form.html().select("h1").text()).isEqualTo("Tell us about yourself");

        Page refused = form.form("step").submit("continue");
        assertThat(refused.messages()).anyMatch(m -> m.contains("answers need attention"));
        assertThat(refused.html().select("[data-field=school] .field-error").text()).isEqualTo("Answer this question.");
        assertThat(member.get("/journey/index.xhtml").html().select(".journey__progress").text()).as("nothing moved on")
                .isEqualTo("Step 2 of 7");

        Page stale = welcome.form("info").submit("continue");
        assertThat(stale.status()).as("a step already done is not done again; the person is shown where they are").isEqualTo(302);
        assertThat(member.get("/journey/index.xhtml").html().select(".journey__progress").text()).isEqualTo("Step 2 of 7");

        assertThat(member.get("/journey/index.xhtml?role=moderator").status()).as("a journey of a role they do not hold").isEqualTo(404);
        Site owner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        assertThat(owner.get("/journey/index.xhtml").text()).contains("Nothing to do right now");
        Site elsewhere = new Site(Site.ZONE);
        elsewhere.replayCookiesOf(member);
        assertThat(elsewhere.get("/journey/index.xhtml").redirectPath()).as("the session counts for nothing on another programme")
                .startsWith("/login.xhtml");
    }

    // ---- Registration, confirmation, password reset, throttling ---------------------------------

    @Test
    void aNewAccountMustConfirmItsEmailBeforeSigningIn() throws Exception {
        String email = Flows.unique("student") + "@school.example";
        Site site = new Site(Site.HORIZONS);
        Page done = site.get("/register.xhtml").form("register").set("displayName", "Sam Student").set("email", email)
                .set("password", "river otter lantern").submit("submit");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.text()).contains("Check your email").contains(email);

        MimeMessage confirmation = Mailbox.await(mail, email, "Confirm your email address for Healthcare Horizons");
        Page early = new Site(Site.HORIZONS).signIn(email, "river otter lantern");
        assertThat(early.messages()).anyMatch(m -> m.contains("Confirm your email address first"));

        Page confirmed = new Site(Site.HORIZONS).get(Mailbox.link(confirmation, "/verify.xhtml"));
        assertThat(confirmed.text()).contains("Your email address is confirmed");
        Page again = new Site(Site.HORIZONS).get(Mailbox.link(confirmation, "/verify.xhtml"));
        assertThat(again.text()).contains("expired or has already been used");
        assertThat(new Site(Site.ZONE).get(Mailbox.link(confirmation, "/verify.xhtml")).text())
                .as("a link works only on its own programme").contains("expired or has already been used");

        Site signedIn = new Site(Site.HORIZONS);
        assertThat(signedIn.signIn(email, "river otter lantern").status()).isEqualTo(302);
        JsonObject me = Api.asBrowser(signedIn).get("/me").json();
        assertThat(me.getString("name")).isEqualTo("Sam Student");
        assertThat(me.getJsonObject("programme").getString("slug")).isEqualTo("healthcare-horizons");
        assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("member");
    }

    @Test
    void badRegistrationInputIsExplainedFieldByFieldAndKeepsWhatWasTyped() {
        Site site = new Site(Site.HORIZONS);
        Page refused = site.get("/register.xhtml").form("register").set("displayName", "").set("email", "not-an-email")
                .set("password", "short").submit("submit");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.messageFor("register:displayName")).contains("Enter your name");
        assertThat(refused.messageFor("register:email")).contains("Enter an email address like name@example.org");
        assertThat(refused.messageFor("register:password")).contains("at least 10 characters");
        assertThat(refused.html().getElementById("register:email").val()).isEqualTo("not-an-email");
        assertThat(refused.html().getElementById("register:password").val()).isEmpty();

        Page duplicate = site.get("/register.xhtml").form("register").set("displayName", "Another Olivia")
                .set("email", "Owner@Horizons.example").set("password", "river otter lantern").submit("submit");
        assertThat(duplicate.messageFor("register:email")).contains("already exists");
        assertThat(Mailbox.find(mail, "owner@horizons.example", "Confirm")).isEmpty();

        Flows.switchPlugin(Flows.signedIn(Site.HORIZONS, "owner@horizons.example"), "Notes", true);
        Page offered = site.get("/register.xhtml");
        assertThat(offered.html().select("input[name=\"register:role\"]").eachAttr("value")).as("Horizons' template switches mentoring and events on")
                .containsExactly("parent", "mentee", "mentor", "note-taker");
        Page forgedRole = site.get("/register.xhtml").form("register").set("displayName", "Mallory")
                .set("email", Flows.unique("mallory") + "@school.example").set("password", "river otter lantern").set("role", "owner")
                .submit("submit");
        assertThat(forgedRole.messages()).anyMatch(m -> m.equals("Choose one of the options offered for I am joining as."));
        assertThat(forgedRole.text()).doesNotContain("Check your email");
    }

    @Test
    void aForgottenPasswordIsResetThroughASingleUseEmailLink() throws Exception {
        Credentials person = newConfirmedAccount(Site.ZONE);
        Site oldSession = new Site(Site.ZONE);
        assertThat(oldSession.signIn(person.email(), person.password()).status()).isEqualTo(302);

        Page asked = new Site(Site.ZONE).get("/password/forgot.xhtml").form("forgot").set("email", person.email()).submit("submit");
        assertThat(asked.text()).contains("has an account here, we have sent it a link");
        String link = Mailbox.link(Mailbox.await(mail, person.email(), "Reset your password for Healthcare Zone"), "/password/reset.xhtml");

        Site site = new Site(Site.ZONE);
        Page reset = site.get(link);
        Page mismatch = reset.form("reset").set("password", "a brand new secret").set("repeat", "a different secret").submit("submit");
        assertThat(mismatch.messageFor("reset:repeat")).contains("The two passwords are different");
        Page weak = site.get(link).form("reset").set("password", "short").set("repeat", "short").submit("submit");
        assertThat(weak.messageFor("reset:password")).contains("at least 10 characters");
        Page changed = site.get(link).form("reset").set("password", "a brand new secret").set("repeat", "a brand new secret")
                .submit("submit");
        assertThat(changed.text()).contains("Your password has been changed");

        assertThat(new Site(Site.ZONE).signIn(person.email(), person.password()).messages()).anyMatch(m -> m.startsWith(REFUSED));
        assertThat(new Site(Site.ZONE).signIn(person.email(), "a brand new secret").status()).isEqualTo(302);
        assertThat(oldSession.get("/account/index.xhtml").status()).as("sessions from before the reset end").isEqualTo(302);
        assertThat(new Site(Site.ZONE).get(link).text()).contains("This link has expired or has already been used");

        String stranger = Flows.unique("nobody") + "@school.example";
        Page unknown = new Site(Site.ZONE).get("/password/forgot.xhtml").form("forgot").set("email", stranger).submit("submit");
        assertThat(unknown.text()).contains("has an account here, we have sent it a link");
        Thread.sleep(1500);
        assertThat(Mailbox.find(mail, stranger, "Reset")).isEmpty();
    }

    @Test
    void repeatedWrongPasswordsPauseSigningInWithTheSameMessageAsAnUnknownEmail() throws Exception {
        Credentials person = newConfirmedAccount(Site.HORIZONS);
        for (int attempt = 1; attempt <= 5; attempt++) {
            Page wrong = new Site(Site.HORIZONS).signIn(person.email(), "not the password " + attempt);
            assertThat(wrong.messages()).as("attempt " + attempt).anyMatch(m -> m.startsWith(REFUSED));
        }
        Page throttled = new Site(Site.HORIZONS).signIn(person.email(), person.password());
        Page unknown = new Site(Site.HORIZONS).signIn(Flows.unique("ghost") + "@school.example", person.password());

        assertThat(throttled.status()).isEqualTo(200);
        assertThat(throttled.messages()).isEqualTo(unknown.messages()).anyMatch(m -> m.startsWith(REFUSED));
    }

    @Test
    void onePersonSigningInOnSeveralDevicesAtTheSameMomentGetsInOnEach() throws Exception {
        Credentials person = newConfirmedAccount(Site.HORIZONS);
        List<Integer> accountPages = allAtOnce(6, together -> {
            Site site = new Site(Site.HORIZONS);
            Form form = site.get("/login.xhtml").form("signIn").set("email", person.email()).set("password", person.password());
            together.await();
            Page answer = form.submit("submit");
            return answer.status() == 302 ? site.get("/account/index.xhtml").status() : answer.status();
        });
        assertThat(accountPages).as("the account page after signing in on each device").containsOnly(200);
    }

    /** What the same work gives on n threads released together once each is ready ({@code together.await()}). */
    private static <T> List<T> allAtOnce(int n, Together<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch together = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> work.run(together)));
            }
            together.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Together<T> {
        T run(CountDownLatch together) throws Exception;
    }

    // ---- API ------------------------------------------------------------------------------------

    @Test
    void meAnswersForATokenAndForASignedInBrowser() {
        Site owner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        Page created = owner.get("/admin/api-tokens.xhtml").form("create").set("name", "Funder dashboard")
                .choose("roles", "owner", "moderator").submit("submit");
        String secret = created.html().getElementById("new-secret").text();
        assertThat(secret).startsWith("wf_").hasSizeGreaterThan(40);
        assertThat(owner.get("/admin/api-tokens.xhtml").body()).as("shown once").doesNotContain(secret)
                .contains("Funder dashboard").contains(secret.substring(0, 10));

        Api.Reply me = Api.on(Site.HORIZONS, secret).get("/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getBoolean("apiToken")).isTrue();
        assertThat(me.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("moderator", "owner");
        assertThat(me.json().getJsonObject("programme").getString("name")).isEqualTo("Healthcare Horizons");

        Api.Reply browser = Api.asBrowser(owner).get("/me");
        assertThat(browser.json().getBoolean("apiToken")).isFalse();
        assertThat(browser.json().getString("name")).isEqualTo("Olivia Owner");
    }

    @Test
    void aTokenWorksOnlyOnItsOwnProgrammeAndUntilRevoked() {
        Site owner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        String secret = Flows.createToken(owner, "Revocable", "owner");
        assertThat(Api.on(Site.HORIZONS, secret).get("/me").status()).isEqualTo(200);

        Api.Reply elsewhere = Api.on(Site.ZONE, secret).get("/me");
        assertThat(elsewhere.status()).isEqualTo(401);
        assertThat(elsewhere.contentType()).startsWith("application/problem+json");
        assertThat(elsewhere.body()).doesNotContain("Healthcare Horizons").doesNotContain("Olivia");
        assertThat(Api.on(Site.HORIZONS, "wf_" + "A".repeat(43)).get("/me").status()).isEqualTo(401);

        Page tokens = owner.get("/admin/api-tokens.xhtml");
        Page revoked = tokens.form("tokens").press("Revoke Revocable");
        assertThat(revoked.messages()).anyMatch(m -> m.contains("is revoked"));
        assertThat(Api.on(Site.HORIZONS, secret).get("/me").status()).isEqualTo(401);
    }

    @Test
    void aTokenCreatedWithBadInputIsRefusedFieldByField() {
        Site owner = Flows.signedIn(Site.ZONE, "owner@zone.example");
        Page refused = owner.get("/admin/api-tokens.xhtml").form("create").set("name", "").choose("roles").submit("submit");
        assertThat(refused.messageFor("create:name")).contains("Name the token");
        assertThat(refused.messageFor("create:roles")).contains("at least one role");
        assertThat(refused.html().getElementById("new-secret")).isNull();
        Page forged = owner.get("/admin/api-tokens.xhtml").form("create").set("name", "Sneaky").choose("roles", "operator")
                .submit("submit");
        assertThat(forged.html().getElementById("new-secret")).isNull();
    }

    @Test
    void badApiInputGetsAProblemDocumentAndChangesNothing() {
        Site owner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        Flows.switchPlugin(owner, "Notes", true);
        Api api = Api.on(Site.HORIZONS, Flows.createToken(owner, "Notes writer", "note-taker"));
        int before = api.get("/notes").array().size();

        Api.Reply malformed = api.post("/notes", "{\"text\": ");
        Flows.assertProblem(malformed, 400);
        Api.Reply missing = api.post("/notes", "{}");
        Flows.assertProblem(missing, 422);
        assertThat(missing.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("text");
        assertThat(missing.json().getJsonArray("errors").getJsonObject(0).getString("message")).isEqualTo("Write something.");
        Api.Reply oversized = api.post("/notes", "{\"text\": \"" + "x".repeat(6000) + "\"}");
        Flows.assertProblem(oversized, 422);
        assertThat(oversized.json().getString("detail")).contains("at most 200 characters");
        Flows.assertProblem(api.post("/notes", "text", "text/plain"), 415);
        Flows.assertProblem(api.get("/no-such-thing"), 404);

        assertThat(api.get("/notes").array()).hasSize(before);
        assertThat(api.post("/notes", "{\"text\": \"A fine note\"}").status()).isEqualTo(201);
        assertThat(api.get("/notes").array()).hasSize(before + 1);
    }

    @Test
    void aTokenWithoutTheRoleAnActionNeedsGets403() {
        Site owner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        Flows.switchPlugin(owner, "Notes", true);
        Api moderator = Api.on(Site.HORIZONS, Flows.createToken(owner, "Moderator tool", "moderator"));

        assertThat(moderator.get("/notes").status()).isEqualTo(200);
        Api.Reply refused = moderator.post("/notes", "{\"text\": \"should not be written\"}");
        Flows.assertProblem(refused, 403);
        assertThat(moderator.get("/notes").body()).doesNotContain("should not be written");
        Flows.assertProblem(Api.on(Site.HORIZONS, null).post("/notes", "{\"text\": \"anonymous\"}"), 401);
    }

    @Test
    void aNewTokenAnswersParallelCallsAllAtOnce() throws Exception {
        Site owner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        String secret = owner.get("/admin/api-tokens.xhtml").form("create").set("name", "Parallel integration")
                .choose("roles", "owner").submit("submit").html().getElementById("new-secret").text();
        List<Integer> statuses = allAtOnce(8, together -> {
            together.await();
            return Api.on(Site.HORIZONS, secret).get("/me").status();
        });
        assertThat(statuses).as("the first parallel calls, which all record the use").containsOnly(200);
        assertThat(owner.get("/admin/api-tokens.xhtml").body()).contains("Parallel integration");
    }

    @Test
    void aSignedInBrowserCannotChangeAnythingThroughTheApi() {
        Site owner = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        Flows.switchPlugin(owner, "Notes", true);
        Api.Reply refused = Api.asBrowser(owner).post("/notes", "{\"text\": \"from another site's page\"}");
        Flows.assertProblem(refused, 401);
    }

    @Test
    void aSwitchedOffPluginAnswers404AndOneProgrammesRecordsAreNotFoundOnAnother() {
        Site horizons = Flows.signedIn(Site.HORIZONS, "owner@horizons.example");
        Site zone = Flows.signedIn(Site.ZONE, "owner@zone.example");
        Flows.switchPlugin(horizons, "Notes", true);
        Flows.switchPlugin(zone, "Archive", false);
        Flows.switchPlugin(zone, "Notes", false);
        Api zoneApi = Api.on(Site.ZONE, Flows.createToken(zone, "Zone notes", "owner"));
        Flows.assertProblem(zoneApi.get("/notes"), 404);
        assertThat(zone.get("/notes/view.xhtml?id=x").status()).isEqualTo(404);

        Api horizonsApi = Api.on(Site.HORIZONS, Flows.createToken(horizons, "Horizons notes", "owner"));
        String id = horizonsApi.post("/notes", "{\"text\": \"Horizons secret plan\"}").json().getString("id");
        assertThat(horizons.get("/notes/view.xhtml?id=" + id).text()).contains("Horizons secret plan");

        Flows.switchPlugin(zone, "Notes", true);
        Api.Reply across = zoneApi.get("/notes/" + id);
        Flows.assertProblem(across, 404);
        assertThat(across.body()).doesNotContain("Horizons secret plan");
        assertThat(zoneApi.get("/notes").body()).doesNotContain("Horizons secret plan");
        Page acrossPage = zone.get("/notes/view.xhtml?id=" + id);
        assertThat(acrossPage.status()).isEqualTo(404);
        assertThat(acrossPage.body()).doesNotContain("Horizons secret plan");
        assertThat(horizonsApi.get("/notes/" + id).json().getString("text")).isEqualTo("Horizons secret plan");

        Flows.switchPlugin(horizons, "Archive", false);
        Flows.switchPlugin(horizons, "Notes", false);
        Flows.assertProblem(horizonsApi.get("/notes/" + id), 404);
        Flows.switchPlugin(horizons, "Notes", true);
        assertThat(horizonsApi.get("/notes/" + id).status()).as("data kept while off").isEqualTo(200);
    }

    @Test
    void aPluginCannotBeSwitchedOnBeforeWhatItNeeds() {
        Site zone = Flows.signedIn(Site.ZONE, "owner@zone.example");
        Flows.switchPlugin(zone, "Archive", false);
        Flows.switchPlugin(zone, "Notes", false);
        Page refused = zone.get("/admin/plugins.xhtml").form("plugins").press("Switch on Archive");
        assertThat(refused.messages()).anyMatch(m -> m.contains("Switch on Notes first"));
        assertThat(zone.get("/admin/plugins.xhtml").form("plugins").press("Switch on Notes").messages())
                .anyMatch(m -> m.contains("Notes is switched on"));
        assertThat(zone.get("/admin/plugins.xhtml").form("plugins").press("Switch on Archive").messages())
                .anyMatch(m -> m.contains("Archive is switched on"));
        assertThat(zone.get("/admin/plugins.xhtml").form("plugins").press("Switch off Notes").messages())
                .anyMatch(m -> m.contains("Switch off Archive first"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Page openapi = new Site(Site.HORIZONS).get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/me").contains("/api/v1/notes").contains("bearer");
    }

    /**
     * The document is valid OpenAPI 3.0 under the OpenAPI Initiative's own JSON Schema (which refuses any
     * top-level key outside the specification), has no such key either way, and its server is the
     * address it was asked on (the paths carry /api/v1), on two programmes' hosts, in JSON and YAML.
     */
    @Test
    void theOpenApiDocumentIsStrictOpenApi3AndNamesTheAddressItWasAskedOn() throws Exception {
        com.networknt.schema.JsonSchema schema;
        try (var in = WebIT.class.getResourceAsStream("/openapi/openapi-3.0-schema.json")) {
            schema = com.networknt.schema.JsonSchemaFactory
                    .getInstance(com.networknt.schema.SpecVersion.VersionFlag.V4).getSchema(in);
        }
        var allowed = java.util.Set.of("openapi", "info", "servers", "paths", "components", "security", "tags",
                "externalDocs", "webhooks", "jsonSchemaDialect");
        for (String host : List.of(Site.HORIZONS, Site.ZONE)) {
            Site site = new Site(host);
            Page openapi = site.send(site.request("/openapi").header("Accept", "application/json").GET());
            assertThat(openapi.status()).as(host).isEqualTo(200);
            var document = new com.fasterxml.jackson.databind.ObjectMapper().readTree(openapi.body());

            assertThat(schema.validate(document)).as(host + ": OpenAPI 3.0 schema errors").isEmpty();
            List<String> keys = new ArrayList<>();
            document.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as(host + ": top-level keys").allMatch(k -> allowed.contains(k) || k.startsWith("x-"));

            String address = "http://" + host + ":" + Site.port();
            assertThat(document.path("servers").path(0).path("url").asText(null)).as(host + ": servers[0].url").isEqualTo(address);
            assertThat(document.path("paths").has("/api/v1/me")).isTrue();
            assertThat(site.get("/openapi").body()).as(host + ": YAML").contains(address).doesNotContain("wayfinder.invalid");
        }
    }

    // ---- The instance's health ----------------------------------------------------------------

    @Test
    void healthEndpointsAnswerOnEveryHostAndSayOnlyUpOrDown() {
        for (String host : List.of("127.0.0.1", "10.1.2.3", Site.PLATFORM, Site.ZONE, "nowhere.example")) {
            Site prober = new Site(host);
            JsonObject ready = health(prober, "/health/ready");
            assertThat(ready.getString("status")).as(host).isEqualTo("UP");
            assertThat(ready.getJsonArray("checks")).hasSize(1);
            JsonObject database = ready.getJsonArray("checks").getJsonObject(0);
            assertThat(database.getString("name")).isEqualTo("database");
            assertThat(database.getString("status")).isEqualTo("UP");
            assertThat(database.getJsonObject("data").keySet()).as("nothing about the database but its state").containsExactly("schema");
            assertThat(database.getJsonObject("data").getString("schema")).isEqualTo("current");

            JsonObject live = health(prober, "/health/live");
            assertThat(live.getString("status")).as(host).isEqualTo("UP");
            assertThat(live.getJsonArray("checks")).extracting(check -> check.asJsonObject().getString("name")).containsExactly("application");

            JsonObject all = health(prober, "/health");
            assertThat(all.getJsonArray("checks")).extracting(check -> check.asJsonObject().getString("name"))
                    .containsExactlyInAnyOrder("database", "application");
            assertThat(prober.cookies()).as("a probe gets no session").isEmpty();
        }
    }

    private static JsonObject health(Site prober, String path) {
        Page answer = prober.get(path);
        assertThat(answer.status()).as(prober.host() + path).isEqualTo(200);
        assertThat(answer.header("Content-Type")).as(prober.host() + path + " answered " + answer.headers().map() + answer.body())
                .startsWith("application/json");
        assertThat(answer.body()).doesNotContain("jdbc").doesNotContain("wayfinder.db").doesNotContain("Exception");
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    record Credentials(String email, String password) {
    }

    static Credentials newConfirmedAccount(String host) {
        Credentials person = new Credentials(Flows.unique("person") + "@school.example", "meadow violin harbour");
        Page done = new Site(host).get("/register.xhtml").form("register").set("displayName", "Pat Person")
                .set("email", person.email()).set("password", person.password()).submit("submit");
        assertThat(done.text()).contains("Check your email");
        String link = Mailbox.link(Mailbox.await(mail, person.email(), "Confirm your email address"), "/verify.xhtml");
        assertThat(new Site(host).get(link).text()).contains("Your email address is confirmed");
        return person;
    }



}
