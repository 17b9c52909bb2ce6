package org.wayfinder.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wayfinder.config.branding.BrandingChanges;
import org.wayfinder.config.branding.BrandingEditor;
import org.wayfinder.config.branding.Colour;
import org.wayfinder.config.branding.LogoCheck;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.web.Messages;

/**
 * The owner's branding editor: name, description, colours with a live preview and contrast check,
 * logo, welcome text, footer links and own domain. What was typed stays on the page until it is
 * saved; nothing is saved while anything is wrong.
 */
@Named
@ViewScoped
public class BrandingPage implements Serializable {

    @Inject
    Messages messages;

    /** A footer link as it is being edited. */
    public static class LinkRow implements Serializable {
        private String label;
        private String url;

        public LinkRow() {
        }

        LinkRow(String label, String url) {
            this.label = label;
            this.url = url;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }

    @Inject
    BrandingEditor editor;

    private String name;
    private String description;
    private String primary;
    private String accent;
    private String welcomeText;
    private String customDomain;
    private List<LinkRow> links = new ArrayList<>();
    private transient Part logo;

    @PostConstruct
    void load() {
        BrandingChanges current = editor.current();
        name = current.name();
        description = current.description();
        primary = current.primary();
        accent = current.accent();
        welcomeText = current.welcomeText();
        customDomain = current.customDomain();
        current.footerLinks().forEach(link -> links.add(new LinkRow(link.label(), link.url())));
    }

    public void save() {
        try {
            editor.save(new BrandingChanges(name, description, primary, accent, welcomeText,
                    links.stream().filter(row -> !blank(row.label) || !blank(row.url))
                            .map(row -> new BrandingChanges.Link(row.label, row.url)).toList(),
                    customDomain));
            messages.info("Saved. Everyone sees the new look from their next page.");
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "branding");
        }
    }

    public void uploadLogo() {
        if (logo == null || logo.getSize() == 0) {
            messages.error("Choose an image file first.");
            return;
        }
        try (InputStream in = logo.getInputStream()) {
            byte[] bytes = in.readNBytes(LogoCheck.MAX_BYTES + 1);
            LogoCheck.Logo accepted = editor.uploadLogo(bytes);
            messages.info("The new logo (" + accepted.width() + " x " + accepted.height() + " pixels) is in place.");
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "upload");
        } catch (IOException e) {
            messages.error("The file could not be read. Try again.");
        }
    }

    public void removeLogo() {
        editor.removeLogo();
        messages.info("The logo is removed; the site shows Wayfinder's until you upload another.");
    }

    public void addLink() {
        links.add(new LinkRow());
    }

    public void removeLink(LinkRow row) {
        links.remove(row);
    }

    /** Replaces a colour that fails the contrast check with the nearest shade that passes. */
    public void usePassingShade(String which) {
        if ("primary".equals(which)) {
            primary = suggestion(primary).isEmpty() ? primary : suggestion(primary);
        } else {
            accent = suggestion(accent).isEmpty() ? accent : suggestion(accent);
        }
    }

    /** The contrast of white text on a colour, as "5.9:1", or empty for something that is no colour. */
    public String contrast(String colour) {
        return Colour.parse(colour).map(c -> String.format(Locale.ROOT, "%.1f:1", c.contrastWith(Colour.WHITE))).orElse("");
    }

    public boolean passes(String colour) {
        return Colour.parse(colour).map(Colour::passesWithWhite).orElse(false);
    }

    /** The nearest passing shade, when the colour fails. */
    public String suggestion(String colour) {
        return passing(colour).map(Colour::hex).orElse("");
    }

    private static Optional<Colour> passing(String colour) {
        return Colour.parse(colour).filter(c -> !c.passesWithWhite()).map(Colour::nearestPassingShade);
    }

    /** A colour safe to put in a style attribute of the preview; the platform's when what was typed is no colour. */
    public String safe(String colour, String fallback) {
        return Colour.parse(colour).map(Colour::hex).orElse(fallback);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPrimary() {
        return primary;
    }

    public void setPrimary(String primary) {
        this.primary = primary;
    }

    public String getAccent() {
        return accent;
    }

    public void setAccent(String accent) {
        this.accent = accent;
    }

    public String getWelcomeText() {
        return welcomeText;
    }

    public void setWelcomeText(String welcomeText) {
        this.welcomeText = welcomeText;
    }

    public String getCustomDomain() {
        return customDomain;
    }

    public void setCustomDomain(String customDomain) {
        this.customDomain = customDomain;
    }

    public List<LinkRow> getLinks() {
        return links;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }
}
