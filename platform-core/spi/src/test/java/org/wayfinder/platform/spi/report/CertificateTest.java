package org.wayfinder.platform.spi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateTest {

    @Test
    void theTitleTheNameAndTheAchievementAreNeeded() {
        assertThatThrownBy(() -> new Certificate(" ", "Amara Okafor", "attended", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> new Certificate("Certificate of attendance", "  ", "attended", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name of the person");
        assertThatThrownBy(() -> new Certificate("Certificate of attendance", null, "attended", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Certificate("Certificate of attendance", "Amara Okafor", "", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("what it is awarded for");
    }

    @Test
    void whatMayBeLeftOutIsEmptyAndTheDetailsCannotBeChangedAfterwards() {
        Certificate certificate = new Certificate("Certificate of attendance", "Amara Okafor", "attended", null, null, null, null);
        assertThat(certificate.details()).isEmpty();
        assertThat(certificate.programme()).isEmpty();
        assertThat(certificate.issued()).isEmpty();
        assertThat(certificate.logo()).isNull();

        List<String> details = new ArrayList<>(List.of("Attended 3 of 3 sessions"));
        Certificate copied = new Certificate("Certificate of attendance", "Amara Okafor", "attended", details, "Healthcare Zone", "", null);
        details.clear();
        assertThat(copied.details()).containsExactly("Attended 3 of 3 sessions");
        assertThatThrownBy(() -> copied.details().add("more")).isInstanceOf(UnsupportedOperationException.class);
        byte[] logo = {1, 2, 3};
        assertThat(copied.withLogo(logo)).satisfies(branded -> {
            assertThat(branded.logo()).isSameAs(logo);
            assertThat(branded.details()).isEqualTo(copied.details());
            assertThat(branded.programme()).isEqualTo("Healthcare Zone");
        });
    }

    @Test
    void atMostTwelveDetails() {
        List<String> twelve = Collections.nCopies(Certificate.MAX_DETAILS, "Attended");
        assertThat(new Certificate("Certificate", "Amara Okafor", "attended", twelve, "", "", null).details()).hasSize(12);
        List<String> thirteen = Collections.nCopies(Certificate.MAX_DETAILS + 1, "Attended");
        assertThatThrownBy(() -> new Certificate("Certificate", "Amara Okafor", "attended", thirteen, "", "", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("13 detail lines");
    }
}
