package org.wayfinder.platform.apitoken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.wayfinder.platform.audit.AuditEntries;
import org.wayfinder.platform.cache.ProgrammeCache;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.identity.Secrets;
import org.wayfinder.platform.plugin.PluginRegistry;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.PluginRole;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.TenantContext;

/**
 * API tokens of the current tenant: created and revoked by its owners, presented by integrations
 * as {@code Authorization: Bearer wf_...}. A token only ever works on the host of the tenant that
 * issued it.
 */
@ApplicationScoped
public class ApiTokens extends Repository<ApiToken> {

    /** Every token starts with this, so a leaked one is easy to recognise in logs and scanners. */
    public static final String PREFIX = "wf_";
    private static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

    /** When this instance last recorded each token's use. */
    private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();

    /** A token as created: the stored record and the secret, which is never available again. */
    public record IssuedToken(ApiToken token, String secret) {
    }

    /** The audit trail's actions. */
    public static final String TOKEN_CREATED = "api-token.created";
    public static final String TOKEN_REVOKED = "api-token.revoked";

    @Inject
    AuditEntries audit;

    @Inject
    ProgrammeCache cache;

    @Inject
    PluginRegistry plugins;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    public ApiTokens() {
        super(ApiToken.class);
    }

    @Override
    protected String describe() {
        return "API token";
    }

    /** The roles an owner can give a token: the core's tenant roles and every plugin's. */
    public List<PluginRole> assignableRoles() {
        List<PluginRole> roles = new ArrayList<>();
        roles.add(new PluginRole(Roles.OWNER, "Owner", "Everything an owner can do", false));
        roles.add(new PluginRole(Roles.MODERATOR, "Moderator", "Review and moderate", false));
        roles.add(new PluginRole(Roles.SAFEGUARDING_LEAD, "Safeguarding lead", "Read and handle safeguarding cases", false));
        roles.addAll(plugins.roles());
        return roles;
    }

    /**
     * Creates a token with the given roles.
     *
     * @param validForDays how long it works, 1 to 365 days; null for until revoked
     */
    @RequiresRole(Roles.OWNER)
    public IssuedToken create(String name, Set<String> roles, Integer validForDays) {
        String label = name == null ? "" : name.strip();
        Set<String> chosen = roles == null ? Set.of() : new LinkedHashSet<>(roles);
        List<FieldError> errors = new ArrayList<>();
        if (label.isEmpty() || label.length() > 80) {
            errors.add(new FieldError("name", "Name the token after the integration that will use it (up to 80 characters)."));
        }
        List<String> known = assignableRoles().stream().map(PluginRole::id).toList();
        if (chosen.isEmpty()) {
            errors.add(new FieldError("roles", "Choose at least one role for the token."));
        } else if (!known.containsAll(chosen)) {
            errors.add(new FieldError("roles", "Choose roles from the list offered."));
        }
        if (validForDays != null && (validForDays < 1 || validForDays > 365)) {
            errors.add(new FieldError("validForDays", "A token can be valid for 1 to 365 days, or until revoked."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String secret = PREFIX + Secrets.newSecret();
        Instant expires = validForDays == null ? null : Instant.now().plus(Duration.ofDays(validForDays));
        ApiToken token = add(new ApiToken(label, Secrets.hash(secret), secret.substring(0, 10), chosen,
                currentUser.require().accountId(), expires));
        audit.record(TOKEN_CREATED, "api-token", token.getId(), "\u201c" + label + "\u201d with roles " + String.join(", ", chosen)
                + (expires == null ? ", until revoked" : ", for " + validForDays + " days"));
        return new IssuedToken(token, secret);
    }

    /** The tenant's tokens, newest first, revoked ones included so the history stays visible. */
    @RequiresRole(Roles.OWNER)
    public List<ApiToken> all() {
        return query("SELECT t FROM ApiToken t ORDER BY t.createdAt DESC").getResultList();
    }

    /** Revokes a token of this tenant; it stops working at once on every instance. */
    @RequiresRole(Roles.OWNER)
    public ApiToken revoke(String tokenId) {
        ApiToken token = get(tokenId);
        if (token.getRevokedAt() == null) {
            token.revoke(Instant.now());
            audit.record(TOKEN_REVOKED, "api-token", token.getId(), "\u201c" + token.getName() + "\u201d");
        }
        return token;
    }

    /** The caller behind a presented secret, if it is a usable token of the current tenant. */
    public Optional<SignedInUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        String hash = Secrets.hash(secret);
        return cache.find(Cache.programme(tenantContext.tenantId()), "api-token:" + hash,
                        () -> query("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash").setParameter("hash", hash)
                                .getResultStream().findFirst().map(Presented::of))
                .filter(token -> token.usable(now)).map(token -> {
                    recordUse(token, now);
                    return new SignedInUser(token.id(), tenantContext.tenantId(), "API token \u201c" + token.name() + "\u201d",
                            token.roles(), true);
                });
    }

    /**
     * Records when a token was last used, at most once a {@link #USE_RECORDING_INTERVAL} per token
     * and instance. A bulk update without the version check: an integration's parallel calls may all
     * find the time due, and each must still be answered.
     */
    private void recordUse(Presented token, Instant now) {
        Instant recorded = lastRecorded.getOrDefault(token.id(), token.lastUsedAt());
        if (recorded == null || recorded.isBefore(now.minus(USE_RECORDING_INTERVAL))) {
            lastRecorded.put(token.id(), now);
            em().createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id"
                            + " AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :now)")
                    .setParameter("id", token.id()).setParameter("now", now).executeUpdate();
        }
    }

    /** What authenticating needs of a token, held by the programme's cache until a token of the programme changes. */
    private record Presented(String id, String name, Set<String> roles, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

        static Presented of(ApiToken token) {
            return new Presented(token.getId(), token.getName(), Set.copyOf(token.getRoles()), token.getExpiresAt(),
                    token.getRevokedAt(), token.getLastUsedAt());
        }

        boolean usable(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }
}
