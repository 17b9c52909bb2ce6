package org.wayfinder.platform.apitoken;

import java.util.List;
import org.wayfinder.platform.spi.CacheScoped;
import org.wayfinder.platform.spi.Cache;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * A credential an owner gives an integration (a funder's dashboard, a school's MIS) to call the
 * API as this tenant with chosen roles. The secret is shown once when created; only its SHA-256 hash
 * is stored.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends TenantOwned implements CacheScoped {

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    /** The first characters of the secret, so an owner can tell tokens apart in a list. */
    @Column(name = "secret_prefix", nullable = false, length = 12)
    private String secretPrefix;

    /** Comma-separated, sorted. */
    @Column(nullable = false, length = 500)
    private String roles;

    @Column(name = "created_by", nullable = false, length = 36)
    private String createdBy;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(String name, String tokenHash, String secretPrefix, Set<String> roles, String createdBy, Instant expiresAt) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.secretPrefix = secretPrefix;
        this.roles = String.join(",", new TreeSet<>(roles));
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public String getName() {
        return name;
    }

    public String getSecretPrefix() {
        return secretPrefix;
    }

    public Set<String> getRoles() {
        return new TreeSet<>(Arrays.asList(roles.split(",")));
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    /** Tokens are read through the programme's cache on every API call; a revocation changes the programme's token. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return tenantId == null ? List.of() : List.of(Cache.programme(tenantId));
    }
}
