package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo works on first start (issue 16, item 3), as its data sets in {@code demo/} describe it:
 * Healthcare Horizons has vetted mentors and waiting mentees whose choices fit them, so its owner's
 * bulk proposal proposes; and the demo mentee's match has its messages, one of them held for a
 * moderator, and a meeting; its events have a waiting list and applications waiting for staff, and
 * its work experience placements applications and a supervisor not yet vetted. Read over HTTP, as
 * the demo's people see it; nothing is changed, so the suites sharing the demo find it as loaded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Test
    void theDemoOwnersBulkProposalProposesAtLeastFivePairs() {
        Page page = Flows.signedIn(Site.HORIZONS, "owner@horizons.example").get("/mentoring/proposal.xhtml");
        Page proposed = page.form("proposal").press("Propose matches");

        List<String> pairs = proposed.html().select("#proposed tbody th").eachText();
        assertThat(proposed.messages()).as("the proposal's message").anyMatch(message -> message.endsWith(
                "matches are proposed. Nothing is published until you publish it."));
        assertThat(pairs).as("proposed pairs").hasSizeGreaterThanOrEqualTo(5);
        assertThat(pairs).as("mentees proposed").doesNotContain("Sam Student");
    }

    @Test
    void theDemoMatchHasItsMessagesAHeldOneAndAMeeting() {
        Site mentee = Flows.signedIn(Site.HORIZONS, "student@horizons.example");
        String link = mentee.get("/mentoring/index.xhtml").html().select("#matches li a").first().attr("href");
        Document conversation = mentee.get(link.substring(link.indexOf("/mentoring/"))).html();

        assertThat(conversation.select("#conversation .message__text").eachText()).as("the mentee's conversation").hasSize(4)
                .startsWith("Hello Sam, I'm Maya, a junior doctor at the Royal London. Great to be your mentor! What would you like to"
                        + " work on first?");
        assertThat(conversation.select("#conversation li[data-status=HELD] .message__text").eachText())
                .containsExactly("Thanks! It's easier to talk on the phone, my number is 07700 900123");
        assertThat(conversation.select("#meetings li").eachText()).singleElement().asString()
                .endsWith("45 minutes: Planning the personal statement: which experiences to write about");

        Document review = Flows.signedIn(Site.HORIZONS, "moderator@horizons.example").get("/mentoring/review.xhtml").html();
        assertThat(review.select(".held .held__text").eachText()).as("the moderator's queue")
                .contains("Thanks! It's easier to talk on the phone, my number is 07700 900123");
    }

    @Test
    void theDemoRunsEventsWithAWaitingListAndApplicationsForStaff() {
        Document events = Flows.signedIn(Site.HORIZONS, "student@horizons.example").get("/events/index.xhtml").html();
        assertThat(events.select("section.event h2").eachText()).as("the events the demo student may book")
                .contains("NHS careers fair", "Virtual work experience: a day in A&E", "Work experience week at Newham Hospital")
                .doesNotContain("Parents' evening: careers in the NHS");
        assertThat(events.select("section.event").stream().filter(card -> card.text().contains("a day in A&E")).findFirst().orElseThrow()
                .text()).as("three places booked by four").contains("Full, 1 on the waiting list", "On the waiting list");
        Document applications = Flows.signedIn(Site.HORIZONS, "moderator@horizons.example").get("/events/applications.xhtml").html();
        assertThat(applications.select("#applications tbody tr").eachText()).as("applications waiting for staff").hasSize(2)
                .allMatch(row -> row.contains("Work experience week at Newham Hospital"));
    }

    @Test
    void theDemoOffersPlacementsOneWithASupervisorNotYetVetted() {
        Document events = Flows.signedIn(Site.HORIZONS, "student@horizons.example").get("/events/index.xhtml").html();
        assertThat(events.select("section.placement-mine h3").eachText()).as("Sam's application")
                .containsExactly("Radiography work experience");
        assertThat(events.select("section.placement h3").eachText()).as("the placements open to apply for")
                .containsExactly("Radiography work experience", "Hospital pharmacy taster");
        Document placements = Flows.signedIn(Site.HORIZONS, "moderator@horizons.example").get("/events/placements.xhtml").html();
        assertThat(placements.select("[id='list:placements'] tbody tr").eachText()).as("staff see each supervisor's vetting")
                .anySatisfy(row -> assertThat(row).contains("Radiography work experience", "Priya Shah", "Vetted for its days",
                        "3 applications"))
                .anySatisfy(row -> assertThat(row).contains("Hospital pharmacy taster", "Tom Reid", "Not vetted for its days",
                        "1 application"));
        assertThat(Flows.signedIn(Site.HORIZONS, "supervisor@horizons.example").get("/events/supervise.xhtml").html()
                .getElementById("no-students")).as("no places given yet").isNotNull();
    }
}
