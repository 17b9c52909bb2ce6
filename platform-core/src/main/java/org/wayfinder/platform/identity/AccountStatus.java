package org.wayfinder.platform.identity;

public enum AccountStatus {
    /** Registered, email address not yet confirmed: cannot sign in yet. */
    PENDING_VERIFICATION,
    ACTIVE,
    /** Switched off by staff: cannot sign in. */
    DISABLED
}
