package org.wayfinder.platform.cache;

/**
 * A token per cache scope that changes whenever what the scope covers changes, read by every
 * instance: a cached value is good while the token it was loaded under is still the current one.
 */
interface Generations {

    /** What a scope's token is when it has never changed (or its entry has expired). */
    String UNCHANGED = "-";

    String current(String scope);

    /** Gives the scope a new token, so values loaded under the old one are loaded again. */
    void bump(String scope, String token);
}
