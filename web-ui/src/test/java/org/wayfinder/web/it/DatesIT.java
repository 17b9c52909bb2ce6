package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wayfinder.platform.spi.web.Dates;

/**
 * In the running server, whatever zone it runs in, the {@code Dates} that every page, mail and
 * plugin uses shows UK schools their own clock: GMT in winter, BST in summer,
 * across the changes at the end of March and October.
 */
@ExtendWith(ArquillianExtension.class)
class DatesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    Dates dates;

    @Test
    void aKnownUtcInstantIsShownOnLondonsClockInWinterAndInSummer() {
        Instant winter = Instant.parse("2026-12-05T14:05:00Z");
        assertThat(dates.time(winter)).isEqualTo("5 Dec 2026, 14:05");
        assertThat(dates.timeAndZone(winter)).isEqualTo("5 Dec 2026, 14:05 GMT");

        Instant summer = Instant.parse("2026-07-01T07:18:00Z");
        assertThat(dates.time(summer)).isEqualTo("1 Jul 2026, 08:18");
        assertThat(dates.timeAndZone(summer)).isEqualTo("1 Jul 2026, 08:18 BST");
        assertThat(dates.clock(summer)).isEqualTo("08:18");
    }

    @Test
    void theClocksChangeAtOneInTheMorningUtcInMarchAndOctober() {
        assertThat(dates.timeAndZone(Instant.parse("2026-03-29T00:59:00Z"))).isEqualTo("29 Mar 2026, 00:59 GMT");
        assertThat(dates.timeAndZone(Instant.parse("2026-03-29T01:00:00Z"))).isEqualTo("29 Mar 2026, 02:00 BST");
        assertThat(dates.timeAndZone(Instant.parse("2026-10-25T00:59:00Z"))).isEqualTo("25 Oct 2026, 01:59 BST");
        assertThat(dates.timeAndZone(Instant.parse("2026-10-25T01:00:00Z"))).isEqualTo("25 Oct 2026, 01:00 GMT");
    }

    @Test
    void aDayIsLondonsDayAndATypedTimeIsReadOnLondonsClock() {
        assertThat(dates.day(Instant.parse("2026-06-30T23:30:00Z"))).isEqualTo("1 Jul 2026");
        // What an owner types as a Chat's start ("1 Jul 2026, 14:00" in a UK school) is 13:00 UTC.
        assertThat(LocalDateTime.parse("2026-07-01T14:00").atZone(dates.zone()).toInstant()).isEqualTo(Instant.parse("2026-07-01T13:00:00Z"));
    }
}
