package org.wayfinder.web.journey;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.wayfinder.config.branding.RichText;
import org.wayfinder.platform.form.FormResponses;
import org.wayfinder.platform.form.Forms;
import org.wayfinder.platform.journey.CoreStepTypes;
import org.wayfinder.platform.journey.JourneyProgress;
import org.wayfinder.platform.journey.JourneyProgress.Standing;
import org.wayfinder.platform.journey.StepTypes;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.form.Answers;
import org.wayfinder.platform.spi.form.FormFill;
import org.wayfinder.platform.spi.journey.JourneyStep;
import org.wayfinder.platform.spi.journey.StepType;
import org.wayfinder.platform.spi.web.Messages;

/**
 * Where a signed-in person does their journey: the step they are at, how far along they are, and
 * what finishing it takes. Without a role it opens the first journey they have not finished.
 * Every action names the step it was drawn for, so a journey that changed meanwhile sends the
 * person to where they now stand rather than doing the wrong step.
 */
@Named
@ViewScoped
public class JourneyPage implements Serializable {

    @Inject
    Messages messages;

    @Inject
    JourneyProgress progress;

    @Inject
    Forms forms;

    @Inject
    FormResponses responses;

    @Inject
    StepTypes stepTypes;

    @Inject
    CurrentUser currentUser;

    private String role;
    private String stepId;
    private FormFill fill;
    private transient Standing standing;

    /** Runs when the page opens. */
    public void load() {
        String accountId = currentUser.require().accountId();
        if (role == null || role.isBlank()) {
            standing = progress.unfinished(accountId).orElse(null);
        } else {
            if (!currentUser.hasRole(role)) {
                throw new RecordNotFoundException("Journey");
            }
            standing = progress.standing(accountId, role).orElseThrow(() -> new RecordNotFoundException("Journey"));
        }
        prepare();
    }

    private void prepare() {
        fill = null;
        stepId = null;
        if (standing == null || standing.place().finished()) {
            return;
        }
        role = standing.role();
        JourneyStep step = standing.place().next().orElseThrow();
        stepId = step.id();
        if (step.form() != null) {
            String accountId = currentUser.require().accountId();
            forms.published(step.form()).ifPresent(form -> fill = new FormFill(form,
                    responses.latest(step.form(), accountId).map(FormResponses.Given::answers).orElse(Answers.none())));
        }
        if (CoreStepTypes.APPROVAL.equals(step.type())) {
            progress.requestApproval(currentUser.require().accountId(), role, stepId);
        }
    }

    /** Sends in the answers of a form or consent step. */
    public String submit() {
        try {
            progress.answerCurrent(role, stepId, fill.answers());
            return onward("Saved.");
        } catch (InvalidInputException invalid) {
            if (isMoved(invalid)) {
                return onward(null);
            }
            List<FieldError> elsewhere = fill.show(invalid.errors());
            elsewhere.forEach(error -> messages.error(error.message()));
            int count = invalid.errors().size() - elsewhere.size();
            if (count > 0) {
                messages.error(count == 1 ? "One answer needs attention before you can carry on."
                        : count + " answers need attention before you can carry on.");
            }
            return null;
        }
    }

    /** Finishes an information page. */
    public String carryOn() {
        try {
            progress.completeCurrent(role, stepId);
            return onward(null);
        } catch (InvalidInputException moved) {
            return onward(null);
        }
    }

    /** Skips an optional step. */
    public String skip() {
        try {
            progress.skipCurrent(role, stepId);
            return onward("Step skipped.");
        } catch (InvalidInputException refused) {
            if (isMoved(refused)) {
                return onward(null);
            }
            refused.errors().forEach(error -> messages.error(error.message()));
            return null;
        }
    }

    private static boolean isMoved(InvalidInputException invalid) {
        return invalid.errors().stream().anyMatch(error -> "step".equals(error.field()));
    }

    /** Opens the page again at wherever the person now stands, keeping the message across the redirect. */
    private String onward(String message) {
        if (message != null) {
            messages.info(message);
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        }
        return "/journey/index?faces-redirect=true&role=" + URLEncoder.encode(role, StandardCharsets.UTF_8);
    }

    private Standing standing() {
        if (standing == null && role != null && !role.isBlank()) {
            standing = progress.standing(currentUser.require().accountId(), role).orElse(null);
        }
        return standing;
    }

    public boolean isNothingToDo() {
        return standing() == null;
    }

    public boolean isFinished() {
        return standing() != null && standing().place().finished();
    }

    public String getJourneyTitle() {
        return standing() == null ? "" : standing().journey().title();
    }

    public JourneyStep getStep() {
        return standing() == null ? null : standing().place().next().orElse(null);
    }

    /** "Step 3 of 6". */
    public String getProgressText() {
        return standing() == null ? "" : "Step " + standing().place().position() + " of " + standing().place().total();
    }

    public int getPosition() {
        return standing() == null ? 0 : standing().place().position();
    }

    public int getTotal() {
        return standing() == null ? 0 : standing().place().total();
    }

    public int getDone() {
        return standing() == null ? 0 : standing().place().done();
    }

    /** The step's text, cleaned again when drawn so that nothing an owner typed can run as script. */
    public String getStepText() {
        JourneyStep step = getStep();
        return step == null ? "" : RichText.clean(step.text());
    }

    /**
     * What kind of page this step needs: form, info, approval, plugin (done on a plugin's own page)
     * or broken (its form is gone, its type unknown, or its plugin switched off here).
     */
    public String getKind() {
        JourneyStep step = getStep();
        if (step == null) {
            return "none";
        }
        if (step.form() != null) {
            return fill == null ? "broken" : "form";
        }
        if (CoreStepTypes.INFO.equals(step.type())) {
            return "info";
        }
        if (CoreStepTypes.APPROVAL.equals(step.type())) {
            return "approval";
        }
        return getPluginPage() == null ? "broken" : "plugin";
    }

    /** The plugin page where this step is done; null when its plugin is off here. */
    public String getPluginPage() {
        return stepType().filter(stepTypes::isOffered).map(StepType::page).orElse(null);
    }

    /** For a step that finishes by itself: what will move the person on ("You will move on when you have a mentor."). */
    public String getWaitingText() {
        return stepType().filter(type -> type.completion() == StepType.Completion.BY_CODE)
                .map(type -> type.waitingText() == null ? "You will move on by yourself when this step is done; the link below"
                        + " takes you to where you do it." : type.waitingText())
                .orElse(null);
    }

    private Optional<StepType> stepType() {
        JourneyStep step = getStep();
        return step == null ? Optional.empty() : stepTypes.find(step.type());
    }

    public FormFill getFill() {
        return fill;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getStepId() {
        return stepId;
    }
}
