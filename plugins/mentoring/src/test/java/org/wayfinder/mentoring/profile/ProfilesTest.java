package org.wayfinder.mentoring.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wayfinder.mentoring.profile.Profiles.Profile;
import org.wayfinder.platform.spi.form.FormDefinition;
import org.wayfinder.platform.spi.form.FormField;
import org.wayfinder.platform.spi.form.FormSection;
import org.wayfinder.platform.spi.form.SubmittedAnswers.Answered;

class ProfilesTest {

    private static FormField field(String id, String type) {
        return new FormField(id, type, id, "", false, List.of(), List.of(), null, null);
    }

    private static final FormDefinition FORM = new FormDefinition("mentor-profile", "About you as a mentor", "", List.of(
            new FormSection("you", "You", List.of(field("what-do-you-do", "short-text"), field("where", ProfileFields.BOROUGH))),
            new FormSection("mentoring", "Mentoring", List.of(field("careers", ProfileFields.CAREER_AREAS),
                    field("help", ProfileFields.SUPPORT_TYPES), field("when", ProfileFields.AVAILABILITY),
                    field("how-many", ProfileFields.CAPACITY)))));

    @Test
    void aProfileIsReadByQuestionTypeWhateverTheOwnerCalledTheQuestions() {
        Profile mentor = Profiles.profile("a1", "mentor", new Answered(FORM, Map.of(
                "what-do-you-do", List.of("Paramedic"), "where", List.of("  Tower   Hamlets "),
                "careers", List.of("nursing", "allied-health-professions"), "help", List.of("ucas-application"),
                "when", List.of("weekend"), "how-many", List.of("3")), java.time.Instant.EPOCH));

        assertThat(mentor.careerAreas()).containsExactly("nursing", "allied-health-professions");
        assertThat(mentor.supportTypes()).containsExactly("ucas-application");
        assertThat(mentor.availability()).containsExactly("weekend");
        assertThat(mentor.borough()).isEqualTo("tower hamlets");
        assertThat(mentor.capacity()).isEqualTo(3);
        assertThat(mentor.complete()).isTrue();
    }

    @Test
    void unansweredQuestionsLeaveGapsNotErrors() {
        Profile mentor = Profiles.profile("a1", "mentor", new Answered(FORM, Map.of(), java.time.Instant.EPOCH));
        assertThat(mentor.complete()).as("no career area yet").isFalse();
        assertThat(mentor.capacity()).as("a mentor takes one mentee unless they say more").isEqualTo(1);
        assertThat(mentor.borough()).isNull();
        assertThat(Profiles.profile("m1", "mentee", new Answered(FORM, Map.of("how-many", List.of("4")), java.time.Instant.EPOCH)).capacity())
                .as("mentees have no capacity").isZero();
    }
}
