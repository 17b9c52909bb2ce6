package org.wayfinder.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class WayfinderDataSourceTest {

    @Test
    void aMySqlConnectionGivesUpOpeningAfterAFewSecondsRatherThanWaitingForTheOperatingSystem() throws SQLException {
        assertThat(mysql("jdbc:mysql://db.example:3306/wayfinder").getConnectTimeout()).isEqualTo(3000);
    }

    @Test
    void aConnectTimeoutInTheUrlIsLeftToTheUrl() throws SQLException {
        // Not set on the data source, so Connector/J takes the URL's 500 ms when it connects.
        assertThat(mysql("jdbc:mysql://db.example:3306/wayfinder?connectTimeout=500").getConnectTimeout()).isZero();
    }

    private static MysqlDataSource mysql(String url) {
        return (MysqlDataSource) WayfinderDataSource.open(new DatabaseSettings(url, "root", ""));
    }
}
