package org.wayfinder.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.wayfinder.platform.spi.web.Dates;

/**
 * {@link Dates} on the UK's clock (Europe/London: GMT in winter, BST in summer), whatever zone the
 * server runs in; {@code #{dates}} in pages. Programmes are all in the UK today; a programme elsewhere
 * would make the zone a programme setting read here.
 */
@Named("dates")
@ApplicationScoped
public class PageDates implements Dates {

    /** The zone every programme's times are shown in. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(LONDON);
    private static final DateTimeFormatter TIME_AND_ZONE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.UK).withZone(LONDON);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(LONDON);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(LONDON);

    @Override
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    @Override
    public String timeAndZone(Instant instant) {
        return instant == null ? "" : TIME_AND_ZONE.format(instant);
    }

    @Override
    public String clock(Instant instant) {
        return instant == null ? "" : CLOCK.format(instant);
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

    @Override
    public ZoneId zone() {
        return LONDON;
    }
}
