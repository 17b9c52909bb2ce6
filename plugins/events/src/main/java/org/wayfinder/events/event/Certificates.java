package org.wayfinder.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.report.Certificate;
import org.wayfinder.platform.spi.web.Dates;

/**
 * Certificates of attendance: someone who came to at least one session of an event, with a place of
 * their own, downloads one naming them, the event and the sessions they came to, with the
 * programme's logo. A teacher's booking for a class has none (it names no student).
 */
@ApplicationScoped
public class Certificates {

    /** Sessions listed one by one on a certificate; more are summed up in one line. */
    static final int SESSIONS_LISTED = 10;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @Inject
    Attendance attendance;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    @Inject
    People people;

    @Inject
    Dates dates;

    /** The signed-in person's certificate for their booking; refused when they did not come or it is not theirs. */
    public Certificate of(String bookingId, Instant now) {
        SignedInUser me = currentUser.require();
        Attendance.Attended attended = attendance.mine(now).stream().filter(one -> one.booking().getId().equals(bookingId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Booking"));
        if (attended.booking().isForClass()) {
            throw new AccessDeniedException("A class's places have no certificate: each student of the class books their own.");
        }
        if (!attended.came()) {
            throw new InvalidInputException("booking", "A certificate is for events you came to; no attendance of yours is recorded here"
                    + " yet.");
        }
        Event event = attended.scheduled().event();
        Map<String, Integer> present = attendance.presentFor(List.of(bookingId)).getOrDefault(bookingId, Map.of());
        List<EventSession> came = attended.scheduled().sessions().stream().filter(session -> present.getOrDefault(session.getId(), 0) > 0)
                .toList();
        List<String> details = new ArrayList<>();
        for (EventSession session : came.subList(0, Math.min(came.size(), SESSIONS_LISTED))) {
            details.add(DAY.format(LocalDate.ofInstant(session.getStartsAt(), dates.zone())) + ", " + dates.clock(session.getStartsAt())
                    + " to " + dates.clock(session.getEndsAt()));
        }
        if (came.size() > SESSIONS_LISTED) {
            details.add("and " + (came.size() - SESSIONS_LISTED) + " more sessions");
        }
        int sessions = attended.scheduled().sessions().size();
        if (sessions > 1) {
            details.add("Attended " + came.size() + " of " + sessions + " sessions");
        }
        details.add(event.isOnline() ? "Online" : event.getVenue());
        String name = people.find(me.accountId()).map(People.Person::name).orElse(me.displayName());
        return new Certificate("Certificate of attendance", name, "attended " + event.getTitle() + ", "
                + article(event.getType()) + " " + inSentence(event.getType()), details, tenantContext.tenant().name(),
                "Issued " + DAY.format(LocalDate.ofInstant(now, dates.zone())).replaceFirst("^\\S+ ", ""), null);
    }

    /** "Career event" as "career event" within a sentence, but "NHS open day" as it is. */
    static String inSentence(String kind) {
        return kind.length() > 1 && Character.isUpperCase(kind.charAt(0)) && Character.isLowerCase(kind.charAt(1))
                ? Character.toLowerCase(kind.charAt(0)) + kind.substring(1) : kind;
    }

    private static String article(String noun) {
        return noun.isEmpty() || "aeiouAEIOU".indexOf(noun.charAt(0)) < 0 ? "a" : "an";
    }
}
