package org.wayfinder.zone.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.personal.PersonalData;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.booking.Booking;
import org.wayfinder.zone.chat.ChatLine;
import org.wayfinder.zone.event.Team;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.event.Zones;
import org.wayfinder.zone.evidence.ZoneEncounters;
import org.wayfinder.zone.question.Category;
import org.wayfinder.zone.question.Comment;
import org.wayfinder.zone.question.Question;
import org.wayfinder.zone.school.School;

/**
 * The end-of-Zone report: the figures of one Zone, as the seed report of the training hubs' Zone
 * gives them, worked out from the Zone's own records with aggregate queries (counts, distinct
 * counts, sums, grouped), so it costs a fixed number of queries whatever the Zone's size. The
 * definitions are in {@code docs/zone-report.md}.
 *
 * <p>People are referred to by account id everywhere: participants, lines, questions, answers,
 * comments and votes keep the account id of who did it; {@code Student} and {@code Professional}
 * rows tie an account to a Zone (and a school or team).
 */
@ApplicationScoped
public class ZoneReport extends Repository<Zone> {

    /** How many words the word cloud shows. */
    public static final int WORDS = 60;
    /** How many example questions each category shows. */
    public static final int EXAMPLES = 3;
    /** The name of the row of questions with no category, and of professionals in no team. */
    public static final String NONE = "None";

    /** "Joined a Chat of the Zone, asked one of its questions, had a comment approved under one, or voted." */
    private static final String ACTIVE_STUDENT = "(EXISTS (SELECT p FROM Participant p, Chat c WHERE p.chatId = c.id AND c.zoneId = :zone"
            + " AND p.accountId = s.accountId)"
            + " OR EXISTS (SELECT q FROM Question q WHERE q.zoneId = :zone AND q.askerId = s.accountId)"
            + " OR EXISTS (SELECT m FROM Comment m, Question mq WHERE m.questionId = mq.id AND mq.zoneId = :zone"
            + " AND m.authorId = s.accountId AND m.status = :approvedComment)"
            + " OR EXISTS (SELECT v FROM Vote v WHERE v.zoneId = :zone AND v.studentId = s.accountId))";

    /** "Joined a Chat of the Zone, answered one of its questions, or had a comment approved under one." */
    private static final String ACTIVE_PROFESSIONAL = "(EXISTS (SELECT pa FROM Participant pa, Chat c WHERE pa.chatId = c.id"
            + " AND c.zoneId = :zone AND pa.accountId = p.accountId)"
            + " OR EXISTS (SELECT a FROM Answer a, Question q WHERE a.questionId = q.id AND q.zoneId = :zone"
            + " AND a.professionalId = p.accountId)"
            + " OR EXISTS (SELECT m FROM Comment m, Question mq WHERE m.questionId = mq.id AND mq.zoneId = :zone"
            + " AND m.authorId = p.accountId AND m.status = :approvedComment))";

    /** A Zone to choose from. */
    public record ZoneChoice(String id, String name, LocalDate opensOn, LocalDate closesOn, boolean closed) implements Serializable {
    }

    /** The Zone the report is about. */
    public record About(String id, String name, String summary, LocalDate opensOn, LocalDate closesOn, List<String> funders,
                        String prize, Instant closedAt) implements Serializable {
        public boolean closed() {
            return closedAt != null;
        }
    }

    /**
     * One school's row of the "School activity" table.
     *
     * @param activeUsers       its active students
     * @param chatsAttended     Chats its class came to (its booking took place)
     * @param lines             shown Chat lines its students wrote
     * @param questionsApproved approved questions its students asked
     * @param votes             votes its students cast
     */
    public record SchoolRow(String schoolId, String name, String county, String flags, long activeUsers, long chatsAttended,
                            long lines, long questionsApproved, long votes) implements Serializable {
        /** "The Becket School, Nottinghamshire", then " (U)" and the like when it has a flag. */
        public String label() {
            return name + ", " + county + (flags.isEmpty() ? "" : " " + flags);
        }

        /** Lines per active user, rounded half up. */
        public long linesPerUser() {
            return divide(lines, activeUsers);
        }
    }

    /**
     * One team's row (or, with a null id, the professionals in no team).
     *
     * @param activeProfessionals its active professionals
     * @param chatsTookPlace      its Chats that took place
     * @param lines               shown Chat lines its professionals wrote
     * @param answers             answers its professionals gave
     * @param votes               students' votes for it
     */
    public record TeamRow(String teamId, String name, long activeProfessionals, long chatsTookPlace, long lines, long answers,
                          long votes) implements Serializable {
    }

