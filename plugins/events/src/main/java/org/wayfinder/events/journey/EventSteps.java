package org.wayfinder.events.journey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.wayfinder.events.event.EventBookings;
import org.wayfinder.events.placement.Placements;
import org.wayfinder.platform.spi.journey.StepType;

/**
 * Events' journey steps. Each is done when the thing it asks for happens (Events tells the journey
 * as it books), and counts as done for anyone who has done it already, so a person who booked before
 * reaching the step passes straight through.
 */
public final class EventSteps {

    private EventSteps() {
    }

    /** "Book an event": done when the person has a place booked at an event. */
    @ApplicationScoped
    public static class BookAnEvent implements StepType {

        @Inject
        EventBookings bookings;

        @Override
        public String id() {
            return EventBookings.STEP_BOOK;
        }

        @Override
        public String name() {
            return "Book an event (events)";
        }

        @Override
        public String description() {
            return "The person books a place at one of the programme's events; done when they have a place.";
        }

        @Override
        public Completion completion() {
            return Completion.BY_CODE;
        }

        @Override
        public String page() {
            return "/events/index.xhtml";
        }

        @Override
        public String waitingText() {
            return "You will move on when you have a place at an event. If the one you want is full, join its waiting list.";
        }

        @Override
        public boolean isDone(String accountId) {
            return bookings.hasPlace(accountId);
        }
    }

    /**
     * "Apply for work experience": done when the person has applied for a placement, or applied for
     * or booked an event whose kind is work experience.
     */
    @ApplicationScoped
    public static class ApplyForWorkExperience implements StepType {

        @Inject
        EventBookings bookings;

        @Inject
        Placements placements;

        @Override
        public String id() {
            return EventBookings.STEP_WORK_EXPERIENCE;
        }

        @Override
        public String name() {
            return "Apply for work experience (events)";
        }

        @Override
        public String description() {
            return "The person applies for a work experience placement, or applies for (or books) an event whose kind names work"
                    + " experience, such as a work experience week; done when they have.";
        }

        @Override
        public Completion completion() {
            return Completion.BY_CODE;
        }

        @Override
        public String page() {
            return "/events/index.xhtml";
        }

        @Override
        public String waitingText() {
            return "You will move on when you have applied for work experience on the Events page.";
        }

        @Override
        public boolean isDone(String accountId) {
            return bookings.hasWorkExperience(accountId) || placements.hasApplied(accountId);
        }
    }
}
