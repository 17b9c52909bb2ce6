package org.wayfinder.mentoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.match.MatchRequests;
import org.wayfinder.mentoring.match.Matches;
import org.wayfinder.mentoring.match.WaitingList;
import org.wayfinder.mentoring.messaging.Conversations;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.web.HomePanel;
import org.wayfinder.platform.spi.web.HomePanel.Item;
import org.wayfinder.platform.spi.web.HomePanels;

/**
 * Mentoring on people's home pages: a mentee's mentor (or what to do to get one), a mentor's mentees
 * and the requests waiting for them, with the messages each has had since they last wrote; held
 * messages for moderators; mentees waiting for a match for owners. Each link is to a page the same
 * roles open.
 */
@RequestScoped
public class MentoringHome implements HomePanels {

    private static final String MINE = "/mentoring/index.xhtml";

    @Inject
    CurrentUser currentUser;

    @Inject
    Matches matches;

    @Inject
    MatchRequests requests;

    @Inject
    Conversations conversations;

    @Inject
    WaitingList waitingList;

    @Inject
    People people;

    @Override
    public String pluginId() {
        return MentoringPlugin.ID;
    }

    @Override
    public List<HomePanel> forCurrentPerson() {
        List<HomePanel> panels = new ArrayList<>();
        if (currentUser.hasRole(MentoringPlugin.MENTEE)) {
            panels.add(mentee());
        }
        if (currentUser.hasRole(MentoringPlugin.MENTOR)) {
            panels.add(mentor());
        }
        if (currentUser.hasRole(Roles.MODERATOR)) {
            panels.add(new HomePanel("Mentoring messages", "Messages the safeguarding screen held wait for you to approve, redact or reject.",
                    List.of(Item.count("Held messages", "/mentoring/review.xhtml", conversations.countHeld()),
                            Item.count("Reported messages", "/mentoring/review.xhtml", conversations.reports().size()))));
        }
        if (currentUser.hasRole(Roles.OWNER)) {
            WaitingList.Figures figures = waitingList.figures();
            long waiting = figures.waiting();
            panels.add(new HomePanel("Matching", waiting == 0 ? "Every mentee has a mentor." : "Propose matches for everyone waiting at once, or match by hand.",
                    List.of(Item.count("Mentees waiting for a match", "/mentoring/matches.xhtml", waiting),
                            Item.count("Active matches", "/mentoring/matches.xhtml", figures.active()),
                            Item.link("Propose matches", "/mentoring/proposal.xhtml"))));
        }
        return panels;
    }

    private HomePanel mentee() {
        String me = currentUser.require().accountId();
        List<Matches.Mine> mine = matches.mine().stream().filter(match -> match.isActive() && match.getMenteeId().equals(me)).toList();
        if (mine.isEmpty()) {
            return new HomePanel("Your mentoring", "You have no mentor yet. Finish your profile in Your mentoring; we will email you when you are matched.",
                    List.of(Item.link("Your mentoring", MINE)));
        }
        List<Item> items = new ArrayList<>();
        for (Matches.Mine match : mine) {
            items.add(conversationWith(match, match.getMentorId(), ", your mentor"));
        }
        items.add(Item.link("Your mentoring: meetings and goals", MINE));
        return new HomePanel("Your mentoring", "Open your conversation to write to your mentor; everything you write stays here.", items);
    }

    private HomePanel mentor() {
        String me = currentUser.require().accountId();
        List<Item> items = new ArrayList<>();
        long asking = requests.waitingForMe().size();
        if (asking > 0) {
            items.add(Item.count("Mentees asking you to mentor them", MINE, asking));
        }
        List<Matches.Mine> mine = matches.mine().stream().filter(match -> match.isActive() && match.getMentorId().equals(me)).toList();
        for (Matches.Mine match : mine) {
            items.add(conversationWith(match, match.getMenteeId(), ", your mentee"));
        }
        items.add(Item.link("Your mentoring", MINE));
        String summary = mine.isEmpty() && asking == 0
                ? "No mentees yet. Keep your profile and DBS check up to date; we will email you when you are matched."
                : "Your mentees, and the messages they sent since you last wrote.";
        return new HomePanel("Your mentees", summary, items);
    }

    /** "New messages from Sam Mentor, your mentor": how many of theirs came after this person's last one. */
    private Item conversationWith(Matches.Mine match, String otherId, String who) {
        String name = people.find(otherId).map(People.Person::name).orElse("(account closed)");
        return new Item("New messages from " + name + who, "/mentoring/conversation.xhtml?match=" + match.getId(),
                conversations.countSinceMyLast(match));
    }
}
