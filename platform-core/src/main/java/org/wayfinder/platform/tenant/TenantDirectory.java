package org.wayfinder.platform.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wayfinder.platform.cache.ProgrammeCache;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.spi.TenantStatus;

/**
 * Finds tenants by the address a request came to, and keeps the list of tenants.
 *
 * <p>Every lookup reads the database (the shared cache is off), so a tenant suspended on one
 * instance is paused on every instance at once.
 */
@ApplicationScoped
@Transactional
public class TenantDirectory {

    /** The platform's own tenant: created by the core changelog, holds the operators. */
    public static final String PLATFORM_TENANT_ID = "00000000-0000-7000-8000-000000000000";

    /** Subdomains that would be confused with the platform's own addresses. */
    static final Set<String> RESERVED_SLUGS = Set.of("www", "api", "admin", "operator", "platform", "app",
            "mail", "smtp", "static", "assets", "cdn", "status", "health", "login", "help", "support", "wayfinder",
            "localhost", "openapi", "metrics", "test", "dev", "staging", "nhs");

    @PersistenceContext(unitName = "wayfinder")
    EntityManager em;

    @Inject
    TenantContext tenantContext;

    @Inject
    ProgrammeCache cache;

    @Inject
    @ConfigProperty(name = "wayfinder.base-domain", defaultValue = "localhost")
    String baseDomain;

    /** The platform site's address as visitors reach it, e.g. {@code https://wayfinder.example:443}; default http on the base domain. */
    @Inject
    @ConfigProperty(name = "wayfinder.public-url")
    Optional<String> publicUrl;

    /** The tenant a Host header addresses, if any. */
    public Optional<TenantRef> resolve(String hostHeader) {
        return HostName.parse(hostHeader, baseDomain).flatMap(host -> {
            if (host instanceof HostName.Subdomain subdomain) {
                String slug = subdomain.slug().toLowerCase(Locale.ROOT);
                return cache.find(Cache.PLATFORM, "slug:" + slug, () -> bySlug(slug));
            }
            if (host instanceof HostName.CustomDomain custom) {
                return cache.find(Cache.PLATFORM, "domain:" + custom.domain(), () ->
                        em.createQuery("SELECT t FROM Tenant t WHERE t.customDomain = :domain", Tenant.class)
                                .setParameter("domain", custom.domain()).getResultStream().findFirst().map(Tenant::ref));
            }
            return cache.find(Cache.PLATFORM, "platform", () -> findById(PLATFORM_TENANT_ID));
        });
    }

    public Optional<TenantRef> bySlug(String slug) {
        return em.createQuery("SELECT t FROM Tenant t WHERE t.slug = :slug", Tenant.class)
                .setParameter("slug", slug.toLowerCase(Locale.ROOT)).getResultStream().findFirst().map(Tenant::ref);
    }

    public Optional<TenantRef> findById(String id) {
        return Optional.ofNullable(em.find(Tenant.class, id)).map(Tenant::ref);
    }

    public TenantRef platform() {
        return findById(PLATFORM_TENANT_ID).orElseThrow(() -> new IllegalStateException("The platform tenant is missing"));
    }

    /** How many programmes there are (not the platform itself), counted by the database. */
    public long countProgrammes() {
        return em.createQuery("SELECT COUNT(t) FROM Tenant t WHERE t.platform = false", Long.class).getSingleResult();
    }

    /** Every programme (not the platform itself), by name. */
    public List<TenantRef> programmes() {
        return em.createQuery("SELECT t FROM Tenant t WHERE t.platform = false ORDER BY t.name", Tenant.class)
                .getResultList().stream().map(Tenant::ref).toList();
    }

