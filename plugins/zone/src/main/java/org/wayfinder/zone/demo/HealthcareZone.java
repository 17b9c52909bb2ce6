package org.wayfinder.zone.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wayfinder.platform.spi.DemoDataSet.Node;
import org.wayfinder.platform.spi.DemoPeople;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.booking.Booking;
import org.wayfinder.zone.booking.Chat;
import org.wayfinder.zone.chat.ChatLine;
import org.wayfinder.zone.chat.ChatWord;
import org.wayfinder.zone.chat.Participant;
import org.wayfinder.zone.event.Professional;
import org.wayfinder.zone.event.Team;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.question.Answer;
import org.wayfinder.zone.question.Category;
import org.wayfinder.zone.question.Comment;
import org.wayfinder.zone.question.Question;
import org.wayfinder.zone.school.School;
import org.wayfinder.zone.school.Student;
import org.wayfinder.zone.school.Teacher;
import org.wayfinder.zone.vote.Vote;

/**
 * A closed Zone built record by record from its report's figures, as a demo data set's
 * {@code "closedZone"} gives them ({@code demo/zone/healthcare-zone-2023.json}: "The Healthcare Zone"
 * of the seed report, whose end-of-Zone report gives the seed's key activity figures, its school
 * table and its team table). The data set holds the tables (schools with their active students,
 * Chats, lines, questions and votes; teams with their professionals and how their Chats were
 * staffed; questions, lines and counts); this class lays them out as records the way the services
 * would have recorded them. Everything is deterministic: the same records on every start. Where the
 * seed's figures contradict each other, {@code docs/zone-report.md} lists the choice made.
 *
 * <p>Students, teachers and professionals get accounts through {@link DemoPeople}, and sign in with
 * the demo password.
 */
@ApplicationScoped
public class HealthcareZone extends Repository<Zone> {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /**
     * A school of the report's table: its row there, and how many of its students logged in but did
     * nothing (the seed's 270 logged in less its 240 active).
     */
    record SchoolPlan(String name, String county, boolean u, boolean wp, int active, int chats, int lines, int approved, int votes,
                      int idle) {
    }

    /**
     * A team: its name and active professionals; how many more were given access and never took
     * part, how its Chats that took place were staffed (professionals who joined each), and whether
     * its professionals answered questions.
     */
    record TeamPlan(String name, String description, int active, int idle, int[] chatStaff, boolean answer) {
    }

    /** An approved question: its category index or -1 for none, and who asked: a school index or -1 for a teacher. */
    record QuestionPlan(String body, int category, int askedBy) {
    }

    /** The data set's {@code closedZone}, read. */
    record Plan(String name, LocalDate opensOn, LocalDate closesOn, String summary, List<String> funders, String prize,
                List<TeamPlan> teams, String teamlessProfessional, List<String> professionalNames, List<SchoolPlan> schools,
                List<SchoolPlan> bookedOnly, List<String> teacherNames, int chatsBookedNotHeld, int chatsNeverBooked,
                List<String> studentLines, List<String> professionalLines, int professionalLineCount, String moderatorWelcome,
                Set<String> wordsNotCounted, List<String> categories, List<QuestionPlan> approved, List<String> notApproved,
                String rejectReason, int answerCount) {

        static Plan read(Node zone) {
            List<SchoolPlan> schools = zone.list("schools").stream().map(s -> new SchoolPlan(s.text("name"), s.text("county"),
                    s.flag("underServed", false), s.flag("wideningParticipation", false), s.integer("active"), s.integer("chats"),
                    s.integer("lines"), s.integer("approvedQuestions"), s.integer("votes"), s.integer("idle"))).toList();
            List<String> schoolNames = schools.stream().map(SchoolPlan::name).toList();
            List<String> categories = zone.texts("categories");
            List<QuestionPlan> approved = zone.list("approvedQuestions").stream().map(q -> {
                int category = q.has("category") ? categories.indexOf(q.text("category")) : -1;
                if (q.has("category") && category < 0) {
                    throw q.get("category").fail("not one of the categories " + categories);
                }
                String by = q.text("askedBy");
                int school = schoolNames.indexOf(by);
                if (school < 0 && !"a teacher".equals(by)) {
                    throw q.get("askedBy").fail("expected \"a teacher\" or the name of one of the schools");
                }
                return new QuestionPlan(q.text("question"), category, school);
            }).toList();
            return new Plan(zone.text("name"), zone.date("opensOn"), zone.date("closesOn"), zone.text("summary"), zone.texts("funders"),
                    zone.text("prize"),
                    zone.list("teams").stream().map(t -> new TeamPlan(t.text("name"), t.text("description"), t.integer("active"),
                            t.integer("idle"), t.list("chatStaff").stream().mapToInt(Node::integer).toArray(),
                            t.flag("answers", true))).toList(),
                    zone.text("teamlessProfessional"), zone.texts("professionalNames"), schools,
                    zone.list("bookedOnly").stream().map(s -> new SchoolPlan(s.text("name"), s.text("county"), s.flag("underServed", false),
                            s.flag("wideningParticipation", false), 0, 0, 0, 0, 0, 0)).toList(),
                    zone.texts("teacherNames"), zone.integer("chatsBookedNotHeld"), zone.integer("chatsNeverBooked"),
                    zone.texts("studentLines"), zone.texts("professionalLines"), zone.integer("professionalLineCount"),
                    zone.text("moderatorWelcome"), Set.copyOf(zone.texts("wordsNotCounted")), categories, approved,
                    zone.texts("notApprovedQuestions"), zone.text("rejectReason"), zone.integer("answerCount"));
        }
    }

