package org.wayfinder.platform.identity;

import jakarta.persistence.EntityListeners;
import java.util.List;
import org.wayfinder.platform.cache.CacheInvalidation;
import org.wayfinder.platform.cache.CacheScoped;
import org.wayfinder.platform.cache.ProgrammeCache;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

/** A role an account holds in its tenant: owner, moderator, or a role a plugin declares. */
@Entity
@EntityListeners(CacheInvalidation.class)
@Table(name = "membership")
public class Membership extends TenantOwned implements CacheScoped {

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(nullable = false, length = 64)
    private String role;

    protected Membership() {
    }

    public Membership(Account account, String role) {
        this.account = account;
        this.role = role;
    }

    public Account getAccount() {
        return account;
    }

    public String getRole() {
        return role;
    }

    /** A person's roles are read through the cache by every request of theirs. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return List.of(ProgrammeCache.person(tenantId, account.getId()));
    }
}
