package org.wayfinder.events.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.wayfinder.events.event.Event;
import org.wayfinder.events.event.EventBookings;
import org.wayfinder.events.event.Events;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.web.Dates;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.PerRequest;

/**
 * An owner's event: its details (new, or changed at any time; places never below those booked), its
 * sessions, publishing and cancelling (both after a confirmation), and who booked, in the order they
 * asked, with a way to cancel a booking for someone.
 */
@Named("eventEditPage")
@ViewScoped
public class EditEventPage implements Serializable {

    @Inject
    Events events;

    @Inject
    EventBookings bookings;

    @Inject
    Messages messages;

    @Inject
    Dates dates;

    @Inject
    CurrentUser currentUser;

    private String id;
    private String title;
    private String type;
    private String description;
    private boolean online;
    private String venue;
    private String capacity;
    private boolean forStudents = true;
    private boolean forParents;
    private boolean forClasses;
    private boolean byApplication;
    private String applicationForm;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private boolean loaded;
    private final PerRequest read = new PerRequest();

    /** Runs when the page opens: owners only; an id of another programme's event is 404. */
    public void load() {
        if (id != null && !id.isBlank() && !loaded) {
            Events.Draft draft = Events.Draft.of(getScheduled().event());
            title = draft.title();
            type = draft.type();
            description = draft.description();
            online = draft.online();
            venue = draft.venue();
            capacity = draft.capacity();
            forStudents = draft.forStudents();
            forParents = draft.forParents();
            forClasses = draft.forClasses();
            byApplication = draft.byApplication();
            applicationForm = draft.applicationForm();
        } else if (!loaded) {
            currentUser.require();
            if (!currentUser.hasRole(Roles.OWNER)) {
                throw new AccessDeniedException("Owners make events.");
            }
        }
        loaded = true;
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    public Events.Scheduled getScheduled() {
        return isNew() ? null : read.get("event", () -> events.scheduled(id));
    }

    public EventBookings.Places getPlaces() {
        return isNew() ? null : read.get("places", () -> bookings.places(List.of(id)).get(id));
    }

    public List<EventBookings.Row> getBookings() {
        return isNew() ? List.of() : read.get("bookings", () -> bookings.ofEvent(id));
    }

    public List<String> getTypes() {
        return read.get("types", events::types);
    }

    public String save() {
        Events.Draft draft = new Events.Draft(title, type, description, online, venue, capacity, forStudents, forParents, forClasses,
                byApplication, applicationForm);
        try {
            if (isNew()) {
                Event made = events.create(draft);
                messages.info("Saved as a draft. Add its sessions, then publish it.");
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/events/edit.xhtml?faces-redirect=true&id=" + made.getId();
            }
            events.change(id, draft, Instant.now());
            read.forget();
            messages.info("Saved.");
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "details");
        }
        return null;
    }

    public void addSession() {
        try {
            events.addSession(id, startsAt == null ? null : startsAt.atZone(dates.zone()).toInstant(),
                    endsAt == null ? null : endsAt.atZone(dates.zone()).toInstant(), Instant.now());
            startsAt = null;
            endsAt = null;
            read.forget();
            messages.info("Session added.");
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "sessions");
        }
    }

    public void removeSession(String sessionId) {
        try {
            events.removeSession(sessionId, Instant.now());
            read.forget();
            messages.info("Session removed.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public void publish() {
        try {
            events.publish(id, Instant.now());
            read.forget();
            messages.info("Published: the people it is for can book it now.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public void cancelEvent() {
        try {
            events.cancel(id);
            read.forget();
            messages.info("Cancelled. The bookings stay on the record; nobody can book any more.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public void cancelBooking(String bookingId) {
        try {
            bookings.cancel(bookingId, Instant.now());
            read.forget();
            messages.info("Booking cancelled; its places went to the waiting list.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
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

    public boolean isByApplication() {
        return byApplication;
    }

    public void setByApplication(boolean byApplication) {
        this.byApplication = byApplication;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getApplicationForm() {
        return applicationForm;
    }

    public void setApplicationForm(String applicationForm) {
        this.applicationForm = applicationForm;
    }
}
