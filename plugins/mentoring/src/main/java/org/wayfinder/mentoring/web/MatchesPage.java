package org.wayfinder.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.match.Match;
import org.wayfinder.mentoring.match.Matches;
import org.wayfinder.mentoring.match.WaitingList;
import org.wayfinder.mentoring.progress.MatchProgress;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.People.Person;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.safeguarding.Vetting;
import org.wayfinder.platform.spi.web.Dates;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.SiteAddress;

/**
 * The owner's matches: those going on, made by hand or ended with a reason. Every rule (vetting,
 * capacity, one mentor per mentee) is checked by {@link Matches}, so this page only asks.
 */
@Named
@ViewScoped
public class MatchesPage implements Serializable {

    @Inject
    SiteAddress siteAddress;

    @Inject
    Messages messages;

    @Inject
    Matches matches;

    @Inject
    People people;

    @Inject
    PersonNames names;

    @Inject
    CurrentUser currentUser;

    @Inject
    MatchProgress progress;

    @Inject
    WaitingList waitingList;

    @Inject
    Dates dates;

    private String mentee;
    private String mentor;
    private String ending;
    private String reason;
    private transient List<Match> active;
    private transient List<WaitingList.Waiting> waiting;
    private transient Map<String, Instant> lastActive;

    /** Runs when the page opens: owners and moderators only (403 otherwise). */
    public void load() {
        getActive();
    }

    public List<Match> getActive() {
        if (active == null) {
            active = matches.active();
        }
        return active;
    }

    /** Mentees without a mentor now, longest waiting first: the waiting list, and whom to match by hand. */
    public List<WaitingList.Waiting> getWaiting() {
        if (waiting == null) {
            waiting = waitingList.list();
        }
        return waiting;
    }

    /** Where a waiting mentee stands, in words. */
    public String status(WaitingList.Waiting mentee) {
        if (mentee.askedMentorId() != null) {
            return "Asked " + names.of(mentee.askedMentorId()) + " on " + dates.day(mentee.askedAt()) + "; waiting for an answer";
        }
        if (!mentee.profileFinished()) {
            return "Profile not finished";
        }
        return mentee.matchedBefore() ? "Ready to be matched again" : "Ready to be matched";
    }

    public List<Person> getMentors() {
        return people.withRole(MentoringPlugin.MENTOR);
    }


    /** When the person last wrote or logged a meeting: "3 Mar 2026", or "Not yet"; asked once for all the mentors shown. */
    public String lastActive(String accountId) {
        if (lastActive == null) {
            lastActive = progress.lastActive(getActive().stream().map(Match::getMentorId).toList());
        }
        Instant last = lastActive.get(accountId);
        return last == null ? "Not yet" : dates.day(last);
    }

    public void makeByHand() {
        try {
            Match made = matches.make(new Matches.Pair(mentee, mentor, 0, "Matched by hand"), Vetting.today(), siteAddress.current());
            messages.info(names.of(made.getMenteeId()) + " is matched with " + names.of(made.getMentorId()) + ".");
            mentee = null;
            mentor = null;
            active = null;
            lastActive = null;
            waiting = null;
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(error -> messages.error(error.message()));
        }
    }

    public void startEnding(String matchId) {
        ending = matchId;
        reason = null;
    }

    public void end() {
        try {
            Match ended = matches.end(ending, reason, siteAddress.current());
            messages.info("The match of " + names.of(ended.getMenteeId()) + " and " + names.of(ended.getMentorId()) + " has ended.");
            ending = null;
            active = null;
            lastActive = null;
            waiting = null;
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(error -> messages.error(error.message()));
        }
    }

    public void cancelEnding() {
        ending = null;
    }

    /** Owners make and end matches; moderators look. */
    public boolean isOwner() {
        return currentUser.hasRole(Roles.OWNER);
    }

    public String getMentee() {
        return mentee;
    }

    public void setMentee(String mentee) {
        this.mentee = mentee;
    }

    public String getMentor() {
        return mentor;
    }

    public void setMentor(String mentor) {
        this.mentor = mentor;
    }

    public String getEnding() {
        return ending;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
