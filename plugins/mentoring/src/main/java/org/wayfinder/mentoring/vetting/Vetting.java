package org.wayfinder.mentoring.vetting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.People.Person;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;

/**
 * Whether each mentor is vetted: a moderator records DBS checks; a mentor is vetted while their
 * latest enhanced check has not expired. Matching and messaging ask {@link #isVetted} before they
 * put a mentor in touch with a student; owners and moderators see who is about to lapse.
 */
@ApplicationScoped
public class Vetting extends Repository<DbsCheck> {

    /** Dates are the programme's, in the UK. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    /** Where a mentor stands. */
    public enum Status {
        EXPIRED("Expired"), NOT_CHECKED("Not checked"), EXPIRES_SOON("Expires soon"), NOT_ENOUGH("Check not enhanced"), VETTED("Vetted");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A mentor and their vetting, as the vetting page lists them.
     *
     * @param mentor   who
     * @param latest   their latest check, if any
     * @param status   where they stand today
     * @param daysLeft days until the latest check expires (negative once it has)
     */
    public record MentorVetting(Person mentor, DbsCheck latest, Status status, long daysLeft) {
    }

    @Inject
    People people;

    @Inject
    CurrentUser currentUser;

    public Vetting() {
        super(DbsCheck.class);
    }

    @Override
    protected String describe() {
        return "DBS check";
    }

    public static LocalDate today() {
        return LocalDate.now(UK);
    }

    /** Records a mentor's check as seen by the signed-in moderator. */
    @RequiresRole(Roles.MODERATOR)
    public DbsCheck record(String mentorId, CheckType type, LocalDate issuedOn, LocalDate expiresOn, LocalDate today) {
        List<FieldError> problems = new ArrayList<>();
        if (mentorId == null || !people.holds(mentorId, MentoringPlugin.MENTOR)) {
            problems.add(new FieldError("mentor", "Choose one of the programme's mentors."));
        }
        if (type == null) {
            problems.add(new FieldError("type", "Choose the level of the check."));
        }
        if (issuedOn == null) {
            problems.add(new FieldError("issuedOn", "Enter the date the certificate was issued."));
        } else if (issuedOn.isAfter(today)) {
            problems.add(new FieldError("issuedOn", "The issue date cannot be in the future."));
        }
        if (expiresOn == null) {
            problems.add(new FieldError("expiresOn", "Enter the date the check stops counting."));
        } else if (issuedOn != null && !expiresOn.isAfter(issuedOn)) {
            problems.add(new FieldError("expiresOn", "The expiry date must come after the issue date."));
        } else if (issuedOn != null && expiresOn.isAfter(issuedOn.plusYears(5))) {
            problems.add(new FieldError("expiresOn", "A check counts for at most 5 years from its issue date."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return add(new DbsCheck(mentorId, type, issuedOn, expiresOn, currentUser.require().accountId()));
    }

    /** Whether the mentor may be matched with students and message them today. */
    public boolean isVetted(String mentorId, LocalDate today) {
        return counts(statusOf(latest(mentorId), today, 0));
    }

    /** Of these mentors, those vetted today, read at once. */
    public Set<String> vettedAmong(Collection<String> mentorIds, LocalDate today) {
        Map<String, DbsCheck> latest = latestByMentor();
        return mentorIds.stream().filter(id -> counts(statusOf(Optional.ofNullable(latest.get(id)), today, 0)))
                .collect(Collectors.toSet());
    }

    private static boolean counts(Status status) {
        return status == Status.VETTED || status == Status.EXPIRES_SOON;
    }

    /** Every mentor with their vetting, those who need attention first. */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public List<MentorVetting> overview(LocalDate today, int warningDays) {
        List<MentorVetting> all = new ArrayList<>();
        Map<String, DbsCheck> latestByMentor = latestByMentor();
        for (Person mentor : people.withRole(MentoringPlugin.MENTOR)) {
            DbsCheck latest = latestByMentor.get(mentor.accountId());
            Status status = statusOf(Optional.ofNullable(latest), today, warningDays);
            long daysLeft = latest == null ? 0 : ChronoUnit.DAYS.between(today, latest.getExpiresOn());
            all.add(new MentorVetting(mentor, latest, status, daysLeft));
        }
        all.sort(Comparator.comparing((MentorVetting v) -> v.status().ordinal()).thenComparing(v -> v.mentor().name()));
        return all;
    }

    /** A mentor's checks, newest first. */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public List<DbsCheck> history(String mentorId) {
        return query("SELECT c FROM DbsCheck c WHERE c.mentorId = :mentor ORDER BY c.issuedOn DESC, c.createdAt DESC")
                .setParameter("mentor", mentorId).getResultList();
    }

    /** Each mentor's latest check (the one that lasts longest), in one query. */
    /** Each mentor's latest check that expires on or before {@code date} and has not been warned about: for the reminders. */
    public List<DbsCheck> latestExpiringBy(LocalDate date) {
        // "Latest" as latestByMentor orders them: the furthest expiry, then the newest record.
        return query("SELECT c FROM DbsCheck c WHERE c.expiresOn <= :date AND c.expiryWarnedAt IS NULL AND NOT EXISTS ("
                + "SELECT n FROM DbsCheck n WHERE n.mentorId = c.mentorId AND (n.expiresOn > c.expiresOn"
                + " OR (n.expiresOn = c.expiresOn AND n.createdAt > c.createdAt))) ORDER BY c.expiresOn, c.id")
                .setParameter("date", date).getResultList();
    }

    /**
     * Marks the check as warned about, unless another transaction (another instance's reminders)
     * already has; whether this call did.
     */
    public boolean claimExpiryWarning(String checkId, java.time.Instant now) {
        return em().createQuery("UPDATE DbsCheck c SET c.expiryWarnedAt = :now WHERE c.id = :id AND c.expiryWarnedAt IS NULL")
                .setParameter("now", now).setParameter("id", checkId).executeUpdate() == 1;
    }

    private Map<String, DbsCheck> latestByMentor() {
        Map<String, DbsCheck> latest = new HashMap<>();
        query("SELECT c FROM DbsCheck c ORDER BY c.expiresOn DESC, c.createdAt DESC").getResultList()
                .forEach(check -> latest.putIfAbsent(check.getMentorId(), check));
        return latest;
    }

    private Optional<DbsCheck> latest(String mentorId) {
        return query("SELECT c FROM DbsCheck c WHERE c.mentorId = :mentor ORDER BY c.expiresOn DESC, c.createdAt DESC")
                .setParameter("mentor", mentorId).setMaxResults(1).getResultStream().findFirst();
    }

    static Status statusOf(Optional<DbsCheck> latest, LocalDate today, int warningDays) {
        if (latest.isEmpty()) {
            return Status.NOT_CHECKED;
        }
        DbsCheck check = latest.get();
        if (!today.isBefore(check.getExpiresOn())) {
            return Status.EXPIRED;
        }
        if (!check.getType().forChildren()) {
            return Status.NOT_ENOUGH;
        }
        return today.plusDays(warningDays).isBefore(check.getExpiresOn()) ? Status.VETTED : Status.EXPIRES_SOON;
    }
}
