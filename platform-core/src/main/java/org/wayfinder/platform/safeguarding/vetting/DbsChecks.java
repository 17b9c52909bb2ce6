package org.wayfinder.platform.safeguarding.vetting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.wayfinder.platform.cache.ProgrammeCache;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.People.Person;
import org.wayfinder.platform.spi.PluginRole;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.safeguarding.Vetting;

/**
 * The core's {@link Vetting}: the DBS checks of everyone who holds a role that a plugin switched on
 * for the programme declares vetted ({@link PluginRole#vetted()}: mentors, placement supervisors). A
 * moderator records checks; owners and moderators see who needs attention (the staff's page
 * {@code /staff/vetting.xhtml}); plugins ask {@link #isVetted} before they put someone in touch with a
 * young person, and {@link ExpiryWarnings} tells people before their check lapses.
 */
@ApplicationScoped
public class DbsChecks extends Repository<DbsCheck> implements Vetting {

    /**
     * A person holding a vetted role, with their vetting and the roles that need it, as the staff's
     * page lists them.
     *
     * @param vetting    the person and where they stand
     * @param roleLabels how the roles that need their check are named ("Mentor"), in the plugins' order
     */
    public record Listed(PersonVetting vetting, List<String> roleLabels) {

        /** The roles as the page shows them beside the name: "Mentor, Placement supervisor". */
        public String roles() {
            return String.join(", ", roleLabels);
        }
    }

    @Inject
    People people;

    @Inject
    CurrentUser currentUser;

    @Inject
    PluginActivations plugins;

    @Inject
    ProgrammeCache cache;

    @Inject
    TenantContext tenantContext;

    public DbsChecks() {
        super(DbsCheck.class);
    }

    @Override
    protected String describe() {
        return "DBS check";
    }