    /**
     * The programmes whose name (in any case) or address contains the text, by name: for the
     * operator's search. The database narrows the rows with LIKE (its parameters bound, never
     * written into the SQL); a {@code %} or {@code _} in the text matches more there, and only
     * programmes that really contain the text are kept. A blank text finds every programme.
     */
    public List<TenantRef> programmesMatching(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return programmes();
        }
        String like = "%" + wanted.replace("\\", "\\\\") + "%";
        return em.createQuery("SELECT t FROM Tenant t WHERE t.platform = false AND (LOWER(t.name) LIKE :like OR t.slug LIKE :like)"
                        + " ORDER BY t.name", Tenant.class)
                .setParameter("like", like).getResultList().stream().map(Tenant::ref)
                .filter(programme -> programme.name().toLowerCase(Locale.ROOT).contains(wanted) || programme.slug().contains(wanted))
                .toList();
    }

    /** Creates a tenant at {@code slug.<base domain>}, refusing malformed, reserved or taken addresses. */
    public TenantRef create(String slug, String name) {
        String address = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        problemWithSlug(address).ifPresent(problem -> errors.add(new FieldError("slug", problem)));
        problemWithName(name).ifPresent(problem -> errors.add(new FieldError("name", problem)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Tenant tenant = new Tenant(address, name.strip());
        em.persist(tenant);
        return tenant.ref();
    }

    /** What is wrong with a wanted address (the part before the base domain), or empty when it is free and well formed. */
    public Optional<String> problemWithSlug(String slug) {
        String address = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        if (!HostName.SLUG.matcher(address).matches()) {
            return Optional.of("Use 1 to 63 lower-case letters, digits and hyphens, not starting or ending with a hyphen.");
        }
        if (RESERVED_SLUGS.contains(address)) {
            return Optional.of("The address \"" + address + "\" is reserved; choose another.");
        }
        if (bySlug(address).isPresent()) {
            return Optional.of("The address \"" + address + "\" is already taken.");
        }
        return Optional.empty();
    }

    public Optional<String> problemWithName(String name) {
        String title = name == null ? "" : name.strip();
        return title.isEmpty() || title.length() > 120
                ? Optional.of("Give the programme a name of 1 to 120 characters.") : Optional.empty();
    }

    /**
     * What is wrong with a domain the current tenant wants to be reached at, or empty when it is
     * acceptable. Blank means "no domain of its own" and is always acceptable.
     */
    public Optional<String> problemWithCustomDomain(String domain) {
        String wanted = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        if (!HostName.DOMAIN.matcher(wanted).matches()) {
            return Optional.of("Enter a domain name like careers.yourtrust.nhs.uk, without http:// or a path.");
        }
        if (wanted.equals(baseDomain) || wanted.endsWith("." + baseDomain)) {
            return Optional.of("That is an address on Wayfinder itself; enter your organisation's own domain.");
        }
        boolean taken = em.createQuery("SELECT t FROM Tenant t WHERE t.customDomain = :domain AND t.id <> :self", Tenant.class)
                .setParameter("domain", wanted).setParameter("self", tenantContext.tenantId()).getResultStream().findAny().isPresent();
        return taken ? Optional.of("Another programme already uses " + wanted + ".") : Optional.empty();
    }

    /** Renames the current tenant's programme. */
    @RequiresRole(Roles.OWNER)
    public TenantRef renameCurrent(String name) {
        problemWithName(name).ifPresent(problem -> {
            throw new InvalidInputException("name", problem);
        });
        Tenant tenant = em.find(Tenant.class, tenantContext.tenantId());
        tenant.setName(name.strip());
        return tenant.ref();
    }

    /** Sets (or with blank, removes) the domain the current tenant can also be reached at. */
    @RequiresRole(Roles.OWNER)
    public void changeCustomDomain(String domain) {
        problemWithCustomDomain(domain).ifPresent(problem -> {
            throw new InvalidInputException("customDomain", problem);
        });
        String wanted = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
        em.find(Tenant.class, tenantContext.tenantId()).setCustomDomain(wanted.isEmpty() ? null : wanted);
    }

    /** The current tenant's own domain, if it has one. */
    public Optional<String> currentCustomDomain() {
        return Optional.ofNullable(em.find(Tenant.class, tenantContext.tenantId()).getCustomDomain());
    }

    /** Pauses a programme: its site shows the paused page and nobody can sign in until it is resumed. */
    @RequiresRole(Roles.OPERATOR)
    public TenantRef suspend(String tenantId) {
        return changeStatus(tenantId, TenantStatus.SUSPENDED);
    }

    @RequiresRole(Roles.OPERATOR)
    public TenantRef resume(String tenantId) {
        return changeStatus(tenantId, TenantStatus.ACTIVE);
    }

    /** Closes a programme for good: its site shows the paused page; it can still be resumed, exported or deleted. */
    @RequiresRole(Roles.OPERATOR)
    public TenantRef archive(String tenantId) {
        return changeStatus(tenantId, TenantStatus.ARCHIVED);
    }

    /** Notes that an operator has just downloaded the programme's configuration. */
    @RequiresRole(Roles.OPERATOR)
    public void markExported(String tenantId) {
        programme(tenantId).markExported(Instant.now());
    }

    /** When an operator last downloaded the programme's configuration, if ever. */
    @RequiresRole(Roles.OPERATOR)
    public Optional<Instant> exportedAt(String tenantId) {
        return Optional.ofNullable(programme(tenantId).getExportedAt());
    }

    private Tenant programme(String tenantId) {
        Tenant tenant = tenantId == null ? null : em.find(Tenant.class, tenantId);
        if (tenant == null || tenant.isPlatform()) {
            throw new RecordNotFoundException("Programme");
        }
        return tenant;
    }

    private TenantRef changeStatus(String tenantId, TenantStatus status) {
        Tenant tenant = programme(tenantId);
        tenant.setStatus(status);
        return tenant.ref();
    }

    public String baseDomain() {
        return baseDomain;
    }

    /**
     * The programme's site, for links in mails sent outside a visitor's request (scheduled
     * reminders): its custom domain when it has one, else its address under the platform's, both
     * with the scheme and port of {@code wayfinder.public-url}.
     */
    public String siteUrl(TenantRef tenant) {
        URI platform = URI.create(publicUrl.orElse("http://" + baseDomain));
        String port = platform.getPort() < 0 ? "" : ":" + platform.getPort();
        String custom = em.find(Tenant.class, tenant.id()).getCustomDomain();
        return custom != null ? platform.getScheme() + "://" + custom + port : programmeUrl(platform.toString(), tenant.slug());
    }

    /** {@code scheme://<address>.<platform host>[:port]}, the programme's site under the platform's address. */
    public static String programmeUrl(String platformUrl, String address) {
        URI platform = URI.create(platformUrl);
        return platform.getScheme() + "://" + address + "." + platform.getHost() + (platform.getPort() < 0 ? "" : ":" + platform.getPort());
    }
}
