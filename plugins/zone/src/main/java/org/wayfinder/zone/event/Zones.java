package org.wayfinder.zone.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.zone.ZonePlugin;

/**
 * The programme's Zones, their teams and the professionals given access to them. Owners set them
 * up; everyone taking part reads them. Closing a Zone fixes its winners from the votes.
 */
@ApplicationScoped
public class Zones extends Repository<Zone> {

    /** What an owner fills in for a Zone. Funders one per line. */
    public record Details(String name, String summary, LocalDate opensOn, LocalDate closesOn, String funders, String prize) {
    }

    /** A team's votes. */
    public record Tally(Team team, long votes) {
    }

    @Inject
    People people;

    @Inject
    CurrentUser currentUser;

    public Zones() {
        super(Zone.class);
    }

    @Override
    protected String describe() {
        return "Zone";
    }

    /** Every Zone of the programme, the latest first. */
    public List<Zone> all() {
        return query("SELECT z FROM Zone z ORDER BY z.opensOn DESC, z.name").getResultList();
    }

    /** Every Zone, for the owner's page: the call that keeps everyone else out of it. */
    @RequiresRole(Roles.OWNER)
    public List<Zone> forOwner() {
        return all();
    }

    /** The Zones open on this day, the soonest to close first. */
    public List<Zone> openOn(LocalDate day) {
        return query("SELECT z FROM Zone z WHERE z.closedAt IS NULL AND z.opensOn <= :day AND z.closesOn >= :day ORDER BY z.closesOn")
                .setParameter("day", day).getResultList();
    }

    /** Zones not closed yet, whether open or still to come: the ones teachers can make class codes and book Chats for. */
    public List<Zone> notClosed() {
        return query("SELECT z FROM Zone z WHERE z.closedAt IS NULL ORDER BY z.opensOn").getResultList();
    }

    @RequiresRole(Roles.OWNER)
    public Zone create(Details details) {
        Details clean = check(details);
        Zone zone = add(new Zone(clean.name(), clean.opensOn(), clean.closesOn()));
        zone.describe(clean.name(), clean.summary(), clean.opensOn(), clean.closesOn(), funders(clean.funders()), clean.prize());
        return zone;
    }

    @RequiresRole(Roles.OWNER)
    public Zone update(String zoneId, Details details) {
        Zone zone = get(zoneId);
        Details clean = check(details);
        zone.describe(clean.name(), clean.summary(), clean.opensOn(), clean.closesOn(), funders(clean.funders()), clean.prize());
        return zone;
    }

    /**
     * Closes the Zone: nobody can vote, book or ask any more, and the team or teams with the most
     * votes are its winners from now on (a tie keeps every team that shares the most votes).
     */
    @RequiresRole(Roles.OWNER)
    public Zone close(String zoneId) {
        Zone zone = get(zoneId);
        if (zone.isClosed()) {
            throw new InvalidInputException("zone", zone.getName() + " closed already.");
        }
        zone.close(Instant.now(), leaders(tally(zoneId)));
        return zone;
    }

    /** Every team of the Zone with its votes, most first; teams without votes too. One aggregate query. */
    public List<Tally> tally(String zoneId) {
        java.util.Map<String, Long> votes = new java.util.HashMap<>();
        em().createQuery("SELECT v.teamId, COUNT(v) FROM Vote v WHERE v.zoneId = :zone GROUP BY v.teamId", Object[].class)
                .setParameter("zone", zoneId).getResultList().forEach(row -> votes.put((String) row[0], (Long) row[1]));
        List<Tally> tallies = new ArrayList<>();
        for (Team team : teams(zoneId)) {
            tallies.add(new Tally(team, votes.getOrDefault(team.getId(), 0L)));
        }
        tallies.sort((a, b) -> Long.compare(b.votes(), a.votes()));
        return tallies;
    }

    /** The ids of the teams sharing the most votes; none before any vote. */
    public static List<String> leaders(List<Tally> tallies) {
        long most = tallies.stream().mapToLong(Tally::votes).max().orElse(0);
        return most == 0 ? List.of() : tallies.stream().filter(t -> t.votes() == most).map(t -> t.team().getId()).toList();
    }

    // Names

    /** How a person is named on the Zone's pages: their display name (a student's first name or nickname), never an email. */
    public String nameOf(String accountId) {
        return people.find(accountId).map(People.Person::name).orElse("Someone who left");
    }


    /** The team of each of the Zone's professionals placed in one, by account id, read in one query: for naming many of them. */
    public java.util.Map<String, String> teamNamesOfProfessionals(String zoneId) {
        java.util.Map<String, String> teams = new java.util.HashMap<>();
        em().createQuery("SELECT p.accountId, t.name FROM Professional p, Team t WHERE p.zoneId = :zone AND t.id = p.teamId", Object[].class)
                .setParameter("zone", zoneId).getResultList().forEach(row -> teams.put((String) row[0], (String) row[1]));
        return teams;
    }

    // Teams

    public List<Team> teams(String zoneId) {
        return em().createQuery("SELECT t FROM Team t WHERE t.zoneId = :zone ORDER BY t.position, t.name", Team.class)
                .setParameter("zone", zoneId).getResultList();
    }

    /** These teams by id, read in one query: for lists of Chats and bookings that name their teams. */
    public java.util.Map<String, Team> teamsById(java.util.Collection<String> teamIds) {
        return byIds(Team.class, teamIds);
    }

    public Optional<Team> team(String teamId) {
        return teamId == null ? Optional.empty() : Optional.ofNullable(em().find(Team.class, teamId));
    }

