package org.wayfinder.web.journey;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.wayfinder.platform.journey.JourneyProgress;
import org.wayfinder.platform.journey.JourneyProgress.Standing;
import org.wayfinder.platform.spi.CurrentUser;

/** The signed-in person's next unfinished step, for the home page and for where to go after signing in. */
@Named
@RequestScoped
public class NextStep {

    @Inject
    JourneyProgress progress;

    @Inject
    CurrentUser currentUser;

    private Optional<Standing> standing;

    public Optional<Standing> standing() {
        if (standing == null) {
            standing = currentUser.user().flatMap(user -> progress.unfinished(user.accountId()));
        }
        return standing;
    }

    public boolean isPresent() {
        return standing().isPresent();
    }

    public String getJourneyTitle() {
        return standing().map(found -> found.journey().title()).orElse("");
    }

    public String getStepTitle() {
        return standing().flatMap(found -> found.place().next()).map(step -> step.title()).orElse("");
    }

    public String getProgressText() {
        return standing().map(found -> "Step " + found.place().position() + " of " + found.place().total()).orElse("");
    }
}
