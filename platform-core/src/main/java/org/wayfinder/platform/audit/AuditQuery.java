package org.wayfinder.platform.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;

/**
 * What an owner searches the audit trail for; every part is optional.
 *
 * @param person someone's name (its start, any case), or an account's or token's id
 * @param action an action, or its start ({@code mentoring.} for all of mentoring's)
 * @param record a record's id
 * @param from   the first day, on London's clock
 * @param to     the last day, on London's clock
 */
public record AuditQuery(String person, String action, String record, LocalDate from, LocalDate to) {

    /** The days of the search are the UK's days. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    public AuditQuery {
        person = blankToNull(person, 200);
        action = blankToNull(action, 80);
        record = blankToNull(record, 64);
    }

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null);
    }

    /** Refuses a search whose last day comes before its first. */
    public AuditQuery checked() {
        List<FieldError> errors = new ArrayList<>();
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "The last day comes before the first. Choose a last day on or after " + from + "."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return this;
    }

    private static String blankToNull(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
