package org.wayfinder.platform.spi.web;

import java.util.List;

/**
 * What a plugin puts on a signed-in person's home page (see {@link HomePanel}). A plugin makes a CDI
 * bean of this interface, as it makes {@code StepType}s; the home page asks it only while the plugin is
 * switched on for the programme, in the person's own request, so the bean reads {@code CurrentUser}
 * and the plugin's services as a page bean would. Its navigation entries are its
 * {@link org.wayfinder.platform.spi.Plugin#links() links}: those for a role of the plugin's own go in
 * the header of people who hold it.
 */
public interface HomePanels {

    /** The id of the plugin these panels belong to: they are shown only where it is on. */
    String pluginId();

    /**
     * The panels for the signed-in person, for the roles they hold (someone who is both a moderator
     * and a mentor gets both); none when the plugin has nothing for them.
     */
    List<HomePanel> forCurrentPerson();
}
