package org.wayfinder.platform.spi.safeguarding;

import java.util.Collection;
import java.util.List;

/**
 * The safeguarding screen: what in a message or Chat line must be held for a moderator before it
 * reaches anyone, because it is or leads to contact details (email addresses, phone numbers, links,
 * social media handles, addresses and postcodes, invitations to talk elsewhere or to meet, requests
 * for details) or is a phrase the programme has flagged. Every plugin that lets people write to
 * each other screens with this one, so they all hold the same things; how it reads disguised
 * details and what it holds is in docs/safeguarding.md.
 */
public interface ContactScreen {

    /** What kind of thing was found; each reads on after "held because it seems to contain". */
    enum Kind {
        EMAIL("an email address"),
        PHONE("a phone number"),
        LINK("a link"),
        SOCIAL_HANDLE("a social media handle"),
        ADDRESS("an address or postcode"),
        OFF_PLATFORM("an invitation to talk on another app or in private"),
        DETAILS_REQUEST("a request for contact details or an address"),
        MEETING("an invitation to meet in person"),
        FLAGGED_PHRASE("a phrase this programme has flagged");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** In words, for the sender and the moderator: "a phone number". */
        public String description() {
            return description;
        }
    }

    /**
     * One thing found.
     *
     * @param kind what it is
     * @param text what was found, as read after undoing disguises ({@code 07700900123}), for the moderator
     */
    record Finding(Kind kind, String text) {
    }

    /**
     * What in the text must be held for a moderator; empty when it can go through.
     *
     * @param text    a message or Chat line as written
     * @param flagged the programme's own phrases to hold (matched as whole words, case and spacing ignored)
     */
    List<Finding> screen(String text, Collection<String> flagged);

    /** Whether the text can go through without a moderator: nothing was found. */
    default boolean isClear(String text, Collection<String> flagged) {
        return screen(text, flagged).isEmpty();
    }
}
