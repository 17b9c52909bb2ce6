package org.wayfinder.platform.spi.web;

import java.util.List;

/**
 * A box on a signed-in person's home page: what needs them now in one part of the programme, each
 * thing with its count and a link to the page where they deal with it. Plugins make them through
 * {@link HomePanels}; the core makes its own the same way (journey steps, approvals, the admin).
 *
 * @param title   the heading ("Your mentoring", "Waiting for a moderator")
 * @param summary one sentence under it; when there is nothing to do, what to do next (never just "nothing")
 * @param items   the things, in order
 */
public record HomePanel(String title, String summary, List<Item> items) {

    public HomePanel {
        items = List.copyOf(items);
    }

    /**
     * One thing on a home panel.
     *
     * @param label what it is ("Held messages", "Chat with the Derbyshire team, 5 Dec 2026, 14:05 GMT")
     * @param path  the page that deals with it, from the site's root ({@code /mentoring/review.xhtml}); null for text alone.
     *              Only pages the person may open: a panel checks the page's own roles before it offers a link
     * @param count how many are waiting, shown beside the label; null when it is not a count
     */
    public record Item(String label, String path, Long count) {

        public static Item link(String label, String path) {
            return new Item(label, path, null);
        }

        public static Item count(String label, String path, long count) {
            return new Item(label, path, count);
        }

        public static Item text(String label) {
            return new Item(label, null, null);
        }
    }
}
