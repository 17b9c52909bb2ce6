package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;

/** Steps many integration tests take the same way, through the pages a person would use. */
public final class Flows {

    /** The password of every demo account. */
    public static final String PASSWORD = "wayfinder-demo";

    private Flows() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A visitor signed in on a site with a demo account. */
    public static Site signedIn(String host, String email) {
        Site site = new Site(host);
        Page answer = site.signIn(email, PASSWORD);
        assertThat(answer.status()).as("signing in " + email + " on " + host + ": " + answer).isEqualTo(302);
        return site;
    }

    /** The password of members registered by {@link #registeredMember}. */
    public static final String MEMBER_PASSWORD = "river otter lantern";

    /** Registers a new member on a programme's site, confirms their address through the mailed link, and signs them in. */
    public static Site registeredMember(com.icegreen.greenmail.junit5.GreenMailExtension mail, String host) {
        return registeredMember(mail, host, unique("member") + "@school.example");
    }

    public static Site registeredMember(com.icegreen.greenmail.junit5.GreenMailExtension mail, String host, String email) {
        return registered(mail, host, email, null);
    }

    /** The same, joining as one of the roles the programme's plugins offer (a mentee), or as a member only when null. */
    public static Site registered(com.icegreen.greenmail.junit5.GreenMailExtension mail, String host, String email, String role) {
        Form form = new Site(host).get("/register.xhtml").form("register").set("displayName", "Mia Member").set("email", email)
                .set("password", MEMBER_PASSWORD);
        (role == null ? form : form.set("role", role)).submit("submit");
        jakarta.mail.internet.MimeMessage confirmation = Mailbox.await(mail, email, "Confirm your email address");
        new Site(host).get(Mailbox.link(confirmation, "/verify.xhtml"));
        Site member = new Site(host);
        Page signedIn = member.signIn(email, MEMBER_PASSWORD);
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(302);
        return member;
    }

    /** Creates an API token through the owner's page and returns its secret. */
    public static String createToken(Site owner, String name, String... roles) {
        Page created = owner.get("/admin/api-tokens.xhtml").form("create").set("name", name).choose("roles", roles)
                .set("validForDays_input", "30").submit("submit");
        assertThat(created.html().getElementById("new-secret")).as(created.toString()).isNotNull();
        return created.html().getElementById("new-secret").text();
    }

    /** Switches a plugin on or off through the owner's page, if it is not that way already. */
    public static void switchPlugin(Site owner, String name, boolean on) {
        Page plugins = owner.get("/admin/plugins.xhtml");
        String label = (on ? "Switch on " : "Switch off ") + name;
        boolean offered = plugins.html().select("form#plugins button, form#plugins input[type=submit]").stream()
                .anyMatch(b -> label.equals(b.text()) || label.equals(b.val()));
        if (offered) {
            Page answer = plugins.form("plugins").press(label);
            assertThat(answer.messages()).as(label).anyMatch(m -> m.contains(on ? "is switched on" : "is switched off"));
        }
    }

    public static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(problem.containsKey("errors")).isTrue();
    }
}
