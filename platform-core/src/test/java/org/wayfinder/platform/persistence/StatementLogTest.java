package org.wayfinder.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class StatementLogTest {

    private static Connection connection() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:statements-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return CountedConnection.wrap(h2.getConnection());
    }

    @Test
    void everyStatementRunBetweenStartAndStopIsCountedWithItsSqlInOrder() throws Exception {
        try (Connection db = connection()) {
            StatementLog.start();
            try (Statement plain = db.createStatement()) {
                plain.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(20))");
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO note VALUES (?, ?)")) {
                insert.setInt(1, 1);
                insert.setString(2, "one");
                insert.executeUpdate();
                insert.setInt(1, 2);
                insert.setString(2, "two");
                insert.executeUpdate();
            }
            try (PreparedStatement select = db.prepareStatement("SELECT COUNT(*) FROM note"); ResultSet rows = select.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).as("the wrapped connection still works").isEqualTo(2);
            }
            StatementLog.Recording recording = StatementLog.stop();
            assertThat(recording.count()).isEqualTo(4);
            assertThat(recording.texts()).containsExactly("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(20))",
                    "INSERT INTO note VALUES (?, ?)", "INSERT INTO note VALUES (?, ?)", "SELECT COUNT(*) FROM note");
            assertThat(recording.millis()).isGreaterThan(0);
        }
    }

    @Test
    void nothingIsKeptOutsideARecordingOrForAnotherThread() throws Exception {
        try (Connection db = connection(); Statement plain = db.createStatement()) {
            plain.execute("SELECT 1");
            StatementLog.start();
            AtomicInteger elsewhere = new AtomicInteger();
            Thread other = new Thread(() -> {
                try (Statement own = db.createStatement()) {
                    own.execute("SELECT 2");
                    elsewhere.set(StatementLog.stop().count());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            other.start();
            other.join();
            plain.execute("SELECT 3");
            assertThat(elsewhere.get()).as("another thread records nothing of its own unless started").isZero();
            assertThat(StatementLog.stop().texts()).containsExactly("SELECT 3");
            assertThat(StatementLog.stop().count()).as("after stop, nothing more").isZero();
        }
    }
}
