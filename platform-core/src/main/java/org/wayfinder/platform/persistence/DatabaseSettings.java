package org.wayfinder.platform.persistence;

import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * Which database the platform uses, from configuration: {@code wayfinder.db.url}, {@code .user}
 * and {@code .password}, which MicroProfile Config also reads from the environment variables
 * {@code WAYFINDER_DB_URL}, {@code WAYFINDER_DB_USER} and {@code WAYFINDER_DB_PASSWORD}.
 *
 * <p>Without a URL the platform runs on an in-memory H2 database, which is what the demo and the
 * tests use. A {@code jdbc:mysql:} URL uses MySQL Connector/J, for MySQL 8 or MariaDB.
 */
public record DatabaseSettings(String url, String user, String password) {

    public static final String DEFAULT_URL = "jdbc:h2:mem:wayfinder;DB_CLOSE_DELAY=-1";

    public DatabaseSettings {
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:mysql:")) {
            throw new IllegalArgumentException("wayfinder.db.url must start with jdbc:mysql: (MySQL or MariaDB) or jdbc:h2:, not "
                    + url.replaceAll("\\?.*", ""));
        }
    }

    public static DatabaseSettings from(Config config) {
        String url = config.getOptionalValue("wayfinder.db.url", String.class).filter(s -> !s.isBlank()).orElse(DEFAULT_URL);
        String defaultUser = url.startsWith("jdbc:h2:") ? "sa" : "root";
        return new DatabaseSettings(url.strip(),
                config.getOptionalValue("wayfinder.db.user", String.class).orElse(defaultUser),
                config.getOptionalValue("wayfinder.db.password", String.class).orElse(""));
    }

    public boolean isMySql() {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:mysql:");
    }
}
