package org.wayfinder.platform.safeguarding.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.spi.safeguarding.Vetting.CheckType;
import org.wayfinder.platform.spi.safeguarding.Vetting.Status;

/** Where someone stands by their latest DBS check: the rules {@link DbsChecks} and every plugin asking it share. */
class VettingStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Optional<DbsCheck> check(CheckType type, LocalDate expires) {
        return Optional.of(new DbsCheck("person", type, expires.minusYears(3), expires, "moderator"));
    }

    @Test
    void somebodyWithoutACheckIsNotChecked() {
        assertThat(DbsChecks.statusOf(Optional.empty(), TODAY, 30)).isEqualTo(Status.NOT_CHECKED);
    }

    @Test
    void aCheckStopsCountingOnItsExpiryDate() {
        assertThat(DbsChecks.statusOf(check(CheckType.ENHANCED, TODAY.plusDays(1)), TODAY, 0)).isEqualTo(Status.VETTED);
        assertThat(DbsChecks.statusOf(check(CheckType.ENHANCED, TODAY), TODAY, 0)).isEqualTo(Status.EXPIRED);
        assertThat(DbsChecks.statusOf(check(CheckType.ENHANCED, TODAY.minusDays(1)), TODAY, 0)).isEqualTo(Status.EXPIRED);
    }

    @Test
    void ownersAreWarnedWithinTheWarningWindow() {
        assertThat(DbsChecks.statusOf(check(CheckType.ENHANCED_BARRED, TODAY.plusDays(30)), TODAY, 30)).isEqualTo(Status.EXPIRES_SOON);
        assertThat(DbsChecks.statusOf(check(CheckType.ENHANCED_BARRED, TODAY.plusDays(31)), TODAY, 30)).isEqualTo(Status.VETTED);
    }

    @Test
    void onlyAnEnhancedCheckLetsSomebodyWorkWithChildren() {
        assertThat(DbsChecks.statusOf(check(CheckType.BASIC, TODAY.plusYears(1)), TODAY, 30)).isEqualTo(Status.NOT_ENOUGH);
        assertThat(DbsChecks.statusOf(check(CheckType.STANDARD, TODAY.plusYears(1)), TODAY, 30)).isEqualTo(Status.NOT_ENOUGH);
        assertThat(DbsChecks.statusOf(check(CheckType.BASIC, TODAY.minusDays(1)), TODAY, 30)).as("expired first").isEqualTo(Status.EXPIRED);
    }
}