    @Inject
    DemoPeople demoPeople;

    private EntityManager em;

    public HealthcareZone() {
        super(Zone.class);
    }

    /**
     * Adds the Zone to the current programme, unless it has it already.
     *
     * @return whether it was added
     */
    public boolean seed(Node data) {
        Plan p = Plan.read(data);
        em = em();
        if (!em.createQuery("SELECT z.id FROM Zone z WHERE z.name = :name", String.class).setParameter("name", p.name()).getResultList().isEmpty()) {
            return false;
        }
        Instant closedAt = p.closesOn().plusDays(1).atStartOfDay(UK).toInstant();
        Zone zone = persist(new Zone(p.name(), p.opensOn(), p.closesOn()));
        String z = zone.getId();

        List<String> categoryIds = new ArrayList<>();
        Map<String, String> existing = new HashMap<>();
        em.createQuery("SELECT c FROM Category c", Category.class).getResultList().forEach(c -> existing.put(c.getName(), c.getId()));
        for (int i = 0; i < p.categories().size(); i++) {
            String name = p.categories().get(i);
            categoryIds.add(existing.containsKey(name) ? existing.get(name) : persist(new Category(name, 10 + i)).getId());
        }

        em.flush();

        // Teams and their professionals: active ones first in each team, then those who never took part.
        // The records have no mapped relations, so each layer is written before the records that refer to it.
        List<String> teamIds = new ArrayList<>();
        List<List<String>> membersByTeam = new ArrayList<>();
        List<List<String>> activeByTeam = new ArrayList<>();
        int people = 0;
        for (int t = 0; t < p.teams().size(); t++) {
            TeamPlan plan = p.teams().get(t);
            teamIds.add(persist(new Team(z, plan.name(), plan.description(), t)).getId());
            List<String> members = new ArrayList<>();
            for (int i = 0; i < plan.active() + plan.idle(); i++) {
                people++;
                members.add(account("hp" + two(people) + "@healthcare-zone.example", p.professionalNames().get(people % p.professionalNames().size())
                        + " (" + plan.name() + ")", ZonePlugin.PROFESSIONAL));
            }
            membersByTeam.add(members);
            activeByTeam.add(members.subList(0, plan.active()));
        }
        String teamless = account("hp" + two(++people) + "@healthcare-zone.example", p.teamlessProfessional(), ZonePlugin.PROFESSIONAL);
        em.flush();
        for (int t = 0; t < p.teams().size(); t++) {
            for (String member : membersByTeam.get(t)) {
                persist(new Professional(z, member, teamIds.get(t)));
            }
        }
        persist(new Professional(z, teamless, null));

        // Schools, a teacher each, and their students: active ones first, then those who only logged in.
        List<SchoolPlan> allSchools = new ArrayList<>(p.schools());
        allSchools.addAll(p.bookedOnly());
        List<String> schoolIds = new ArrayList<>();
        List<String> teacherAccounts = new ArrayList<>();
        List<List<String>> studentsBySchool = new ArrayList<>();
        int pupils = 0;
        for (int s = 0; s < allSchools.size(); s++) {
            SchoolPlan plan = allSchools.get(s);
            schoolIds.add(persist(new School(plan.name(), plan.county(), plan.u(), plan.wp())).getId());
            teacherAccounts.add(account("teacher" + two(s + 1) + "@healthcare-zone.example", p.teacherNames().get(s % p.teacherNames().size()),
                    ZonePlugin.TEACHER));
            List<String> students = new ArrayList<>();
            for (int i = 0; i < plan.active() + plan.idle(); i++) {
                pupils++;
                students.add(account("hz23-" + String.format(Locale.ROOT, "%03d", pupils), "Student " + pupils, ZonePlugin.STUDENT));
            }
            studentsBySchool.add(students);
        }
        em.flush();
        List<String> teacherIds = new ArrayList<>();
        for (int s = 0; s < allSchools.size(); s++) {
            teacherIds.add(persist(new Teacher(teacherAccounts.get(s), schoolIds.get(s))).getId());
            for (String student : studentsBySchool.get(s)) {
                persist(new Student(z, student, schoolIds.get(s), null));
            }
        }
        flushAndClear();

        // Chats: the 18 that took place (team by team, as p.teams() staffs them), 17 booked that did not, 3 never booked.
        List<String> tookPlace = new ArrayList<>();
        List<Integer> tookPlaceTeam = new ArrayList<>();
        int slot = 0;
        for (int t = 0; t < p.teams().size(); t++) {
            for (int staff : p.teams().get(t).chatStaff()) {
                tookPlace.add(persist(new Chat(z, teamIds.get(t), slotTime(slot++), 60, tookPlace.size() == 17 ? 2 : 1)).getId());
                tookPlaceTeam.add(t);
            }
        }
        List<String> notHeld = new ArrayList<>();
        for (int i = 0; i < p.chatsBookedNotHeld(); i++) {
            notHeld.add(persist(new Chat(z, teamIds.get(i % p.teams().size()), slotTime(slot++), 60, 1)).getId());
        }
        for (int i = 0; i < p.chatsNeverBooked(); i++) {
            persist(new Chat(z, teamIds.get(i % p.teams().size()), slotTime(slot++), 60, 1));
        }
        em.flush();

        // Bookings. Each school's classes came to the next Chats in order; the last two schools shared the 18th.
        Map<Booking.Status, List<String>> outcomes = new LinkedHashMap<>();
        List<List<String>> chatsOfSchool = new ArrayList<>();
        int next = 0;
        for (int s = 0; s < p.schools().size(); s++) {
            List<String> chats = new ArrayList<>();
            for (int c = 0; c < p.schools().get(s).chats(); c++) {
                String chat = tookPlace.get(Math.min(next++, tookPlace.size() - 1));
                chats.add(chat);
                book(p, outcomes, Booking.Status.TOOK_PLACE, chat, schoolIds.get(s), teacherIds.get(s), "Year 10 group " + (c + 1));
            }
            chatsOfSchool.add(chats);
        }
        // A place a booked-only school cancelled, rebooked by The West Bridgford School, whose class came.
        book(p, outcomes, Booking.Status.CANCELLED, tookPlace.get(0), schoolIds.get(12), teacherIds.get(12), "Year 9");
        for (int i = 0; i < notHeld.size(); i++) {
            // The four booked-only schools first (so each booked), then the active schools in turn.
            int s = i < 4 ? 12 + i : i < 11 ? i - 4 : i >= 11 && i < 15 ? 12 + i - 11 : i - 15;
            book(p, outcomes, i < 11 ? Booking.Status.CANCELLED : Booking.Status.NO_SHOW, notHeld.get(i), schoolIds.get(s), teacherIds.get(s),
                    "Year 11");
        }

        // Students join their school's Chats and write their school's lines.
        List<int[]> placesOfChat = new ArrayList<>();
        Map<String, List<String[]>> linesOfChat = new LinkedHashMap<>();
        for (int s = 0; s < p.schools().size(); s++) {
            SchoolPlan plan = p.schools().get(s);
            List<String> students = studentsBySchool.get(s);
            List<String> chats = chatsOfSchool.get(s);
            for (int i = 0; i < plan.active(); i++) {
                persist(new Participant(chats.get(i % chats.size()), students.get(i), ZonePlugin.STUDENT, schoolIds.get(s), slotTimeOf(0)));
            }
            for (int l = 0; l < plan.lines(); l++) {
                int who = l % plan.active();
                String chat = chats.get(who % chats.size());
                linesOfChat.computeIfAbsent(chat, key -> new ArrayList<>()).add(new String[] {students.get(who), ZonePlugin.STUDENT,
                        schoolIds.get(s), p.studentLines().get((l + s) % p.studentLines().size())});
            }
        }
        // Professionals join their team's Chats in turn, and write 2,290 lines between them.
        List<String[]> pairs = new ArrayList<>();
        int[] turn = new int[p.teams().size()];
        for (int c = 0; c < tookPlace.size(); c++) {
            int t = tookPlaceTeam.get(c);
            List<String> team = activeByTeam.get(t);
            int staff = p.teams().get(t).chatStaff()[c - firstChatOf(p, t)];
            for (int i = 0; i < staff; i++) {
                String professional = team.get(turn[t]++ % team.size());
                persist(new Participant(tookPlace.get(c), professional, ZonePlugin.PROFESSIONAL, null, slotTimeOf(0)));
                pairs.add(new String[] {tookPlace.get(c), professional});
            }
        }
        for (int l = 0; l < p.professionalLineCount(); l++) {
            String[] pair = pairs.get(l % pairs.size());
            linesOfChat.computeIfAbsent(pair[0], key -> new ArrayList<>()).add(new String[] {pair[1], ZonePlugin.PROFESSIONAL, null,
                    p.professionalLines().get(l % p.professionalLines().size())});
        }
        String moderator = demoPeople.idOf("moderator@zone.example").orElseGet(() -> account("hz23-moderator",
                "Mo Moderator", Roles.MODERATOR));
        for (int l = 0; l < 4; l++) {
            linesOfChat.computeIfAbsent(tookPlace.get(l), key -> new ArrayList<>()).add(new String[] {moderator, Roles.MODERATOR, null,
                    p.moderatorWelcome()});
        }
        int key = 0;
        Map<String, Map<String, Integer>> words = new LinkedHashMap<>();
        for (Map.Entry<String, List<String[]>> chat : linesOfChat.entrySet()) {
            Instant at = slotTimeOf(0);
            Map<String, Integer> counts = words.computeIfAbsent(chat.getKey(), k -> new HashMap<>());
            for (String[] line : chat.getValue()) {
                persist(new ChatLine(chat.getKey(), line[0], line[1], line[2], line[3], "demo-" + key++, at, null));
                for (String word : line[3].toLowerCase(Locale.ROOT).split("[^a-z']+")) {
                    if (word.length() > 2 && word.length() <= 40 && !p.wordsNotCounted().contains(word)) {
                        counts.merge(word, 1, Integer::sum);
                    }
                }
            }
        }
        // Lines the safeguarding screen held, one of which a moderator removed: neither is counted.
        String firstStudent = studentsBySchool.get(0).get(0);
        persist(new ChatLine(tookPlace.get(0), firstStudent, ZonePlugin.STUDENT, schoolIds.get(0), "add me on snap", "demo-held-1",
                slotTimeOf(0), "a social media handle"));
        ChatLine removed = new ChatLine(tookPlace.get(1), firstStudent, ZonePlugin.STUDENT, schoolIds.get(0),
                "my number is 07700 900123", "demo-held-2", slotTimeOf(0), "a phone number");
        removed.moderate(ChatLine.Status.REMOVED, moderator, slotTimeOf(0));
        persist(removed);
        words.forEach((chat, counts) -> counts.forEach((word, uses) -> persist(new ChatWord(chat, word, uses))));
        flushAndClear();

        // Questions: the approved ones asked by the seed's schools (two by teachers), then five that were not.
        Instant asked = Instant.parse("2023-03-14T09:00:00Z");
        int[] askedSoFar = new int[p.schools().size()];
        List<String[]> approvedIds = new ArrayList<>();
        for (int q = 0; q < p.approved().size(); q++) {
            int s = p.approved().get(q).askedBy();
            String asker;
            String role;
            String school;
            if (s < 0) {
                asker = accountOfTeacher(teacherIds.get(q % p.schools().size()));
                role = ZonePlugin.TEACHER;
                school = schoolIds.get(q % p.schools().size());
            } else {
                asker = studentsBySchool.get(s).get(askedSoFar[s]++ % p.schools().get(s).active());
                role = ZonePlugin.STUDENT;
                school = schoolIds.get(s);
            }
            Question question = persist(new Question(z, asker, role, school, p.approved().get(q).body(), asked.plusSeconds(3600L * q)));
            int category = p.approved().get(q).category();
            approvedIds.add(new String[] {question.getId(), category < 0 ? null : categoryIds.get(category)});
        }
        em.flush();
        List<String> rejected = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < p.notApproved().size(); i++) {
            int s = 2 + i; // The Becket School onwards: students who were active anyway
            Question question = persist(new Question(z, studentsBySchool.get(s).get(0), ZonePlugin.STUDENT, schoolIds.get(s),
                    p.notApproved().get(i), asked.plusSeconds(86_400L * (i + 2))));
            (i < 3 ? rejected : duplicates).add(question.getId());
        }

