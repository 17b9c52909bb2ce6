package org.wayfinder.mentoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.match.Match;
import org.wayfinder.mentoring.match.Matches;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.People;

/** A mentee's or mentor's own mentoring: their matches and the way into each conversation. */
@Named
@RequestScoped
public class MyMentoringPage {

    @Inject
    Matches matches;

    @Inject
    People people;

    @Inject
    CurrentUser currentUser;

    private List<Match> mine;

    public List<Match> getMine() {
        if (mine == null) {
            mine = matches.mine();
        }
        return mine;
    }

    /** The other person of a match, seen from the signed-in person. */
    public String other(Match match) {
        String me = currentUser.require().accountId();
        String other = me.equals(match.getMenteeId()) ? match.getMentorId() : match.getMenteeId();
        return people.find(other).map(People.Person::name).orElse("(account closed)");
    }

    public boolean isMentee() {
        return currentUser.hasRole(MentoringPlugin.MENTEE);
    }

    public boolean isMentor() {
        return currentUser.hasRole(MentoringPlugin.MENTOR);
    }

}
