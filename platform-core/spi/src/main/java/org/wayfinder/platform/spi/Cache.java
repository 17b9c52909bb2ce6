package org.wayfinder.platform.spi;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What many pages read and few changes alter, held in memory on each instance and read again on
 * every instance once a change to it commits. The core implements it; plugins use it for their own
 * figures as the core does for its own.
 *
 * <p>Values are grouped in scopes, each named by the records whose changes make its values stale
 * ({@link CacheScoped}): {@link #PLATFORM} (the programmes and their addresses), {@link #programme}
 * (one programme's configuration), {@link #person} (one person's account, roles and progress in one
 * programme) and {@link #activity} (who is where in one programme: roles held, journey positions,
 * approvals, matches), or a scope a plugin names for its own records. A value is good while its scope
 * has not changed since it was loaded. Values must be immutable (records, {@code List.of}) and hold
 * nothing of another programme.
 */
public interface Cache {

    /** The programmes, their addresses and states. */
    String PLATFORM = "platform";

    /** One programme's configuration: its look, plugins and settings, published journeys and forms. */
    static String programme(String tenantId) {
        return "programme:" + tenantId;
    }

    /**
     * One person's account, roles and progress in one programme. The programme is part of it so
     * that a request of another programme, which cannot read the account, never finds its values.
     */
    static String person(String tenantId, String accountId) {
        return "person:" + tenantId + ':' + accountId;
    }

    /**
     * Who is where in one programme: the roles people hold, where they stand on their journeys,
     * who waits for approval, who is matched. What staff's homes count; it changes with people's
     * progress, far more often than {@link #programme}, so it is a scope of its own.
     */
    static String activity(String tenantId) {
        return "activity:" + tenantId;
    }

    /**
     * The value of a key in a scope, loaded when it is not held or its scope has changed since.
     * The loader must return an immutable, non-null value.
     */
    <T> T get(String scope, String key, Supplier<T> loader);

    /** As {@link #get}, but keeps only what was found: an unknown key costs a read each time rather than a place. */
    <T> Optional<T> find(String scope, String key, Supplier<Optional<T>> loader);

    /**
     * Records that a scope changed: it is read afresh everywhere once the current transaction
     * commits (at once when there is none), and by this transaction until then. Entity changes do
     * this themselves ({@link CacheInvalidation}); bulk JPQL updates and deletes must call it.
     */
    void changed(String scope);

    /**
     * Records that the current transaction read or added a record of a scope, which it may change
     * before it flushes: until it ends, it reads the scope from the database, not from the cache.
     */
    void touched(String scope);
}
