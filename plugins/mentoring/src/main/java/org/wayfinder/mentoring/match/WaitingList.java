package org.wayfinder.mentoring.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.profile.Profiles;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.Cache;

/**
 * The waiting list: every mentee without a mentor now, longest waiting first. A mentee waits from
 * when they joined, or from when their last match ended, so a mentee whose match ends goes back on
 * the list to be matched again.
 */
@ApplicationScoped
public class WaitingList extends Repository<Match> {

    /**
     * A mentee on the waiting list.
     *
     * @param menteeId        their account id
     * @param name            their name
     * @param since           when they began waiting: joining, or the end of their last match
     * @param profileFinished whether their profile has a career area, which matching needs
     * @param askedMentorId   in the requests mode, the mentor they have asked and are waiting for; null otherwise
     * @param askedAt         when they asked; null when they have not
     * @param matchedBefore   whether they had a match that ended
     */
    public record Waiting(String menteeId, String name, Instant since, boolean profileFinished, String askedMentorId, Instant askedAt,
                          boolean matchedBefore) implements Serializable {
    }

    @Inject
    People people;

    @Inject
    Profiles profiles;

    @Inject
    MatchRequests requests;

    @Inject
    Cache cache;

    @Inject
    TenantContext tenantContext;

    public WaitingList() {
        super(Match.class);
    }

    /**
     * How many mentees wait for a mentor, and how many matches are active: what the owner's home
     * shows, read through the programme's activity cache (mentees, their accounts and matches name it).
     */
    public record Figures(long waiting, long active) implements Serializable {
    }

    @RequiresRole({Roles.OWNER, Roles.MODERATOR})
    public Figures figures() {
        return cache.get(Cache.activity(tenantContext.tenantId()), "mentoring-waiting", () -> {
            Set<String> matched = matchedMentees();
            long waiting = people.withRole(MentoringPlugin.MENTEE).stream().filter(person -> !matched.contains(person.accountId())).count();
            return new Figures(waiting, matched.size());
        });
    }

    private Set<String> matchedMentees() {
        return em().createQuery("SELECT m.menteeId FROM Match m WHERE m.endedAt IS NULL", String.class).getResultStream()
                .collect(Collectors.toSet());
    }

    @RequiresRole({Roles.OWNER, Roles.MODERATOR})
    public List<Waiting> list() {
        Set<String> matched = matchedMentees();
        Map<String, Instant> lastEnded = new HashMap<>();
        em().createQuery("SELECT m.menteeId, m.endedAt FROM Match m WHERE m.endedAt IS NOT NULL", Object[].class).getResultStream()
                .forEach(row -> lastEnded.merge((String) row[0], (Instant) row[1], (a, b) -> a.isAfter(b) ? a : b));
        Map<String, Profiles.Profile> profileOf = profiles.allOf(MentoringPlugin.MENTEE);
        Map<String, MatchRequest> asked = requests.waitingByMentee();
        return people.withRole(MentoringPlugin.MENTEE).stream().filter(person -> !matched.contains(person.accountId()))
                .map(person -> {
                    Instant ended = lastEnded.get(person.accountId());
                    Instant since = ended != null && ended.isAfter(person.joinedAt()) ? ended : person.joinedAt();
                    Profiles.Profile profile = profileOf.get(person.accountId());
                    MatchRequest request = asked.get(person.accountId());
                    return new Waiting(person.accountId(), person.name(), since, profile != null && profile.complete(),
                            request == null ? null : request.getMentorId(), request == null ? null : request.getRequestedAt(),
                            ended != null);
                })
                .sorted(Comparator.comparing(Waiting::since).thenComparing(Waiting::name)).toList();
    }
}
