package org.wayfinder.config.branding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.audit.AuditTrail;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * How an owner changes the programme's look: name, description, colours (held to WCAG 2.2 AA),
 * welcome text (cleaned to a safe subset of HTML), footer links, logo and own domain. Every problem
 * is reported at once and nothing is saved until there are none. Every instance reads the
 * branding from the database on each page, so a change shows everywhere at once.
 */
@ApplicationScoped
@Transactional
public class BrandingEditor {

    public static final int MAX_FOOTER_LINKS = 8;
    public static final int MAX_WELCOME_LENGTH = 4000;

    /** The audit trail's actions: the look changed (with before and after), the logo replaced or removed. */
    public static final String BRANDING_CHANGED = "branding.changed";
    public static final String LOGO_CHANGED = "branding.logo";

    @Inject
    AuditTrail audit;

    @Inject
    Brandings brandings;

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantContext tenantContext;

    /** The programme's look as it is now, for the editor to start from. */
    public BrandingChanges current() {
        Optional<Branding> branding = brandings.current();
        return new BrandingChanges(tenants.findById(tenantContext.tenantId()).orElseThrow().name(),
                branding.map(Branding::getDescription).orElse(""),
                branding.map(Branding::getPrimaryColour).orElse(Branding.PLATFORM_PRIMARY),
                branding.map(Branding::getAccentColour).orElse(Branding.PLATFORM_ACCENT),
                branding.map(Branding::getWelcomeText).orElse(""),
                brandings.footerLinks().stream().map(link -> new BrandingChanges.Link(link.getLabel(), link.getUrl())).toList(),
                tenants.currentCustomDomain().orElse(""));
    }

    /**
     * Checks every change and saves them all, or none.
     *
     * @throws InvalidInputException with a field error for each problem; colours that fail the
     *                               contrast check name the nearest shade that passes
     */
    @RequiresRole(Roles.OWNER)
    public void save(BrandingChanges changes) {
        List<FieldError> errors = problemsWith(changes);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        BrandingChanges before = current();
        String description = changes.description() == null ? "" : changes.description().strip();
        String welcome = RichText.clean(changes.welcomeText());
        tenants.renameCurrent(changes.name());
        tenants.changeCustomDomain(changes.customDomain());
        Branding branding = brandings.currentOrNew();
        branding.setDescription(description);
        branding.setPrimaryColour(Colour.parse(changes.primary()).orElseThrow().hex());
        branding.setAccentColour(Colour.parse(changes.accent()).orElseThrow().hex());
        branding.setWelcomeText(welcome);
        brandings.replaceFooterLinks(changes.footerLinks().stream()
                .map(link -> new BrandingChanges.Link(link.label().strip(), link.url().strip())).toList());
        brandings.touch(branding);
        recordChanges(before, current());
    }

    /** Puts what the owner changed in the audit trail, a {@code field: value} line each, before and after. */
    private void recordChanges(BrandingChanges before, BrandingChanges after) {
        Map<String, String> was = lines(before);
        StringBuilder old = new StringBuilder();
        StringBuilder now = new StringBuilder();
        lines(after).forEach((field, value) -> {
            if (!value.equals(was.get(field))) {
                old.append(field).append(": ").append(was.get(field)).append('\n');
                now.append(field).append(": ").append(value).append('\n');
            }
        });
        if (!now.isEmpty()) {
            audit.recordChange(BRANDING_CHANGED, "branding", tenantContext.tenantId(), old.toString().strip(), now.toString().strip());
        }
    }

