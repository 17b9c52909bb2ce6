package org.wayfinder.config.branding;

import java.util.List;
import org.wayfinder.platform.spi.CacheScoped;
import org.wayfinder.platform.spi.Cache;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

/** A link in the footer of the programme's site: privacy notice, contact, the trust's own site. */
@Entity
@Table(name = "footer_link")
public class FooterLink extends TenantOwned implements CacheScoped {

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 60)
    private String label;

    @Column(nullable = false, length = 500)
    private String url;

    protected FooterLink() {
    }

    public FooterLink(int position, String label, String url) {
        this.position = position;
        this.label = label;
        this.url = url;
    }

    public int getPosition() {
        return position;
    }

    public String getLabel() {
        return label;
    }

    public String getUrl() {
        return url;
    }

    /** Part of the programme's configuration, which pages read through the cache. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return tenantId == null ? List.of() : List.of(Cache.programme(tenantId));
    }
}
