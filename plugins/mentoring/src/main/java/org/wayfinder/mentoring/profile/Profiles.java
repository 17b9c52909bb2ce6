package org.wayfinder.mentoring.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.form.SubmittedAnswers;
import org.wayfinder.platform.spi.form.SubmittedAnswers.Answered;

/**
 * Mentees' and mentors' profiles: their latest answers to the programme's profile forms (which
 * forms is a mentoring setting), read by the mentoring question types. Profiles are data the
 * owner shapes with the form builder, not fields of a table of ours.
 */
@ApplicationScoped
public class Profiles {

    /**
     * What matching and reports need to know about someone.
     *
     * @param accountId    who
     * @param role         {@code mentee} or {@code mentor}
     * @param careerAreas  term keys of the career areas they chose
     * @param supportTypes term keys of the support types they chose
     * @param availability the times they can meet
     * @param borough      where they are, compared without case or spacing; null when not given
     * @param school       a mentee's school as typed; null when not given
     * @param capacity     how many mentees a mentor takes at once (1 when not given); 0 for mentees
     */
    public record Profile(String accountId, String role, Set<String> careerAreas, Set<String> supportTypes,
                          Set<String> availability, String borough, String school, int capacity) {

        /** Whether matching can use it: at least one career area. */
        public boolean complete() {
            return !careerAreas.isEmpty();
        }
    }

    @Inject
    SubmittedAnswers answers;

    @Inject
    ProgrammePlugins plugins;

    @Inject
    CurrentUser currentUser;

    /**
     * Someone's profile in a role, for themselves, the programme's owners and its moderators;
     * empty until they have answered the profile form.
     */
    public Optional<Profile> of(String accountId, String role) {
        if (!currentUser.require().accountId().equals(accountId) && !currentUser.hasRole(Roles.OWNER)
                && !currentUser.hasRole(Roles.MODERATOR)) {
            throw new AccessDeniedException("Only the person, the programme's owners and its moderators see a profile.");
        }
        return forMatching(accountId, role);
    }

    /**
     * Everyone's profile in a role who has answered the profile form, by account id, read at once:
     * for the programme's staff (the bulk proposal, the report).
     */
    @RequiresRole({Roles.OWNER, Roles.MODERATOR})
    public Map<String, Profile> allOf(String role) {
        return allForMatching(role);
    }

    /**
     * Profiles for matching rules that run on behalf of a mentee or a mentor (their suggestions,
     * a mentor's room), whoever is signed in. What the caller shows of them is its own decision:
     * a mentee is shown only scores, a mentor only what a mentee who asked them wants help with.
     */
    public Map<String, Profile> allForMatching(String role) {
        Map<String, Profile> all = new HashMap<>();
        answers.latestAnswersOfAll(formKey(role)).forEach((accountId, given) -> all.put(accountId, profile(accountId, role, given)));
        return all;
    }

    /** One person's profile for matching rules; see {@link #allForMatching}. */
    public Optional<Profile> forMatching(String accountId, String role) {
        return answers.latestAnswers(formKey(role), accountId).map(given -> profile(accountId, role, given));
    }

    private String formKey(String role) {
        String setting = MentoringPlugin.MENTOR.equals(role) ? MentoringPlugin.MENTOR_PROFILE_FORM : MentoringPlugin.MENTEE_PROFILE_FORM;
        return plugins.settings(MentoringPlugin.ID).text(setting);
    }

    static Profile profile(String accountId, String role, Answered given) {
        List<String> borough = given.ofType(ProfileFields.BOROUGH);
        List<String> school = given.ofType(ProfileFields.SCHOOL);
        List<String> capacity = given.ofType(ProfileFields.CAPACITY);
        boolean mentor = MentoringPlugin.MENTOR.equals(role);
        return new Profile(accountId, role,
                new LinkedHashSet<>(given.ofType(ProfileFields.CAREER_AREAS)),
                new LinkedHashSet<>(given.ofType(ProfileFields.SUPPORT_TYPES)),
                new LinkedHashSet<>(given.ofType(ProfileFields.AVAILABILITY)),
                borough.isEmpty() ? null : ProfileFields.place(borough.get(0)),
                school.isEmpty() ? null : school.get(0).strip(),
                !mentor ? 0 : capacity.isEmpty() ? 1 : Math.max(1, Math.min(ProfileFields.MOST_MENTEES, Integer.parseInt(capacity.get(0)))));
    }
}
