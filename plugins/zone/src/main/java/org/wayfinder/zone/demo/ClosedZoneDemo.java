package org.wayfinder.zone.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.wayfinder.platform.spi.DemoProgrammeReady;
import org.wayfinder.zone.ZonePlugin;

/**
 * When the demo provisions its Zone programme, adds a past Zone to it: "The Healthcare Zone" of
 * the seed report, closed, with the records whose end-of-Zone report gives the seed's figures (see
 * {@link HealthcareZone} and {@code docs/zone-report.md}).
 */
@ApplicationScoped
public class ClosedZoneDemo {

    private static final Logger LOG = Logger.getLogger(ClosedZoneDemo.class.getName());

    @Inject
    HealthcareZone healthcareZone;

    void onDemoProgramme(@Observes DemoProgrammeReady ready) {
        if (!ZonePlugin.ID.equals(ready.template())) {
            return;
        }
        long started = System.nanoTime();
        try {
            boolean added = healthcareZone.seed();
            if (added) {
                LOG.info(() -> "Demo: the closed Zone \"" + HealthcareZone.NAME + "\" added to " + ready.slug() + " in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
        } catch (RuntimeException e) {
            // The demo's other programmes and people are already there; a past Zone that could not be
            // added is reported, and the platform starts without it.
            LOG.log(Level.SEVERE, "Demo: the closed Zone could not be added to " + ready.slug(), e);
        }
    }
}