    @Override
    @RequiresRole(Roles.MODERATOR)
    public Check record(String personId, CheckType type, LocalDate issuedOn, LocalDate expiresOn, LocalDate today) {
        List<FieldError> problems = new ArrayList<>();
        if (personId == null || vettedRoles().stream().noneMatch(role -> people.holds(personId, role.id()))) {
            problems.add(new FieldError("person", "Choose one of the people whose role here needs a DBS check."));
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
        return add(new DbsCheck(personId, type, issuedOn, expiresOn, currentUser.require().accountId())).toCheck();
    }

    @Override
    public boolean isVetted(String personId, LocalDate day) {
        return statusOf(latest(personId), day, 0).counts();
    }

    @Override
    public Set<String> vettedAmong(Collection<String> personIds, LocalDate day) {
        return Set.copyOf(vettedUntil(personIds, day).keySet());
    }

    @Override
    public Map<String, LocalDate> vettedUntil(Collection<String> personIds, LocalDate day) {
        Map<String, LocalDate> until = new HashMap<>();
        if (personIds.isEmpty()) {
            return until;
        }
        Map<String, Check> latest = latestByPerson();
        for (String id : personIds) {
            Optional<Check> check = Optional.ofNullable(latest.get(id));
            if (status(check, day, 0).counts()) {
                until.put(id, check.get().expiresOn());
            }
        }
        return until;
    }

    @Override
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public List<PersonVetting> overview(LocalDate today, int warningDays) {
        return listed(vettedPeople(role -> true), today, warningDays).stream().map(Listed::vetting).toList();
    }

    @Override
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public List<PersonVetting> overviewOf(String role, LocalDate today, int warningDays) {
        return listed(vettedPeople(vetted -> vetted.id().equals(role)), today, warningDays).stream().map(Listed::vetting).toList();
    }

    /** {@link #overview} with the roles that make each person need a check, for the staff's page. */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public List<Listed> overviewWithRoles(LocalDate today, int warningDays) {
        return listed(vettedPeople(role -> true), today, warningDays);
    }

    @Override
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public List<Check> history(String personId) {
        return query("SELECT c FROM DbsCheck c WHERE c.personId = :person ORDER BY c.issuedOn DESC, c.createdAt DESC")
                .setParameter("person", personId).getResultList().stream().map(DbsCheck::toCheck).toList();
    }

    /** The vetted roles of the plugins switched on here, in the plugins' order. */
    public List<PluginRole> vettedRoles() {
        return plugins.enabledPlugins().stream().flatMap(plugin -> plugin.roles().stream()).filter(PluginRole::vetted).toList();
    }

    /**
     * Everyone active here who holds a vetted role, by account id, each with the labels of those
     * roles: one query per vetted role.
     */
    Map<String, Holder> vettedPeople() {
        return vettedPeople(role -> true);
    }

    private Map<String, Holder> vettedPeople(Predicate<PluginRole> which) {
        Map<String, Holder> holders = new LinkedHashMap<>();
        for (PluginRole role : vettedRoles().stream().filter(which).toList()) {
            for (Person person : people.withRole(role.id())) {
                holders.computeIfAbsent(person.accountId(), id -> new Holder(person, new ArrayList<>())).roleLabels().add(role.label());
            }
        }
        return holders;
    }

    /** A person holding vetted roles, and those roles' labels. */
    record Holder(Person person, List<String> roleLabels) {
    }

    private List<Listed> listed(Map<String, Holder> holders, LocalDate today, int warningDays) {
        List<Listed> all = new ArrayList<>();
        if (holders.isEmpty()) {
            return all;
        }
        Map<String, Check> latestByPerson = latestByPerson();
        for (Holder holder : holders.values()) {
            Check latest = latestByPerson.get(holder.person().accountId());
            Status status = status(Optional.ofNullable(latest), today, warningDays);
            long daysLeft = latest == null ? 0 : ChronoUnit.DAYS.between(today, latest.expiresOn());
            all.add(new Listed(new PersonVetting(holder.person(), latest, status, daysLeft),
                    List.copyOf(holder.roleLabels())));
        }
        all.sort(Comparator.comparing((Listed row) -> row.vetting().status().ordinal()).thenComparing(row -> row.vetting().person().name()));
        return all;
    }

    /** Each person's latest check that expires on or before {@code date} and has not been warned about: for {@link ExpiryWarnings}. */
    public List<DbsCheck> latestExpiringBy(LocalDate date) {
        // "Latest" as latestByPerson orders them: the furthest expiry, then the newest record.
        return query("SELECT c FROM DbsCheck c WHERE c.expiresOn <= :date AND c.expiryWarnedAt IS NULL AND NOT EXISTS ("
                + "SELECT n FROM DbsCheck n WHERE n.personId = c.personId AND (n.expiresOn > c.expiresOn"
                + " OR (n.expiresOn = c.expiresOn AND n.createdAt > c.createdAt))) ORDER BY c.expiresOn, c.id")
                .setParameter("date", date).getResultList();
    }

    /**
     * Marks the check as warned about, unless another transaction (another instance's tick) already
     * has; whether this call did.
     */
    public boolean claimExpiryWarning(String checkId, Instant now) {
        boolean claimed = em().createQuery("UPDATE DbsCheck c SET c.expiryWarnedAt = :now WHERE c.id = :id AND c.expiryWarnedAt IS NULL")
                .setParameter("now", now).setParameter("id", checkId).executeUpdate() == 1;
        if (claimed) {
            // A bulk update renews nothing by itself: the held checks show when the warning went.
            cache.changed(Cache.activity(tenantContext.tenantId()));
        }
        return claimed;
    }

    /** Each person's latest check (the furthest expiry, then the newest record), held by the programme's activity scope. */
    private Map<String, Check> latestByPerson() {
        return cache.get(Cache.activity(tenantContext.tenantId()), "dbs-latest", () -> {
            Map<String, Check> latest = new HashMap<>();
            query("SELECT c FROM DbsCheck c ORDER BY c.expiresOn DESC, c.createdAt DESC").getResultList()
                    .forEach(check -> latest.putIfAbsent(check.getPersonId(), check.toCheck()));
            return Map.copyOf(latest);
        });
    }

    private Optional<DbsCheck> latest(String personId) {
        return query("SELECT c FROM DbsCheck c WHERE c.personId = :person ORDER BY c.expiresOn DESC, c.createdAt DESC")
                .setParameter("person", personId).setMaxResults(1).getResultStream().findFirst();
    }

    /** Where someone with this latest check stands on {@code today}: expiry first, then the level, then the warning window. */
    static Status statusOf(Optional<DbsCheck> latest, LocalDate today, int warningDays) {
        return status(latest.map(DbsCheck::toCheck), today, warningDays);
    }

    private static Status status(Optional<Check> latest, LocalDate today, int warningDays) {
        if (latest.isEmpty()) {
            return Status.NOT_CHECKED;
        }
        Check check = latest.get();
        if (!today.isBefore(check.expiresOn())) {
            return Status.EXPIRED;
        }
        if (!check.type().forChildren()) {
            return Status.NOT_ENOUGH;
        }
        return today.plusDays(warningDays).isBefore(check.expiresOn()) ? Status.VETTED : Status.EXPIRES_SOON;
    }
}
