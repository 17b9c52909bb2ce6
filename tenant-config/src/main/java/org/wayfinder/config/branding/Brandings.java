package org.wayfinder.config.branding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.wayfinder.platform.cache.ProgrammeCache;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.TenantContext;

/** The current tenant's branding. */
@ApplicationScoped
public class Brandings extends Repository<Branding> {

    @Inject
    ProgrammeCache cache;

    @Inject
    TenantContext tenantContext;

    public Brandings() {
        super(Branding.class);
    }

    /** What the programme's pages show of its branding, held by the programme's cache. */
    public Look look() {
        return cache.get(Cache.programme(tenantContext.tenantId()), "look",
                () -> Look.of(current().orElse(null), footerLinks()));
    }

    /** The tenant's branding, if it has chosen any. */
    public Optional<Branding> current() {
        return query("SELECT b FROM Branding b").getResultStream().findFirst();
    }

    /** An uploaded logo's type and bytes. */
    public record Logo(String contentType, byte[] bytes) {
    }

    /** The programme's logo, read on its own (not as the branding record, which pages read from the cache). */
    public Optional<Logo> logo() {
        return em().createQuery("SELECT b.logoContentType, b.logo FROM Branding b WHERE b.logo IS NOT NULL", Object[].class)
                .getResultStream().findFirst().map(row -> new Logo((String) row[0], (byte[]) row[1]))
                .filter(logo -> logo.bytes().length > 0);
    }

    /** The tenant's branding, created with the platform's look if it has none yet. */
    public Branding currentOrNew() {
        return current().orElseGet(() -> add(new Branding()));
    }

    public List<FooterLink> footerLinks() {
        return em().createQuery("SELECT l FROM FooterLink l ORDER BY l.position", FooterLink.class).getResultList();
    }

    public void replaceFooterLinks(List<BrandingChanges.Link> links) {
        footerLinks().forEach(em()::remove);
        em().flush();
        for (int i = 0; i < links.size(); i++) {
            em().persist(new FooterLink(i, links.get(i).label(), links.get(i).url()));
        }
    }

    /**
     * Counts a change to the branding even when only its links changed, so that the version in the
     * stylesheet and logo addresses moves on and browsers fetch them again.
     */
    public void touch(Branding branding) {
        em().lock(branding, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
