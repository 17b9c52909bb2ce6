package org.wayfinder.zone.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Mail;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.Tick;
import org.wayfinder.platform.spi.journey.JourneySteps;
import org.wayfinder.platform.spi.web.Dates;
import org.wayfinder.platform.spi.web.SiteAddress;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.event.Team;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.event.Zones;
import org.wayfinder.zone.school.School;
import org.wayfinder.zone.school.Schools;
import org.wayfinder.zone.school.Teacher;

/**
 * Chat slots and the classes' bookings of them.
 *
 * <p>The owner publishes slots; an approved teacher books a place for one class; the teacher (or the
 * owner) can cancel before the Chat starts. Once it has started, an owner or moderator records what
 * happened: it took place, or the class did not come. Teachers whose booking was cancelled or who did
 * not come are invited to book again, once per booking. Teachers are reminded of a Chat
 * {@code reminder-hours} before it; every instance ticks, so each reminder is claimed with a
 * conditional UPDATE and sent by one.
 */
@ApplicationScoped
public class Bookings extends Repository<Chat> {

    @Inject
    SiteAddress siteAddress;

    /** A Chat slot with its team and the bookings standing. */
    public record Slot(Chat chat, Team team, List<Booking> bookings) {

        public long placesLeft() {
            return chat.getClasses() - bookings.stream().filter(Booking::isStanding).count();
        }
    }

    /** A booking with its Chat, team and school, for lists. */
    public record BookingRow(Booking booking, Chat chat, Team team, School school) {
    }

    @Inject
    Zones zones;

    @Inject
    Schools schools;

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Inject
    ProgrammePlugins plugins;


    @Inject
    Dates dates;

    @Inject
    Event<Mail> mail;

    @Inject
    JourneySteps journeySteps;

    public Bookings() {
        super(Chat.class);
    }

    @Override
    protected String describe() {
        return "Chat";
    }

    // Slots