    /** A word of the word cloud and how often it was used in the Zone's Chats. */
    public record WordCount(String word, long uses) implements Serializable {
    }

    /** Approved questions in one category (or none), with a few of them as examples. */
    public record CategoryRow(String categoryId, String name, long questions, List<String> examples) implements Serializable {
    }

    /** The winning team (closed Zone), or a team in the lead (open Zone). */
    public record Leader(String teamId, String name, String description, long votes) implements Serializable {
    }

    /**
     * Every figure of the report.
     *
     * @param studentsLoggedIn            Student rows of the Zone
     * @param activeStudents              of those, active
     * @param schoolsBooked               distinct schools with any booking of the Zone's Chats
     * @param teams                       Team rows
     * @param professionals               Professional rows ("given access")
     * @param activeProfessionals         of those, active
     * @param chatsBooked                 distinct Chats with any booking
     * @param chatsTookPlace              distinct Chats with a booking that took place
     * @param cancelled                   bookings cancelled
     * @param noShows                     bookings whose class did not come
     * @param lines                       shown lines of the Zone's Chats, whoever wrote them
     * @param questionsAsked              questions, any status
     * @param questionsApproved           approved questions
     * @param answers                     answers to the Zone's questions
     * @param professionalComments        approved comments by professionals
     * @param studentComments             approved comments by students
     * @param votes                       votes
     * @param activeFromPriority          active students of under-served or widening participation schools
     * @param activeFromUnderServed       active students of under-served schools
     * @param activeFromWidening          active students of widening participation schools
     * @param professionalLines           shown lines written by the Zone's professionals
     * @param professionalChatPlaces      (Chat that took place, professional) pairs: professionals who joined it
     * @param professionalsWhoJoined      professionals who joined a Chat
     * @param professionalsWhoAnswered    professionals who answered a question
     * @param professionalsCommentsApproved approved comments of professionals (the same as professionalComments)
     * @param encounters                  careers encounters: students' places in Chats and answers to students' questions,
     *                                    exactly the Zone's rows of schools' evidence ({@link ZoneEncounters})
     */
    public record Figures(About zone, long studentsLoggedIn, long activeStudents, long schoolsBooked, long teams, long professionals,
                          long activeProfessionals, long chatsBooked, long chatsTookPlace, long cancelled, long noShows, long lines,
                          long questionsAsked, long questionsApproved, long answers, long professionalComments, long studentComments,
                          long votes, long activeFromPriority, long activeFromUnderServed, long activeFromWidening,
                          long professionalLines, long professionalChatPlaces, long professionalsWhoJoined,
                          long professionalsWhoAnswered, long professionalsCommentsApproved, List<SchoolRow> schools,
                          List<TeamRow> byTeam, List<WordCount> words, List<CategoryRow> categories, List<Leader> winners,
                          boolean winnersFinal, ZoneEncounters.Counted encounters) implements Serializable {

        /** Share of logged-in students who were active, whole percent rounded half up; null before anyone logged in. */
        public Long shareActive() {
            return percent(activeStudents, studentsLoggedIn);
        }

        public long schoolsActive() {
            return schools.size();
        }

        /** Shown lines per Chat that took place, rounded half up; null before a Chat took place. */
        public Long linesPerChat() {
            return chatsTookPlace == 0 ? null : divide(lines, chatsTookPlace);
        }

        public Long shareFromPriority() {
            return percent(activeFromPriority, activeStudents);
        }

        public Long shareFromUnderServed() {
            return percent(activeFromUnderServed, activeStudents);
        }

        public Long shareFromWidening() {
            return percent(activeFromWidening, activeStudents);
        }

        /** Professionals who joined each Chat that took place, on average, rounded half up. */
        public Long professionalsPerChat() {
            return chatsTookPlace == 0 ? null : divide(professionalChatPlaces, chatsTookPlace);
        }

        /** Chats the average professional who joined Chats attended, rounded half up. */
        public Long chatsPerJoiningProfessional() {
            return professionalsWhoJoined == 0 ? null : divide(professionalChatPlaces, professionalsWhoJoined);
        }

        /** Lines the average professional who joined Chats wrote, rounded half up. */
        public Long linesPerJoiningProfessional() {
            return professionalsWhoJoined == 0 ? null : divide(professionalLines, professionalsWhoJoined);
        }

        /** Answers the average professional who answered gave, rounded half up. */
        public Long answersPerAnsweringProfessional() {
            return professionalsWhoAnswered == 0 ? null : divide(answers, professionalsWhoAnswered);
        }

        /** Comments the average professional who answered posted, to one decimal place, half up. */
        public BigDecimal commentsPerAnsweringProfessional() {
            return professionalsWhoAnswered == 0 ? null
                    : BigDecimal.valueOf(professionalsCommentsApproved).divide(BigDecimal.valueOf(professionalsWhoAnswered), 1,
                    RoundingMode.HALF_UP);
        }

        /** The teams' rows, without the professionals in no team (who are not a team). */
        public List<TeamRow> teamRows() {
            return byTeam.stream().filter(row -> row.teamId() != null).toList();
        }

        /** Active professionals in no team, with their lines and answers; null when there are none. */
        public TeamRow noTeam() {
            return byTeam.stream().filter(row -> row.teamId() == null).findFirst().orElse(null);
        }

        /** Whether there is anything to report yet. */
        public boolean nothingYet() {
            return studentsLoggedIn == 0 && professionals == 0 && chatsBooked == 0 && questionsAsked == 0 && votes == 0;
        }
    }

