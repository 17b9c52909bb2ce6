package org.wayfinder.platform.cache;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.concurrent.TimeUnit;

/**
 * The tokens in a map of Payara's Hazelcast data grid, so a change on one instance is seen by the
 * next read on every other. An entry expires {@link ProgrammeCache#TOKEN_LIFETIME} after its scope
 * last changed (one entry per programme or person that changed in that time). Hazelcast's classes
 * are touched only here.
 */
final class GridGenerations implements Generations {

    static final String MAP = "wayfinder-cache-generations";

    private final IMap<String, String> tokens;

    private GridGenerations(IMap<String, String> tokens) {
        this.tokens = tokens;
    }

    /** The grid's tokens, or null when the object is not a running Hazelcast member. */
    static Generations open(Object grid) {
        if (grid instanceof HazelcastInstance hazelcast && hazelcast.getLifecycleService().isRunning()) {
            return new GridGenerations(hazelcast.getMap(MAP));
        }
        return null;
    }

    @Override
    public String current(String scope) {
        String token = tokens.get(scope);
        return token == null ? UNCHANGED : token;
    }

    @Override
    public void bump(String scope, String token) {
        tokens.set(scope, token, ProgrammeCache.TOKEN_LIFETIME.toSeconds(), TimeUnit.SECONDS);
    }
}
