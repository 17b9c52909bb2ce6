package org.wayfinder.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.match.Matches;
import org.wayfinder.mentoring.match.Proposals.Proposal;
import org.wayfinder.mentoring.match.Proposals;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.PluginSettings;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.safeguarding.Vetting;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.SiteAddress;

/**
 * The owner runs a bulk proposal, reviews every proposed pair with why it scores what it does,
 * leaves out any they disagree with, and publishes the rest: all of them become matches, or (if
 * something changed meanwhile) none do and the owner is told what.
 */
@Named
@ViewScoped
public class ProposalPage implements Serializable {

    @Inject
    SiteAddress siteAddress;

    @Inject
    Messages messages;

    @Inject
    Proposals proposals;

    @Inject
    Matches matches;

    @Inject
    ProgrammePlugins plugins;

    @Inject
    CurrentUser currentUser;

    private Proposal proposal;
    private final Map<String, Boolean> leftOut = new HashMap<>();
    private final Map<String, String> mentorFor = new HashMap<>();

    /** Runs when the page opens: owners only. */
    public void load() {
        if (!currentUser.hasRole(Roles.OWNER)) {
            throw new AccessDeniedException("Only the programme's owners propose matches.");
        }
    }

    public void propose() {
        proposal = proposals.propose(Vetting.today());
        leftOut.clear();
        mentorFor.clear();
        proposal.matches().forEach(pair -> mentorFor.put(pair.menteeId(), pair.mentorId()));
        messages.info(proposal.matches().isEmpty() ? "Nobody can be matched right now; see who is waiting and why below."
                : proposal.matches().size() + (proposal.matches().size() == 1 ? " match is" : " matches are")
                + " proposed. Nothing is published until you publish it.");
    }

    public void publish() {
        List<Matches.Pair> pairs = proposal.matches().stream().filter(m -> !Boolean.TRUE.equals(leftOut.get(m.menteeId())))
                .map(m -> {
                    String chosen = mentorFor.getOrDefault(m.menteeId(), m.mentorId());
                    return chosen.equals(m.mentorId()) ? new Matches.Pair(m.menteeId(), m.mentorId(), m.score(), m.why())
                            : new Matches.Pair(m.menteeId(), chosen, 0, "Chosen by the owner instead of the proposed mentor");
                }).toList();
        if (pairs.isEmpty()) {
            messages.error("Every proposed match is left out, so there is nothing to publish.");
            return;
        }
        try {
            matches.publish(pairs, Vetting.today(), siteAddress.current());
            messages.info(pairs.size() == 1 ? "1 match is made, and everyone in it has been emailed."
                    : pairs.size() + " matches are made, and everyone in them has been emailed.");
            proposal = null;
            leftOut.clear();
        } catch (InvalidInputException invalid) {
            messages.error("Nothing was published: " + invalid.errors().get(0).message() + " Run the proposal again.");
        }
    }

    /** The weights and filters in force, in words. */
    public String getRules() {
        PluginSettings s = plugins.settings(MentoringPlugin.ID);
        return "Career area " + s.integer(MentoringPlugin.WEIGHT_CAREER_AREA) + ", support type " + s.integer(MentoringPlugin.WEIGHT_SUPPORT_TYPE)
                + ", same borough " + s.integer(MentoringPlugin.WEIGHT_LOCATION) + ", availability " + s.integer(MentoringPlugin.WEIGHT_AVAILABILITY)
                + (s.flag(MentoringPlugin.MUST_SHARE_CAREER_AREA) ? "; only mentors who share a career area" : "")
                + (s.flag(MentoringPlugin.MUST_SHARE_BOROUGH) ? "; only within the same borough" : "") + ".";
    }

    public Proposal getProposal() {
        return proposal;
    }

    /** The vetted mentors with room other than this one, to choose instead. */
    public List<Proposals.MentorOption> othersThan(String mentorId) {
        return proposal.mentors().stream().filter(option -> !option.accountId().equals(mentorId)).toList();
    }

    /** The mentor each proposed mentee will have: the proposed one unless the owner chose another. */
    public Map<String, String> getMentorFor() {
        return mentorFor;
    }

    public Map<String, Boolean> getLeftOut() {
        return leftOut;
    }
}
