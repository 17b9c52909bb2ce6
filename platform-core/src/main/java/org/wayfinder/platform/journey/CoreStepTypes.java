package org.wayfinder.platform.journey;

import java.util.List;
import org.wayfinder.platform.spi.journey.StepType;

/** The step types every programme has, whatever its plugins. */
public final class CoreStepTypes {

    public static final String FORM = "form";
    public static final String CONSENT = "consent";
    public static final String INFO = "info";
    public static final String APPROVAL = "approval";

    record Core(String id, String name, String description, boolean needsForm, Completion completion) implements StepType {
    }

    public static final List<StepType> ALL = List.of(
            new Core(FORM, "Form", "The person answers one of the programme's forms.", true, StepType.Completion.ON_PAGE),
            new Core(CONSENT, "Consent", "The person reads and agrees to a consent form (for example safeguarding rules).",
                    true, StepType.Completion.ON_PAGE),
            new Core(INFO, "Information page", "The person reads a page of information and carries on.", false,
                    StepType.Completion.ON_PAGE),
            new Core(APPROVAL, "Wait for approval", "The person waits until a moderator or owner approves them.", false,
                    StepType.Completion.BY_CODE));

    private CoreStepTypes() {
    }
}
