package org.wayfinder.platform.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostNameTest {

    @Test
    void theBareBaseDomainAndWwwAreThePlatform() {
        assertThat(HostName.parse("localhost:8080", "localhost")).containsInstanceOf(HostName.Platform.class);
        assertThat(HostName.parse("wayfinder.nhs.uk", "wayfinder.nhs.uk")).containsInstanceOf(HostName.Platform.class);
        assertThat(HostName.parse("www.wayfinder.nhs.uk", "wayfinder.nhs.uk")).containsInstanceOf(HostName.Platform.class);
        assertThat(HostName.parse("WAYFINDER.NHS.UK.", "wayfinder.nhs.uk")).containsInstanceOf(HostName.Platform.class);
    }

    @Test
    void oneLabelInFrontOfTheBaseDomainIsATenantSlug() {
        assertThat(HostName.parse("healthcare-zone.localhost:8080", "localhost"))
                .contains(new HostName.Subdomain("healthcare-zone"));
        assertThat(HostName.parse("Healthcare-Horizons.Wayfinder.nhs.uk", "wayfinder.nhs.uk"))
                .contains(new HostName.Subdomain("healthcare-horizons"));
    }

    @Test
    void deeperOrMalformedSubdomainsAddressNoTenant() {
        assertThat(HostName.parse("a.b.localhost", "localhost")).isEmpty();
        assertThat(HostName.parse("-bad.localhost", "localhost")).isEmpty();
        assertThat(HostName.parse("bad_.localhost", "localhost")).isEmpty();
        assertThat(HostName.parse("", "localhost")).isEmpty();
        assertThat(HostName.parse(null, "localhost")).isEmpty();
        assertThat(HostName.parse("[::1]:8080", "localhost")).isEmpty();
    }

    @Test
    void anyOtherWellFormedDomainMayBeATenantsOwnDomain() {
        assertThat(HostName.parse("careers.bartshealth.nhs.uk", "localhost"))
                .contains(new HostName.CustomDomain("careers.bartshealth.nhs.uk"));
        assertThat(HostName.parse("127.0.0.1:8080", "localhost")).isEmpty();
        assertThat(HostName.parse("evil.com/../x", "localhost")).isEmpty();
    }

    @Test
    void aHostThatOnlyEndsLikeTheBaseDomainIsNotASubdomainOfIt() {
        assertThat(HostName.parse("notlocalhost", "localhost")).isEmpty();
        assertThat(HostName.parse("evilwayfinder.nhs.uk", "wayfinder.nhs.uk"))
                .contains(new HostName.CustomDomain("evilwayfinder.nhs.uk"));
    }
}
