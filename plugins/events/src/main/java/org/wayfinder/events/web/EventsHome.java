package org.wayfinder.events.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wayfinder.events.EventsPlugin;
import org.wayfinder.events.placement.Placements;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.web.HomePanel;
import org.wayfinder.platform.spi.web.HomePanel.Item;
import org.wayfinder.platform.spi.web.HomePanels;

/**
 * Events on people's home pages: a placement supervisor's students on placement today and the
 * references still to write; for moderators and owners, placements whose applications have closed and
 * wait for their places (only when there are some). Each link is to a page the same roles open.
 */
@RequestScoped
public class EventsHome implements HomePanels {

    private static final String SUPERVISE = "/events/supervise.xhtml";

    @Inject
    CurrentUser currentUser;

    @Inject
    Placements placements;

    @Override
    public String pluginId() {
        return EventsPlugin.ID;
    }

    @Override
    public List<HomePanel> forCurrentPerson() {
        List<HomePanel> panels = new ArrayList<>();
        Instant now = Instant.now();
        if (currentUser.hasRole(EventsPlugin.SUPERVISOR)) {
            Placements.ToDo toDo = placements.toDo(now);
            List<Item> items = new ArrayList<>();
            if (toDo.onPlacementToday() > 0) {
                items.add(Item.count("Students on placement today", SUPERVISE, toDo.onPlacementToday()));
            }
            if (toDo.referencesToWrite() > 0) {
                items.add(Item.count("References to write", SUPERVISE, toDo.referencesToWrite()));
            }
            items.add(Item.link("Your placement students", SUPERVISE));
            panels.add(new HomePanel("Work experience placements", toDo.onPlacementToday() + toDo.referencesToWrite() == 0
                    ? "Nothing to record today. Your students and their days are on your placement page."
                    : "Tick who came today, and write each student's short reference.", items));
        }
        if (currentUser.hasRole(Roles.MODERATOR) || currentUser.hasRole(Roles.OWNER)) {
            long waiting = placements.waitingForPlaces(now);
            if (waiting > 0) {
                panels.add(new HomePanel("Work experience placements", "Their applications have closed: give the places.",
                        List.of(Item.count("Placements waiting for their places", "/events/placements.xhtml", waiting))));
            }
        }
        return panels;
    }
}
