package org.wayfinder.mentoring.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wayfinder.mentoring.match.Match;
import org.wayfinder.mentoring.match.Matches;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.safeguarding.Vetting;

/**
 * What a match does together: the meetings they log and the goals they set and move along. Either
 * of the two can log and update; the programme's staff can read. Logging also counts as being
 * active, for the owner's "last active".
 */
@ApplicationScoped
public class MatchProgress extends Repository<MeetingLog> {

    @Inject
    Matches matches;

    @Inject
    CurrentUser currentUser;

    public MatchProgress() {
        super(MeetingLog.class);
    }

    @Override
    protected String describe() {
        return "Meeting";
    }

    public MeetingLog logMeeting(String matchId, LocalDate metOn, Integer minutes, String topic) {
        Match match = matches.ownMatch(matchId);
        List<FieldError> problems = new ArrayList<>();
        LocalDate today = Vetting.today();
        LocalDate started = match.getStartedAt().atZone(Vetting.UK).toLocalDate();
        if (metOn == null) {
            problems.add(new FieldError("metOn", "Enter the day you met."));
        } else if (metOn.isAfter(today)) {
            problems.add(new FieldError("metOn", "Log a meeting once it has happened."));
        } else if (metOn.isBefore(started)) {
            problems.add(new FieldError("metOn", "That is before you were matched."));
        }
        if (minutes == null || minutes < 5 || minutes > 480) {
            problems.add(new FieldError("minutes", "Enter how long you met, 5 to 480 minutes."));
        }
        String about = topic == null ? "" : topic.strip();
        if (about.length() < 2 || about.length() > 200) {
            problems.add(new FieldError("topic", "Say in 2 to 200 characters what you talked about."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return add(new MeetingLog(match.getId(), metOn, minutes, about, currentUser.require().accountId()));
    }

    public List<MeetingLog> meetings(String matchId) {
        matches.readable(matchId);
        return query("SELECT m FROM MeetingLog m WHERE m.matchId = :match ORDER BY m.metOn DESC, m.createdAt DESC")
                .setParameter("match", matchId).getResultList();
    }

    public Goal addGoal(String matchId, String description) {
        Match match = matches.ownMatch(matchId);
        String text = description == null ? "" : description.strip();
        if (text.length() < 3 || text.length() > 200) {
            throw new InvalidInputException("goal", "Describe the goal in 3 to 200 characters.");
        }
        Goal goal = new Goal(match.getId(), text, Instant.now());
        em().persist(goal);
        return goal;
    }

    public Goal moveGoal(String goalId, Goal.Progress progress) {
        Goal goal = Optional.ofNullable(em().find(Goal.class, goalId)).orElseThrow(() -> new org.wayfinder.platform.spi.RecordNotFoundException("Goal"));
        matches.ownMatch(goal.getMatchId());
        goal.moveTo(progress, Instant.now());
        return goal;
    }

    public List<Goal> goals(String matchId) {
        matches.readable(matchId);
        return em().createQuery("SELECT g FROM Goal g WHERE g.matchId = :match ORDER BY g.createdAt", Goal.class)
                .setParameter("match", matchId).getResultList();
    }

    /**
     * When each of these people last wrote a message or logged a meeting; someone who never did is
     * left out. Two grouped queries however many people are asked about.
     */
    public Map<String, Instant> lastActive(Collection<String> accountIds) {
        Map<String, Instant> last = new HashMap<>();
        if (accountIds.isEmpty()) {
            return last;
        }
        List<String> who = List.copyOf(new java.util.HashSet<>(accountIds));
        // The latest time is picked in SQL and the rows holding it are read, rather than MAX read back: MySQL's driver returns an
        // aggregate of a datetime column as a LocalDateTime, which the Instant converter cannot take.
        for (String latest : List.of("SELECT m.senderId, m.sentAt FROM Message m WHERE m.senderId IN :who"
                        + " AND m.sentAt = (SELECT MAX(n.sentAt) FROM Message n WHERE n.senderId = m.senderId)",
                "SELECT m.loggedBy, m.createdAt FROM MeetingLog m WHERE m.loggedBy IN :who"
                        + " AND m.createdAt = (SELECT MAX(n.createdAt) FROM MeetingLog n WHERE n.loggedBy = m.loggedBy)")) {
            for (Object[] row : em().createQuery(latest, Object[].class).setParameter("who", who).getResultList()) {
                last.merge((String) row[0], (Instant) row[1], (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return last;
    }
}
