package org.wayfinder.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.wayfinder.platform.spi.Cache;

class ProgrammeCacheTest {

    private final ProgrammeCache cache = new ProgrammeCache();
    private final AtomicInteger loads = new AtomicInteger();

    private String load() {
        return "value " + loads.incrementAndGet();
    }

    @Test
    void aValueIsLoadedOnceUntilItsScopeChanges() {
        String scope = Cache.programme("a");
        assertThat(cache.get(scope, "look", this::load)).isEqualTo("value 1");
        assertThat(cache.get(scope, "look", this::load)).isEqualTo("value 1");

        cache.changed(scope);

        assertThat(cache.get(scope, "look", this::load)).isEqualTo("value 2");
        assertThat(cache.get(scope, "look", this::load)).isEqualTo("value 2");
    }

    @Test
    void aChangeInOneProgrammeLeavesAnothersValuesAndKeysApart() {
        String a = Cache.programme("a");
        String b = Cache.programme("b");
        cache.get(a, "look", () -> "a's look");
        cache.get(b, "look", () -> "b's look");

        cache.changed(a);

        assertThat(cache.get(a, "look", () -> "a's new look")).isEqualTo("a's new look");
        assertThat(cache.get(b, "look", () -> "b's new look")).as("another programme's value is not touched").isEqualTo("b's look");
        assertThat(cache.get(b, "plugins", () -> "b's plugins")).as("keys are apart").isEqualTo("b's plugins");
    }

    @Test
    void whatWasNotFoundIsAskedAgainRatherThanKept() {
        AtomicInteger asked = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertThat(cache.find(Cache.PLATFORM, "slug:nobody", () -> {
                asked.incrementAndGet();
                return Optional.empty();
            })).isEmpty();
        }
        assertThat(asked).hasValue(3);
        assertThat(cache.find(Cache.PLATFORM, "slug:somebody", () -> Optional.of("found"))).contains("found");
        assertThat(cache.find(Cache.PLATFORM, "slug:somebody", () -> Optional.of("again"))).contains("found");
    }

    @Test
    void theLeastRecentlyUsedValueGoesWhenTheBoundIsReached() {
        String scope = Cache.person("t", "p");
        cache.get(scope, "first", () -> "first");
        for (int i = 0; i < ProgrammeCache.ENTRIES; i++) {
            cache.get(Cache.programme("t" + i), "look", () -> "look");
        }
        assertThat(cache.get(scope, "first", () -> "loaded again")).isEqualTo("loaded again");
    }

    /** Counts the reads of the grid's tokens. */
    private static final class CountingGenerations implements Generations {

        final LocalGenerations tokens = new LocalGenerations();
        int reads;

        @Override
        public String current(String scope) {
            reads++;
            return tokens.current(scope);
        }

        @Override
        public void bump(String scope, String token) {
            tokens.bump(scope, token);
        }
    }

    @Test
    void aRequestReadsEachScopesTokenOnceAndItsOwnChangeAtOnce() {
        CountingGenerations grid = new CountingGenerations();
        cache.generations = grid;
        String a = Cache.programme("a");
        String person = Cache.person("a", "p");
        ProgrammeCache.beginRequest();
        try {
            for (int i = 0; i < 5; i++) {
                cache.get(a, "look", this::load);
                cache.get(a, "plugins", this::load);
                cache.get(person, "roles", this::load);
            }
            assertThat(grid.reads).as("one read of the grid per scope in a request").isEqualTo(2);

            cache.changed(a);

            assertThat(cache.get(a, "look", () -> "new look")).as("the request's own change is seen at once").isEqualTo("new look");
        } finally {
            ProgrammeCache.endRequest();
        }
        cache.get(a, "look", this::load);
        cache.get(a, "look", this::load);
        assertThat(grid.reads).as("outside a request, every read asks the grid").isEqualTo(4);
    }

    @Test
    void aChangeMadeElsewhereDuringARequestIsSeenByTheNextRequest() {
        CountingGenerations grid = new CountingGenerations();
        cache.generations = grid;
        String a = Cache.programme("a");
        ProgrammeCache.beginRequest();
        try {
            assertThat(cache.get(a, "look", () -> "old look")).isEqualTo("old look");
            grid.bump(a, "another instance's change");
            assertThat(cache.get(a, "look", () -> "new look")).as("within the request").isEqualTo("old look");
        } finally {
            ProgrammeCache.endRequest();
        }
        ProgrammeCache.beginRequest();
        try {
            assertThat(cache.get(a, "look", () -> "new look")).as("the next request").isEqualTo("new look");
        } finally {
            ProgrammeCache.endRequest();
        }
    }

    @Test
    void aRequestThatRunsLongerThanItsTokensLifetimeReadsThemAgain() {
        CountingGenerations grid = new CountingGenerations();
        cache.generations = grid;
        String a = Cache.programme("a");
        AtomicLong now = new AtomicLong();
        ProgrammeCache.requestClock = now::get;
        ProgrammeCache.beginRequest();
        try {
            assertThat(cache.get(a, "look", () -> "old look")).isEqualTo("old look");
            grid.bump(a, "another instance's change");
            now.addAndGet(ProgrammeCache.REQUEST_TOKENS_LIFETIME.toNanos());
            assertThat(cache.get(a, "look", () -> "new look")).as("within the lifetime").isEqualTo("old look");
            now.addAndGet(1);
            assertThat(cache.get(a, "look", () -> "new look")).as("past it: as if a new request had begun").isEqualTo("new look");
            assertThat(grid.reads).isEqualTo(2);
        } finally {
            ProgrammeCache.endRequest();
            ProgrammeCache.requestClock = System::nanoTime;
        }
    }
}
