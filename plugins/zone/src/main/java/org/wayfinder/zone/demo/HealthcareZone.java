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
 * "The Healthcare Zone" of the seed report (6 March to 21 July 2023), closed, built record by record
 * so that its end-of-Zone report gives the seed's key activity figures, its school table and its team
 * table. Everything is deterministic: the same records on every start. Where the seed's figures
 * contradict each other, {@code docs/zone-report.md} lists the choice made.
 *
 * <p>Students, teachers and professionals get accounts through {@link DemoPeople}, and sign in with
 * the demo password.
 */
@ApplicationScoped
public class HealthcareZone extends Repository<Zone> {

    public static final String NAME = "The Healthcare Zone";
    public static final LocalDate OPENS = LocalDate.of(2023, 3, 6);
    public static final LocalDate CLOSES = LocalDate.of(2023, 7, 21);
    public static final List<String> FUNDERS = List.of("Nottinghamshire Alliance Training Hub", "Lincolnshire Training Hub",
            "Leicester, Leicestershire and Rutland (LLR) Training Hub", "Herefordshire & Worcestershire Training Hub",
            "Health Education Derbyshire Training Hub");
    public static final String PRIZE = "£500 to spend on further public engagement projects";
    public static final String WINNER_DESCRIPTION = "Nottinghamshire Training Hub, an organisation helping to train, support and develop"
            + " the many different roles that you might find in Primary Care";

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /**
     * A school of the seed's table: its row there, and how many of its students logged in but did
     * nothing (the seed's 270 logged in less its 240 active).
     */
    record SchoolPlan(String name, String county, boolean u, boolean wp, int active, int chats, int lines, int approved, int votes,
                      int idle) {
    }

    /** The seed's "School activity" table, in its order. */
    static final List<SchoolPlan> SCHOOLS = List.of(
            new SchoolPlan("The West Bridgford School", "Nottinghamshire", false, false, 58, 3, 583, 2, 28, 3),
            new SchoolPlan("John Blow Primary School", "Nottinghamshire", true, false, 30, 1, 485, 1, 16, 3),
            new SchoolPlan("The Becket School", "Nottinghamshire", false, false, 29, 3, 111, 0, 27, 3),
            new SchoolPlan("The Bolsover School", "Derbyshire", true, true, 29, 1, 379, 0, 28, 3),
            new SchoolPlan("UTC Derby Pride Park", "Derbyshire", false, true, 27, 2, 132, 20, 3, 3),
            new SchoolPlan("Skegness Grammar School", "Lincolnshire", true, false, 19, 2, 276, 0, 19, 3),
            new SchoolPlan("Billingham Church of England Primary School", "Lincolnshire", true, true, 16, 1, 230, 0, 6, 2),
            new SchoolPlan("Loughborough College", "Leicestershire", false, true, 9, 1, 48, 0, 2, 2),
            new SchoolPlan("West Nottinghamshire College", "Nottinghamshire", true, true, 8, 1, 16, 7, 3, 2),
            new SchoolPlan("Kesteven and Sleaford High School Selective Academy", "Lincolnshire", true, false, 8, 2, 114, 0, 4, 2),
            new SchoolPlan("All Saints Catholic Voluntary Academy", "Nottinghamshire", true, false, 4, 1, 23, 0, 4, 2),
            new SchoolPlan("Tupton Hall School", "Derbyshire", true, true, 3, 1, 15, 0, 2, 2));

    /** The four schools that booked but whose classes never came (the seed's 16 booked less its 12 active). Names made up. */
    static final List<SchoolPlan> BOOKED_ONLY = List.of(
            new SchoolPlan("Castle Vale Academy", "Herefordshire", false, false, 0, 0, 0, 0, 0, 0),
            new SchoolPlan("Severn Meadows School", "Worcestershire", false, true, 0, 0, 0, 0, 0, 0),
            new SchoolPlan("Wolds View Academy", "Lincolnshire", true, false, 0, 0, 0, 0, 0, 0),
            new SchoolPlan("Charnwood Heights School", "Leicestershire", false, false, 0, 0, 0, 0, 0, 0));

    /**
     * A team: the seed's name and active professionals; how many more were given access and never
     * took part, and how its Chats that took place were staffed (professionals who joined each).
     */
    record TeamPlan(String name, String description, int active, int idle, int[] chatStaff, boolean answer) {
    }