    @RequiresRole(Roles.OWNER)
    public Team addTeam(String zoneId, String name, String description) {
        Zone zone = get(zoneId);
        String cleanName = teamName(zoneId, name, null);
        int position = teams(zone.getId()).size() + 1;
        Team team = new Team(zone.getId(), cleanName, optional(description, 1000, "description", "A description"), position);
        em().persist(team);
        return team;
    }

    @RequiresRole(Roles.OWNER)
    public Team updateTeam(String teamId, String name, String description) {
        Team team = team(teamId).orElseThrow(() -> new RecordNotFoundException("Team"));
        team.rename(teamName(team.getZoneId(), name, team.getId()), optional(description, 1000, "description", "A description"));
        return team;
    }

    private String teamName(String zoneId, String name, String except) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 120) {
            throw new InvalidInputException("teamName", "Enter the team's name (up to 120 characters).");
        }
        boolean taken = teams(zoneId).stream().anyMatch(t -> t.getName().equalsIgnoreCase(clean) && !t.getId().equals(except));
        if (taken) {
            throw new InvalidInputException("teamName", "This Zone already has a team called " + clean + ".");
        }
        return clean;
    }

    // Professionals

    /** The professionals given access to the Zone. */
    public List<Professional> professionals(String zoneId) {
        return em().createQuery("SELECT p FROM Professional p WHERE p.zoneId = :zone", Professional.class)
                .setParameter("zone", zoneId).getResultList();
    }

    /** This person's place in the Zone as a professional, if they have one. */
    public Optional<Professional> professional(String zoneId, String accountId) {
        return em().createQuery("SELECT p FROM Professional p WHERE p.zoneId = :zone AND p.accountId = :account", Professional.class)
                .setParameter("zone", zoneId).setParameter("account", accountId).getResultStream().findFirst();
    }

    /** The Zones this person is a professional in, with their place. */
    public List<Professional> placesOf(String accountId) {
        return em().createQuery("SELECT p FROM Professional p WHERE p.accountId = :account", Professional.class)
                .setParameter("account", accountId).getResultList();
    }

    /**
     * Gives a professional access to the Zone, in a team or none yet. Someone without an account is
     * invited by email (they hold the professional role from now on and choose a password from the link).
     */
    @RequiresRole(Roles.OWNER)
    public Professional giveAccess(String zoneId, String email, String name, String teamId) {
        Zone zone = get(zoneId);
        String team = teamOf(zone.getId(), teamId);
        String accountId = people.invite(email, name, ZonePlugin.PROFESSIONAL, "healthcare professional");
        Optional<Professional> existing = professional(zone.getId(), accountId);
        if (existing.isPresent()) {
            existing.get().placeIn(team);
            return existing.get();
        }
        Professional professional = new Professional(zone.getId(), accountId, team);
        em().persist(professional);
        return professional;
    }

    @RequiresRole(Roles.OWNER)
    public void placeIn(String professionalId, String teamId) {
        Professional professional = Optional.ofNullable(em().find(Professional.class, professionalId))
                .orElseThrow(() -> new RecordNotFoundException("Professional"));
        professional.placeIn(teamOf(professional.getZoneId(), teamId));
    }

    /** Takes a professional's access to the Zone away; what they wrote stays. */
    @RequiresRole(Roles.OWNER)
    public void removeAccess(String professionalId) {
        Optional.ofNullable(em().find(Professional.class, professionalId)).ifPresent(em()::remove);
    }

    private String teamOf(String zoneId, String teamId) {
        if (teamId == null || teamId.isBlank()) {
            return null;
        }
        return team(teamId).filter(t -> t.getZoneId().equals(zoneId)).map(Team::getId)
                .orElseThrow(() -> new InvalidInputException("team", "Choose one of this Zone's teams."));
    }

    private static Details check(Details details) {
        List<FieldError> errors = new ArrayList<>();
        String name = details.name() == null ? "" : details.name().strip();
        if (name.isEmpty() || name.length() > 120) {
            errors.add(new FieldError("name", "Enter the Zone's name (up to 120 characters)."));
        }
        if (details.opensOn() == null) {
            errors.add(new FieldError("opensOn", "Enter the day the Zone opens."));
        }
        if (details.closesOn() == null) {
            errors.add(new FieldError("closesOn", "Enter the day the Zone closes."));
        } else if (details.opensOn() != null && details.closesOn().isBefore(details.opensOn())) {
            errors.add(new FieldError("closesOn", "The Zone must close on or after the day it opens."));
        }
        String summary = details.summary() == null ? "" : details.summary().strip();
        if (summary.length() > 1000) {
            errors.add(new FieldError("summary", "Keep the summary under 1,000 characters."));
        }
        String funders = details.funders() == null ? "" : details.funders().strip();
        if (funders.length() > 2000) {
            errors.add(new FieldError("funders", "Keep the funders under 2,000 characters."));
        }
        String prize = details.prize() == null ? "" : details.prize().strip();
        if (prize.length() > 300) {
            errors.add(new FieldError("prize", "Keep the prize under 300 characters."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Details(name, summary.isEmpty() ? null : summary, details.opensOn(), details.closesOn(), funders,
                prize.isEmpty() ? null : prize);
    }

    private static List<String> funders(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String optional(String text, int max, String field, String what) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() > max) {
            throw new InvalidInputException(field, what + " is up to " + max + " characters.");
        }
        return clean.isEmpty() ? null : clean;
    }

    /** Today in the programme's calendar: the UK's, where a Zone's opening and closing days are. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
