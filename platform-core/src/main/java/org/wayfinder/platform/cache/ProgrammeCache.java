package org.wayfinder.platform.cache;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.wayfinder.platform.spi.Ids;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.CacheInvalidation;
import org.wayfinder.platform.spi.CacheScoped;

/**
 * What changes rarely and every page reads (which programme a host names, its look, its plugins,
 * the signed-in person's account and roles), held in memory on each instance so that a warm page
 * does not ask the database for it again.
 *
 * <p>Values are grouped in the scopes {@link Cache} names. Each scope has a token in Payara's data grid ({@link GridGenerations}; on one instance
 * without a grid, {@link LocalGenerations}); a value is good while the token it was loaded under is
 * current. The records of a scope name it ({@link CacheScoped}) and {@link CacheInvalidation}, their
 * entity listener, gives the scope a new token when a transaction that changed one commits, so the
 * next read on every instance loads afresh. A transaction that has read, added or changed a record
 * of a scope reads that scope from the database until it ends, so the code that makes a change sees
 * it at once, even before it is flushed.
 *
 * <p>Bounds: at most {@value #ENTRIES} values on an instance, the least recently used dropped first,
 * and none older than {@link #MAX_AGE}; the grid holds one short token per scope changed in the
 * last {@link #TOKEN_LIFETIME}. With about 10 values per programme and one per signed-in person,
 * 10,000 programmes' configuration fits beside 100,000 people active within the hour; beyond that
 * the least used are read again, never wrongly. Values must be immutable (records, {@code List.of}).
 *
 * <p>Within a web request ({@link #beginRequest()} to {@link #endRequest()}) each scope's token is
 * read from the grid once, not once per value: a page reads its programme's scope dozens of times,
 * and a read of the grid is a call to whichever instance owns the key. A change another instance
 * makes during the request is seen by the next one; a change this request commits is seen at once.
 */
@ApplicationScoped
public class ProgrammeCache implements Cache {

    /** The most values one instance keeps. */
    public static final int ENTRIES = 200_000;

    /** How long a value is kept at most, whatever its token says. */
    public static final Duration MAX_AGE = Duration.ofHours(1);

    /** How long a scope's token lasts after its last change; longer than {@link #MAX_AGE}, so no value outlives it. */
    static final Duration TOKEN_LIFETIME = Duration.ofDays(1);

    private static final Logger LOG = Logger.getLogger(ProgrammeCache.class.getName());

    private static final String CHANGED = ProgrammeCache.class.getName() + ".changed";

    private static final String TOUCHED = ProgrammeCache.class.getName() + ".touched";

    /** How long a request trusts the tokens it has read; one still running after that reads them again. */
    static final Duration REQUEST_TOKENS_LIFETIME = Duration.ofSeconds(2);

    /** The clock a request's tokens age by, in nanoseconds; a test sets its own. */
    static LongSupplier requestClock = System::nanoTime;

    private record Cached(String token, Object value, long loadedAt) {
    }

    /** The tokens the current request has read (and the ones it has given), by scope. */
    private static final class RequestTokens {

        final Map<String, String> byScope = new HashMap<>();
        final long bornAt = requestClock.getAsLong();
    }

    private static final ThreadLocal<RequestTokens> REQUEST = new ThreadLocal<>();

    private final Map<String, Cached> values = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > ENTRIES;
        }
    });

    @Resource
    TransactionSynchronizationRegistry transactions;

    Generations generations = new LocalGenerations();

    @PostConstruct
    void openGrid() {
        try {
            Generations grid = GridGenerations.open(new InitialContext().lookup("payara/Hazelcast"));
            if (grid != null) {
                generations = grid;
            }
        } catch (NamingException | LinkageError e) {
            LOG.log(Level.FINE, "No data grid: cache tokens are this instance's own", e);
        }
    }

    /**
     * The value of a key in a scope, loaded when it is not held or its scope has changed since.
     * The loader must return an immutable, non-null value.
     */
    @Override
    public <T> T get(String scope, String key, Supplier<T> loader) {
        return load(scope, key, loader, value -> true);
    }

    /** As {@link #get}, but keeps only what was found: an unknown key (a made-up host, say) costs a read each time rather than a place. */
    @Override
    public <T> Optional<T> find(String scope, String key, Supplier<Optional<T>> loader) {
        return load(scope, key, loader, Optional::isPresent);
    }

    /** The held value if it is still good, otherwise the loader's, held when {@code keep} says so. */
    private <T> T load(String scope, String key, Supplier<T> loader, Predicate<T> keep) {
        if (changedInThisTransaction(scope)) {
            return loader.get();
        }
        String token = token(scope);
        String at = scope + '\u0000' + key;
        Cached cached = values.get(at);
        long now = System.nanoTime();
        if (cached != null && cached.token().equals(token) && now - cached.loadedAt() < MAX_AGE.toNanos()) {
            @SuppressWarnings("unchecked")
            T value = (T) cached.value();
            return value;
        }
        T value = loader.get();
        if (keep.test(value)) {
            values.put(at, new Cached(token, value, now));
        }
        return value;
    }

    /**
     * Starts a web request on this thread: until {@link #endRequest()} (or for
     * {@link #REQUEST_TOKENS_LIFETIME} at most) each scope's token is read from the grid once.
     * Forgets what an earlier request on the thread read.
     */
    public static void beginRequest() {
        REQUEST.set(new RequestTokens());
    }

    /** Ends the thread's web request: tokens are read from the grid on each read again. */
    public static void endRequest() {
        REQUEST.remove();
    }

    /** The scope's current token: the one this request read or gave it, or the grid's. */
    private String token(String scope) {
        RequestTokens request = REQUEST.get();
        if (request == null) {
            return generations.current(scope);
        }
        if (requestClock.getAsLong() - request.bornAt > REQUEST_TOKENS_LIFETIME.toNanos()) {
            request = new RequestTokens();
            REQUEST.set(request);
        }
        return request.byScope.computeIfAbsent(scope, generations::current);
    }

    /** Gives the scope a new token in the grid, and in the current request's tokens. */
    private void bump(String scope) {
        String token = Ids.newId();
        generations.bump(scope, token);
        RequestTokens request = REQUEST.get();
        if (request != null) {
            request.byScope.put(scope, token);
        }
    }

    /**
     * Records that a scope changed: its token changes when the current transaction commits (at
     * once when there is none), and until then this transaction reads the scope afresh.
     */
    @Override
    public void changed(String scope) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            bump(scope);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) transactions.getResource(CHANGED);
        if (pending == null) {
            Set<String> scopes = new HashSet<>();
            transactions.putResource(CHANGED, scopes);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // Nothing: the new tokens are only for what committed.
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        scopes.forEach(changed -> bump(changed));
                    }
                }
            });
            pending = scopes;
        }
        pending.add(scope);
    }

    /**
     * Records that the current transaction read or added a record of a scope, which it may change
     * before it flushes: until it ends, it reads the scope from the database, not from the cache.
     */
    @Override
    public void touched(String scope) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> touched = (Set<String>) transactions.getResource(TOUCHED);
        if (touched == null) {
            touched = new HashSet<>();
            transactions.putResource(TOUCHED, touched);
        }
        touched.add(scope);
    }

    private boolean changedInThisTransaction(String scope) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            return false;
        }
        return transactions.getResource(CHANGED) instanceof Set<?> changed && changed.contains(scope)
                || transactions.getResource(TOUCHED) instanceof Set<?> touched && touched.contains(scope);
    }
}
