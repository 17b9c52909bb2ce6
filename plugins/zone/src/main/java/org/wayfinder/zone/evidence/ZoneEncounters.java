package org.wayfinder.zone.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.evidence.Encounter;
import org.wayfinder.platform.spi.evidence.EncounterRecords;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.school.Schools;
import org.wayfinder.zone.school.Teacher;

/**
 * The Zone's encounters for schools' careers records: each Chat a student took part in (with the
 * Chat's team, for as long as the Chat lasted), and each answer a professional gave to a student's
 * question (with the professional's team). Read in a few queries whatever the number of students.
 */
@ApplicationScoped
public class ZoneEncounters extends Repository<Zone> implements EncounterRecords {

    /** The type of a Chat taken part in, as a school's records name it. */
    public static final String CHAT = "Live online Chat with healthcare professionals";

    /** The type of a question a professional answered. */
    public static final String ANSWER = "Question answered by a healthcare professional";

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** A student's place in a Chat, with its school, team and Zone: one encounter each. */
    private static final String CHATS = " FROM Participant p, School s, Chat c, Team t, Zone z WHERE p.chatId = c.id AND s.id = p.schoolId"
            + " AND t.id = c.teamId AND z.id = c.zoneId AND p.role = :student";

    /** An answer to a student's question, with the student's school and the Zone: one encounter each. */
    private static final String ANSWERS = " FROM Question q, School s, Answer a, Zone z WHERE a.questionId = q.id AND s.id = q.schoolId"
            + " AND z.id = q.zoneId AND q.askerRole = :student";

    /**
     * A Zone's encounters as its report counts them: exactly the rows {@link #encounters} lists for
     * that Zone.
     *
     * @param chats    students' places in the Zone's Chats
     * @param answers  answers to students' questions
     * @param students students with at least one of either
     */
    public record Counted(long chats, long answers, long students) implements Serializable {

        public long encounters() {
            return chats + answers;
        }
    }

    @Inject
    Schools schools;

    public ZoneEncounters() {
        super(Zone.class);
    }

    @Override
    public String pluginId() {
        return ZonePlugin.ID;
    }

    @Override
    @RequiresRole(Roles.OWNER)
    public List<Encounter> encounters() {
        return read(null);
    }

    /** The encounters of the signed-in teacher's school, once the Zone's team has approved them; none before. */
    @RequiresRole(ZonePlugin.TEACHER)
    public List<Encounter> ofMySchool() {
        return schools.myRegistration().filter(Teacher::isApproved).map(teacher -> read(teacher.getSchoolId())).orElse(List.of());
    }

    /** The encounters of one Zone, counted (two queries, one id per encounter), for the Zone's report. */
    @RequiresRole(Roles.OWNER)
    public Counted countedIn(String zoneId) {
        List<String> inChats = em().createQuery("SELECT p.accountId" + CHATS + " AND z.id = :zone", String.class)
                .setParameter("student", ZonePlugin.STUDENT).setParameter("zone", zoneId).getResultList();
        List<String> answered = em().createQuery("SELECT q.askerId" + ANSWERS + " AND z.id = :zone", String.class)
                .setParameter("student", ZonePlugin.STUDENT).setParameter("zone", zoneId).getResultList();
        Set<String> students = new HashSet<>(inChats);
        students.addAll(answered);
        return new Counted(inChats.size(), answered.size(), students.size());
    }

    /** Three queries whatever the numbers: the Chats with their schools, teams and Zones; the answers likewise; professionals' teams. */
    private List<Encounter> read(String schoolId) {
        String onlySchool = schoolId == null ? "" : " AND s.id = :school";
        var chats = em().createQuery("SELECT p.accountId, s.id, s.name, s.county, c.startsAt, c.minutes, t.name, z.name"
                + CHATS + onlySchool + " ORDER BY c.startsAt, p.accountId", Object[].class)
                .setParameter("student", ZonePlugin.STUDENT);
        var answers = em().createQuery("SELECT q.askerId, s.id, s.name, s.county, a.postedAt, a.professionalId, q.zoneId, z.name"
                + ANSWERS + onlySchool + " ORDER BY a.postedAt, q.askerId", Object[].class)
                .setParameter("student", ZonePlugin.STUDENT);
        if (schoolId != null) {
            chats.setParameter("school", schoolId);
            answers.setParameter("school", schoolId);
        }
        List<Encounter> encounters = new ArrayList<>();
        for (Object[] row : chats.getResultList()) {
            encounters.add(new Encounter((String) row[0], (String) row[1], row[2] + ", " + row[3], day((Instant) row[4]), CHAT,
                    (String) row[6], (String) row[7], ((Number) row[5]).intValue()));
        }
        List<Object[]> answerRows = answers.getResultList();
        if (!answerRows.isEmpty()) {
            Map<String, String> teams = new HashMap<>();
            em().createQuery("SELECT p.zoneId, p.accountId, t.name FROM Professional p, Team t WHERE t.id = p.teamId", Object[].class)
                    .getResultList().forEach(row -> teams.put(row[0] + "|" + row[1], (String) row[2]));
            for (Object[] row : answerRows) {
                encounters.add(new Encounter((String) row[0], (String) row[1], row[2] + ", " + row[3], day((Instant) row[4]), ANSWER,
                        teams.getOrDefault(row[6] + "|" + row[5], ""), (String) row[7], 0));
            }
        }
        encounters.sort(Comparator.comparing(Encounter::date).thenComparing(Encounter::studentId).thenComparing(Encounter::type));
        return encounters;
    }

    private static LocalDate day(Instant at) {
        return at.atZone(UK).toLocalDate();
    }
}