    /** The seed's five teams. 35 active in teams; the 36th active professional is in no team (docs/zone-report.md). */
    static final List<TeamPlan> TEAMS = List.of(
            new TeamPlan("Nottinghamshire", WINNER_DESCRIPTION, 8, 4, new int[] {5, 5, 5, 5}, true),
            new TeamPlan("Lincolnshire", "Lincolnshire Training Hub: GPs, nurses, paramedics and pharmacists from across the county.", 8, 4,
                    new int[] {5, 5, 5, 5}, true),
            new TeamPlan("Derbyshire", "Health Education Derbyshire Training Hub: people working in general practice and community care.",
                    10, 6, new int[] {6, 6, 6, 6, 8}, true),
            new TeamPlan("Leicester, Leicestershire, and Rutland", "The LLR Training Hub: primary care roles from reception to GP.", 7, 5,
                    new int[] {4, 4, 4, 4}, true),
            new TeamPlan("Herefordshire and Worcestershire", "Herefordshire & Worcestershire Training Hub.", 2, 6, new int[] {2}, false));

    /** Categories, in order. */
    static final List<String> CATEGORIES = List.of("Careers and routes in", "Roles and daily work", "Health and science", "The NHS",
            "Life and work");

    /** The approved questions: the seed's eight examples first, then the rest; a category index or -1 for none. */
    record QuestionPlan(String body, int category) {
    }

    static final List<QuestionPlan> APPROVED = List.of(
            new QuestionPlan("What ambulance vehicles do you drive?", 1),
            new QuestionPlan("What is bone marrow?", 2),
            new QuestionPlan("How can we solve appointment scheduling in the health sector?", 3),
            new QuestionPlan("Do you think an apprenticeship or university route is better?", 0),
            new QuestionPlan("What do you like about the nhs?", 3),
            new QuestionPlan("What struggles do you go through as a single parent and does it get in the way of your job?", 4),
            new QuestionPlan("Was it hard to decide what role you wanted to go into in healthcare?", 0),
            new QuestionPlan("What path would you recommend to become a pathologist?", 0),
            new QuestionPlan("What GCSEs do I need to become a paramedic?", 0),
            new QuestionPlan("How long does it take to train as a nurse?", 0),
            new QuestionPlan("Can you become a physician associate without a science degree?", 0),
            new QuestionPlan("What does a practice pharmacist do all day?", 1),
            new QuestionPlan("What is the hardest part of your job?", 1),
            new QuestionPlan("Do you work night shifts?", 1),
            new QuestionPlan("What does a social prescriber do?", 1),
            new QuestionPlan("How does the heart pump blood around the body?", 2),
            new QuestionPlan("Why do some medicines need a prescription?", 2),
            new QuestionPlan("How do vaccines work?", 2),
            new QuestionPlan("What is the difference between a virus and bacteria?", 2),
            new QuestionPlan("Why are there not enough GPs?", 3),
            new QuestionPlan("How is the NHS paid for?", 3),
            new QuestionPlan("Would you recommend working in the NHS?", 3),
            new QuestionPlan("How do you cope when a patient dies?", 4),
            new QuestionPlan("Do you get to spend enough time with your family?", 4),
            new QuestionPlan("How do you stay calm in an emergency?", 4),
            new QuestionPlan("What made you choose primary care over a hospital?", 0),
            new QuestionPlan("Is there a lot of paperwork?", 1),
            new QuestionPlan("What happens in a blood test?", 2),
            new QuestionPlan("What is it like working in a team?", 4),
            new QuestionPlan("How much do you earn?", 4),
            new QuestionPlan("Can you work part time in healthcare?", -1),
            new QuestionPlan("Do you ever get bored?", -1));

    static final List<String> NOT_APPROVED = List.of("whats ur snapchat", "Is this a real doctor??", "How old are you",
            "Do you think an apprenticeship or university route is better?", "What is bone marrow?");

    /** Who asked the approved questions, in order: school index (into SCHOOLS) or -1 for a teacher. */
    private static final int[] ASKED_BY = askedBy();

