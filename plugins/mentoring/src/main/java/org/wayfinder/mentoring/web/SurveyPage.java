package org.wayfinder.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.match.Match;
import org.wayfinder.mentoring.match.Matches;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.form.Answers;
import org.wayfinder.platform.spi.form.FormFill;
import org.wayfinder.platform.spi.form.PublishedForms;
import org.wayfinder.platform.spi.form.SubmittedAnswers;
import org.wayfinder.platform.spi.web.Messages;

/**
 * The exit survey of an ended match, for its two people: the programme's exit survey form (a
 * mentoring setting), answered once after the match ends. The reports count its answers.
 */
@Named
@ViewScoped
public class SurveyPage implements Serializable {

    @Inject
    Messages messages;

    @Inject
    Matches matches;

    @Inject
    PublishedForms forms;

    @Inject
    SubmittedAnswers answers;

    @Inject
    ProgrammePlugins plugins;

    @Inject
    CurrentUser currentUser;

    private String matchId;
    private FormFill fill;
    private String state;

    /** Runs when the page opens: only the match's two people (403 for anyone else, 404 for another programme's match). */
    public void load() {
        Match match = matches.ownMatch(matchId);
        String key = plugins.settings(MentoringPlugin.ID).text(MentoringPlugin.EXIT_SURVEY_FORM);
        if (match.isActive()) {
            state = "active";
        } else if (answers.latestAnswers(key, currentUser.require().accountId())
                .filter(given -> !given.submittedAt().isBefore(match.getEndedAt())).isPresent()) {
            state = "answered";
        } else {
            state = forms.published(key).map(form -> {
                fill = new FormFill(form, Answers.none());
                return "open";
            }).orElse("none");
        }
    }

    public void submit() {
        try {
            answers.submitAnswers(fill.getDefinition().key(), fill.answers().values());
            state = "answered";
            messages.info("Thank you for telling us how it went.");
        } catch (InvalidInputException invalid) {
            List<FieldError> elsewhere = fill.show(invalid.errors());
            elsewhere.forEach(error -> messages.error(error.message()));
            messages.error("Some answers need attention.");
        }
    }

    public FormFill getFill() {
        return fill;
    }

    /** {@code open}, {@code answered}, {@code active} (the match goes on) or {@code none} (the programme has no survey). */
    public String getState() {
        return state;
    }

    public String getMatchId() {
        return matchId;
    }

    public void setMatchId(String matchId) {
        this.matchId = matchId;
    }
}
