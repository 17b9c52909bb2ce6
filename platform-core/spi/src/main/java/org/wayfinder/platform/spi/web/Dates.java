package org.wayfinder.platform.spi.web;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Points in time and days as pages show them, the core's and plugins' alike: in Java as an injected
 * bean, in pages as {@code #{dates.time(instant)}}, {@code #{dates.day(instant)}} and
 * {@code #{dates.date(localDate)}}.
 */
public interface Dates {

    /** A point in time with the time of day. */
    String time(Instant instant);

    /** The day a point in time falls on. */
    String day(Instant instant);

    /** A calendar date (a DBS check's expiry, the day of a meeting). */
    String date(LocalDate date);
}
