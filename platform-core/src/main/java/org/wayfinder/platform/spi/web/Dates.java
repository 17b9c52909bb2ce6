package org.wayfinder.platform.spi.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Points in time as pages show them, the core's and plugins': {@code #{dates.time(instant)}}, in UTC
 * and saying so; days as {@code #{dates.day(instant)}} and {@code #{dates.date(localDate)}}.
 */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** A calendar date (a DBS check's expiry, the day of a meeting): "3 Mar 2026". */
    public String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
