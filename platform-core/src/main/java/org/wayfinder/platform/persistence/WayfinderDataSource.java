package org.wayfinder.platform.persistence;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The data source class the application's connection pool is declared with (see web.xml): it
 * connects to whichever database {@link DatabaseSettings} names, so the same WAR runs on the
 * embedded H2 and on MySQL with nothing changed but environment variables.
 *
 * <p>Payara's pool wraps this class and does the pooling and the connection validation; this class
 * only opens connections, each of which records its statements in the {@link StatementLog}.
 */
public class WayfinderDataSource implements DataSource {

    /**
     * How long opening a MySQL connection may take, unless the URL says otherwise
     * ({@code connectTimeout}). Connector/J waits for the operating system otherwise, which is
     * minutes when the database's host has gone from the network: every request would hang that
     * long instead of getting the "back soon" page.
     */
    static final int CONNECT_TIMEOUT_MILLIS = 3000;

    private volatile DataSource target;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource target() {
        DataSource current = target;
        if (current == null) {
            synchronized (this) {
                if (target == null) {
                    target = open(DatabaseSettings.from(ConfigProvider.getConfig(WayfinderDataSource.class.getClassLoader())));
                }
                current = target;
            }
        }
        return current;
    }

    static DataSource open(DatabaseSettings settings) {
        if (settings.isMySql()) {
            MysqlDataSource mysql = new MysqlDataSource();
            mysql.setUrl(settings.url());
            mysql.setUser(settings.user());
            mysql.setPassword(settings.password());
            if (!settings.url().contains("connectTimeout=")) {
                try {
                    mysql.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
                } catch (SQLException impossible) {
                    // Connector/J declares it for a property it cannot parse; this one is an int.
                    throw new IllegalStateException(impossible);
                }
            }
            return mysql;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(settings.url());
        h2.setUser(settings.user());
        h2.setPassword(settings.password());
        return h2;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return CountedConnection.wrap(target().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return CountedConnection.wrap(target().getConnection(username, password));
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
