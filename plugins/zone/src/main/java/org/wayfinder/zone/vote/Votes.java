package org.wayfinder.zone.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.event.Zones;
import org.wayfinder.zone.school.Schools;
import org.wayfinder.zone.school.Student;

/**
 * Students' votes: one per student per Zone (the database refuses a second), for one of its teams,
 * while the Zone is open. Whether others see the counts before the Zone closes is a setting.
 */
@ApplicationScoped
public class Votes extends Repository<Vote> {

    @Inject
    CurrentUser currentUser;

    @Inject
    Zones zones;

    @Inject
    Schools schools;

    @Inject
    ProgrammePlugins plugins;

    public Votes() {
        super(Vote.class);
    }

    @RequiresRole(ZonePlugin.STUDENT)
    public Vote vote(String zoneId, String teamId) {
        String me = currentUser.require().accountId();
        Zone zone = zones.find(zoneId).orElseThrow(() -> new RecordNotFoundException("Zone"));
        Student student = schools.student(zone.getId(), me).orElseThrow(() -> new RecordNotFoundException("Zone"));
        if (!zone.isOpenOn(Zones.today())) {
            throw new InvalidInputException("vote", "Voting in " + zone.getName() + " is closed.");
        }
        if (zones.team(teamId).filter(t -> t.getZoneId().equals(zone.getId())).isEmpty()) {
            throw new InvalidInputException("team", "Choose one of the Zone's teams.");
        }
        if (mine(zone.getId()).isPresent()) {
            throw new InvalidInputException("vote", "You have voted in this Zone already: each student votes once.");
        }
        Vote vote = add(new Vote(zone.getId(), me, student.getSchoolId(), teamId, Instant.now()));
        try {
            em().flush();
        } catch (PersistenceException sameStudentVotingTwiceAtOnce) {
            throw new InvalidInputException("vote", "You have voted in this Zone already: each student votes once.");
        }
        return vote;
    }

    /** The signed-in person's vote in the Zone, if they cast one. */
    public Optional<Vote> mine(String zoneId) {
        return currentUser.user().flatMap(user -> query("SELECT v FROM Vote v WHERE v.zoneId = :zone AND v.studentId = :me")
                .setParameter("zone", zoneId).setParameter("me", user.accountId()).getResultStream().findFirst());
    }

    /** Whether the signed-in person may see the counts now: staff always; others once the Zone closed or if the setting allows. */
    public boolean resultsVisible(Zone zone) {
        return zone.isClosed() || currentUser.hasAnyRole(Roles.OWNER, Roles.MODERATOR)
                || !plugins.settings(ZonePlugin.ID).flag(ZonePlugin.HIDE_RESULTS);
    }
}
