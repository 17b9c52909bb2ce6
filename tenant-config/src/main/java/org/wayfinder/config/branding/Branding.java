package org.wayfinder.config.branding;

import java.util.List;
import org.wayfinder.platform.spi.CacheScoped;
import org.wayfinder.platform.spi.Cache;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.wayfinder.platform.spi.TenantOwned;

/**
 * How a programme's site looks: its colours, logo and words of welcome. One per tenant; a tenant
 * without one looks like the platform ({@link #PLATFORM_PRIMARY}, {@link #PLATFORM_ACCENT}).
 */
@Entity
@Table(name = "branding")
public class Branding extends TenantOwned implements CacheScoped {

    public static final String PLATFORM_PRIMARY = "#1D4F91";
    public static final String PLATFORM_ACCENT = "#00703C";

    /** One line under the programme's name, in plain text. */
    @Column(nullable = false, length = 200)
    private String description = "";

    @Column(name = "primary_colour", nullable = false, length = 7)
    private String primaryColour = PLATFORM_PRIMARY;

    @Column(name = "accent_colour", nullable = false, length = 7)
    private String accentColour = PLATFORM_ACCENT;

    @Column(name = "welcome_text", nullable = false, length = 4000)
    private String welcomeText = "";

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "logo")
    private byte[] logo;

    @Column(name = "logo_content_type", length = 40)
    private String logoContentType;

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPrimaryColour() {
        return primaryColour;
    }

    public void setPrimaryColour(String primaryColour) {
        this.primaryColour = primaryColour;
    }

    public String getAccentColour() {
        return accentColour;
    }

    public void setAccentColour(String accentColour) {
        this.accentColour = accentColour;
    }

    public String getWelcomeText() {
        return welcomeText;
    }

    public void setWelcomeText(String welcomeText) {
        this.welcomeText = welcomeText;
    }

    public byte[] getLogo() {
        return logo;
    }

    public String getLogoContentType() {
        return logoContentType;
    }

    public boolean hasLogo() {
        return logo != null && logo.length > 0;
    }

    public void setLogo(byte[] logo, String contentType) {
        this.logo = logo;
        this.logoContentType = contentType;
    }

    /** Part of the programme's configuration, which pages read through the cache. */
    @Override
    public List<String> cacheScopes(String tenantId) {
        return tenantId == null ? List.of() : List.of(Cache.programme(tenantId));
    }
}
