package org.wayfinder.zone.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.web.Dates;
import org.wayfinder.platform.spi.web.HomePanel;
import org.wayfinder.platform.spi.web.HomePanel.Item;
import org.wayfinder.platform.spi.web.HomePanels;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.booking.Booking;
import org.wayfinder.zone.booking.Bookings;
import org.wayfinder.zone.chat.ChatOverview;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.event.Zones;
import org.wayfinder.zone.question.Questions;
import org.wayfinder.zone.school.Schools;
import org.wayfinder.zone.school.Student;
import org.wayfinder.zone.school.Teacher;

/**
 * The Zone on people's home pages: a student's next Chat, questions and vote; a teacher's bookings;
 * a professional's Chats today and questions waiting for an answer; the moderators' queue (held Chat
 * lines, questions and comments) with counts; for owners, the Chats on now. Each link is to a page
 * the same roles open.
 */
@RequestScoped
public class ZoneHome implements HomePanels {

    private static final String ZONE = "/zone/index.xhtml";

    @Inject
    CurrentUser currentUser;

    @Inject
    Dates dates;

    @Inject
    Zones zones;

    @Inject
    Schools schools;

    @Inject
    Bookings bookings;

    @Inject
    Questions questions;

    @Inject
    ChatOverview chats;

    @Override
    public String pluginId() {
        return ZonePlugin.ID;
    }

    @Override
    public List<HomePanel> forCurrentPerson() {
        List<HomePanel> panels = new ArrayList<>();
        if (currentUser.hasRole(ZonePlugin.STUDENT)) {
            panels.add(student());
        }
        if (currentUser.hasRole(ZonePlugin.TEACHER)) {
            panels.add(teacher());
        }
        if (currentUser.hasRole(ZonePlugin.PROFESSIONAL)) {
            panels.add(professional());
        }
        if (currentUser.hasRole(Roles.MODERATOR)) {
            panels.add(moderator());
        }
        if (currentUser.hasRole(Roles.OWNER)) {
            List<ChatOverview.Summary> all = chats.chats(Instant.now());
            long open = zones.openOn(Zones.today()).size();
            panels.add(new HomePanel("The Zone", open == 0 ? "No Zone is open today. Set up the next one under Zones." : "The Zone is open.",
                    List.of(Item.count("Chats on now", "/zone/chats.xhtml", all.stream().filter(ChatOverview.Summary::live).count()),
                            Item.count("Zones open today", "/zone/zones.xhtml", open),
                            Item.link("Zone report", "/zone/report.xhtml"))));
        }
        return panels;
    }

    private HomePanel student() {
        String me = currentUser.require().accountId();
        List<Item> items = new ArrayList<>();
        Instant now = Instant.now();
        for (Student place : schools.placesOf(me)) {
            Optional<Zone> zone = zones.find(place.getZoneId()).filter(z -> !z.isClosed());
            if (zone.isEmpty()) {
                continue;
            }
            bookings.slots(place.getZoneId()).stream()
                    .filter(slot -> slot.chat().getEndsAt().isAfter(now) && slot.bookings().stream()
                            .anyMatch(b -> b.isStanding() && b.getSchoolId().equals(place.getSchoolId())))
                    .findFirst()
                    .ifPresent(slot -> items.add(Item.link((slot.chat().isLive(now) ? "Chat on now with the " : "Your next Chat: the ")
                            + slot.team().getName() + " team, " + dates.timeAndZone(slot.chat().getStartsAt()), ZONE)));
            items.add(Item.count("Your questions", ZONE, questions.mine(place.getZoneId()).size()));
            items.add(Item.link("Questions, answers and the vote in " + zone.get().getName(), ZONE));
        }
        return new HomePanel("The Zone", items.isEmpty()
                ? "You are not in an open Zone. Ask your teacher for a class code and join with it in The Zone."
                : "Chat live with healthcare professionals, ask them questions and vote for a team.",
                items.isEmpty() ? List.of(Item.link("The Zone", ZONE)) : items);
    }

    private HomePanel teacher() {
        Optional<Teacher> registration = schools.myRegistration();
        if (registration.isEmpty() || !registration.get().isApproved()) {
            return new HomePanel("Your school's Chats", registration.isEmpty()
                    ? "Register your school to book Chats for your classes."
                    : "Your school registration is waiting for the Zone's team; you can book Chats once they approve it.",
                    List.of(Item.link("Your school's Chats", "/zone/school.xhtml")));
        }
        Instant now = Instant.now();
        List<Bookings.BookingRow> coming = bookings.mySchoolsBookings().stream()
                .filter(row -> row.booking().getStatus() == Booking.Status.BOOKED && row.chat().getEndsAt().isAfter(now)).toList();
        List<Item> items = new ArrayList<>();
        items.add(Item.count("Chats booked", "/zone/school.xhtml", coming.size()));
        coming.stream().limit(3).forEach(row -> items.add(Item.text(row.booking().getClassName() + ": " + row.team().getName() + " team, "
                + dates.timeAndZone(row.chat().getStartsAt()))));
        items.add(Item.link("Book a Chat or make a class code", "/zone/school.xhtml"));
        return new HomePanel("Your school's Chats", coming.isEmpty()
                ? "No Chats booked yet: book one for a class, then give the class its code."
                : "Your classes' Chats to come.", items);
    }

    private HomePanel professional() {
        String me = currentUser.require().accountId();
        LocalDate today = Zones.today();
        long chatsToday = bookings.teamChatsBetween(me, today.atStartOfDay(dates.zone()).toInstant(),
                today.plusDays(1).atStartOfDay(dates.zone()).toInstant());
        long toAnswer = questions.unansweredFor(me);
        return new HomePanel("The Zone", chatsToday == 0 && toAnswer == 0
                ? "Nothing waiting for you now. Your team's Chats and students' questions appear in The Zone."
                : "Your team's Chats today and students' questions nobody has answered yet.",
                List.of(Item.count("Your team's Chats today", ZONE, chatsToday), Item.count("Questions to answer", ZONE, toAnswer)));
    }

    private HomePanel moderator() {
        List<ChatOverview.Summary> all = chats.chats(Instant.now());
        long held = all.stream().mapToLong(ChatOverview.Summary::held).sum();
        long live = all.stream().filter(ChatOverview.Summary::live).count();
        Questions.Queue queue = questions.queue();
        long waitingQuestions = queue.questions();
        long waitingComments = queue.comments();
        return new HomePanel("Zone moderation", held + waitingQuestions + waitingComments == 0
                ? "Nothing waiting for a moderator. Watch the Chats on now from Chats."
                : "Lines, questions and comments waiting for you.",
                List.of(Item.count("Held Chat lines", "/zone/chats.xhtml", held), Item.count("Chats on now", "/zone/chats.xhtml", live),
                        Item.count("Questions waiting", "/zone/moderate.xhtml", waitingQuestions),
                        Item.count("Comments waiting", "/zone/moderate.xhtml", waitingComments)));
    }
}
