package org.wayfinder.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TickerTest {

    @Test
    void ticksFallOnTheClocksBoundariesSoEveryInstanceTicksTogether() {
        assertThat(Ticker.untilNextTick(Instant.parse("2026-12-06T21:07:30Z"), 15)).isEqualTo(Duration.ofMinutes(7).plusSeconds(30));
        assertThat(Ticker.untilNextTick(Instant.parse("2026-12-06T21:14:59.250Z"), 15)).isEqualTo(Duration.ofMillis(750));
        assertThat(Ticker.untilNextTick(Instant.parse("2026-12-06T21:00:00.000Z"), 1)).as("on a boundary: the next one, never now")
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(Ticker.untilNextTick(Instant.parse("2026-12-06T21:00:20Z"), 1)).isEqualTo(Duration.ofSeconds(40));
        assertThat(Ticker.untilNextTick(Instant.parse("2026-12-06T23:50:00Z"), 60)).isEqualTo(Duration.ofMinutes(10));
    }
}
