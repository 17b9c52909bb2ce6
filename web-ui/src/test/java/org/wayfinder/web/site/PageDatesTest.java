package org.wayfinder.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class PageDatesTest {

    private final PageDates dates = new PageDates();

    @Test
    void aWinterInstantIsShownOnGreenwichTime() {
        Instant instant = Instant.parse("2026-12-05T14:05:00Z");

        assertThat(dates.time(instant)).isEqualTo("5 Dec 2026, 14:05");
        assertThat(dates.timeAndZone(instant)).isEqualTo("5 Dec 2026, 14:05 GMT");
        assertThat(dates.clock(instant)).isEqualTo("14:05");
    }

    @Test
    void aSummerInstantIsShownOnBritishSummerTimeAnHourAheadOfUtc() {
        Instant instant = Instant.parse("2026-07-01T12:00:00Z");

        assertThat(dates.time(instant)).isEqualTo("1 Jul 2026, 13:00");
        assertThat(dates.timeAndZone(instant)).isEqualTo("1 Jul 2026, 13:00 BST");
        assertThat(dates.clock(instant)).isEqualTo("13:00");
    }

    @Test
    void theDayIsLondonsDayNotUtcs() {
        // 23:30 UTC on 31 May is already 00:30 on 1 June in London.
        assertThat(dates.day(Instant.parse("2026-05-31T23:30:00Z"))).isEqualTo("1 Jun 2026");
        assertThat(dates.date(LocalDate.of(2026, 3, 3))).isEqualTo("3 Mar 2026");
    }

    @Test
    void theServersOwnZoneChangesNothing() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            assertThat(new PageDates().time(Instant.parse("2026-03-29T01:30:00Z"))).isEqualTo("29 Mar 2026, 02:30");
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
