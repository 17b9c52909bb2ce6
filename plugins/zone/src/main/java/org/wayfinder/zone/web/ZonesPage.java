package org.wayfinder.zone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.web.Dates;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.PerRequest;
import org.wayfinder.zone.booking.Booking;
import org.wayfinder.zone.booking.Bookings;
import org.wayfinder.zone.event.Professional;
import org.wayfinder.zone.event.Team;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.event.Zones;

/**
 * The owner's Zones: details (dates, funders, prize), teams, the professionals given access and
 * their teams, the Chat timetable with its bookings and outcomes, and closing the Zone.
 */
@Named
@ViewScoped
public class ZonesPage implements Serializable {

    @Inject
    Dates dates;

    @Inject
    Messages messages;

    @Inject
    Zones zones;

    @Inject
    Bookings bookings;

    @Inject
    People people;

    private String zoneId;
    private boolean creating;
    private String name;
    private String summary;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private String funders;
    private String prize;
    private String teamName;
    private String teamDescription;
    private String email;
    private String personName;
    private String teamId;
    private String slotTeamId;
    private LocalDateTime startsAt;
    private int minutes = 30;
    private int classes = 1;
    private final Map<String, String> placements = new HashMap<>();
    private final PerRequest read = new PerRequest();

    /** Runs when the page opens: owners only (the list is read through an owner-only call). */
    public void load() {
        if (zoneId == null && !getAll().isEmpty()) {
            zoneId = getAll().get(0).getId();
        }
        if (zoneId != null) {
            edit(zones.get(zoneId));
        } else {
            creating = true;
        }
    }

    public List<Zone> getAll() {
        return read.get("all", zones::forOwner);
    }

    public Zone getZone() {
        return zoneId == null || creating ? null : read.get("zone:" + zoneId, () -> zones.find(zoneId).orElse(null));
    }

    private void edit(Zone zone) {
        name = zone.getName();
        summary = zone.getSummary();
        opensOn = zone.getOpensOn();
        closesOn = zone.getClosesOn();
        funders = String.join("\n", zone.getFunders());
        prize = zone.getPrize();
    }

    public void startNew() {
        creating = true;
        name = null;
        summary = null;
        opensOn = null;
        closesOn = null;
        funders = null;
        prize = null;
    }

    public void save() {
        try {
            Zones.Details details = new Zones.Details(name, summary, opensOn, closesOn, funders, prize);
            Zone zone = creating ? zones.create(details) : zones.update(zoneId, details);
            zoneId = zone.getId();
            creating = false;
            read.forget();
            messages.info("Saved " + zone.getName() + ".");
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "details");
        }
    }

    public void close() {
        try {
            Zone zone = zones.close(zoneId);
            read.forget();
            messages.info(zone.getName() + " is closed." + (zone.getWinnerIds().isEmpty() ? " Nobody voted, so there is no winner."
                    : " The winner: " + winners(zone) + "."));
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public String winners(Zone zone) {
        Map<String, Team> teams = zones.teamsById(zone.getWinnerIds());
        List<String> names = zone.getWinnerIds().stream().map(id -> teams.containsKey(id) ? teams.get(id).getName() : "").toList();
        return names.size() > 1 ? String.join(" and ", names) + " (a tie)" : String.join("", names);
    }

    // Teams

    public List<Team> getTeams() {
        return getZone() == null ? List.of() : read.get("teams:" + zoneId, () -> zones.teams(zoneId));
    }

    public void addTeam() {
        try {
            Team team = zones.addTeam(zoneId, teamName, teamDescription);
            teamName = null;
            teamDescription = null;
            read.forget();
            messages.info("Added the " + team.getName() + " team.");
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "teams");
        }
    }

    public List<Zones.Tally> getTally() {
        return getZone() == null ? List.of() : read.get("tally:" + zoneId, () -> zones.tally(zoneId));
    }

    // Professionals

    public List<Professional> getProfessionals() {
        return getZone() == null ? List.of() : read.get("professionals:" + zoneId, () -> {
            List<Professional> list = zones.professionals(zoneId);
            list.forEach(p -> placements.putIfAbsent(p.getId(), p.getTeamId() == null ? "" : p.getTeamId()));
            return list;
        });
    }

    public String name(String accountId) {
        return people.find(accountId).map(p -> p.name() + " (" + p.email() + ")").orElse("Invited, not accepted yet");
    }

    public void giveAccess() {
        try {
            zones.giveAccess(zoneId, email, personName, teamId);
            read.forget();
            messages.info("Added " + personName + ". Someone new to the programme gets an email to choose a password.");
            email = null;
            personName = null;
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "professionals");
        }
    }

    public void place(String professionalId) {
        try {
            zones.placeIn(professionalId, placements.get(professionalId));
            read.forget();
            messages.info("Team changed.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public void removeAccess(String professionalId) {
        zones.removeAccess(professionalId);
        placements.remove(professionalId);
        read.forget();
        messages.info("Removed from the Zone. What they wrote stays.");
    }

    // Chats

    public List<Bookings.Slot> getSlots() {
        return getZone() == null ? List.of() : read.get("slots:" + zoneId, () -> bookings.slots(zoneId));
    }

    public void publish() {
        try {
            bookings.publish(zoneId, slotTeamId, startsAt == null ? null : startsAt.atZone(dates.zone()).toInstant(), minutes, classes);
            read.forget();
            messages.info("Published. Teachers can book it now.");
            startsAt = null;
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "slots");
        }
    }

    public void withdraw(String chatId) {
        try {
            bookings.withdraw(chatId);
            read.forget();
            messages.info("Taken off the timetable.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public void cancelBooking(String bookingId) {
        try {
            bookings.cancel(bookingId, "Cancelled by the programme");
            read.forget();
            messages.info("Cancelled; the teacher is told and invited to book again.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public void record(String bookingId, String outcome) {
        try {
            bookings.recordOutcome(bookingId, Booking.Status.valueOf(outcome));
            read.forget();
            messages.info("Recorded.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public boolean started(Bookings.Slot slot) {
        return !slot.chat().getStartsAt().isAfter(Instant.now());
    }

    /** A booking's school: the names of every school the Zone's slots name are read in one query. */
    public String schoolName(String schoolId) {
        return read.get("schoolNames:" + zoneId, () -> bookings.schoolNames(getSlots().stream()
                .flatMap(slot -> slot.bookings().stream()).map(Booking::getSchoolId).toList())).getOrDefault(schoolId, "");
    }

    // Fields

    public String getZoneId() {
        return zoneId;
    }

    public void setZoneId(String zoneId) {
        this.zoneId = zoneId;
    }

    public boolean isCreating() {
        return creating;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public String getFunders() {
        return funders;
    }

    public void setFunders(String funders) {
        this.funders = funders;
    }

    public String getPrize() {
        return prize;
    }

    public void setPrize(String prize) {
        this.prize = prize;
    }

    public String getTeamName() {
        return teamName;
    }

    public void setTeamName(String teamName) {
        this.teamName = teamName;
    }

    public String getTeamDescription() {
        return teamDescription;
    }

    public void setTeamDescription(String teamDescription) {
        this.teamDescription = teamDescription;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getTeamId() {
        return teamId;
    }

    public void setTeamId(String teamId) {
        this.teamId = teamId;
    }

    public String getSlotTeamId() {
        return slotTeamId;
    }

    public void setSlotTeamId(String slotTeamId) {
        this.slotTeamId = slotTeamId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public int getClasses() {
        return classes;
    }

    public void setClasses(int classes) {
        this.classes = classes;
    }

    public Map<String, String> getPlacements() {
        return placements;
    }
}
