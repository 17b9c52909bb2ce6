package org.wayfinder.mentoring.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.profile.Profiles;
import org.wayfinder.mentoring.progress.MeetingLog;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.evidence.Encounter;
import org.wayfinder.platform.spi.evidence.EncounterRecords;

/**
 * Mentoring's encounters for schools' careers records: each meeting logged in a match is an
 * encounter of the mentee with their mentor, a professional of the programme's organisation. The
 * mentee's school is the one they gave in their profile.
 */
@ApplicationScoped
public class MentoringEncounters extends Repository<MeetingLog> implements EncounterRecords {

    /** The type of a meeting, as a school's records name it. */
    public static final String MEETING = "Mentoring meeting with a healthcare professional";

    @Inject
    Profiles profiles;

    @Inject
    TenantContext tenantContext;

    public MentoringEncounters() {
        super(MeetingLog.class);
    }

    @Override
    public String pluginId() {
        return MentoringPlugin.ID;
    }

    @Override
    @RequiresRole(Roles.OWNER)
    public List<Encounter> encounters() {
        Map<String, Profiles.Profile> mentees = profiles.allOf(MentoringPlugin.MENTEE);
        String organisation = tenantContext.tenant().name();
        List<Encounter> encounters = new ArrayList<>();
        for (Object[] row : em().createQuery("SELECT m.menteeId, l.metOn, l.minutes FROM MeetingLog l, Match m WHERE l.matchId = m.id"
                + " ORDER BY l.metOn, m.menteeId", Object[].class).getResultList()) {
            String mentee = (String) row[0];
            Profiles.Profile profile = mentees.get(mentee);
            String school = profile == null || profile.school() == null ? "" : profile.school();
            encounters.add(new Encounter(mentee, null, school, (LocalDate) row[1], MEETING, organisation, "Mentoring",
                    ((Number) row[2]).intValue()));
        }
        return encounters;
    }
}
