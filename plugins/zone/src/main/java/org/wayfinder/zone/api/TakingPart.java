package org.wayfinder.zone.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.event.Zones;
import org.wayfinder.zone.school.Schools;

/**
 * Who may read what through the Zone's API where the services leave reading open: a Zone and what
 * is in it are for the programme's staff and the people taking part in it, the school register and
 * the Chat timetable for staff only. One place, so that every resource answers a caller alike.
 */
@ApplicationScoped
public class TakingPart {

    @Inject
    Zones zones;

    @Inject
    Schools schools;

    @Inject
    CurrentUser currentUser;

    /** The Zone, if the caller is staff or takes part in it; 404 otherwise, as for a Zone that does not exist. */
    public Zone zone(String zoneId) {
        Zone zone = zones.find(zoneId).orElseThrow(() -> new RecordNotFoundException("Zone"));
        if (currentUser.hasAnyRole(Roles.OWNER, Roles.MODERATOR)) {
            return zone;
        }
        String me = currentUser.require().accountId();
        boolean takesPart = schools.student(zone.getId(), me).isPresent() || zones.professional(zone.getId(), me).isPresent()
                || (currentUser.hasRole(ZonePlugin.TEACHER) && schools.myRegistration().filter(t -> t.isApproved()).isPresent());
        if (!takesPart) {
            throw new RecordNotFoundException("Zone");
        }
        return zone;
    }

    /** Refuses (403) anyone but owners and moderators. */
    public void requireStaff() {
        currentUser.require();
        if (!currentUser.hasAnyRole(Roles.OWNER, Roles.MODERATOR)) {
            throw new AccessDeniedException("Owners and moderators only.");
        }
    }
}
