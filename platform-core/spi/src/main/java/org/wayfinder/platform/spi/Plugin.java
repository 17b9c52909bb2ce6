package org.wayfinder.platform.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A capability that programmes switch on or off: mentoring, Zones, surveys...
 *
 * <p>A plugin is a jar under {@code plugins/} holding one CDI bean ({@code @ApplicationScoped})
 * that implements this interface; the platform finds it by CDI discovery at start, refuses to start
 * when two plugins share an id or a dependency is missing, and runs plugins' changelogs in
 * dependency order. The build decides which plugins exist; each tenant switches them on, with its
 * own settings, at run time. While a plugin is off for a tenant, everything under
 * {@code /<id>/} and {@code /api/v1/<id>/} answers 404 on that tenant's site.
 *
 * <p>Like a Keycloak provider, a plugin describes its settings as data ({@link #settings()}) so
 * that the admin console can draw and validate the settings form without code of its own.
 */
public interface Plugin {

    /**
     * The plugin's id: lower-case letters, digits and hyphens, starting with a letter. It names the
     * plugin's pages ({@code /<id>/...}), API ({@code /api/v1/<id>/...}) and stored settings, so it
     * never changes once tenants use the plugin.
     */
    String id();

    /** The name programme owners see. */
    String name();

    String version();

    /** One sentence for the owner: what switching it on gives the programme. */
    default String description() {
        return "";
    }

    /** Ids of plugins this one needs; their changelogs run first and they must be on for it to be on. */
    default Set<String> dependencies() {
        return Set.of();
    }

    /** The settings a tenant can give this plugin, with types, defaults and limits. */
    default List<PluginSetting> settings() {
        return List.of();
    }

    /**
     * Keys of settings this plugin once had and has no more: a configuration exported before (and the
     * templates made from one) may still name them, and is accepted with them ignored rather than
     * refused.
     */
    default Set<String> retiredSettings() {
        return Set.of();
    }

    /**
     * Rules that span several settings, checked after each setting passed its own checks.
     *
     * @param values every setting's parsed value, by key
     * @return what is wrong, or nothing
     */
    default List<FieldError> validateSettings(Map<String, Object> values) {
        return List.of();
    }

    /** Roles this plugin adds to those of the core (owner, moderator). */
    default List<PluginRole> roles() {
        return List.of();
    }

    /**
     * The classpath location of this plugin's Liquibase changelog, unique to the plugin (by
     * convention {@code db/<id>/changelog.xml}); empty when it stores nothing of its own.
     */
    default Optional<String> changelog() {
        return Optional.empty();
    }

    /**
     * The first segments of the addresses that belong to this plugin, of its pages ({@code /zone/...})
     * and of its API ({@code /api/v1/zones/...}): when a programme has the plugin switched off they
     * answer 404. By default only its id.
     */
    default Set<String> paths() {
        return Set.of(id());
    }

    /**
     * The plugin's pages, where the plugin is on: staff pages are listed on the admin and staff pages,
     * pages for the plugin's own roles are entries in the header of the people who hold them. (What
     * needs someone now goes on their home page through a
     * {@link org.wayfinder.platform.spi.web.HomePanels} bean.)
     */
    default List<PluginLink> links() {
        return List.of();
    }
}