    private static final String[] STUDENT_LINES = {
            "When did you know you wanted to work in healthcare?", "How long did you do that work with homeless people?",
            "Did you plan what subjects you took at school around healthcare?", "that's good thank you",
            "Do you find working in a gp practice just as hectic as working in a hospital?",
            "Would it be better to do an apprenticeship in nursing or study at University?",
            "Is working in health care as bad as its portrayed in the media?", "What is the best part of your job?",
            "How many patients do you see in a day?", "Do you need biology to be a nurse?", "Thank you for answering our questions!",
            "What do paramedics do when there is no ambulance?", "Is it hard to get into medicine?", "Do you like working in a team?",
            "What was your first job in the NHS?", "hello from our class"};

    private static final String[] PROFESSIONAL_LINES = {
            "For me it was when I started working with homeless people and they really appreciated the support",
            "When I was 5 I got unwell with Leukaemia and found what they all did very inspiring",
            "yeah a bit, but the only ones you really need is chemistry and biology",
            "yes definitely! in a different way to the hospital, you never know what is coming through the door",
            "That would be a personal choice and if you can get a place in a Trust that would support your apprenticeship",
            "You could also start off as a support worker or do some volunteering which is an introduction to nursing",
            "Look on your local training hub websites for more information about careers in primary care",
            "It can be stressful sometimes but not always, it is about your team and your environment",
            "morale can be low but if you have a passion for the job then that is the key thing",
            "It has its ups and downs but it is a fantastic place to work",
            "We all rely on the support of our colleagues, it can feel like a second family and it is very rewarding",
            "There are so many different roles in healthcare, not just doctors and nurses",
            "Great question! Apprenticeships are a brilliant route into nursing and paramedic science",
            "You're welcome - I always love these sessions!", "Thanks for your questions - keep up the hard work and persevere"};

