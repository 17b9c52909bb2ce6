package org.wayfinder.platform.persistence;

/**
 * Fired once at start, after the schema is up to date and while this instance still holds the
 * migration lock: observe it (synchronously) for start-up work that must happen exactly once across
 * instances starting together, such as seeding the demo programmes.
 */
public record PlatformReady() {
}
