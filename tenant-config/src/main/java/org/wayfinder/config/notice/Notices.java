package org.wayfinder.config.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.wayfinder.config.branding.Brandings;
import org.wayfinder.config.branding.Look;
import org.wayfinder.platform.cache.ProgrammeCache;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.tenant.TenantDirectory;

/** The current programme's notices: those its owner wrote, and the templates in place of the others. */
@ApplicationScoped
public class Notices extends Repository<Notice> {

    @Inject
    ProgrammeCache cache;

    @Inject
    TenantContext tenantContext;

    @Inject
    Brandings brandings;

    @Inject
    TenantDirectory tenants;

    public Notices() {
        super(Notice.class);
    }

    /** The notice the owner wrote, if they have. */
    public Optional<Notice> find(NoticeKind kind) {
        return query("SELECT n FROM Notice n WHERE n.kind = :kind").setParameter("kind", kind.key()).getResultStream().findFirst();
    }

    /** Removes the owner's text: the template is shown again. */
    public void remove(Notice notice) {
        em().remove(notice);
    }

    /**
     * The notice as its page shows it, held by the programme's cache. The programme's name is part of
     * the key, because the template is filled in with it and a programme can be renamed.
     */
    public ShownNotice shown(NoticeKind kind) {
        TenantRef tenant = tenantContext.tenant();
        return cache.get(Cache.programme(tenant.id()), "notice:" + kind.key() + ":" + tenant.name(), () -> find(kind)
                .map(notice -> ShownNotice.of(kind, notice.getText(), true, notice.getUpdatedAt()))
                .orElseGet(() -> ShownNotice.of(kind, template(kind), false, null)));
    }

    /** The kind's template, filled in for this programme. */
    public String template(NoticeKind kind) {
        TenantRef tenant = tenantContext.tenant();
        String site = tenant.platform() ? "http://" + tenants.baseDomain() : tenants.siteUrl(tenant);
        return NoticeTemplate.text(kind, new NoticeTemplate.Details(tenant.name(), site, contactEmail(brandings.look()).orElse(null)));
    }

    /** The address of the first email link in the footer, the one contact every programme can give. */
    static Optional<String> contactEmail(Look look) {
        return look.footerLinks().stream().map(Look.Link::url).filter(url -> url.toLowerCase(Locale.ROOT).startsWith("mailto:"))
                .map(url -> url.substring("mailto:".length()).split("\\?", 2)[0]).filter(address -> address.contains("@")).findFirst();
    }
}
