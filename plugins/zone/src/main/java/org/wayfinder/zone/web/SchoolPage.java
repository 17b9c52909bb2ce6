package org.wayfinder.zone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.evidence.Encounter;
import org.wayfinder.platform.spi.web.Dates;
import org.wayfinder.platform.spi.web.Downloads;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.PerRequest;
import org.wayfinder.platform.spi.web.SiteAddress;
import org.wayfinder.zone.booking.Booking;
import org.wayfinder.zone.booking.Bookings;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.event.Zones;
import org.wayfinder.zone.evidence.ZoneEncounters;
import org.wayfinder.zone.school.ClassCode;
import org.wayfinder.zone.school.School;
import org.wayfinder.zone.school.Schools;
import org.wayfinder.zone.school.Teacher;

/**
 * A teacher's page: register their school; once approved, make class codes, book Chats for their
 * classes and cancel them.
 */
@Named
@ViewScoped
public class SchoolPage implements Serializable {

    @Inject
    SiteAddress siteAddress;

    @Inject
    Messages messages;

    @Inject
    Schools schools;

    @Inject
    Zones zones;

    @Inject
    Bookings bookings;

    @Inject
    Dates dates;

    @Inject
    ZoneEncounters encounters;

    @Inject
    Downloads downloads;

    @Inject
    People people;

    /** The choice of class that opens a box to name a new one. */
    public static final String NEW_CLASS = "+new";

    /** One team's bookable Chats on one day, soonest first. */
    public record TeamChats(String teamName, List<Bookings.Slot> slots) {
    }

