package org.wayfinder.platform.plugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.wayfinder.platform.spi.Plugin;
import org.wayfinder.platform.spi.PluginRole;
import org.wayfinder.platform.spi.PluginSetting;
import org.wayfinder.platform.spi.Roles;

/**
 * The plugins a build contains, checked and put in dependency order.
 *
 * <p>Every rule here is a reason to refuse to start: two plugins with one id, an id that is not a
 * safe URL segment or collides with the platform's own paths, a missing dependency, a dependency
 * cycle, a role or setting declared twice. Finding these at start is far cheaper than finding them
 * in a tenant's data later.
 */
public final class PluginCatalog {

    static final Pattern ID = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");

    /** First path segments the platform itself uses; a plugin there would shadow platform pages. */
    static final Set<String> RESERVED_IDS = Set.of("api", "admin", "operator", "account", "branding", "login",
            "logout", "register", "verify", "password", "errors", "resources", "jakarta-faces-resource", "openapi",
            "health", "metrics", "static", "web-inf", "meta-inf", "platform", "core");

    private final List<Plugin> ordered;

    private PluginCatalog(List<Plugin> ordered) {
        this.ordered = List.copyOf(ordered);
    }

    /**
     * Checks the plugins and orders them so that each comes after everything it depends on; among
     * plugins free to go in any order, by id, so the order is the same on every start.
     *
     * @throws IllegalStateException naming every problem found
     */
    public static PluginCatalog of(List<? extends Plugin> plugins) {
        List<String> problems = new ArrayList<>();
        Map<String, Plugin> byId = new LinkedHashMap<>();
        for (Plugin plugin : plugins) {
            String id = plugin.id();
            if (id == null || !ID.matcher(id).matches()) {
                problems.add("plugin " + plugin.getClass().getName() + " has id \"" + id
                        + "\": use 2 to 40 lower-case letters, digits and hyphens, starting with a letter");
                continue;
            }
            if (RESERVED_IDS.contains(id)) {
                problems.add("plugin id \"" + id + "\" is reserved for the platform's own pages");
                continue;
            }
            Plugin earlier = byId.putIfAbsent(id, plugin);
            if (earlier != null) {
                problems.add("two plugins have the id \"" + id + "\": " + earlier.getClass().getName() + " and "
                        + plugin.getClass().getName());
            }
            checkDeclarations(plugin, problems);
        }
        for (Plugin plugin : byId.values()) {
            for (String dependency : plugin.dependencies()) {
                if (!byId.containsKey(dependency)) {
                    problems.add("plugin \"" + plugin.id() + "\" needs plugin \"" + dependency + "\", which is not installed");
                }
            }
        }
        List<Plugin> ordered = problems.isEmpty() ? order(byId, problems) : List.of();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Wayfinder cannot start with these plugins: " + String.join("; ", problems));
        }
        return new PluginCatalog(ordered);
    }

    private static void checkDeclarations(Plugin plugin, List<String> problems) {
        Set<String> keys = new HashSet<>();
        for (PluginSetting setting : plugin.settings()) {
            if (!keys.add(setting.key())) {
                problems.add("plugin \"" + plugin.id() + "\" declares setting \"" + setting.key() + "\" twice");
            }
            if (setting.defaultValue() != null && setting.problemWith(setting.defaultValue()).isPresent()) {
                problems.add("plugin \"" + plugin.id() + "\" gives setting \"" + setting.key()
                        + "\" a default its own rules refuse: " + setting.problemWith(setting.defaultValue()).get());
            }
        }
        Set<String> roles = new HashSet<>(Set.of(Roles.OWNER, Roles.MODERATOR, Roles.SAFEGUARDING_LEAD, Roles.OPERATOR));
        for (PluginRole role : plugin.roles()) {
            if (!roles.add(role.id())) {
                problems.add("plugin \"" + plugin.id() + "\" declares role \"" + role.id()
                        + "\", which the core or the plugin already has");
            }
        }
    }

    /** Kahn's algorithm, taking the smallest ready id each time; whatever is left over is in a cycle. */
    private static List<Plugin> order(Map<String, Plugin> byId, List<String> problems) {
        Map<String, Set<String>> waitingOn = new LinkedHashMap<>();
        byId.forEach((id, plugin) -> waitingOn.put(id, new HashSet<>(plugin.dependencies())));
        List<Plugin> ordered = new ArrayList<>();
        while (!waitingOn.isEmpty()) {
            String next = waitingOn.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey)
                    .min(Comparator.naturalOrder()).orElse(null);
            if (next == null) {
                problems.add("plugins " + String.join(", ", waitingOn.keySet()) + " depend on each other in a cycle");
                return List.of();
            }
            waitingOn.remove(next);
            waitingOn.values().forEach(dependencies -> dependencies.remove(next));
            ordered.add(byId.get(next));
        }
        return ordered;
    }

    /** The plugins, each after its dependencies. */
    public List<Plugin> plugins() {
        return ordered;
    }
}
