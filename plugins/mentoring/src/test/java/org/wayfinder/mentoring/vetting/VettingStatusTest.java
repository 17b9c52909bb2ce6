package org.wayfinder.mentoring.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wayfinder.mentoring.vetting.Vetting.Status;

class VettingStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Optional<DbsCheck> check(CheckType type, LocalDate expires) {
        return Optional.of(new DbsCheck("mentor", type, expires.minusYears(3), expires, "moderator"));
    }

    @Test
    void aMentorWithoutAChecksIsNotChecked() {
        assertThat(Vetting.statusOf(Optional.empty(), TODAY, 30)).isEqualTo(Status.NOT_CHECKED);
    }

    @Test
    void aCheckStopsCountingOnItsExpiryDate() {
        assertThat(Vetting.statusOf(check(CheckType.ENHANCED, TODAY.plusDays(1)), TODAY, 0)).isEqualTo(Status.VETTED);
        assertThat(Vetting.statusOf(check(CheckType.ENHANCED, TODAY), TODAY, 0)).isEqualTo(Status.EXPIRED);
        assertThat(Vetting.statusOf(check(CheckType.ENHANCED, TODAY.minusDays(1)), TODAY, 0)).isEqualTo(Status.EXPIRED);
    }

    @Test
    void ownersAreWarnedWithinTheWarningWindow() {
        assertThat(Vetting.statusOf(check(CheckType.ENHANCED_BARRED, TODAY.plusDays(30)), TODAY, 30)).isEqualTo(Status.EXPIRES_SOON);
        assertThat(Vetting.statusOf(check(CheckType.ENHANCED_BARRED, TODAY.plusDays(31)), TODAY, 30)).isEqualTo(Status.VETTED);
    }

    @Test
    void onlyAnEnhancedCheckLetsAMentorWorkWithChildren() {
        assertThat(Vetting.statusOf(check(CheckType.BASIC, TODAY.plusYears(1)), TODAY, 30)).isEqualTo(Status.NOT_ENOUGH);
        assertThat(Vetting.statusOf(check(CheckType.STANDARD, TODAY.plusYears(1)), TODAY, 30)).isEqualTo(Status.NOT_ENOUGH);
        assertThat(Vetting.statusOf(check(CheckType.BASIC, TODAY.minusDays(1)), TODAY, 30)).as("expired first").isEqualTo(Status.EXPIRED);
    }
}
