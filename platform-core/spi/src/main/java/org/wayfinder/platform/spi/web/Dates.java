package org.wayfinder.platform.spi.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Points in time and days as people read them, the core's and plugins' alike: in the programme's time
 * zone (Europe/London, so a UK school sees its own clock, in summer time too) and in UK form
 * ("5 Dec 2026, 14:05"). In Java as an injected bean, in pages as {@code #{dates.time(instant)}},
 * {@code #{dates.timeAndZone(instant)}}, {@code #{dates.clock(instant)}}, {@code #{dates.day(instant)}}
 * and {@code #{dates.date(localDate)}}. Every time a person reads goes through here, so none is shown
 * in UTC or in the server's or browser's own zone by accident.
 */
public interface Dates {

    /** A point in time with the time of day: "5 Dec 2026, 14:05". */
    String time(Instant instant);

    /**
     * A point in time with the time of day and the zone, where people act on it at a time of their
     * own (a Chat a class must be at, in a mail): "5 Dec 2026, 14:05 GMT", "1 Jul 2026, 13:00 BST".
     */
    String timeAndZone(Instant instant);

    /** The time of day alone, for what happened today (a Chat's lines): "14:05". */
    String clock(Instant instant);

    /** The day a point in time falls on: "5 Dec 2026". */
    String day(Instant instant);

    /** A calendar date (a DBS check's expiry, the day of a meeting): "5 Dec 2026". */
    String date(LocalDate date);

    /** The zone times are shown in, and in which people type times (a Chat's start). */
    ZoneId zone();
}
