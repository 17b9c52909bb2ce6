package org.wayfinder.platform.spi;

/** Where a tenant is in its life: only an active tenant serves its site and lets people sign in. */
public enum TenantStatus {
    ACTIVE,
    /** Paused by an operator: the site shows "this programme is paused" and refuses sign-in. */
    SUSPENDED,
    /** Closed for good; kept for its records until deleted. Shown like a paused programme. */
    ARCHIVED
}