        em.flush();
        // 228 answers from 32 professionals: every active team professional but Herefordshire and
        // Worcestershire's two and two of Derbyshire's, and the professional in no team.
        List<String> answerers = new ArrayList<>();
        for (int t = 0; t < p.teams().size(); t++) {
            List<String> team = activeByTeam.get(t);
            if (p.teams().get(t).answer()) {
                answerers.addAll(t == 2 ? team.subList(0, team.size() - 2) : team);
            }
        }
        answerers.add(teamless);
        for (int i = 0; i < p.answerCount(); i++) {
            int q = i % p.approved().size();
            int round = i / p.approved().size();
            persist(new Answer(approvedIds.get(q)[0], answerers.get((q + 5 * round) % answerers.size()),
                    "Thank you for asking. " + p.professionalLines().get(i % p.professionalLines().size()) + ".", asked.plusSeconds(7200L * (q + 1) + round)));
        }
        // Comments: 8 approved from professionals, 1 from a student; one of each kind that does not count.
        List<String> approvedComments = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            approvedComments.add(persist(new Comment(approvedIds.get(i)[0], answerers.get(i * 3), ZonePlugin.PROFESSIONAL, null,
                    "Great question - I would add that work experience helps a lot.", asked.plusSeconds(90_000L + i))).getId());
        }
        approvedComments.add(persist(new Comment(approvedIds.get(3)[0], studentsBySchool.get(4).get(1), ZonePlugin.STUDENT, schoolIds.get(4),
                "Thank you for your time and advice, it has been really useful", asked.plusSeconds(95_000L))).getId());
        String rejectedComment = persist(new Comment(approvedIds.get(4)[0], studentsBySchool.get(0).get(5), ZonePlugin.STUDENT,
                schoolIds.get(0), "lol", asked.plusSeconds(96_000L))).getId();
        persist(new Comment(approvedIds.get(5)[0], activeByTeam.get(4).get(0), ZonePlugin.PROFESSIONAL, null,
                "Waiting for a moderator when the Zone closed.", asked.plusSeconds(97_000L)));

        // Votes: each school's first students; Nottinghamshire four votes in ten, Lincolnshire and
        // Derbyshire two, the others one each.
        long[] votesForTeam = new long[p.teams().size()];
        int cast = 0;
        for (int s = 0; s < p.schools().size(); s++) {
            for (int i = 0; i < p.schools().get(s).votes(); i++) {
                int digit = cast % 10;
                int t = digit < 4 ? 0 : digit < 6 ? 1 : digit < 8 ? 2 : digit == 8 ? 3 : 4;
                votesForTeam[t]++;
                persist(new Vote(z, studentsBySchool.get(s).get(i), schoolIds.get(s), teamIds.get(t), Instant.parse("2023-07-01T12:00:00Z")
                        .plusSeconds(cast++)));
            }
        }
        flushAndClear();

        // What the services would have recorded along the way, set in bulk.
        update("UPDATE Teacher t SET t.status = :s, t.decidedAt = :at WHERE t.id IN :ids", Teacher.Status.APPROVED, teacherIds, asked);
        outcomes.forEach((status, ids) -> update("UPDATE Booking b SET b.status = :s, b.outcomeAt = :at WHERE b.id IN :ids", status, ids,
                closedAt));
        for (String[] question : approvedIds) {
            em.createQuery("UPDATE Question q SET q.status = :s, q.categoryId = :c, q.decidedAt = :at WHERE q.id = :id")
                    .setParameter("s", Question.Status.APPROVED).setParameter("c", question[1]).setParameter("at", asked)
                    .setParameter("id", question[0]).executeUpdate();
        }
        em.createQuery("UPDATE Question q SET q.status = :s, q.rejectReason = :r, q.decidedAt = :at WHERE q.id IN :ids")
                .setParameter("s", Question.Status.REJECTED).setParameter("r", p.rejectReason())
                .setParameter("at", asked).setParameter("ids", rejected).executeUpdate();
        for (int i = 0; i < duplicates.size(); i++) {
            // "Do you think an apprenticeship..." (index 3) and "What is bone marrow?" (index 1), already answered.
            em.createQuery("UPDATE Question q SET q.status = :s, q.duplicateOf = :d, q.decidedAt = :at WHERE q.id = :id")
                    .setParameter("s", Question.Status.DUPLICATE).setParameter("d", approvedIds.get(i == 0 ? 3 : 1)[0])
                    .setParameter("at", asked).setParameter("id", duplicates.get(i)).executeUpdate();
        }
        update("UPDATE Comment m SET m.status = :s, m.decidedAt = :at WHERE m.id IN :ids", Comment.Status.APPROVED, approvedComments, asked);
        update("UPDATE Comment m SET m.status = :s, m.decidedAt = :at WHERE m.id IN :ids", Comment.Status.REJECTED, List.of(rejectedComment),
                asked);
        em.createQuery("UPDATE Chat c SET c.wordsCountedAt = :at WHERE c.id IN :ids").setParameter("at", closedAt)
                .setParameter("ids", tookPlace).executeUpdate();
        int winner = 0;
        for (int t = 1; t < p.teams().size(); t++) {
            winner = votesForTeam[t] > votesForTeam[winner] ? t : winner;
        }
        em.createQuery("UPDATE Zone z SET z.summary = :summary, z.funders = :funders, z.prize = :prize, z.closedAt = :at, z.winners = :w"
                        + " WHERE z.id = :id")
                .setParameter("summary", p.summary())
                .setParameter("funders", String.join("\n", p.funders())).setParameter("prize", p.prize()).setParameter("at", closedAt)
                .setParameter("w", teamIds.get(winner)).setParameter("id", z).executeUpdate();
        return true;
    }

    private String accountOfTeacher(String teacherId) {
        return em.find(Teacher.class, teacherId).getAccountId();
    }

    private void book(Plan p, Map<Booking.Status, List<String>> outcomes, Booking.Status status, String chat, String school, String teacher,
                      String className) {
        Booking booking = persist(new Booking(chat, school, teacher, className, p.opensOn().atTime(LocalTime.of(9, 0)).atZone(UK).toInstant()));
        outcomes.computeIfAbsent(status, key -> new ArrayList<>()).add(booking.getId());
    }

    private static int firstChatOf(Plan p, int team) {
        int first = 0;
        for (int t = 0; t < team; t++) {
            first += p.teams().get(t).chatStaff().length;
        }
        return first;
    }

    /** The i-th Chat slot: every third day from 13 March 2023, mornings and afternoons in turn. */
    private static Instant slotTime(int i) {
        LocalDate day = LocalDate.of(2023, 3, 13).plusDays(3L * i);
        return day.atTime(i % 2 == 0 ? LocalTime.of(10, 0) : LocalTime.of(13, 30)).atZone(UK).toInstant();
    }

    private static Instant slotTimeOf(int i) {
        return slotTime(i).plusSeconds(120);
    }

    private void update(String jpql, Object status, List<String> ids, Object at) {
        if (!ids.isEmpty()) {
            em.createQuery(jpql).setParameter("s", status).setParameter("ids", ids).setParameter("at", at).executeUpdate();
        }
    }

    private String account(String login, String name, String role) {
        return demoPeople.add(login, name, role);
    }

    private <T> T persist(T record) {
        em.persist(record);
        return record;
    }

    private void flushAndClear() {
        em.flush();
        em.clear();
    }

    private static String two(int n) {
        return String.format(Locale.ROOT, "%02d", n);
    }
}
