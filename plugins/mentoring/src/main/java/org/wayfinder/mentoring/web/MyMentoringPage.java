package org.wayfinder.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.match.Match;
import org.wayfinder.mentoring.match.MatchRequest;
import org.wayfinder.mentoring.match.MatchRequests;
import org.wayfinder.mentoring.match.Matches;
import org.wayfinder.mentoring.match.Proposals;
import org.wayfinder.mentoring.profile.Profiles;
import org.wayfinder.mentoring.taxonomy.Taxonomy;
import org.wayfinder.mentoring.taxonomy.Term;
import org.wayfinder.mentoring.taxonomy.TermKind;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.safeguarding.Vetting;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.SiteAddress;

/**
 * A mentee's or mentor's own mentoring: their matches and the way into each conversation. In the
 * programme's choosing and asking modes, a mentee without a mentor sees their suggested mentors
 * (best first, with why) and chooses or asks one; a mentor sees who has asked them and accepts or
 * declines with a reason.
 */
@Named
@ViewScoped
public class MyMentoringPage implements Serializable {

    @Inject
    SiteAddress siteAddress;

    @Inject
    Messages messages;

    @Inject
    Matches matches;

    @Inject
    MatchRequests requests;

    @Inject
    Proposals proposals;

    @Inject
    Profiles profiles;

    @Inject
    Taxonomy taxonomy;

    @Inject
    People people;

    @Inject
    CurrentUser currentUser;

    private String mode;
    private Map<TermKind, Map<String, String>> labels;
    private String declining;
    private String reason;
    private transient List<Matches.Mine> mine;
    private transient List<Proposals.Suggestion> suggestions;
    private transient List<MatchRequest> myRequests;
    private transient List<MatchRequest> askingMe;

    public List<Matches.Mine> getMine() {
        if (mine == null) {
            mine = matches.mine();
        }
        return mine;
    }

    /** The other person of a match, seen from the signed-in person. */
    public String other(Matches.Mine match) {
        return other(match.getMenteeId(), match.getMentorId());
    }

    private String other(String menteeId, String mentorId) {
        String me = currentUser.require().accountId();
        String other = me.equals(menteeId) ? mentorId : menteeId;
        return people.find(other).map(People.Person::name).orElse("(account closed)");
    }

    public boolean isMentee() {
        return currentUser.hasRole(MentoringPlugin.MENTEE);
    }

    public boolean isMentor() {
        return currentUser.hasRole(MentoringPlugin.MENTOR);
    }

    /** The programme's matching mode, read once per view: the page asks it many times while it renders. */
    public String getMode() {
        if (mode == null) {
            mode = matches.mode();
        }
        return mode;
    }

    /** Whether this mentee has no mentor now. */
    public boolean isWaiting() {
        return isMentee() && getMine().stream().noneMatch(match -> match.isActive()
                && match.getMenteeId().equals(currentUser.require().accountId()));
    }

    /** Whether this mentee picks a mentor themselves now: choosing or asking mode, no mentor, no request waiting. */
    public boolean isPicking() {
        return isWaiting() && !MentoringPlugin.MODE_OWNER_PROPOSES.equals(getMode()) && getWaitingRequest() == null;
    }

    /** Whether the mentee's profile is finished enough to be matched. */
    public boolean isProfileFinished() {
        String me = currentUser.require().accountId();
        return profiles.forMatching(me, MentoringPlugin.MENTEE).map(Profiles.Profile::complete).orElse(false);
    }

    public List<Proposals.Suggestion> getSuggestions() {
        if (suggestions == null) {
            String me = currentUser.require().accountId();
            suggestions = isPicking() ? proposals.suggestionsFor(me, Vetting.today(), requests.declinedFor(me)) : List.of();
        }
        return suggestions;
    }

    /** The mentee's requests, newest first. */
    public List<MatchRequest> getMyRequests() {
        if (myRequests == null) {
            myRequests = isMentee() ? requests.mine() : List.of();
        }
        return myRequests;
    }

    public MatchRequest getWaitingRequest() {
        return getMyRequests().stream().filter(MatchRequest::isWaiting).findFirst().orElse(null);
    }

    /** Requests mentors declined, to tell the mentee why. */
    public List<MatchRequest> getDeclined() {
        return getMyRequests().stream().filter(request -> request.getStatus() == MatchRequest.Status.DECLINED).toList();
    }

    /** Requests waiting for this mentor's answer. */
    public List<MatchRequest> getAskingMe() {
        if (askingMe == null) {
            askingMe = isMentor() ? requests.waitingForMe() : List.of();
        }
        return askingMe;
    }

    /** What a mentee who asked this mentor would like: "Nursing, Midwifery; help with UCAS application". */
    public String wants(MatchRequest request) {
        if (!request.getMentorId().equals(currentUser.require().accountId())) {
            throw new AccessDeniedException("Only the mentor who was asked sees what the mentee wants.");
        }
        return profiles.forMatching(request.getMenteeId(), MentoringPlugin.MENTEE).map(profile -> {
            String areas = labels(TermKind.CAREER_AREA, profile.careerAreas());
            String support = labels(TermKind.SUPPORT_TYPE, profile.supportTypes());
            return areas + (support.isEmpty() ? "" : "; help with " + support);
        }).orElse("");
    }

    /** The terms' labels, read once per view however many mentees have asked. */
    private String labels(TermKind kind, Set<String> keys) {
        if (labels == null) {
            labels = new java.util.EnumMap<>(TermKind.class);
        }
        Map<String, String> label = labels.computeIfAbsent(kind, k -> taxonomy.all(k).stream()
                .collect(Collectors.toMap(Term::getKey, Term::getLabel)));
        return keys.stream().map(key -> label.getOrDefault(key, key)).collect(Collectors.joining(", "));
    }

    /** Chooses or asks the mentor, as the programme's matching mode says. */
    public void pick(String mentorId) {
        if (MentoringPlugin.MODE_MENTEE_CHOOSES.equals(getMode())) {
            choose(mentorId);
        } else {
            ask(mentorId);
        }
    }

    public void choose(String mentorId) {
        act(() -> {
            Match match = matches.choose(mentorId, Vetting.today(), siteAddress.current());
            messages.info(other(match.getMenteeId(), match.getMentorId()) + " is now your mentor. Say hello!");
        });
    }

    public void ask(String mentorId) {
        act(() -> {
            MatchRequest request = requests.ask(mentorId, Vetting.today(), siteAddress.current());
            messages.info("We have asked " + name(request.getMentorId()) + ". We will email you when they answer.");
        });
    }

    public void withdraw(String requestId) {
        act(() -> {
            MatchRequest request = requests.withdraw(requestId);
            messages.info("You have taken back your request to " + name(request.getMentorId()) + ".");
        });
    }

    public void accept(String requestId) {
        act(() -> {
            Match match = requests.accept(requestId, Vetting.today(), siteAddress.current());
            messages.info(name(match.getMenteeId()) + " is now your mentee.");
        });
    }

    public void startDeclining(String requestId) {
        declining = requestId;
        reason = null;
    }

    public void decline() {
        act(() -> {
            MatchRequest request = requests.decline(declining, reason, siteAddress.current());
            messages.info("We have told " + name(request.getMenteeId()) + ".");
            declining = null;
        });
    }

    public void cancelDeclining() {
        declining = null;
    }

    private String name(String accountId) {
        return people.find(accountId).map(People.Person::name).orElse("(account closed)");
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(error -> messages.error(error.message()));
        }
        mine = null;
        suggestions = null;
        myRequests = null;
        askingMe = null;
    }

    public String getDeclining() {
        return declining;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
