package org.wayfinder.platform.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wayfinder.platform.persistence.PlatformReady;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.spi.Tick;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * Fires {@link Tick} for every active programme, every {@code wayfinder.tick.minutes} minutes (0
 * turns it off), on the clock's boundaries (every 15 minutes: at :00, :15, :30 and :45), so every
 * instance of a cluster ticks at the same moment and the claims that keep scheduled work to one
 * instance are met by real contention, not by one instance ticking minutes after another. One
 * programme's failure is logged and does not stop the others; its work is tried again at the next
 * tick.
 */
@ApplicationScoped
public class Ticker {

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantDirectory tenants;

    @Inject
    Tenancy tenancy;

    @Inject
    Event<Tick> ticks;

    @Inject
    Logger log;

    @Inject
    @ConfigProperty(name = "wayfinder.tick.minutes", defaultValue = "15")
    int minutes;

    private volatile ScheduledFuture<?> schedule;

    private volatile boolean stopped;

    void onReady(@Observes PlatformReady ready) {
        if (minutes > 0) {
            scheduleNext();
        }
    }

    /** How long from {@code now} to the next boundary of a {@code minutes}-long period of the clock (never zero). */
    static Duration untilNextTick(Instant now, int minutes) {
        long period = Duration.ofMinutes(minutes).toMillis();
        long at = now.toEpochMilli();
        return Duration.ofMillis(period - Math.floorMod(at, period));
    }

    private void scheduleNext() {
        if (!stopped) {
            schedule = scheduler.schedule(() -> {
                try {
                    tickAll(Instant.now());
                } finally {
                    scheduleNext();
                }
            }, untilNextTick(Instant.now(), minutes).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** One tick for every active programme, at {@code now}; how many programmes failed. */
    public int tickAll(Instant now) {
        int failed = 0;
        for (TenantRef programme : tenants.programmes()) {
            if (programme.isActive()) {
                try {
                    tenancy.runAs(programme, () -> ticks.fire(new Tick(now)));
                } catch (RuntimeException e) {
                    failed++;
                    log.log(Level.WARNING, e, () -> "Scheduled work for " + programme.slug() + " failed; it runs again at the next tick");
                }
            }
        }
        return failed;
    }

    @PreDestroy
    void stop() {
        stopped = true;
        ScheduledFuture<?> schedule = this.schedule;
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
