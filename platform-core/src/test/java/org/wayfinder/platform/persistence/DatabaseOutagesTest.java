package org.wayfinder.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

class DatabaseOutagesTest {

    @Test
    void aReadThatMetABrokenConnectionIsTriedOnceMoreAtOnceNotThreeTimesFiveSecondsApart() {
        DatabaseLogin login = new DatabaseLogin();
        assertThat(login.getQueryRetryAttemptCount()).isEqualTo(3);
        assertThat(login.getDelayBetweenConnectionAttempts()).isEqualTo(5000);

        new DatabaseOutages().customize(new Project(login).createDatabaseSession());

        assertThat(login.getQueryRetryAttemptCount()).isEqualTo(1);
        assertThat(login.getDelayBetweenConnectionAttempts()).isZero();
    }
}