    @Inject
    ZoneEncounters encounters;

    public ZoneReport() {
        super(Zone.class);
    }

    /** The programme's Zones, newest first, to choose a report from. */
    @RequiresRole(Roles.OWNER)
    public List<ZoneChoice> zones() {
        return query("SELECT z FROM Zone z ORDER BY z.opensOn DESC, z.name").getResultList().stream()
                .map(z -> new ZoneChoice(z.getId(), z.getName(), z.getOpensOn(), z.getClosesOn(), z.isClosed())).toList();
    }

    /**
     * The report of one Zone of this programme.
     *
     * @throws RecordNotFoundException when this programme has no such Zone
     */
    @RequiresRole(Roles.OWNER)
    public Figures figures(String zoneId) {
        Zone zone = get(zoneId);
        About about = new About(zone.getId(), zone.getName(), zone.getSummary(), zone.getOpensOn(), zone.getClosesOn(),
                zone.getFunders(), zone.getPrize(), zone.getClosedAt());
        String z = zone.getId();

        long loggedIn = count("SELECT COUNT(s) FROM Student s WHERE s.zoneId = :zone", z);
        Map<String, Long> activeBySchool = grouped("SELECT s.schoolId, COUNT(s) FROM Student s WHERE s.zoneId = :zone AND "
                + ACTIVE_STUDENT + " GROUP BY s.schoolId", z);
        long active = activeBySchool.values().stream().mapToLong(Long::longValue).sum();
        long schoolsBooked = count("SELECT COUNT(DISTINCT b.schoolId) FROM Booking b, Chat c WHERE b.chatId = c.id AND c.zoneId = :zone", z);
        long teams = count("SELECT COUNT(t) FROM Team t WHERE t.zoneId = :zone", z);
        long professionals = count("SELECT COUNT(p) FROM Professional p WHERE p.zoneId = :zone", z);
        Map<String, Long> activeByTeam = grouped("SELECT p.teamId, COUNT(p) FROM Professional p WHERE p.zoneId = :zone AND "
                + ACTIVE_PROFESSIONAL + " GROUP BY p.teamId", z);
        long activeProfessionals = activeByTeam.values().stream().mapToLong(Long::longValue).sum();

        long chatsBooked = count("SELECT COUNT(DISTINCT b.chatId) FROM Booking b, Chat c WHERE b.chatId = c.id AND c.zoneId = :zone", z);
        Map<String, Long> bookingsByStatus = grouped("SELECT b.status, COUNT(b) FROM Booking b, Chat c WHERE b.chatId = c.id"
                + " AND c.zoneId = :zone GROUP BY b.status", z);
        long tookPlace = em().createQuery("SELECT COUNT(DISTINCT b.chatId) FROM Booking b, Chat c WHERE b.chatId = c.id"
                        + " AND c.zoneId = :zone AND b.status = :took", Long.class)
                .setParameter("zone", z).setParameter("took", Booking.Status.TOOK_PLACE).getSingleResult();
        long lines = em().createQuery("SELECT COUNT(l) FROM ChatLine l, Chat c WHERE l.chatId = c.id AND c.zoneId = :zone"
                + " AND l.status = :shown", Long.class).setParameter("zone", z).setParameter("shown", ChatLine.Status.SHOWN).getSingleResult();

        Map<String, Long> questionsByStatus = grouped("SELECT q.status, COUNT(q) FROM Question q WHERE q.zoneId = :zone GROUP BY q.status", z);
        long asked = questionsByStatus.values().stream().mapToLong(Long::longValue).sum();
        long approved = questionsByStatus.getOrDefault(Question.Status.APPROVED.name(), 0L);
        long answers = count("SELECT COUNT(a) FROM Answer a, Question q WHERE a.questionId = q.id AND q.zoneId = :zone", z);
        Map<String, Long> commentsByRole = em().createQuery("SELECT m.authorRole, COUNT(m) FROM Comment m, Question q"
                        + " WHERE m.questionId = q.id AND q.zoneId = :zone AND m.status = :approvedComment GROUP BY m.authorRole", Object[].class)
                .setParameter("zone", z).setParameter("approvedComment", Comment.Status.APPROVED).getResultList().stream()
                .collect(HashMap::new, (map, row) -> map.put((String) row[0], (Long) row[1]), Map::putAll);
        long professionalComments = commentsByRole.getOrDefault(ZonePlugin.PROFESSIONAL, 0L);
        long studentComments = commentsByRole.getOrDefault(ZonePlugin.STUDENT, 0L);
        Map<String, Long> votesByTeam = grouped("SELECT v.teamId, COUNT(v) FROM Vote v WHERE v.zoneId = :zone GROUP BY v.teamId", z);
        long votes = votesByTeam.values().stream().mapToLong(Long::longValue).sum();

        // Professionals' activity.
        Map<String, Long> linesByTeam = shown("SELECT p.teamId, COUNT(l) FROM ChatLine l, Chat c, Professional p WHERE l.chatId = c.id"
                + " AND c.zoneId = :zone AND l.status = :shown AND p.zoneId = :zone AND p.accountId = l.authorId GROUP BY p.teamId", z);
        long professionalLines = linesByTeam.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> answersByTeam = grouped("SELECT p.teamId, COUNT(a) FROM Answer a, Question q, Professional p"
                + " WHERE a.questionId = q.id AND q.zoneId = :zone AND p.zoneId = :zone AND p.accountId = a.professionalId GROUP BY p.teamId", z);
        Map<String, Long> chatsByTeam = em().createQuery("SELECT c.teamId, COUNT(DISTINCT c.id) FROM Chat c, Booking b WHERE b.chatId = c.id"
                        + " AND c.zoneId = :zone AND b.status = :took GROUP BY c.teamId", Object[].class)
                .setParameter("zone", z).setParameter("took", Booking.Status.TOOK_PLACE).getResultList().stream()
                .collect(HashMap::new, (map, row) -> map.put((String) row[0], (Long) row[1]), Map::putAll);
        Object[] places = em().createQuery("SELECT COUNT(pa), COUNT(DISTINCT pa.accountId) FROM Participant pa, Chat c, Professional p"
                        + " WHERE pa.chatId = c.id AND c.zoneId = :zone AND p.zoneId = :zone AND p.accountId = pa.accountId"
                        + " AND EXISTS (SELECT b FROM Booking b WHERE b.chatId = c.id AND b.status = :took)", Object[].class)
                .setParameter("zone", z).setParameter("took", Booking.Status.TOOK_PLACE).getSingleResult();
        long professionalChatPlaces = number(places[0]);
        long professionalsWhoJoined = number(places[1]);
        long professionalsWhoAnswered = count("SELECT COUNT(DISTINCT a.professionalId) FROM Answer a, Question q, Professional p"
                + " WHERE a.questionId = q.id AND q.zoneId = :zone AND p.zoneId = :zone AND p.accountId = a.professionalId", z);

        // Schools.
        List<SchoolRow> schools = schools(z, activeBySchool);
        long fromPriority = 0;
        long fromUnderServed = 0;
        long fromWidening = 0;
        for (SchoolRow row : schools) {
            boolean u = row.flags().contains("U");
            boolean wp = row.flags().contains("WP");
            fromPriority += u || wp ? row.activeUsers() : 0;
            fromUnderServed += u ? row.activeUsers() : 0;
            fromWidening += wp ? row.activeUsers() : 0;
        }

        List<Team> teamList = em().createQuery("SELECT t FROM Team t WHERE t.zoneId = :zone ORDER BY t.position, t.name", Team.class)
                .setParameter("zone", z).getResultList();
        List<TeamRow> byTeam = new ArrayList<>();
        Map<String, Team> teamsById = new LinkedHashMap<>();
        for (Team team : teamList) {
            teamsById.put(team.getId(), team);
            byTeam.add(new TeamRow(team.getId(), team.getName(), activeByTeam.getOrDefault(team.getId(), 0L),
                    chatsByTeam.getOrDefault(team.getId(), 0L), linesByTeam.getOrDefault(team.getId(), 0L),
                    answersByTeam.getOrDefault(team.getId(), 0L), votesByTeam.getOrDefault(team.getId(), 0L)));
        }
        if (activeByTeam.containsKey(null) || linesByTeam.containsKey(null) || answersByTeam.containsKey(null)) {
            byTeam.add(new TeamRow(null, NONE, activeByTeam.getOrDefault(null, 0L), 0, linesByTeam.getOrDefault(null, 0L),
                    answersByTeam.getOrDefault(null, 0L), 0));
        }

        List<Leader> winners = new ArrayList<>();
        boolean finalResult = zone.isClosed();
        if (finalResult) {
            for (String id : zone.getWinnerIds()) {
                Team team = teamsById.get(id);
                if (team != null) {
                    winners.add(new Leader(id, team.getName(), team.getDescription(), votesByTeam.getOrDefault(id, 0L)));
                }
            }
        } else {
            for (String id : Zones.leaders(teamList.stream().map(team -> new Zones.Tally(team, votesByTeam.getOrDefault(team.getId(), 0L)))
                    .toList())) {
                Team team = teamsById.get(id);
                winners.add(new Leader(id, team.getName(), team.getDescription(), votesByTeam.getOrDefault(id, 0L)));
            }
        }

        return new Figures(about, loggedIn, active, schoolsBooked, teams, professionals, activeProfessionals, chatsBooked, tookPlace,
                bookingsByStatus.getOrDefault(Booking.Status.CANCELLED.name(), 0L), bookingsByStatus.getOrDefault(Booking.Status.NO_SHOW.name(), 0L),
                lines, asked, approved, answers, professionalComments, studentComments, votes, fromPriority, fromUnderServed, fromWidening,
                professionalLines, professionalChatPlaces, professionalsWhoJoined, professionalsWhoAnswered, professionalComments,
                schools, byTeam, words(z), categories(z), winners, finalResult, encounters.countedIn(z));
    }

