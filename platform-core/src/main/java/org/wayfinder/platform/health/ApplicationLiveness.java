package org.wayfinder.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive ({@code /health/live}) while the application is deployed and the JVM has no deadlocked
 * threads: the two things only a restart mends. It deliberately looks at nothing outside the
 * process: a database outage makes the instance unready ({@link DatabaseReadiness}), and
 * restarting every instance because the database is away would only lose their sessions.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
        return HealthCheckResponse.named("application").status(deadlocked == null).build();
    }
}
