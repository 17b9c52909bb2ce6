package org.wayfinder.zone.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.wayfinder.platform.spi.journey.StepType;

/**
 * The "book a Chat" journey step for teachers: done when they have booked a place in a Chat for one
 * of their classes, on "Your school's Chats" (after the team approves their school). {@link Bookings}
 * tells the journey when they book, and a booking made before the teacher reached the step counts.
 */
@ApplicationScoped
public class BookAChat implements StepType {

    public static final String ID = "zone-book-chat";

    @Inject
    Bookings bookings;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Book a Chat (Zone)";
    }

    @Override
    public String description() {
        return "The teacher books a Chat for a class on Your school's Chats; done when they have a booking.";
    }

    @Override
    public Completion completion() {
        return Completion.BY_CODE;
    }

    @Override
    public String page() {
        return "/zone/school.xhtml";
    }

    @Override
    public String waitingText() {
        return "You will move on when you have booked a Chat for one of your classes.";
    }

    @Override
    public boolean isDone(String accountId) {
        return bookings.hasBooked(accountId);
    }
}
