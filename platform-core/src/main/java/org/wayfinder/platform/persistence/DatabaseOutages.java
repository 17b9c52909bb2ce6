package org.wayfinder.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * How a read meets a database that has gone away (persistence.xml names this class as the
 * session customizer).
 *
 * <p>EclipseLink tries a read that failed on a broken connection again, by default 3 times with
 * 5 s between tries. While the database is away that held every page for about 15 s before the
 * "back soon" page, so visitors saw a hung site rather than a message (deploy/fault/database-restarted
 * measures it). One try more, at once, is kept: it is what saves the first read after a database
 * restart, which may be handed a connection the restart broke before the pool has noticed; the
 * pool drops all its connections on that failure, so the second try gets a new one.
 */
public class DatabaseOutages implements SessionCustomizer {

    static final int READ_RETRIES = 1;

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(READ_RETRIES);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
