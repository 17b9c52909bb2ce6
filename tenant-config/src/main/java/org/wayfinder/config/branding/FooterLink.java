package org.wayfinder.config.branding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

/** A link in the footer of the programme's site: privacy notice, contact, the trust's own site. */
@Entity
@Table(name = "footer_link")
public class FooterLink extends TenantOwned {

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
}
