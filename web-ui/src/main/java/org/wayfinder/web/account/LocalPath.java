package org.wayfinder.web.account;

/** Keeps "where to go after signing in" on this site: only plain local paths, never another host. */
final class LocalPath {

    private LocalPath() {
    }

    static String orHome(String next) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("://") || next.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return next;
    }
}
