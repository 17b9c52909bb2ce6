package org.wayfinder.platform.identity;

import java.util.List;
import org.wayfinder.platform.spi.CacheScoped;
import org.wayfinder.platform.spi.Cache;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * A person's account in one tenant, as a user belongs to one realm in Keycloak: the same email
 * address in two programmes is two accounts with separate passwords.
 */
@Entity
@Table(name = "account")
public class Account extends TenantOwned implements CacheScoped {

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private AccountStatus status = AccountStatus.PENDING_VERIFICATION;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /**
     * Goes up by one with every password change; a session remembers the number it signed in with
     * and ends when it no longer matches. A counter rather than a time, so that clocks of different
     * instances and the database's timestamp precision play no part.
     */
    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash) {
        this.email = normaliseEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    /** Email addresses are compared without case and surrounding spaces. */
    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isThrottled(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A new password chosen by its owner: every other session of the account ends. */
    void changePassword(String newHash) {
        passwordHash = newHash;
        credentialsVersion++;
        failedSignIns = 0;
        lockedUntil = null;
    }

    /**
     * Anonymises the account at the person's request: no name, no email address, no password; it
     * can never sign in again, and every session of it ends. The row stays, so what the person did
     * still counts in reports, under no name.
     */
    void erase(String unusableHash) {
        displayName = "Erased person";
        email = "erased-" + getId() + "@erased.invalid";
        passwordHash = unusableHash;
        status = AccountStatus.DISABLED;
        credentialsVersion++;
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = null;
    }

    /** Staff suspend the account (a safeguarding action): it cannot sign in, and every session of it ends. */
    void suspend() {
        status = AccountStatus.DISABLED;
        credentialsVersion++;
    }

    /** A suspension lifted: the account can sign in again with its password. */
    void lift() {
        if (status == AccountStatus.DISABLED && !isErased()) {
            status = emailVerifiedAt == null ? AccountStatus.PENDING_VERIFICATION : AccountStatus.ACTIVE;
        }
    }

    /** Whether the account was erased at its person's request. */
    public boolean isErased() {
        return email.endsWith("@erased.invalid");
    }

    void confirmEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
        if (status == AccountStatus.PENDING_VERIFICATION) {
            status = AccountStatus.ACTIVE;
        }
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public int getCredentialsVersion() {
        return credentialsVersion;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    /** A signed-in person's account is read through the cache by every request of theirs; staff's homes count the active people. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return List.of(Cache.person(tenantId, getId()), Cache.activity(tenantId));
    }
}
