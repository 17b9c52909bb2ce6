package org.wayfinder.platform.identity;

import java.util.List;
import org.wayfinder.platform.spi.CacheScoped;
import org.wayfinder.platform.spi.Cache;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

/** A role an account holds in its tenant: owner, moderator, or a role a plugin declares. */
@Entity
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

    /** A person's roles are read through the cache by every request of theirs; staff's homes count who holds each role. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return List.of(Cache.person(tenantId, account.getId()), Cache.activity(tenantId));
    }
}