    @RequiresRole(Roles.OWNER)
    public Chat publish(String zoneId, String teamId, Instant startsAt, int minutes, int classes) {
        Zone zone = zones.get(zoneId);
        List<FieldError> errors = new ArrayList<>();
        if (zone.isClosed()) {
            errors.add(new FieldError("zone", zone.getName() + " has closed."));
        }
        if (zones.team(teamId).filter(t -> t.getZoneId().equals(zone.getId())).isEmpty()) {
            errors.add(new FieldError("team", "Choose one of this Zone's teams."));
        }
        if (startsAt == null) {
            errors.add(new FieldError("startsAt", "Enter when the Chat starts."));
        } else if (startsAt.isBefore(Instant.now())) {
            errors.add(new FieldError("startsAt", "A Chat must start in the future."));
        }
        if (minutes < 10 || minutes > 120) {
            errors.add(new FieldError("minutes", "A Chat lasts 10 to 120 minutes."));
        }
        if (classes < 1 || classes > 6) {
            errors.add(new FieldError("classes", "A Chat takes 1 to 6 classes."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return add(new Chat(zone.getId(), teamId, startsAt, minutes, classes));
    }

    /** Takes an unbooked slot off the timetable. */
    @RequiresRole(Roles.OWNER)
    public void withdraw(String chatId) {
        Chat chat = get(chatId);
        if (bookingsOf(chat.getId()).stream().anyMatch(Booking::isStanding)) {
            throw new InvalidInputException("chat", "A class has booked this Chat: cancel its booking first, which tells the teacher.");
        }
        chat.withdraw();
    }

    /** Every slot of the Zone in time order, with its bookings. */
    public List<Slot> slots(String zoneId) {
        List<Chat> chats = query("SELECT c FROM Chat c WHERE c.zoneId = :zone AND c.withdrawn = FALSE ORDER BY c.startsAt")
                .setParameter("zone", zoneId).getResultList();
        return slotsOf(chats);
    }

    /** Slots a class can still book: in the future, with a place left, in a Zone not closed. */
    public List<Slot> bookable(String zoneId, Instant now) {
        return slots(zoneId).stream().filter(slot -> slot.chat().getStartsAt().isAfter(now) && slot.placesLeft() > 0).toList();
    }

    private List<Slot> slotsOf(List<Chat> chats) {
        if (chats.isEmpty()) {
            return List.of();
        }
        List<String> ids = chats.stream().map(Chat::getId).toList();
        List<Booking> all = em().createQuery("SELECT b FROM Booking b WHERE b.chatId IN :ids ORDER BY b.bookedAt", Booking.class)
                .setParameter("ids", ids).getResultList();
        Map<String, Team> teams = zones.teamsById(chats.stream().map(Chat::getTeamId).toList());
        List<Slot> slots = new ArrayList<>();
        for (Chat chat : chats) {
            slots.add(new Slot(chat, teams.get(chat.getTeamId()),
                    all.stream().filter(b -> b.getChatId().equals(chat.getId())).toList()));
        }
        return slots;
    }

    /**
     * How many Chats with a class booked the person's teams hold between two instants, in the Zones
     * not closed where they are a professional: one query, for their home.
     */
    public long teamChatsBetween(String accountId, Instant from, Instant to) {
        // The Chats are read and the withdrawn ones left out here: a boolean compared in this query's SQL comes out as 0, which H2 refuses.
        return em().createQuery("SELECT DISTINCT c FROM Chat c, Professional p, Zone z WHERE p.accountId = :me"
                        + " AND c.zoneId = p.zoneId AND c.teamId = p.teamId AND z.id = c.zoneId AND z.closedAt IS NULL"
                        + " AND c.startsAt >= :dayStart AND c.startsAt < :dayEnd"
                        + " AND EXISTS (SELECT b FROM Booking b WHERE b.chatId = c.id AND b.status IN :standing)", Chat.class)
                .setParameter("me", accountId).setParameter("dayStart", from).setParameter("dayEnd", to)
                .setParameter("standing", List.of(Booking.Status.BOOKED, Booking.Status.TOOK_PLACE)).getResultStream()
                .filter(chat -> !chat.isWithdrawn()).count();
    }

    public List<Booking> bookingsOf(String chatId) {
        return em().createQuery("SELECT b FROM Booking b WHERE b.chatId = :chat ORDER BY b.bookedAt", Booking.class)
                .setParameter("chat", chatId).getResultList();
    }

    // Bookings

    /**
     * Books a place in the Chat for one of the approved teacher's classes. The Chat's row is locked
     * while the places are counted, so two teachers taking the last place at once, on any instance,
     * are served one after the other and the second is told it has gone.
     */
    @RequiresRole(ZonePlugin.TEACHER)
    public Booking book(String chatId, String className) {
        Teacher teacher = schools.approvedTeacher();
        Chat chat = find(chatId).orElseThrow(() -> new RecordNotFoundException("Chat"));
        em().lock(chat, LockModeType.PESSIMISTIC_WRITE);
        em().refresh(chat);
        String name = className == null ? "" : className.strip();
        if (name.isEmpty() || name.length() > 80) {
            throw new InvalidInputException("className", "Name the class (up to 80 characters), for example \"Year 10 Biology\".");
        }
        Zone zone = zones.get(chat.getZoneId());
        if (zone.isClosed() || chat.isWithdrawn() || !chat.getStartsAt().isAfter(Instant.now())) {
            throw new InvalidInputException("chat", "This Chat can no longer be booked. Choose another time.");
        }
        List<Booking> standing = lockedStanding(chat.getId());
        if (standing.stream().anyMatch(b -> b.getSchoolId().equals(teacher.getSchoolId()))) {
            throw new InvalidInputException("chat", "Your school has booked this Chat already.");
        }
        if (standing.size() >= chat.getClasses()) {
            throw new InvalidInputException("chat", "Sorry, another school has just taken the last place in this Chat. Choose another time.");
        }
        Booking booking = new Booking(chat.getId(), teacher.getSchoolId(), teacher.getAccountId(), name, Instant.now());
        em().persist(booking);
        journeySteps.complete(teacher.getAccountId(), BookAChat.ID);
        return booking;
    }

    /** Whether the teacher has booked a Chat that was not cancelled: what the journey's "book a Chat" step asks. */
    public boolean hasBooked(String teacherId) {
        return em().createQuery("SELECT COUNT(b) FROM Booking b WHERE b.teacherId = :teacher AND b.status IN :standing", Long.class)
                .setParameter("teacher", teacherId).setParameter("standing", List.of(Booking.Status.BOOKED, Booking.Status.TOOK_PLACE))
                .getSingleResult() > 0;
    }

    private List<Booking> lockedStanding(String chatId) {
        return em().createQuery("SELECT b FROM Booking b WHERE b.chatId = :chat AND b.status IN :standing", Booking.class)
                .setParameter("chat", chatId).setParameter("standing", List.of(Booking.Status.BOOKED, Booking.Status.TOOK_PLACE))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /**
     * The classes the signed-in teacher has named, in alphabetical order: those of their class codes
     * and of their school's bookings they made. Teachers choose from these when they book, so one
     * class keeps one name across its codes and bookings.
     */
    @RequiresRole(ZonePlugin.TEACHER)
    public List<String> myClasses() {
        String accountId = currentUser.require().accountId();
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(em().createQuery("SELECT DISTINCT c.className FROM ClassCode c WHERE c.teacherId = :teacher", String.class)
                .setParameter("teacher", accountId).getResultList());
        names.addAll(em().createQuery("SELECT DISTINCT b.className FROM Booking b WHERE b.teacherId = :teacher", String.class)
                .setParameter("teacher", accountId).getResultList());
        return List.copyOf(names);
    }

    /** The signed-in teacher's school's bookings, soonest first. */
    @RequiresRole(ZonePlugin.TEACHER)
    public List<BookingRow> mySchoolsBookings() {
        Optional<Teacher> teacher = schools.myRegistration().filter(Teacher::isApproved);
        if (teacher.isEmpty()) {
            return List.of();
        }
        return rows(em().createQuery("SELECT b, c FROM Booking b, Chat c WHERE b.chatId = c.id AND b.schoolId = :school"
                + " ORDER BY c.startsAt", Object[].class).setParameter("school", teacher.get().getSchoolId()).getResultList());
    }

    /** Every booking of the Zone, soonest first, for owners and moderators. */
    @RequiresRole({Roles.OWNER, Roles.MODERATOR})
    public List<BookingRow> bookings(String zoneId) {
        return rows(em().createQuery("SELECT b, c FROM Booking b, Chat c WHERE b.chatId = c.id AND c.zoneId = :zone"
                + " ORDER BY c.startsAt, b.bookedAt", Object[].class).setParameter("zone", zoneId).getResultList());
    }

    /** Bookings with their Chats (read together), teams and schools (all the teams in one query, all the schools in another). */
    private List<BookingRow> rows(List<Object[]> bookingsWithChats) {
        Map<String, Team> teams = zones.teamsById(bookingsWithChats.stream().map(row -> ((Chat) row[1]).getTeamId()).toList());
        Map<String, School> schoolsById = schools.byIds(bookingsWithChats.stream().map(row -> ((Booking) row[0]).getSchoolId()).toList());
        List<BookingRow> rows = new ArrayList<>();
        for (Object[] row : bookingsWithChats) {
            Booking booking = (Booking) row[0];
            Chat chat = (Chat) row[1];
            rows.add(new BookingRow(booking, chat, teams.get(chat.getTeamId()), schoolsById.get(booking.getSchoolId())));
        }
        return rows;
    }

    /** The names of these schools by id, read in one query: for lists of bookings. */
    public Map<String, String> schoolNames(java.util.Collection<String> schoolIds) {
        Map<String, String> names = new HashMap<>();
        schools.byIds(schoolIds).forEach((id, school) -> names.put(id, school.getName()));
        return names;
    }

    /**
     * Cancels a booking before its Chat starts: by a teacher of the school that made it, or an owner.
     * The place is free again, and the teacher is invited to book another time.
     */
    @RequiresRole({ZonePlugin.TEACHER, Roles.OWNER})
    public Booking cancel(String bookingId, String reason) {
        Booking booking = booking(bookingId);
        boolean owner = currentUser.hasRole(Roles.OWNER);
        if (!owner && !schools.myRegistration().filter(Teacher::isApproved)
                .map(t -> t.getSchoolId().equals(booking.getSchoolId())).orElse(false)) {
            throw new RecordNotFoundException("Booking");
        }
        if (booking.getStatus() != Booking.Status.BOOKED) {
            throw new InvalidInputException("booking", "This booking is " + booking.getStatus().label().toLowerCase() + " already.");
        }
        Chat chat = get(booking.getChatId());
        if (!chat.getStartsAt().isAfter(Instant.now())) {
            throw new InvalidInputException("booking", "The Chat has started: a moderator records whether it took place.");
        }
        String clean = reason == null ? "" : reason.strip();
        if (clean.length() > 500) {
            throw new InvalidInputException("reason", "Keep the reason under 500 characters.");
        }
        booking.cancel(currentUser.require().accountId(), Instant.now(), clean.isEmpty() ? null : clean);
        inviteToRebook(booking, chat, "was cancelled");
        return booking;
    }

    /** An owner or moderator records what happened at a booked Chat once it has started. */
    @RequiresRole({Roles.OWNER, Roles.MODERATOR})
    public Booking recordOutcome(String bookingId, Booking.Status outcome) {
        Booking booking = booking(bookingId);
        if (outcome != Booking.Status.TOOK_PLACE && outcome != Booking.Status.NO_SHOW) {
            throw new InvalidInputException("outcome", "Record that the Chat took place, or that the class did not attend.");
        }
        if (booking.getStatus() == Booking.Status.CANCELLED) {
            throw new InvalidInputException("outcome", "This booking was cancelled.");
        }
        Chat chat = get(booking.getChatId());
        if (chat.getStartsAt().isAfter(Instant.now())) {
            throw new InvalidInputException("outcome", "The Chat has not started yet.");
        }
        booking.record(outcome, currentUser.require().accountId(), Instant.now());
        if (outcome == Booking.Status.NO_SHOW) {
            inviteToRebook(booking, chat, "went ahead without your class");
        }
        return booking;
    }

    private Booking booking(String bookingId) {
        return Optional.ofNullable(bookingId == null ? null : em().find(Booking.class, bookingId))
                .orElseThrow(() -> new RecordNotFoundException("Booking"));
    }

    /**
     * Tells the teacher who booked that they can book another time, once per booking. The booking's
     * row is already being changed (and version-checked) by the caller, so a plain mark is enough.
     */
    private void inviteToRebook(Booking booking, Chat chat, String what) {
        if (!booking.inviteToRebook(Instant.now())) {
            return;
        }
        Zone zone = zones.get(chat.getZoneId());
        long open = bookable(zone.getId(), Instant.now()).size();
        people.find(booking.getTeacherId()).filter(People.Person::hasEmail).ifPresent(teacher -> mail.fire(new Mail(teacher.email(),
                "Book another Chat in " + zone.getName(),
                "Hello " + teacher.name() + ",\n\n"
                        + "The Chat for " + booking.getClassName() + " on " + dates.timeAndZone(chat.getStartsAt()) + " " + what + ".\n"
                        + (open > 0 ? "There are " + open + " Chats you can still book. Choose another time here:\n\n"
                                : "There are no free Chats just now; we will publish more. Keep an eye on:\n\n")
                        + siteAddress.programme() + "/zone/school.xhtml\n")));
    }

    // Reminders

    void onTick(@Observes Tick tick) {
        if (plugins.isEnabled(ZonePlugin.ID)) {
            remind(tick.at());
        }
    }

    /** Reminds teachers of Chats starting within the reminder hours; how many this call reminded. */
    public int remind(Instant now) {
        int hours = plugins.settings(ZonePlugin.ID).integer(ZonePlugin.REMINDER_HOURS);
        List<Booking> due = em().createQuery("SELECT b FROM Booking b, Chat c WHERE b.chatId = c.id AND b.status = :booked"
                        + " AND b.remindedAt IS NULL AND c.startsAt > :now AND c.startsAt <= :until", Booking.class)
                .setParameter("booked", Booking.Status.BOOKED).setParameter("now", now)
                .setParameter("until", now.plus(Duration.ofHours(hours))).getResultList();
        int sent = 0;
        for (Booking booking : due) {
            int claimed = em().createQuery("UPDATE Booking b SET b.remindedAt = :now, b.version = b.version + 1"
                    + " WHERE b.id = :id AND b.remindedAt IS NULL").setParameter("now", now).setParameter("id", booking.getId())
                    .executeUpdate();
            if (claimed == 0) {
                continue;
            }
            Chat chat = get(booking.getChatId());
            String team = zones.team(chat.getTeamId()).map(Team::getName).orElse("");
            people.find(booking.getTeacherId()).filter(People.Person::hasEmail).ifPresent(teacher -> mail.fire(new Mail(teacher.email(),
                    "Reminder: your class's Chat on " + dates.timeAndZone(chat.getStartsAt()),
                    "Hello " + teacher.name() + ",\n\n"
                            + booking.getClassName() + " has a " + chat.getMinutes() + "-minute Chat with the " + team + " team on "
                            + dates.timeAndZone(chat.getStartsAt()) + ".\n\n"
                            + "Students sign in with the username they got when they joined with your class code, and open the Chat"
                            + " from their Zone page. If you cannot come, cancel here so another class can have the place:\n\n"
                            + siteAddress.programme() + "/zone/school.xhtml\n")));
            sent++;
        }
        return sent;
    }
}