    /** The schools with at least one active student, most active first (ties by name). */
    private List<SchoolRow> schools(String z, Map<String, Long> activeBySchool) {
        if (activeBySchool.isEmpty()) {
            return List.of();
        }
        Map<String, Long> attended = em().createQuery("SELECT b.schoolId, COUNT(DISTINCT b.chatId) FROM Booking b, Chat c"
                        + " WHERE b.chatId = c.id AND c.zoneId = :zone AND b.status = :took GROUP BY b.schoolId", Object[].class)
                .setParameter("zone", z).setParameter("took", Booking.Status.TOOK_PLACE).getResultList().stream()
                .collect(HashMap::new, (map, row) -> map.put((String) row[0], (Long) row[1]), Map::putAll);
        Map<String, Long> lines = em().createQuery("SELECT l.schoolId, COUNT(l) FROM ChatLine l, Chat c WHERE l.chatId = c.id"
                        + " AND c.zoneId = :zone AND l.status = :shown AND l.authorRole = :student GROUP BY l.schoolId", Object[].class)
                .setParameter("zone", z).setParameter("shown", ChatLine.Status.SHOWN).setParameter("student", ZonePlugin.STUDENT)
                .getResultList().stream().collect(HashMap::new, (map, row) -> map.put((String) row[0], (Long) row[1]), Map::putAll);
        Map<String, Long> approved = em().createQuery("SELECT q.schoolId, COUNT(q) FROM Question q WHERE q.zoneId = :zone"
                        + " AND q.status = :approved AND q.askerRole = :student GROUP BY q.schoolId", Object[].class)
                .setParameter("zone", z).setParameter("approved", Question.Status.APPROVED).setParameter("student", ZonePlugin.STUDENT)
                .getResultList().stream().collect(HashMap::new, (map, row) -> map.put((String) row[0], (Long) row[1]), Map::putAll);
        Map<String, Long> votes = grouped("SELECT v.schoolId, COUNT(v) FROM Vote v WHERE v.zoneId = :zone GROUP BY v.schoolId", z);
        Set<String> ids = activeBySchool.keySet();
        List<School> found = em().createQuery("SELECT s FROM School s WHERE s.id IN :ids", School.class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
        return found.stream().map(school -> new SchoolRow(school.getId(), school.getName(), school.getCounty(), school.getFlags(),
                        activeBySchool.get(school.getId()), attended.getOrDefault(school.getId(), 0L), lines.getOrDefault(school.getId(), 0L),
                        approved.getOrDefault(school.getId(), 0L), votes.getOrDefault(school.getId(), 0L)))
                .sorted(Comparator.comparingLong(SchoolRow::activeUsers).reversed().thenComparing(SchoolRow::name)
                        .thenComparing(SchoolRow::county))
                .toList();
    }

    /** The most used words of the Zone's Chats, most used first (ties alphabetically). */
    private List<WordCount> words(String z) {
        return em().createQuery("SELECT w.word, SUM(w.uses) AS total FROM ChatWord w, Chat c WHERE w.chatId = c.id AND c.zoneId = :zone"
                        + " GROUP BY w.word ORDER BY total DESC, w.word", Object[].class)
                .setParameter("zone", z).setMaxResults(WORDS).getResultList().stream()
                .map(row -> new WordCount((String) row[0], number(row[1]))).toList();
    }

    /** Approved questions per category, in the programme's order of categories, with a few examples each; uncategorised last. */
    private List<CategoryRow> categories(String z) {
        Map<String, Long> byCategory = em().createQuery("SELECT q.categoryId, COUNT(q) FROM Question q WHERE q.zoneId = :zone"
                        + " AND q.status = :approved GROUP BY q.categoryId", Object[].class)
                .setParameter("zone", z).setParameter("approved", Question.Status.APPROVED).getResultList().stream()
                .collect(HashMap::new, (map, row) -> map.put((String) row[0], (Long) row[1]), Map::putAll);
        if (byCategory.isEmpty()) {
            return List.of();
        }
        List<CategoryRow> rows = new ArrayList<>();
        List<Category> categories = em().createQuery("SELECT c FROM Category c ORDER BY c.position, c.name", Category.class).getResultList();
        for (Category category : categories) {
            Long count = byCategory.get(category.getId());
            if (count != null) {
                rows.add(new CategoryRow(category.getId(), category.getName(), count, examples(z, category.getId())));
            }
        }
        if (byCategory.containsKey(null)) {
            rows.add(new CategoryRow(null, NONE, byCategory.get(null), examples(z, null)));
        }
        return rows;
    }

    private List<String> examples(String z, String categoryId) {
        // A question its asker had erased still counts, but is no example: its words are gone.
        TypedQuery<String> query = em().createQuery("SELECT q.body FROM Question q WHERE q.zoneId = :zone AND q.status = :approved"
                + " AND q.body <> :erased AND " + (categoryId == null ? "q.categoryId IS NULL" : "q.categoryId = :category")
                + " ORDER BY q.askedAt, q.id", String.class)
                .setParameter("zone", z).setParameter("approved", Question.Status.APPROVED)
                .setParameter("erased", PersonalData.ERASED_TEXT);
        if (categoryId != null) {
            query.setParameter("category", categoryId);
        }
        return query.setMaxResults(EXAMPLES).getResultList();
    }

    private long count(String jpql, String zoneId) {
        TypedQuery<Long> query = em().createQuery(jpql, Long.class).setParameter("zone", zoneId);
        return query.getSingleResult();
    }

    /** A GROUP BY query's rows as key (an id, a status's name, or null) to count. */
    private Map<String, Long> grouped(String jpql, String zoneId) {
        TypedQuery<Object[]> query = em().createQuery(jpql, Object[].class).setParameter("zone", zoneId);
        if (jpql.contains(":approvedComment")) {
            query.setParameter("approvedComment", Comment.Status.APPROVED);
        }
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put(row[0] == null ? null : row[0] instanceof Enum<?> e ? e.name() : row[0].toString(), number(row[1]));
        }
        return counts;
    }

    private Map<String, Long> shown(String jpql, String zoneId) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em().createQuery(jpql, Object[].class).setParameter("zone", zoneId)
                .setParameter("shown", ChatLine.Status.SHOWN).getResultList()) {
            counts.put((String) row[0], number(row[1]));
        }
        return counts;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** a / b, rounded half up; 0 when b is 0. */
    static long divide(long a, long b) {
        return b == 0 ? 0 : BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 0, RoundingMode.HALF_UP).longValue();
    }

    /** a as a whole percentage of b, rounded half up; null when b is 0. */
    static Long percent(long a, long b) {
        return b == 0 ? null : divide(100 * a, b);
    }
}
