package org.wayfinder.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.wayfinder.events.event.Attendance;
import org.wayfinder.events.event.EventSession;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.PerRequest;

/**
 * Staff taking attendance on a phone: the sessions on now, next and lately ended; for one, its
 * register with one tap per person (a count for a class), and a check-in code to show.
 */
@Named("eventAttendancePage")
@ViewScoped
public class AttendancePage implements Serializable {

    @Inject
    Attendance attendance;

    @Inject
    Messages messages;

    private String session;
    private EventSession showing;
    private final PerRequest read = new PerRequest();

    /** Runs when the page opens: staff only (403 otherwise); another programme's session is 404. */
    public void load() {
        if (session == null || session.isBlank()) {
            session = null;
            getSittings();
        } else {
            getRegister();
        }
    }

    public List<Attendance.Sitting> getSittings() {
        return read.get("sittings", () -> attendance.sittings(Instant.now()));
    }

    public Attendance.Register getRegister() {
        return session == null ? null : read.get("register", () -> attendance.register(session));
    }

    /** Marks a person here, or not here when they were (a tap by mistake is undone by another). */
    public void toggle(String bookingId) {
        getRegister().lines().stream().filter(line -> line.booking().getId().equals(bookingId)).findFirst()
                .ifPresent(line -> mark(bookingId, line.present() > 0 ? 0 : 1));
    }

    /** One more, or one fewer, of a class here. */
    public void count(String bookingId, int by) {
        getRegister().lines().stream().filter(line -> line.booking().getId().equals(bookingId)).findFirst()
                .ifPresent(line -> mark(bookingId, Math.max(0, Math.min(line.booking().getPlaces(), line.present() + by))));
    }

    public void showCode() {
        try {
            showing = attendance.showCode(session, Instant.now());
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    private void mark(String bookingId, int present) {
        try {
            attendance.mark(session, bookingId, present, Instant.now());
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
        read.forget();
    }

    public EventSession getShowing() {
        return showing;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }
}