    /** A day of the timetable: its heading and each team's Chats that day, in the order the first of them starts. */
    public record Day(String heading, List<TeamChats> teams) {
    }

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.UK);
    private static final DateTimeFormatter CLOCK_AND_ZONE = DateTimeFormatter.ofPattern("HH:mm z", Locale.UK);

    private String schoolId;
    private String newName;
    private String newCounty;
    private boolean underServed;
    private boolean wideningParticipation;
    private boolean addingSchool;
    private String zoneId;
    private String className;
    private String bookingClass;
    private String classChoice;
    private String openCodeId;
    private String cancelReason;
    private transient Optional<Teacher> registration;
    private transient List<School> register;
    private transient List<Zone> openZones;
    private transient List<ClassCode> codes;
    private transient List<Bookings.Slot> bookable;
    private transient List<Bookings.BookingRow> myBookings;
    private transient List<String> myClasses;
    private final PerRequest read = new PerRequest();

    /** Runs when the page opens: only teachers get in. */
    public void load() {
        getCodes();
        if (zoneId == null && !getZones().isEmpty()) {
            zoneId = getZones().get(0).getId();
        }
    }

    public Teacher getRegistration() {
        if (registration == null) {
            registration = schools.myRegistration();
        }
        return registration.orElse(null);
    }

    public School getMySchool() {
        return getRegistration() == null ? null : read.get("school", () -> schools.get(getRegistration().getSchoolId()));
    }

    public boolean isApproved() {
        return getRegistration() != null && getRegistration().isApproved();
    }

    public List<School> getRegister() {
        if (register == null) {
            register = schools.all();
        }
        return register;
    }

    public void register() {
        try {
            schools.registerSchool(addingSchool ? null : schoolId, newName, newCounty, underServed, wideningParticipation);
            registration = null;
            register = null;
            messages.info("Thank you. A moderator checks your registration and you get an email when you can book Chats.");
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "register");
        }
    }

    public List<Zone> getZones() {
        if (openZones == null) {
            openZones = zones.notClosed();
        }
        return openZones;
    }

    public Zone getZone() {
        return zoneId == null ? null : getZones().stream().filter(z -> z.getId().equals(zoneId)).findFirst().orElse(null);
    }

    // Class codes

    public List<ClassCode> getCodes() {
        if (codes == null) {
            codes = schools.myClassCodes();
        }
        return codes;
    }

    public void makeCode() {
        try {
            ClassCode code = schools.makeClassCode(zoneId, className);
            className = null;
            codes = null;
            myClasses = null;
            messages.info("Class code " + Schools.display(code.getCode()) + " made for " + code.getClassName() + ".");
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "codes");
        }
    }

    public void retire(String codeId) {
        schools.retireClassCode(codeId);
        codes = null;
        messages.info("That code no longer works. Students who joined with it keep their accounts.");
    }

    public void toggleMembers(String codeId) {
        openCodeId = codeId.equals(openCodeId) ? null : codeId;
    }

    public List<Schools.ClassMember> getMembers() {
        return openCodeId == null ? List.of() : schools.classMembers(openCodeId);
    }

    public String display(String code) {
        return Schools.display(code);
    }

    /** Where students join with a code. */
    public String getJoinAddress() {
        return siteAddress.current() + "/zone/join.xhtml";
    }

    /** The Zone of a class code: those of every code listed are read in one query. */
    public String zoneName(String id) {
        Zone zone = read.get("codeZones", () -> zones.byIds(getCodes().stream().map(ClassCode::getZoneId).toList())).get(id);
        return zone != null ? zone.getName() : zones.find(id).map(Zone::getName).orElse("");
    }

    /** The school's students' encounters as the CSV schools' careers records take in; empty until the teacher is approved. */
    public void downloadEncounters() {
        List<List<String>> rows = encounters.ofMySchool().stream()
                .map(e -> e.csvRow(people.find(e.studentId()).map(People.Person::name).orElse("Someone who left"))).toList();
        downloads.sendCsv("encounters-" + LocalDate.now(dates.zone()) + ".csv", Encounter.CSV_COLUMNS, rows);
    }

    public boolean usable(ClassCode code) {
        return code.isUsable(Instant.now());
    }

    // Booking

    public List<Bookings.Slot> getBookable() {
        if (bookable == null) {
            bookable = zoneId == null ? List.of() : bookings.bookable(zoneId, Instant.now());
        }
        return bookable;
    }

    /**
     * The bookable Chats by day, then by team: a teacher looks for a day that suits the class, then
     * for whom they would like to meet, rather than reading every slot in a row.
     */
    public List<Day> getDays() {
        Map<LocalDate, Map<String, List<Bookings.Slot>>> byDay = new LinkedHashMap<>();
        for (Bookings.Slot slot : getBookable()) {
            LocalDate day = slot.chat().getStartsAt().atZone(dates.zone()).toLocalDate();
            String team = slot.team() == null ? "" : slot.team().getName();
            byDay.computeIfAbsent(day, d -> new LinkedHashMap<>()).computeIfAbsent(team, t -> new ArrayList<>()).add(slot);
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((day, teams) -> days.add(new Day(WEEKDAY.format(day) + " " + dates.date(day),
                teams.entrySet().stream().map(team -> new TeamChats(team.getKey(), team.getValue())).toList())));
        return days;
    }

    /** When a Chat starts, under its day's heading: "14:05 GMT". */
    public String startTime(Bookings.Slot slot) {
        return CLOCK_AND_ZONE.format(slot.chat().getStartsAt().atZone(dates.zone()));
    }

    /** The classes this teacher has named before, to choose from. */
    public List<String> getMyClasses() {
        if (myClasses == null) {
            myClasses = bookings.myClasses();
        }
        return myClasses;
    }

    /** Whether the teacher is naming a class of theirs for the first time: always so before they have named any. */
    public boolean isAddingClass() {
        return NEW_CLASS.equals(classChoice) || getMyClasses().isEmpty();
    }

    public void book(String chatId) {
        boolean adding = isAddingClass();
        try {
            Booking booking = bookings.book(chatId, adding ? bookingClass : classChoice);
            bookable = null;
            myBookings = null;
            myClasses = null;
            classChoice = booking.getClassName();
            bookingClass = null;
            messages.info("Booked for " + booking.getClassName() + ". We remind you by email the day before.");
        } catch (InvalidInputException invalid) {
            bookable = null;
            messages.show(adding ? invalid : onTheChoice(invalid), "booking");
        } catch (RecordNotFoundException gone) {
            bookable = null;
            messages.error("That Chat is no longer on the timetable.");
        }
    }

    /** A problem with the class's name belongs to the list of classes when the teacher chose from it: none was chosen. */
    private static InvalidInputException onTheChoice(InvalidInputException invalid) {
        return new InvalidInputException(invalid.errors().stream()
                .map(error -> "className".equals(error.field())
                        ? new FieldError("classChoice", "Choose which class it is for, or \"Add a class...\" to name a new one.") : error)
                .toList());
    }

    public List<Bookings.BookingRow> getMyBookings() {
        if (myBookings == null) {
            myBookings = isApproved() ? bookings.mySchoolsBookings() : List.of();
        }
        return myBookings;
    }

    public boolean cancellable(Bookings.BookingRow row) {
        return row.booking().getStatus() == Booking.Status.BOOKED && row.chat().getStartsAt().isAfter(Instant.now());
    }

    public void cancel(String bookingId) {
        try {
            bookings.cancel(bookingId, cancelReason);
            cancelReason = null;
            bookable = null;
            myBookings = null;
            messages.info("Cancelled. The place is free for another class, and we have emailed you the Chats you can still book.");
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "mine");
        }
    }

    // Form fields

    public String getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(String schoolId) {
        this.schoolId = schoolId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewCounty() {
        return newCounty;
    }

    public void setNewCounty(String newCounty) {
        this.newCounty = newCounty;
    }

    public boolean isUnderServed() {
        return underServed;
    }

    public void setUnderServed(boolean underServed) {
        this.underServed = underServed;
    }

    public boolean isWideningParticipation() {
        return wideningParticipation;
    }

    public void setWideningParticipation(boolean wideningParticipation) {
        this.wideningParticipation = wideningParticipation;
    }

    public boolean isAddingSchool() {
        return addingSchool;
    }

    public void setAddingSchool(boolean addingSchool) {
        this.addingSchool = addingSchool;
    }

    public String getZoneId() {
        return zoneId;
    }

    public void setZoneId(String zoneId) {
        this.zoneId = zoneId;
        bookable = null;
    }

    public String getClassName() {
        return className;
    }

    public void setClassName(String className) {
        this.className = className;
    }

    public String getBookingClass() {
        return bookingClass;
    }

    public void setBookingClass(String bookingClass) {
        this.bookingClass = bookingClass;
    }

    public String getNewClass() {
        return NEW_CLASS;
    }

    public String getClassChoice() {
        return classChoice;
    }

    public void setClassChoice(String classChoice) {
        this.classChoice = classChoice;
    }

    public String getOpenCodeId() {
        return openCodeId;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
