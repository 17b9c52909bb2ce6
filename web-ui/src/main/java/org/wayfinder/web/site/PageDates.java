package org.wayfinder.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.wayfinder.platform.spi.web.Dates;

/** {@link Dates} in UTC, saying so; {@code #{dates}} in pages. */
@Named("dates")
@ApplicationScoped
public class PageDates implements Dates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);

    @Override
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    @Override
    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** "3 Mar 2026". */
    @Override
    public String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
