package org.wayfinder.platform.persistence;

/**
 * A core module other than platform-core that stores tables of its own (tenant-config), as a CDI
 * bean. Its changelog runs after the core's and before any plugin's, in {@link #order()}.
 */
public interface ModuleChangelog {

    /** Classpath location of the module's Liquibase changelog, unique to the module. */
    String path();

    /** Position among modules; lower runs first. */
    int order();
}