    private static final Set<String> STOP_WORDS = Set.copyOf(List.of("the", "and", "you", "for", "that", "was", "with", "are", "but", "they", "what",
            "did", "your", "our", "all", "not", "just", "can", "has", "its", "it's", "this", "then", "there", "when", "how", "about",
            "also", "very", "into", "from", "get", "does", "had", "have", "who", "any", "many", "need", "way", "much", "being", "some",
            "more", "only", "would", "could", "one", "out", "really", "yes", "yeah", "you're", "is", "in", "to", "a", "of", "it", "we",
            "do", "me", "my", "so", "if", "or", "be", "at", "as", "on", "i", "no", "bit", "day", "first", "when", "don't"));

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
    public boolean seed() {
        em = em();
        if (!em.createQuery("SELECT z.id FROM Zone z WHERE z.name = :name", String.class).setParameter("name", NAME).getResultList().isEmpty()) {
            return false;
        }
        Instant closedAt = CLOSES.plusDays(1).atStartOfDay(UK).toInstant();
        Zone zone = persist(new Zone(NAME, OPENS, CLOSES));
        String z = zone.getId();

        List<String> categoryIds = new ArrayList<>();
        Map<String, String> existing = new HashMap<>();
        em.createQuery("SELECT c FROM Category c", Category.class).getResultList().forEach(c -> existing.put(c.getName(), c.getId()));
        for (int i = 0; i < CATEGORIES.size(); i++) {
            String name = CATEGORIES.get(i);
            categoryIds.add(existing.containsKey(name) ? existing.get(name) : persist(new Category(name, 10 + i)).getId());
        }

        em.flush();

        // Teams and their professionals: active ones first in each team, then those who never took part.
        // The records have no mapped relations, so each layer is written before the records that refer to it.
        List<String> teamIds = new ArrayList<>();
        List<List<String>> membersByTeam = new ArrayList<>();
        List<List<String>> activeByTeam = new ArrayList<>();
        int people = 0;
        for (int t = 0; t < TEAMS.size(); t++) {
            TeamPlan plan = TEAMS.get(t);
            teamIds.add(persist(new Team(z, plan.name(), plan.description(), t)).getId());
            List<String> members = new ArrayList<>();
            for (int i = 0; i < plan.active() + plan.idle(); i++) {
                people++;
                members.add(account("hp" + two(people) + "@healthcare-zone.example", PROFESSIONAL_NAMES[people % PROFESSIONAL_NAMES.length]
                        + " (" + plan.name() + ")", ZonePlugin.PROFESSIONAL));
            }
            membersByTeam.add(members);
            activeByTeam.add(members.subList(0, plan.active()));
        }
        String teamless = account("hp" + two(++people) + "@healthcare-zone.example", "Dr Ola Okafor (GP trainer)", ZonePlugin.PROFESSIONAL);
        em.flush();
        for (int t = 0; t < TEAMS.size(); t++) {
            for (String member : membersByTeam.get(t)) {
                persist(new Professional(z, member, teamIds.get(t)));
            }
        }
        persist(new Professional(z, teamless, null));

        // Schools, a teacher each, and their students: active ones first, then those who only logged in.
        List<SchoolPlan> allSchools = new ArrayList<>(SCHOOLS);
        allSchools.addAll(BOOKED_ONLY);
        List<String> schoolIds = new ArrayList<>();
        List<String> teacherAccounts = new ArrayList<>();
        List<List<String>> studentsBySchool = new ArrayList<>();
        int pupils = 0;
        for (int s = 0; s < allSchools.size(); s++) {
            SchoolPlan plan = allSchools.get(s);
            schoolIds.add(persist(new School(plan.name(), plan.county(), plan.u(), plan.wp())).getId());
            teacherAccounts.add(account("teacher" + two(s + 1) + "@healthcare-zone.example", TEACHER_NAMES[s % TEACHER_NAMES.length],
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

        // Chats: the 18 that took place (team by team, as TEAMS staffs them), 17 booked that did not, 3 never booked.
        List<String> tookPlace = new ArrayList<>();
        List<Integer> tookPlaceTeam = new ArrayList<>();
        int slot = 0;
        for (int t = 0; t < TEAMS.size(); t++) {
            for (int staff : TEAMS.get(t).chatStaff()) {
                tookPlace.add(persist(new Chat(z, teamIds.get(t), slotTime(slot++), 60, tookPlace.size() == 17 ? 2 : 1)).getId());
                tookPlaceTeam.add(t);
            }
        }
        List<String> notHeld = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            notHeld.add(persist(new Chat(z, teamIds.get(i % TEAMS.size()), slotTime(slot++), 60, 1)).getId());
        }
        for (int i = 0; i < 3; i++) {
            persist(new Chat(z, teamIds.get(i % TEAMS.size()), slotTime(slot++), 60, 1));
        }
        em.flush();

        // Bookings. Each school's classes came to the next Chats in order; the last two schools shared the 18th.
        Map<Booking.Status, List<String>> outcomes = new LinkedHashMap<>();
        List<List<String>> chatsOfSchool = new ArrayList<>();
        int next = 0;
        for (int s = 0; s < SCHOOLS.size(); s++) {
            List<String> chats = new ArrayList<>();
            for (int c = 0; c < SCHOOLS.get(s).chats(); c++) {
                String chat = tookPlace.get(Math.min(next++, tookPlace.size() - 1));
                chats.add(chat);
                book(outcomes, Booking.Status.TOOK_PLACE, chat, schoolIds.get(s), teacherIds.get(s), "Year 10 group " + (c + 1));
            }
            chatsOfSchool.add(chats);
        }
        // A place a booked-only school cancelled, rebooked by The West Bridgford School, whose class came.
        book(outcomes, Booking.Status.CANCELLED, tookPlace.get(0), schoolIds.get(12), teacherIds.get(12), "Year 9");
        for (int i = 0; i < notHeld.size(); i++) {
            // The four booked-only schools first (so each booked), then the active schools in turn.
            int s = i < 4 ? 12 + i : i < 11 ? i - 4 : i >= 11 && i < 15 ? 12 + i - 11 : i - 15;
            book(outcomes, i < 11 ? Booking.Status.CANCELLED : Booking.Status.NO_SHOW, notHeld.get(i), schoolIds.get(s), teacherIds.get(s),
                    "Year 11");
        }

        // Students join their school's Chats and write their school's lines.
        List<int[]> placesOfChat = new ArrayList<>();
        Map<String, List<String[]>> linesOfChat = new LinkedHashMap<>();
        for (int s = 0; s < SCHOOLS.size(); s++) {
            SchoolPlan plan = SCHOOLS.get(s);
            List<String> students = studentsBySchool.get(s);
            List<String> chats = chatsOfSchool.get(s);
            for (int i = 0; i < plan.active(); i++) {
                persist(new Participant(chats.get(i % chats.size()), students.get(i), ZonePlugin.STUDENT, schoolIds.get(s), slotTimeOf(0)));
            }
            for (int l = 0; l < plan.lines(); l++) {
                int who = l % plan.active();
                String chat = chats.get(who % chats.size());
                linesOfChat.computeIfAbsent(chat, key -> new ArrayList<>()).add(new String[] {students.get(who), ZonePlugin.STUDENT,
                        schoolIds.get(s), STUDENT_LINES[(l + s) % STUDENT_LINES.length]});
            }
        }
        // Professionals join their team's Chats in turn, and write 2,290 lines between them.
        List<String[]> pairs = new ArrayList<>();
        int[] turn = new int[TEAMS.size()];
        for (int c = 0; c < tookPlace.size(); c++) {
            int t = tookPlaceTeam.get(c);
            List<String> team = activeByTeam.get(t);
            int staff = TEAMS.get(t).chatStaff()[c - firstChatOf(t)];
            for (int i = 0; i < staff; i++) {
                String professional = team.get(turn[t]++ % team.size());
                persist(new Participant(tookPlace.get(c), professional, ZonePlugin.PROFESSIONAL, null, slotTimeOf(0)));
                pairs.add(new String[] {tookPlace.get(c), professional});
            }
        }
        for (int l = 0; l < 2290; l++) {
            String[] pair = pairs.get(l % pairs.size());
            linesOfChat.computeIfAbsent(pair[0], key -> new ArrayList<>()).add(new String[] {pair[1], ZonePlugin.PROFESSIONAL, null,
                    PROFESSIONAL_LINES[l % PROFESSIONAL_LINES.length]});
        }
        String moderator = demoPeople.idOf("moderator@zone.example").orElseGet(() -> account("hz23-moderator",
                "Mo Moderator", Roles.MODERATOR));
        for (int l = 0; l < 4; l++) {
            linesOfChat.computeIfAbsent(tookPlace.get(l), key -> new ArrayList<>()).add(new String[] {moderator, Roles.MODERATOR, null,
                    "Welcome everyone! Remember to keep personal details to yourselves."});
        }
        int key = 0;
        Map<String, Map<String, Integer>> words = new LinkedHashMap<>();
        for (Map.Entry<String, List<String[]>> chat : linesOfChat.entrySet()) {
            Instant at = slotTimeOf(0);
            Map<String, Integer> counts = words.computeIfAbsent(chat.getKey(), k -> new HashMap<>());
            for (String[] line : chat.getValue()) {
                persist(new ChatLine(chat.getKey(), line[0], line[1], line[2], line[3], "demo-" + key++, at, null));
                for (String word : line[3].toLowerCase(Locale.ROOT).split("[^a-z']+")) {
                    if (word.length() > 2 && word.length() <= 40 && !STOP_WORDS.contains(word)) {
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
        int[] askedSoFar = new int[SCHOOLS.size()];
        List<String[]> approvedIds = new ArrayList<>();
        for (int q = 0; q < APPROVED.size(); q++) {
            int s = ASKED_BY[q];
            String asker;
            String role;
            String school;
            if (s < 0) {
                asker = accountOfTeacher(teacherIds.get(q % SCHOOLS.size()));
                role = ZonePlugin.TEACHER;
                school = schoolIds.get(q % SCHOOLS.size());
            } else {
                asker = studentsBySchool.get(s).get(askedSoFar[s]++ % SCHOOLS.get(s).active());
                role = ZonePlugin.STUDENT;
                school = schoolIds.get(s);
            }
            Question question = persist(new Question(z, asker, role, school, APPROVED.get(q).body(), asked.plusSeconds(3600L * q)));
            int category = APPROVED.get(q).category();
            approvedIds.add(new String[] {question.getId(), category < 0 ? null : categoryIds.get(category)});
        }
        em.flush();
        List<String> rejected = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < NOT_APPROVED.size(); i++) {
            int s = 2 + i; // The Becket School onwards: students who were active anyway
            Question question = persist(new Question(z, studentsBySchool.get(s).get(0), ZonePlugin.STUDENT, schoolIds.get(s),
                    NOT_APPROVED.get(i), asked.plusSeconds(86_400L * (i + 2))));
            (i < 3 ? rejected : duplicates).add(question.getId());
        }

        em.flush();
        // 228 answers from 32 professionals: every active team professional but Herefordshire and
        // Worcestershire's two and two of Derbyshire's, and the professional in no team.
        List<String> answerers = new ArrayList<>();
        for (int t = 0; t < TEAMS.size(); t++) {
            List<String> team = activeByTeam.get(t);
            if (TEAMS.get(t).answer()) {
                answerers.addAll(t == 2 ? team.subList(0, team.size() - 2) : team);
            }
        }
        answerers.add(teamless);
        for (int i = 0; i < 228; i++) {
            int q = i % APPROVED.size();
            int round = i / APPROVED.size();
            persist(new Answer(approvedIds.get(q)[0], answerers.get((q + 5 * round) % answerers.size()),
                    "Thank you for asking. " + PROFESSIONAL_LINES[i % PROFESSIONAL_LINES.length] + ".", asked.plusSeconds(7200L * (q + 1) + round)));
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
        long[] votesForTeam = new long[TEAMS.size()];
        int cast = 0;
        for (int s = 0; s < SCHOOLS.size(); s++) {
            for (int i = 0; i < SCHOOLS.get(s).votes(); i++) {
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
                .setParameter("s", Question.Status.REJECTED).setParameter("r", "Please ask the professionals about their work, not about them.")
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
        for (int t = 1; t < TEAMS.size(); t++) {
            winner = votesForTeam[t] > votesForTeam[winner] ? t : winner;
        }
        em.createQuery("UPDATE Zone z SET z.summary = :summary, z.funders = :funders, z.prize = :prize, z.closedAt = :at, z.winners = :w"
                        + " WHERE z.id = :id")
                .setParameter("summary", "Schools across the East Midlands, Herefordshire and Worcestershire met teams of healthcare"
                        + " professionals from five training hubs in live Chats.")
                .setParameter("funders", String.join("\n", FUNDERS)).setParameter("prize", PRIZE).setParameter("at", closedAt)
                .setParameter("w", teamIds.get(winner)).setParameter("id", z).executeUpdate();
        return true;
    }

    private static final String[] PROFESSIONAL_NAMES = {"Karen", "James", "Sian", "Angela", "Runa", "Rachel", "Simran", "Sarah", "Claire",
            "Amir", "Helen", "Tom", "Priya", "Gareth", "Nadia", "Chris", "Funmi", "Liam", "Joanne", "Marek"};

    private static final String[] TEACHER_NAMES = {"Mrs Patel", "Mr Hughes", "Ms Green", "Mr Okoro", "Mrs Walsh", "Ms Begum", "Mr Price",
            "Mrs Novak", "Mr Dean", "Ms Clarke", "Mrs Shah", "Mr Lowe", "Ms Ward", "Mr Kaur", "Mrs Bell", "Mr Reid"};

    /** The approved questions' askers: UTC Derby Pride Park 20, West Nottinghamshire College 7, The West Bridgford School 2, John Blow 1, teachers 2. */
    private static int[] askedBy() {
        int[] by = new int[APPROVED.size()];
        int q = 0;
        // The seed's examples come from across the Zone.
        int[] first = {4, 4, 8, 0, 1, 4, 8, 0};
        for (int s : first) {
            by[q++] = s;
        }
        int utc = 20 - 3;
        int wn = 7 - 2;
        while (utc-- > 0) {
            by[q++] = 4;
        }
        while (wn-- > 0) {
            by[q++] = 8;
        }
        by[q++] = -1;
        by[q] = -1;
        return by;
    }

    private String accountOfTeacher(String teacherId) {
        return em.find(Teacher.class, teacherId).getAccountId();
    }

    private void book(Map<Booking.Status, List<String>> outcomes, Booking.Status status, String chat, String school, String teacher,
                      String className) {
        Booking booking = persist(new Booking(chat, school, teacher, className, OPENS.atTime(LocalTime.of(9, 0)).atZone(UK).toInstant()));
        outcomes.computeIfAbsent(status, key -> new ArrayList<>()).add(booking.getId());
    }

    private int firstChatOf(int team) {
        int first = 0;
        for (int t = 0; t < team; t++) {
            first += TEAMS.get(t).chatStaff().length;
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
