package org.wayfinder.platform.cache;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens of a single instance (Payara Micro started with {@code --nocluster}, or a unit test),
 * kept for {@link ProgrammeCache#TOKEN_LIFETIME} after their scope last changed, as the grid's are.
 */
final class LocalGenerations implements Generations {

    private record Token(String value, long bornAt) {
    }

    private final ConcurrentHashMap<String, Token> tokens = new ConcurrentHashMap<>();

    @Override
    public String current(String scope) {
        Token token = tokens.get(scope);
        return token == null ? UNCHANGED : token.value();
    }

    @Override
    public void bump(String scope, String token) {
        long now = System.nanoTime();
        tokens.put(scope, new Token(token, now));
        if (tokens.size() > 10_000) {
            tokens.values().removeIf(old -> now - old.bornAt() > ProgrammeCache.TOKEN_LIFETIME.toNanos());
        }
    }
}
