package org.wayfinder.platform.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The address the current request came from, for the audit trail. The authentication mechanism
 * (which runs first on every request) sets it; the core knows nothing else of HTTP. The address is
 * the one the server saw (behind a proxy, the proxy's): a header a client can write, such as
 * {@code X-Forwarded-For}, is not taken on trust.
 */
@RequestScoped
public class RequestOrigin {

    private String address;

    public void from(String address) {
        this.address = address;
    }

    public String address() {
        return address;
    }
}
