package org.wayfinder.mentoring.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.wayfinder.platform.spi.journey.StepType;

/**
 * The "get matched" journey step: a mentee waits here until they have a mentor, on "Your mentoring",
 * where they ask for or choose one (or read that the team matches them). It finishes when a match
 * is made for them, however it is made ({@link Matches} tells the journey), and counts as done for
 * anyone who has had a match, so a mentee matched before reaching it passes straight through.
 * Questions about how mentoring is going belong after it.
 */
@ApplicationScoped
public class GetMatched implements StepType {

    public static final String ID = "mentoring-get-matched";

    @Inject
    Matches matches;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Get matched (mentoring)";
    }

    @Override
    public String description() {
        return "The mentee waits for a mentor, asking for one on Your mentoring where the programme lets them; done when they are matched.";
    }

    @Override
    public Completion completion() {
        return Completion.BY_CODE;
    }

    @Override
    public String page() {
        return "/mentoring/index.xhtml";
    }

    @Override
    public String waitingText() {
        return "You will move on when you have a mentor. We will email you when you are matched.";
    }

    @Override
    public boolean isDone(String accountId) {
        return matches.hasBeenMatched(accountId);
    }
}
