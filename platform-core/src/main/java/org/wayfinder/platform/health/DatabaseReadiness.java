package org.wayfinder.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.wayfinder.platform.persistence.SchemaState;

/**
 * Ready for visitors ({@code /health/ready}) when this instance has migrated the schema and the
 * database answers a trivial query through the application's own connection pool within
 * {@value #TIMEOUT_SECONDS} seconds. The load balancer and Kubernetes stop sending requests to an
 * instance that is not ready, and send them again once it is, without restarting it.
 *
 * <p>While the database is away, the pool may wait several seconds for a connection (it retries
 * creating one). The probe therefore runs on the managed executor and is given up on after the
 * timeout; a probe still waiting is shared by the next calls rather than joined by another, so a
 * database outage never piles up waiting threads. The answer names no host, user or error: the
 * endpoint is public.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final int TIMEOUT_SECONDS = 2;

    @Inject
    Logger log;

    @Inject
    SchemaState schema;

    @Resource(lookup = "java:app/jdbc/wayfinder")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private final AtomicReference<CompletableFuture<Boolean>> probe = new AtomicReference<>();

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database")
                .status(schema.isCurrent() && databaseAnswers())
                .withData("schema", schema.isCurrent() ? "current" : "migrating")
                .build();
    }

    private boolean databaseAnswers() {
        CompletableFuture<Boolean> running = probe.get();
        if (running == null || running.isDone()) {
            CompletableFuture<Boolean> fresh = CompletableFuture.supplyAsync(this::query, executor);
            running = probe.compareAndSet(running, fresh) ? fresh : probe.get();
        }
        try {
            return running.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            log.log(Level.FINE, "The database readiness probe failed", e.getCause());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean query() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            return statement.execute("SELECT 1");
        } catch (SQLException e) {
            log.log(Level.FINE, "The database did not answer the readiness probe", e);
            return false;
        }
    }
}
