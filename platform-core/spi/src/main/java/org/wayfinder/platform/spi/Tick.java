package org.wayfinder.platform.spi;

import java.time.Instant;

/**
 * The platform's clock for scheduled work: fired every {@code wayfinder.tick.minutes} (15 by
 * default) on every instance, once for each active programme, with that programme in
 * {@link TenantContext} and a transaction of its own. A plugin observes it for its reminders and
 * checks itself whether it is switched on for the programme.
 *
 * <p>Every instance of a cluster fires it, so an observer must claim what it sends before sending
 * it (for example with a conditional UPDATE that only one instance's transaction can win) and must
 * be safe to run again at the next tick after a failure.
 *
 * @param at the moment of the tick; compare with this, not the wall clock, so work can be tested
 */
public record Tick(Instant at) {
}
