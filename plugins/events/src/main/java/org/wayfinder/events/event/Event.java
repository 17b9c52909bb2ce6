package org.wayfinder.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * An event a programme runs: a career event, a work experience week, a parent session. It has one or
 * more {@link EventSession}s, a number of places, and says who may book: students, parents and
 * carers, teachers for a class. Where places are given by staff, people apply and staff decide.
 * People see it once it is published; a cancelled event stays, with its bookings, for the record.
 */
@Entity
@Table(name = "events_event")
public class Event extends TenantOwned {

    /** Where an event stands. */
    public enum Status {
        /** Being prepared by an owner; nobody else sees it. */
        DRAFT("Draft"),
        /** Open to see and book. */
        PUBLISHED("Published"),
        /** Called off; its bookings stay, nobody books any more. */
        CANCELLED("Cancelled");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Column(nullable = false, length = 120)
    private String title;

    @Column(name = "event_type", nullable = false, length = 80)
    private String type;

    @Column(length = 2000)
    private String description;

    @Column(nullable = false)
    private boolean online;

    @Column(length = 200)
    private String venue;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "for_students", nullable = false)
    private boolean forStudents;

    @Column(name = "for_parents", nullable = false)
    private boolean forParents;

    @Column(name = "for_classes", nullable = false)
    private boolean forClasses;

    @Column(name = "by_application", nullable = false)
    private boolean byApplication;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** How many bookings have been asked for: the next one's place in the order ({@link EventBooking#getPosition()}). */
    @Column(name = "bookings_asked", nullable = false)
    private int bookingsAsked;

    /** The key of the programme's form an application asks, answered when applying; null for none. */
    @Column(name = "application_form", length = 80)
    private String applicationForm;

    protected Event() {
    }

    public Event(String title, String type) {
        this.title = title;
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public boolean isForStudents() {
        return forStudents;
    }

    public void setForStudents(boolean forStudents) {
        this.forStudents = forStudents;
    }

    public boolean isForParents() {
        return forParents;
    }

    public void setForParents(boolean forParents) {
        this.forParents = forParents;
    }

    public boolean isForClasses() {
        return forClasses;
    }

    public void setForClasses(boolean forClasses) {
        this.forClasses = forClasses;
    }

    public String getApplicationForm() {
        return applicationForm;
    }

    public void setApplicationForm(String applicationForm) {
        this.applicationForm = applicationForm;
    }

    public boolean isByApplication() {
        return byApplication;
    }

    public void setByApplication(boolean byApplication) {
        this.byApplication = byApplication;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    void publish(Instant at) {
        status = Status.PUBLISHED;
        publishedAt = at;
    }

    void cancel() {
        status = Status.CANCELLED;
    }

    /** The place in the event's order of the booking being asked for now; the caller holds the event's lock. */
    int nextPosition() {
        return ++bookingsAsked;
    }

    public boolean isOpen() {
        return status == Status.PUBLISHED;
    }
}