    private static Map<String, String> lines(BrandingChanges look) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("name", look.name());
        lines.put("description", look.description());
        lines.put("primary colour", look.primary());
        lines.put("accent colour", look.accent());
        lines.put("welcome text", look.welcomeText());
        lines.put("footer links", look.footerLinks().stream().map(link -> link.label() + " <" + link.url() + ">")
                .collect(Collectors.joining(", ")));
        lines.put("own domain", look.customDomain());
        lines.replaceAll((field, value) -> value == null ? "" : value);
        return lines;
    }

    /** Every problem with a set of changes, by field; empty when they can be saved. */
    public List<FieldError> problemsWith(BrandingChanges changes) {
        List<FieldError> errors = new ArrayList<>();
        tenants.problemWithName(changes.name()).ifPresent(problem -> errors.add(new FieldError("name", problem)));
        String description = changes.description() == null ? "" : changes.description().strip();
        if (description.length() > 200) {
            errors.add(new FieldError("description", "Keep the description to 200 characters."));
        }
        colourProblem("primary", "The primary colour", changes.primary()).ifPresent(errors::add);
        colourProblem("accent", "The accent colour", changes.accent()).ifPresent(errors::add);
        String welcome = RichText.clean(changes.welcomeText());
        if (welcome.length() > MAX_WELCOME_LENGTH) {
            errors.add(new FieldError("welcomeText", "The welcome text is too long; keep it under about 3,000 characters."));
        }
        if (changes.footerLinks().size() > MAX_FOOTER_LINKS) {
            errors.add(new FieldError("footerLinks", "Keep to " + MAX_FOOTER_LINKS + " footer links."));
        }
        for (int i = 0; i < changes.footerLinks().size(); i++) {
            linkProblem(changes.footerLinks().get(i)).ifPresent(problem -> errors.add(new FieldError("footerLinks", problem)));
        }
        tenants.problemWithCustomDomain(changes.customDomain()).ifPresent(problem -> errors.add(new FieldError("customDomain", problem)));
        return errors;
    }

    /**
     * Replaces the logo with an uploaded file, once {@link LogoCheck} accepts it.
     *
     * @throws InvalidInputException on field {@code logo} saying why the file was refused
     */
    @RequiresRole(Roles.OWNER)
    public LogoCheck.Logo uploadLogo(byte[] bytes) {
        LogoCheck.Logo logo;
        try {
            logo = LogoCheck.check(bytes);
        } catch (LogoCheck.Refused refused) {
            throw new InvalidInputException("logo", refused.getMessage());
        }
        brandings.currentOrNew().setLogo(logo.bytes(), logo.contentType());
        audit.record(LOGO_CHANGED, "branding", tenantContext.tenantId(), "new logo, " + logo.contentType() + ", "
                + logo.bytes().length + " bytes");
        return logo;
    }

    /** Goes back to the platform's logo. */
    @RequiresRole(Roles.OWNER)
    public void removeLogo() {
        brandings.current().filter(Branding::hasLogo).ifPresent(branding -> {
            branding.setLogo(null, null);
            audit.record(LOGO_CHANGED, "branding", tenantContext.tenantId(), "logo removed: the platform's is shown");
        });
    }

    /** What is wrong with a colour, with the nearest passing shade when it fails the contrast check. */
    static Optional<FieldError> colourProblem(String field, String what, String value) {
        Optional<Colour> colour = Colour.parse(value);
        if (colour.isEmpty()) {
            return Optional.of(new FieldError(field, what + " must be a colour like #005eb8."));
        }
        if (colour.get().passesWithWhite()) {
            return Optional.empty();
        }
        Colour suggestion = colour.get().nearestPassingShade();
        return Optional.of(new FieldError(field, String.format(Locale.ROOT,
                "%s %s gives white text a contrast of only %.1f:1; WCAG 2.2 AA needs at least 4.5:1. The nearest shade that passes is %s.",
                what, colour.get().hex(), colour.get().contrastWith(Colour.WHITE), suggestion.hex())));
    }

    private static Optional<String> linkProblem(BrandingChanges.Link link) {
        String label = link.label() == null ? "" : link.label().strip();
        String url = link.url() == null ? "" : link.url().strip();
        if (label.isEmpty() || label.length() > 60) {
            return Optional.of("Give every footer link a label of 1 to 60 characters.");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
            boolean mail = scheme.equals("mailto") && uri.getSchemeSpecificPart().contains("@");
            if ((web || mail) && url.length() <= 500) {
                return Optional.empty();
            }
        } catch (URISyntaxException malformed) {
            // reported below
        }
        return Optional.of("The link \"" + label + "\" needs a full web address (https://...) or an email address (mailto:...).");
    }
}
