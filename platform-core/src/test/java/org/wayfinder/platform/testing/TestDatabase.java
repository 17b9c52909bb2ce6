package org.wayfinder.platform.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh, empty database for one test: in-memory H2 by default, or a new database on the MySQL
 * server named by the system property {@code it.db.url} (as .ci/run sets for its MariaDB pass).
 * {@link #close()} drops it again.
 */
public final class TestDatabase implements AutoCloseable {

    private static final Pattern MYSQL_URL = Pattern.compile("^(jdbc:mysql://[^/]+)/([^?]*)(\\?.*)?$");

    private final String url;
    private final String serverUrl;
    private final String name;

    private TestDatabase(String url, String serverUrl, String name) {
        this.url = url;
        this.serverUrl = serverUrl;
        this.name = name;
    }

    public static TestDatabase create() {
        String name = "wf_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String configured = System.getProperty("it.db.url", "");
        if (configured.isBlank()) {
            return new TestDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null, name);
        }
        Matcher matcher = MYSQL_URL.matcher(configured);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("it.db.url must look like jdbc:mysql://host:port/database, not " + configured);
        }
        String parameters = matcher.group(3) == null ? "" : matcher.group(3);
        TestDatabase database = new TestDatabase(matcher.group(1) + "/" + name + parameters, matcher.group(1) + "/" + parameters, name);
        database.onServer("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return database;
    }

    /** The JDBC URL of this database, for a process of its own to connect to. */
    public String url() {
        return url;
    }

    public boolean isMySql() {
        return serverUrl != null;
    }

    /** A new data source on this database; each call gives an independent one, like another instance would have. */
    public DataSource dataSource() {
        if (isMySql()) {
            MysqlDataSource mysql = new MysqlDataSource();
            mysql.setUrl(url);
            mysql.setUser(user());
            mysql.setPassword(System.getProperty("it.db.password", ""));
            return mysql;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        return h2;
    }

    public Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    @Override
    public void close() throws SQLException {
        if (isMySql()) {
            onServer("DROP DATABASE IF EXISTS " + name);
        } else {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }

    private static String user() {
        String user = System.getProperty("it.db.user", "");
        return user.isBlank() ? "root" : user;
    }

    private void onServer(String sql) {
        MysqlDataSource server = new MysqlDataSource();
        server.setUrl(serverUrl);
        server.setUser(user());
        server.setPassword(System.getProperty("it.db.password", ""));
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }
}
