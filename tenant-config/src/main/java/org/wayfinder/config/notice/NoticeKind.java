package org.wayfinder.config.notice;

import java.util.Arrays;
import java.util.Optional;

/**
 * The notices every programme's site carries, each at a public address linked from every page's
 * footer: what UK public-sector sites must publish about accessibility, and what UK GDPR requires
 * people be told about their data.
 */
public enum NoticeKind {

    ACCESSIBILITY("accessibility", "Accessibility statement", "/accessibility.xhtml"),
    PRIVACY("privacy", "Privacy notice", "/privacy.xhtml");

    private final String key;
    private final String title;
    private final String path;

    NoticeKind(String key, String title, String path) {
        this.key = key;
        this.title = title;
        this.path = path;
    }

    /** How the notice is named in the database, the configuration document and the audit trail. */
    public String key() {
        return key;
    }

    /** Its heading, as visitors read it. */
    public String title() {
        return title;
    }

    /** Its page on the programme's site. */
    public String path() {
        return path;
    }

    public static Optional<NoticeKind> byKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
    }
}
