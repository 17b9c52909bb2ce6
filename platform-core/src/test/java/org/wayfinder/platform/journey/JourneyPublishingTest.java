package org.wayfinder.platform.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.definition.Checked;
import org.wayfinder.platform.definition.DraftOutcome;
import org.wayfinder.platform.definition.DraftOutcome.Result;
import org.wayfinder.platform.definition.Drafts;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.journey.JourneyDefinition;
import org.wayfinder.platform.spi.journey.JourneyStep;

/** A journey's drafts and versions, as {@link Journeys} keeps them, under the journey engine's rules. */
class JourneyPublishingTest {

    private final Drafts<JourneyDefinition> drafts = Journeys.drafts(journey -> JourneyEngine.problemsWith(journey,
            id -> CoreStepTypes.ALL.stream().filter(type -> type.id().equals(id)).findFirst(), "profile"::equals, "member"::equals));

    private static JourneyDefinition journey(String title, String... stepIds) {
        return new JourneyDefinition("member", title, List.of(stepIds).stream()
                .map(id -> new JourneyStep(id, "info", "Read " + id, "", null, true, null, null)).toList());
    }

    @Test
    void aPublishedJourneyIsAVersionOfItsOwnThatTheNextDraftLeavesAlone() {
        Journey journey = new Journey("member", "Getting started");
        drafts.save(journey, journey("Getting started", "welcome"));
        JourneyVersion first = drafts.publish(journey, JourneyVersion::new);
        drafts.save(journey, journey("Your first week", "welcome", "rules"));

        assertThat(first.getJourney()).isSameAs(journey);
        assertThat(first.getNumber()).isEqualTo(1);
        assertThat(drafts.definitionOf(first)).isEqualTo(journey("Getting started", "welcome"));
        assertThat(journey.getTitle()).isEqualTo("Getting started");
        assertThat(drafts.draft(journey)).contains(journey("Your first week", "welcome", "rules"));

        JourneyVersion second = drafts.publish(journey, JourneyVersion::new);
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(journey.getCurrentVersion()).isEqualTo(2);
        assertThat(journey.getTitle()).isEqualTo("Your first week");
        assertThat(journey.hasDraft()).isFalse();
    }

    @Test
    void aJourneyTheEngineRefusesIsNotSavedAndSaysWhereTheProblemIs() {
        Journey journey = new Journey("member", "Getting started");

        assertThatThrownBy(() -> drafts.save(journey, journey("Getting started", "welcome", "welcome")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::field).containsExactly("steps[1].id"));
        assertThat(journey.hasDraft()).isFalse();
    }

    @Test
    void savingThePublishedJourneyAgainDropsTheDraft() {
        Journey journey = new Journey("member", "Getting started");
        JourneyDefinition live = journey("Getting started", "welcome");
        drafts.save(journey, live);
        drafts.publish(journey, JourneyVersion::new);
        drafts.save(journey, journey("Getting started", "welcome", "rules"));

        DraftOutcome outcome = drafts.save(new Checked<>(live, drafts.check(live)), Optional.of(journey), Optional.of(live), () -> null);

        assertThat(outcome).isEqualTo(DraftOutcome.of(Result.UNCHANGED, 1));
        assertThat(journey.hasDraft()).isFalse();
    }
}
