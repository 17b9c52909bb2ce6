package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wayfinder.platform.identity.Account;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.plugin.PluginActivations;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantOwned;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.tenant.TenantDirectory;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.booking.Booking;
import org.wayfinder.zone.booking.Chat;
import org.wayfinder.zone.chat.ChatLine;
import org.wayfinder.zone.chat.ChatWord;
import org.wayfinder.zone.chat.Participant;

import org.wayfinder.zone.event.Professional;
import org.wayfinder.zone.event.Team;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.evidence.ZoneEncounters;
import org.wayfinder.zone.question.Answer;
import org.wayfinder.zone.question.Category;
import org.wayfinder.zone.question.Comment;
import org.wayfinder.zone.question.Question;
import org.wayfinder.zone.report.ZoneReport;
import org.wayfinder.zone.report.ZoneReport.CategoryRow;
import org.wayfinder.zone.report.ZoneReport.Figures;
import org.wayfinder.zone.report.ZoneReport.SchoolRow;
import org.wayfinder.zone.report.ZoneReport.TeamRow;
import org.wayfinder.zone.report.ZoneReport.WordCount;
import org.wayfinder.zone.school.School;
import org.wayfinder.zone.school.Student;
import org.wayfinder.zone.school.Teacher;
import org.wayfinder.zone.vote.Vote;

/**
 * The end-of-Zone report: on a small Zone built record by record, every figure equals the figure
 * worked out by hand (the arithmetic is in the comments); on the demo's closed Healthcare Zone,
 * every figure equals the seed report's (docs/zone-report.md lists where the seed contradicts
 * itself). Only owners see it, only their own programme's Zones, in every format.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZoneReportIT {

    private static final String SLUG = "zone-report-lab";
    /** The demo's closed Zone and its winners' description, as {@code demo/zone/healthcare-zone-2023.json} gives them. */
    private static final String HEALTHCARE_ZONE = "The Healthcare Zone";
    private static final String WINNER_DESCRIPTION = "Nottinghamshire Training Hub, an organisation helping to train, support and develop"
            + " the many different roles that you might find in Primary Care";
    private static final String HOST = SLUG + ".localhost";
    private static final String OTHER = "zone-report-other";
    private static final String OWNER = "owner@zone-report-lab.example";
    private static final String MODERATOR = "moderator@zone-report-lab.example";
    private static final String TEACHER = "teacher@zone-report-lab.example";
    private static final String STUDENT = "student@zone-report-lab.example";
    private static final String OTHER_OWNER = "owner@zone-report-other.example";
    /** Accounts that never sign in in this test: a hash no password matches, so nothing is hashed. */
    private static final String NO_PASSWORD = "PBKDF2WithHmacSHA512:210000:AAAA:AAAA";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    TenantDirectory tenants;

    @Inject
    Tenancy tenancy;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    PluginActivations activations;

    @Inject
    ZoneReport report;

    @Inject
    ZoneEncounters zoneEncounters;

    @PersistenceContext(unitName = "wayfinder")
    EntityManager em;

    /** Ids the client-side tests need, found again by name in the container. */
    private static final String LAB_ZONE = "Lab Zone";
    private static final String OTHER_ZONE = "Other Zone";

    @Test
    @Order(1)
    void theDemosClosedZoneGivesTheSeedReportsFigures() {
        TenantRef zone = tenants.bySlug("healthcare-zone").orElseThrow();
        String id = acting().as(zone, Roles.OWNER, () -> report.zones()).stream().filter(choice -> choice.name().equals(HEALTHCARE_ZONE))
                .findFirst().orElseThrow().id();
        Figures f = acting().as(zone, Roles.OWNER, () -> report.figures(id));
        long started = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            acting().as(zone, Roles.OWNER, () -> report.figures(id));
        }
        // A figure for docs/zone-report.md, not an assertion.
        System.out.println("ZoneReport.figures on the demo's closed Zone: " + (System.nanoTime() - started) / 10_000_000 + " ms a report");

        // Key activity figures, as the seed gives them.
        assertThat(f.zone().closed()).isTrue();
        assertThat(f.zone().opensOn()).isEqualTo(LocalDate.of(2023, 3, 6));
        assertThat(f.zone().closesOn()).isEqualTo(LocalDate.of(2023, 7, 21));
        assertThat(f.zone().funders()).hasSize(5).contains("Nottinghamshire Alliance Training Hub", "Health Education Derbyshire Training Hub");
        assertThat(f.zone().prize()).startsWith("£500");
        assertThat(f.studentsLoggedIn()).isEqualTo(270);
        assertThat(f.activeStudents()).isEqualTo(240);
        assertThat(f.shareActive()).as("240 / 270 = 88.9%").isEqualTo(89);
        assertThat(f.schoolsBooked()).isEqualTo(16);
        assertThat(f.schoolsActive()).isEqualTo(12);
        assertThat(f.teams()).isEqualTo(5);
        assertThat(f.professionals()).isEqualTo(61);
        assertThat(f.activeProfessionals()).isEqualTo(36);
        assertThat(f.chatsBooked()).isEqualTo(35);
        assertThat(f.chatsTookPlace()).isEqualTo(18);
        assertThat(f.cancelled()).isEqualTo(12);
        assertThat(f.noShows()).isEqualTo(6);
        assertThat(f.lines()).isEqualTo(4706);
        assertThat(f.linesPerChat()).as("4706 / 18 = 261.4").isEqualTo(261);
        assertThat(f.questionsAsked()).isEqualTo(37);
        assertThat(f.questionsApproved()).isEqualTo(32);
        assertThat(f.answers()).isEqualTo(228);
        assertThat(f.professionalComments()).isEqualTo(8);
        assertThat(f.studentComments()).isEqualTo(1);
        assertThat(f.votes()).isEqualTo(142);
        // Who took part: the seed prints 63% for 153 / 240 = 63.75%; half up it is 64%.
        assertThat(f.activeFromPriority()).isEqualTo(153);
        assertThat(f.shareFromPriority()).isEqualTo(64);
        assertThat(f.shareFromUnderServed()).as("117 / 240 = 48.75%").isEqualTo(49);
        assertThat(f.shareFromWidening()).as("92 / 240 = 38.3%").isEqualTo(38);

        // The seed's school table, row by row (two ties, 29 and 8 active users, are in name order).
        assertThat(f.schools()).extracting(SchoolRow::label, SchoolRow::activeUsers, SchoolRow::chatsAttended, SchoolRow::lines,
                SchoolRow::linesPerUser, SchoolRow::questionsApproved, SchoolRow::votes).containsExactly(
                Assertions.tuple("The West Bridgford School, Nottinghamshire", 58L, 3L, 583L, 10L, 2L, 28L),
                Assertions.tuple("John Blow Primary School, Nottinghamshire (U)", 30L, 1L, 485L, 16L, 1L, 16L),
                Assertions.tuple("The Becket School, Nottinghamshire", 29L, 3L, 111L, 4L, 0L, 27L),
                Assertions.tuple("The Bolsover School, Derbyshire (WP/U)", 29L, 1L, 379L, 13L, 0L, 28L),
                Assertions.tuple("UTC Derby Pride Park, Derbyshire (WP)", 27L, 2L, 132L, 5L, 20L, 3L),
                Assertions.tuple("Skegness Grammar School, Lincolnshire (U)", 19L, 2L, 276L, 15L, 0L, 19L),
                Assertions.tuple("Billingham Church of England Primary School, Lincolnshire (WP/U)", 16L, 1L, 230L, 14L, 0L, 6L),
                Assertions.tuple("Loughborough College, Leicestershire (WP)", 9L, 1L, 48L, 5L, 0L, 2L),
                Assertions.tuple("Kesteven and Sleaford High School Selective Academy, Lincolnshire (U)", 8L, 2L, 114L, 14L, 0L, 4L),
                Assertions.tuple("West Nottinghamshire College, Nottinghamshire (WP/U)", 8L, 1L, 16L, 2L, 7L, 3L),
                Assertions.tuple("All Saints Catholic Voluntary Academy, Nottinghamshire (U)", 4L, 1L, 23L, 6L, 0L, 4L),
                Assertions.tuple("Tupton Hall School, Derbyshire (WP/U)", 3L, 1L, 15L, 5L, 0L, 2L));

        // The seed's team table (active professionals); the rest is the demo's own, summing to the seed's totals.
        assertThat(f.byTeam()).extracting(TeamRow::name, TeamRow::activeProfessionals, TeamRow::chatsTookPlace, TeamRow::lines,
                TeamRow::answers, TeamRow::votes).containsExactly(
                Assertions.tuple("Nottinghamshire", 8L, 4L, 520L, 60L, 58L),
                Assertions.tuple("Lincolnshire", 8L, 4L, 520L, 56L, 28L),
                Assertions.tuple("Derbyshire", 10L, 5L, 800L, 56L, 28L),
                Assertions.tuple("Leicester, Leicestershire, and Rutland", 7L, 4L, 400L, 49L, 14L),
                Assertions.tuple("Herefordshire and Worcestershire", 2L, 1L, 50L, 0L, 14L),
                Assertions.tuple(ZoneReport.NONE, 1L, 0L, 0L, 7L, 0L));
        assertThat(f.professionalLines()).isEqualTo(2290);
        assertThat(f.professionalsPerChat()).as("90 places / 18 Chats").isEqualTo(5);
        assertThat(f.chatsPerJoiningProfessional()).as("90 / 35 = 2.6").isEqualTo(3);
        assertThat(f.linesPerJoiningProfessional()).as("2290 / 35 = 65.4 (the seed's 62 would need 37 who joined)").isEqualTo(65);
        assertThat(f.answersPerAnsweringProfessional()).as("228 / 32 = 7.1").isEqualTo(7);
        assertThat(f.commentsPerAnsweringProfessional()).as("8 / 32, fewer than 1").isEqualByComparingTo("0.3");

        assertThat(f.winners()).extracting(ZoneReport.Leader::name).containsExactly("Nottinghamshire");
        assertThat(f.winners().get(0).description()).isEqualTo(WINNER_DESCRIPTION);
        assertThat(f.winnersFinal()).isTrue();
        assertThat(f.categories()).extracting(CategoryRow::name, CategoryRow::questions).containsExactly(
                Assertions.tuple("Careers and routes in", 7L), Assertions.tuple("Roles and daily work", 6L),
                Assertions.tuple("Health and science", 6L), Assertions.tuple("The NHS", 5L), Assertions.tuple("Life and work", 6L),
                Assertions.tuple(ZoneReport.NONE, 2L));
        assertThat(f.categories().get(0).examples()).containsExactly("Do you think an apprenticeship or university route is better?",
                "Was it hard to decide what role you wanted to go into in healthcare?", "What path would you recommend to become a pathologist?");
        assertThat(f.categories().stream().flatMap(row -> row.examples().stream())).contains("What ambulance vehicles do you drive?",
                "What is bone marrow?", "How can we solve appointment scheduling in the health sector?", "What do you like about the nhs?",
                "What struggles do you go through as a single parent and does it get in the way of your job?");
        assertThat(f.words()).hasSize(ZoneReport.WORDS);
        assertThat(f.words()).extracting(WordCount::uses).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    @Order(2)
    void aSmallZoneGivesTheFiguresWorkedOutByHand() {
        TenantRef lab = tenants.bySlug(SLUG).orElseGet(() -> tenants.create(SLUG, "Zone Report Lab"));
        acting().person(lab, OWNER, "Owen Owner", Roles.OWNER);
        acting().person(lab, MODERATOR, "Mina Moderator", Roles.MODERATOR);
        String teacher = acting().person(lab, TEACHER, "Tariq Teacher", ZonePlugin.TEACHER);
        String a1 = acting().person(lab, STUDENT, "Ada", ZonePlugin.STUDENT);
        acting().as(lab, Roles.OWNER, () -> {
            activations.enable(ZonePlugin.ID);
            return null;
        });
        String moderator = acting().idOf(lab, MODERATOR);
        String a2 = account(lab, "a2");
        String a3 = account(lab, "a3");
        String a4 = account(lab, "a4");
        String b1 = account(lab, "b1");
        String b2 = account(lab, "b2");
        String b3 = account(lab, "b3");
        String p1 = account(lab, "p1");
        String p2 = account(lab, "p2");
        String p3 = account(lab, "p3");
        String p4 = account(lab, "p4");
        String p5 = account(lab, "p5");
        Instant t = Instant.parse("2026-03-02T10:00:00Z");
        in(lab, () -> {
            Zone zone = persist(new Zone(LAB_ZONE, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 18)));
            String z = zone.getId();
            em.flush();
            // Alpha is under-served; Beta both; Gamma only booked.
            String alpha = persist(new School("Alpha School", "Kent", true, false)).getId();
            String beta = persist(new School("Beta Academy", "Essex", true, true)).getId();
            String gamma = persist(new School("Gamma College", "Surrey", false, false)).getId();
            String red = persist(new Team(z, "Red", "The red team", 0)).getId();
            String blue = persist(new Team(z, "Blue", "The blue team", 1)).getId();
            em.flush();
            String teacherRow = persist(new Teacher(teacher, alpha)).getId();
            persist(new Professional(z, p1, red));
            persist(new Professional(z, p2, red));
            persist(new Professional(z, p3, blue));
            persist(new Professional(z, p4, null));
            persist(new Professional(z, p5, blue));
            for (String student : List.of(a1, a2, a3, a4)) {
                persist(new Student(z, student, alpha, null));
            }
            for (String student : List.of(b1, b2, b3)) {
                persist(new Student(z, student, beta, null));
            }
            String k1 = persist(new Chat(z, red, t, 60, 1)).getId();
            String k2 = persist(new Chat(z, blue, t.plusSeconds(86_400), 60, 2)).getId();
            String k3 = persist(new Chat(z, red, t.plusSeconds(2 * 86_400), 60, 1)).getId();
            String k4 = persist(new Chat(z, blue, t.plusSeconds(3 * 86_400), 60, 1)).getId();
            persist(new Chat(z, red, t.plusSeconds(4 * 86_400), 60, 1)); // never booked
            em.flush();
            // K1: Gamma cancelled, Alpha rebooked the place and came. K2: two classes, both came.
            // K3: Beta did not come; Alpha's booking is still standing. K4: Gamma cancelled.
            outcome(persist(new Booking(k1, gamma, teacherRow, "9G", t)), Booking.Status.CANCELLED);
            outcome(persist(new Booking(k1, alpha, teacherRow, "10A", t)), Booking.Status.TOOK_PLACE);
            outcome(persist(new Booking(k2, alpha, teacherRow, "11A", t)), Booking.Status.TOOK_PLACE);
            outcome(persist(new Booking(k2, beta, teacherRow, "10B", t)), Booking.Status.TOOK_PLACE);
            outcome(persist(new Booking(k3, beta, teacherRow, "9B", t)), Booking.Status.NO_SHOW);
            persist(new Booking(k3, alpha, teacherRow, "9A", t));
            outcome(persist(new Booking(k4, gamma, teacherRow, "11G", t)), Booking.Status.CANCELLED);
            // Who joined: a1, a2, p1, p2 K1; b1, p3 K2.
            persist(new Participant(k1, a1, ZonePlugin.STUDENT, alpha, t));
            persist(new Participant(k1, a2, ZonePlugin.STUDENT, alpha, t));
            persist(new Participant(k1, p1, ZonePlugin.PROFESSIONAL, null, t));
            persist(new Participant(k1, p2, ZonePlugin.PROFESSIONAL, null, t));
            persist(new Participant(k2, b1, ZonePlugin.STUDENT, beta, t));
            persist(new Participant(k2, p3, ZonePlugin.PROFESSIONAL, null, t));
            int[] key = {0};
            Supplier<String> next = () -> "k" + key[0]++;
            for (int i = 0; i < 3; i++) {
                persist(new ChatLine(k1, a1, ZonePlugin.STUDENT, alpha, "Hello nurse " + i, next.get(), t, null));
            }
            persist(new ChatLine(k1, a1, ZonePlugin.STUDENT, alpha, "snap me", next.get(), t, "a social media handle"));
            ChatLine removed = new ChatLine(k1, a1, ZonePlugin.STUDENT, alpha, "call 07700 900123", next.get(), t, "a phone number");
            removed.moderate(ChatLine.Status.REMOVED, moderator, t);
            persist(removed);
            persist(new ChatLine(k1, a2, ZonePlugin.STUDENT, alpha, "Thanks", next.get(), t, null));
            for (int i = 0; i < 4; i++) {
                persist(new ChatLine(k1, p1, ZonePlugin.PROFESSIONAL, null, "Hospital answer " + i, next.get(), t, null));
            }
            for (int i = 0; i < 2; i++) {
                persist(new ChatLine(k1, p2, ZonePlugin.PROFESSIONAL, null, "Another answer " + i, next.get(), t, null));
            }
            persist(new ChatLine(k1, moderator, Roles.MODERATOR, null, "Welcome", next.get(), t, null));
            for (int i = 0; i < 2; i++) {
                persist(new ChatLine(k2, b1, ZonePlugin.STUDENT, beta, "Biology? " + i, next.get(), t, null));
            }
            for (int i = 0; i < 3; i++) {
                persist(new ChatLine(k2, p3, ZonePlugin.PROFESSIONAL, null, "Yes, biology " + i, next.get(), t, null));
            }
            persist(new ChatWord(k1, "nurse", 3));
            persist(new ChatWord(k1, "hospital", 1));
            persist(new ChatWord(k2, "nurse", 2));
            persist(new ChatWord(k2, "biology", 4));
            String careers = persist(new Category("Careers (lab)", 1)).getId();
            em.flush();
            Question q1 = persist(new Question(z, b1, ZonePlugin.STUDENT, beta, "How do I become a nurse?", t));
            Question q2 = persist(new Question(z, teacher, ZonePlugin.TEACHER, alpha, "What work experience can my class get?", t.plusSeconds(1)));
            Question q3 = persist(new Question(z, a3, ZonePlugin.STUDENT, alpha, "what is your address", t.plusSeconds(2)));
            Question q4 = persist(new Question(z, a1, ZonePlugin.STUDENT, alpha, "How do I become a nurse", t.plusSeconds(3)));
            persist(new Question(z, a2, ZonePlugin.STUDENT, alpha, "Still waiting for a moderator", t.plusSeconds(4)));
            em.flush();
            persist(new Answer(q1.getId(), p1, "Study biology.", t));
            persist(new Answer(q1.getId(), p3, "Try an apprenticeship.", t));
            persist(new Answer(q2.getId(), p4, "Ask your local training hub.", t));
            Comment byB2 = persist(new Comment(q1.getId(), b2, ZonePlugin.STUDENT, beta, "Thank you!", t));
            Comment byP2 = persist(new Comment(q1.getId(), p2, ZonePlugin.PROFESSIONAL, null, "Me too.", t));
            persist(new Comment(q1.getId(), p5, ZonePlugin.PROFESSIONAL, null, "Pending", t));
            Comment byA4 = persist(new Comment(q1.getId(), a4, ZonePlugin.STUDENT, alpha, "rude", t));
            persist(new Vote(z, a2, alpha, red, t));
            persist(new Vote(z, b2, beta, red, t));
            persist(new Vote(z, b1, beta, blue, t));
            em.flush();
            em.createQuery("UPDATE Question q SET q.status = :s, q.categoryId = :c WHERE q.id = :id").setParameter("s", Question.Status.APPROVED)
                    .setParameter("c", careers).setParameter("id", q1.getId()).executeUpdate();
            em.createQuery("UPDATE Question q SET q.status = :s WHERE q.id = :id").setParameter("s", Question.Status.APPROVED)
                    .setParameter("id", q2.getId()).executeUpdate();
            em.createQuery("UPDATE Question q SET q.status = :s WHERE q.id = :id").setParameter("s", Question.Status.REJECTED)
                    .setParameter("id", q3.getId()).executeUpdate();
            em.createQuery("UPDATE Question q SET q.status = :s, q.duplicateOf = :d WHERE q.id = :id").setParameter("s", Question.Status.DUPLICATE)
                    .setParameter("d", q1.getId()).setParameter("id", q4.getId()).executeUpdate();
            em.createQuery("UPDATE Comment m SET m.status = :s WHERE m.id IN :ids").setParameter("s", Comment.Status.APPROVED)
                    .setParameter("ids", List.of(byB2.getId(), byP2.getId())).executeUpdate();
            em.createQuery("UPDATE Comment m SET m.status = :s WHERE m.id = :id").setParameter("s", Comment.Status.REJECTED)
                    .setParameter("id", byA4.getId()).executeUpdate();
            return null;
        });
        // Another programme's Zone, busy, with the same word: none of it may count here.
        TenantRef other = tenants.bySlug(OTHER).orElseGet(() -> tenants.create(OTHER, "Zone Report Other"));
        acting().person(other, OTHER_OWNER, "Oona Owner", Roles.OWNER);
        acting().as(other, Roles.OWNER, () -> {
            activations.enable(ZonePlugin.ID);
            return null;
        });
        String x1 = account(other, "x1");
        in(other, () -> {
            Zone zone = persist(new Zone(OTHER_ZONE, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 18)));
            em.flush();
            String school = persist(new School("Alpha School", "Kent", true, true)).getId();
            String team = persist(new Team(zone.getId(), "Red", null, 0)).getId();
            em.flush();
            persist(new Student(zone.getId(), x1, school, null));
            String chat = persist(new Chat(zone.getId(), team, t, 60, 1)).getId();
            em.flush();
            persist(new Participant(chat, x1, ZonePlugin.STUDENT, school, t));
            persist(new ChatLine(chat, x1, ZonePlugin.STUDENT, school, "nurse nurse", "o1", t, null));
            persist(new ChatWord(chat, "nurse", 50));
            persist(new Vote(zone.getId(), x1, school, team, t));
            return null;
        });

        String id = labZoneId();
        Figures f = acting().as(lab, Roles.OWNER, () -> report.figures(id));
        assertThat(f.studentsLoggedIn()).as("a1-a4, b1-b3").isEqualTo(7);
        // a1 joined K1, a2 joined K1 (and voted), a3 asked (rejected), b1 joined K2, b2 commented (approved);
        // a4's only comment was rejected, b3 did nothing.
        assertThat(f.activeStudents()).isEqualTo(5);
        assertThat(f.shareActive()).as("5 / 7 = 71.4%").isEqualTo(71);
        assertThat(f.schoolsBooked()).as("Alpha, Beta, Gamma").isEqualTo(3);
        assertThat(f.schoolsActive()).as("Alpha, Beta").isEqualTo(2);
        assertThat(f.teams()).isEqualTo(2);
        assertThat(f.professionals()).as("p1-p5").isEqualTo(5);
        // p1 joined and answered, p2 joined and commented, p3 joined and answered, p4 (no team) answered; p5's comment is pending.
        assertThat(f.activeProfessionals()).isEqualTo(4);
        assertThat(f.chatsBooked()).as("K1-K4; K5 never booked").isEqualTo(4);
        assertThat(f.chatsTookPlace()).as("K1, K2").isEqualTo(2);
        assertThat(f.cancelled()).as("Gamma's K1 (rebooked by Alpha) and K4").isEqualTo(2);
        assertThat(f.noShows()).as("Beta's K3").isEqualTo(1);
        // Shown: K1 a1 3 + a2 1 + p1 4 + p2 2 + moderator 1, K2 b1 2 + p3 3 = 16; the held and the removed line do not count.
        assertThat(f.lines()).isEqualTo(16);
        assertThat(f.linesPerChat()).as("16 / 2").isEqualTo(8);
        assertThat(f.questionsAsked()).as("approved 2, rejected, duplicate, pending").isEqualTo(5);
        assertThat(f.questionsApproved()).isEqualTo(2);
        assertThat(f.answers()).isEqualTo(3);
        assertThat(f.professionalComments()).as("p2's; p5's is pending").isEqualTo(1);
        assertThat(f.studentComments()).as("b2's; a4's was rejected").isEqualTo(1);
        assertThat(f.votes()).isEqualTo(3);
        assertThat(f.encounters()).as("places in Chats: a1, a2 in K1, b1 in K2; answers to students: q1 (b1's) twice, q2 was a teacher's;"
                + " students: a1, a2, b1; the other programme's x1 not counted").isEqualTo(new ZoneEncounters.Counted(3, 2, 3));
        assertThat(f.encounters().encounters()).as("as many as the Zone's rows of schools' evidence")
                .isEqualTo(acting().as(lab, Roles.OWNER, () -> zoneEncounters.encounters()).stream()
                        .filter(encounter -> LAB_ZONE.equals(encounter.activity())).count());
        // Active: Alpha (U) a1 a2 a3 = 3, Beta (WP/U) b1 b2 = 2.
        assertThat(f.shareFromPriority()).as("5 / 5").isEqualTo(100);
        assertThat(f.shareFromUnderServed()).as("5 / 5").isEqualTo(100);
        assertThat(f.shareFromWidening()).as("2 / 5").isEqualTo(40);
        assertThat(f.schools()).extracting(SchoolRow::label, SchoolRow::activeUsers, SchoolRow::chatsAttended, SchoolRow::lines,
                SchoolRow::linesPerUser, SchoolRow::questionsApproved, SchoolRow::votes).containsExactly(
                // Alpha: came to K1 and K2; lines a1 3 + a2 1 = 4, 4 / 3 = 1.3; the teacher's approved question is not a student's; a2 voted.
                Assertions.tuple("Alpha School, Kent (U)", 3L, 2L, 4L, 1L, 0L, 1L),
                // Beta: came to K2 (not K3); b1 2 lines, 2 / 2 = 1; b1's question; b1 and b2 voted.
                Assertions.tuple("Beta Academy, Essex (WP/U)", 2L, 1L, 2L, 1L, 1L, 2L));
        assertThat(f.byTeam()).extracting(TeamRow::name, TeamRow::activeProfessionals, TeamRow::chatsTookPlace, TeamRow::lines,
                TeamRow::answers, TeamRow::votes).containsExactly(
                // Red: p1, p2; K1; 4 + 2 lines; p1's answer; a2 and b2.
                Assertions.tuple("Red", 2L, 1L, 6L, 1L, 2L),
                // Blue: p3 (p5 inactive); K2; 3 lines; p3's answer; b1.
                Assertions.tuple("Blue", 1L, 1L, 3L, 1L, 1L),
                // p4: in no team, one answer.
                Assertions.tuple(ZoneReport.NONE, 1L, 0L, 0L, 1L, 0L));
        assertThat(f.professionalLines()).as("4 + 2 + 3").isEqualTo(9);
        assertThat(f.professionalChatPlaces()).as("p1, p2 in K1; p3 in K2").isEqualTo(3);
        assertThat(f.professionalsPerChat()).as("3 / 2 = 1.5, half up").isEqualTo(2);
        assertThat(f.professionalsWhoJoined()).isEqualTo(3);
        assertThat(f.chatsPerJoiningProfessional()).as("3 / 3").isEqualTo(1);
        assertThat(f.linesPerJoiningProfessional()).as("9 / 3").isEqualTo(3);
        assertThat(f.professionalsWhoAnswered()).as("p1, p3, p4").isEqualTo(3);
        assertThat(f.answersPerAnsweringProfessional()).as("3 / 3").isEqualTo(1);
        assertThat(f.commentsPerAnsweringProfessional()).as("1 / 3 = 0.33").isEqualTo(new BigDecimal("0.3"));
        assertThat(f.words()).as("K1 nurse 3 + K2 nurse 2; the other programme's 50 do not count").containsExactly(
                new WordCount("nurse", 5), new WordCount("biology", 4), new WordCount("hospital", 1));
        assertThat(f.categories()).extracting(CategoryRow::name, CategoryRow::questions, CategoryRow::examples).containsExactly(
                Assertions.tuple("Careers (lab)", 1L, List.of("How do I become a nurse?")),
                Assertions.tuple(ZoneReport.NONE, 1L, List.of("What work experience can my class get?")));
        assertThat(f.winnersFinal()).as("the Zone is open").isFalse();
        assertThat(f.winners()).extracting(ZoneReport.Leader::name, ZoneReport.Leader::votes).containsExactly(Assertions.tuple("Red", 2L));
        assertThat(acting().as(lab, Roles.OWNER, () -> report.zones())).extracting(ZoneReport.ZoneChoice::name).containsExactly(LAB_ZONE);
    }

    @Test
    @Order(3)
    void onlyOwnersOfTheProgrammeGetTheReport() {
        TenantRef lab = tenants.bySlug(SLUG).orElseThrow();
        String id = labZoneId();
        for (String role : List.of(Roles.MODERATOR, ZonePlugin.TEACHER, ZonePlugin.STUDENT, ZonePlugin.PROFESSIONAL)) {
            assertThatThrownBy(() -> acting().as(lab, role, () -> report.figures(id))).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting().as(lab, role, () -> report.zones())).as(role).isInstanceOf(AccessDeniedException.class);
        }
        String otherZone = otherZoneId();
        assertThatThrownBy(() -> acting().as(lab, Roles.OWNER, () -> report.figures(otherZone))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @Order(5)
    @RunAsClient
    void theOwnerReadsTheReportAndOthersCannot() {
        Site owner = Flows.signedIn(HOST, OWNER);
        Page page = owner.get("/zone/report.xhtml");
        assertThat(page.status()).as("the only Zone is chosen").isEqualTo(200);
        assertThat(page.html().getElementById("students").text()).isEqualTo("7");
        assertThat(page.html().getElementById("students-active").text()).isEqualTo("71% (5)");
        assertThat(page.html().getElementById("lines").text()).isEqualTo("16");
        assertThat(page.html().select("#schools tbody tr").eachText()).containsExactly("Alpha School, Kent (U) 3 2 4 1 0 1",
                "Beta Academy, Essex (WP/U) 2 1 2 1 1 2");
        assertThat(page.html().select("#teams-table tbody tr").eachText()).as("professionals in no team are not a team")
                .containsExactly("Red 2 1 6 1", "Blue 1 1 3 1");
        assertThat(page.html().getElementById("no-team").text()).startsWith("Active healthcare professionals in no team: 1 (answers: 1, lines of Chat: 0)");
        assertThat(page.html().getElementById("who").text()).contains("100% of active students were from priority schools",
                "40% from widening participation schools");
        assertThat(page.html().getElementById("encounters").text())
                .isEqualTo("Careers encounters for schools' records (Gatsby Benchmark 5): 5, 3 places in Chats and 2 answers to students'"
                        + " questions, for 3 students.");
        assertThat(page.html().select("#words li").eachText()).containsExactly("nurse: 5", "biology: 4", "hospital: 1");
        assertThat(page.html().select("#word-cloud li.zr-word--5").eachText()).containsExactly("nurse");
        assertThat(page.html().getElementById("winner-heading").text()).contains("not final");
        String zoneId = zoneIdOnThePage(page);

        for (String other : List.of(MODERATOR, TEACHER, STUDENT)) {
            assertThat(Flows.signedIn(HOST, other).get("/zone/report.xhtml?zone=" + zoneId).status()).as(other).isEqualTo(403);
        }
        Site.Download replayed = new Page(Flows.signedIn(HOST, MODERATOR), page.status(), page.headers(), page.body()).form("export").download("csv");
        assertThat(replayed.header("Content-Type")).as("the owner's form sent from a moderator's session").doesNotStartWith("text/csv");
        assertThat(owner.get("/zone/report.xhtml?zone=not-a-zone").status()).isEqualTo(404);
    }

    @Test
    @Order(6)
    @RunAsClient
    void anotherProgrammesZoneIsNotFound() {
        Page theirs = Flows.signedIn(OTHER + ".localhost", OTHER_OWNER).get("/zone/report.xhtml");
        String theirZone = zoneIdOnThePage(theirs);
        assertThat(theirZone).isNotBlank();
        assertThat(Flows.signedIn(HOST, OWNER).get("/zone/report.xhtml?zone=" + theirZone).status()).isEqualTo(404);
        assertThat(Flows.signedIn(HOST, OWNER).get("/zone/report.xhtml?zone=" + zoneIdOnThePage(Flows.signedIn(HOST, OWNER)
                .get("/zone/report.xhtml"))).status()).as("its own").isEqualTo(200);
    }

    @Test
    @Order(7)
    @RunAsClient
    void theOwnerDownloadsTheReportInEveryFormat() {
        Site owner = Flows.signedIn(HOST, OWNER);
        Page page = owner.get("/zone/report.xhtml");
        Site.Download csv = page.form("export").download("csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"zone-report.csv\"");
        assertThat(new String(csv.bytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("key figures,Students logged in,7",
                "key figures,Lines of Chat,16", "who took part,Active students from widening participation schools (%),40",
                "school activity,\"Alpha School, Kent (U)\",3,2,4,1,0,1", "teams,Red,2,1,6,1,2", "words,nurse,5", "winner,Red,2");

        Site.Download xlsx = page.form("export").download("xlsx");
        assertThat(xlsx.header("Content-Disposition")).isEqualTo("attachment; filename=\"zone-report.xlsx\"");
        Map<String, List<List<Object>>> sheets = Exports.sheets(xlsx.bytes());
        assertThat(sheets.keySet()).containsExactly("Key activity figures", "Who took part", "School activity", "Professional activity by team",
                "Professionals", "Words used in Chats", "Questions by category", "Leading team (not final)");
        assertThat(sheets.get("Key activity figures")).contains(List.of("Students logged in", 7.0), List.of("Average lines per Chat", 8.0));
        assertThat(sheets.get("School activity")).contains(List.of("Beta Academy, Essex (WP/U)", 2.0, 1.0, 2.0, 1.0, 1.0, 2.0));
        assertThat(sheets.get("Professionals")).contains(List.of("Comments by the average professional who answered", 0.3));

        Site.Download pdf = page.form("export").download("pdf");
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(Exports.pdfLines(pdf.bytes())).as("a cover, the headline figures as large numbers over their labels, the team table")
                .contains("Zone report: Lab Zone", "7 5 71", "Students logged in Students active Students active (%)", "Red 2 1 6 1 2")
                .anySatisfy(line -> assertThat(line).contains(" to ").contains("2026"));

        Site moderator = Flows.signedIn(HOST, MODERATOR);
        Site.Download replayed = new Page(moderator, page.status(), page.headers(), page.body()).form("export").download("pdf");
        assertThat(new String(replayed.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotStartWith("%PDF");
    }

    @Test
    @Order(8)
    @RunAsClient
    void theDemoOwnerSeesTheHealthcareZone() {
        Site owner = Flows.signedIn(Site.ZONE, "owner@zone.example");
        Page list = owner.get("/zone/report.xhtml");
        assertThat(list.status()).isEqualTo(200);
        Page page = list.html().select("#zone-choice option").stream().filter(option -> option.text().startsWith(HEALTHCARE_ZONE + " ("))
                .findFirst().map(option -> owner.get("/zone/report.xhtml?zone=" + option.attr("value"))).orElseGet(() -> list);
        assertThat(page.html().getElementById("students").text()).isEqualTo("270");
        assertThat(page.html().getElementById("students-active").text()).isEqualTo("89% (240)");
        assertThat(page.html().getElementById("lines").text()).isEqualTo("4,706");
        assertThat(page.html().getElementById("professionals-summary").text()).contains("writing 2,290 lines of Chat", "228 answers to 32");
        assertThat(page.html().getElementById("who").text()).contains("49% from under-served schools");
        assertThat(page.html().select("#schools tbody tr").first().text()).isEqualTo("The West Bridgford School, Nottinghamshire 58 3 583 10 2 28");
        assertThat(page.html().getElementById("winner").text()).contains("Nottinghamshire", "£500");
        assertThat(page.html().select("#lines-chart tbody tr").first().text()).isEqualTo("Nottinghamshire 520");
        assertThat(page.html().select("#word-cloud li")).hasSize(ZoneReport.WORDS);
        // The demo's students, teachers and professionals sign in with the demo password, and are not owners.
        for (String person : List.of("hz23-001", "teacher01@healthcare-zone.example", "hp01@healthcare-zone.example")) {
            assertThat(Flows.signedIn(Site.ZONE, person).get("/zone/report.xhtml").status()).as(person).isEqualTo(403);
        }
    }

    @Test
    @Order(9)
    void aSecondZoneWithNothingInIt() {
        TenantRef lab = tenants.bySlug(SLUG).orElseThrow();
        in(lab, () -> persist(new Zone("Empty Zone", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 26))));
        String id = acting().as(lab, Roles.OWNER, () -> report.zones()).get(0).id();
        Figures f = acting().as(lab, Roles.OWNER, () -> report.figures(id));
        assertThat(f.zone().name()).as("newest first").isEqualTo("Empty Zone");
        assertThat(f.nothingYet()).isTrue();
        assertThat(f.shareActive()).isNull();
        assertThat(f.schools()).isEmpty();
        assertThat(f.winners()).isEmpty();
    }

    @Test
    @Order(10)
    @RunAsClient
    void theOwnerChoosesAZoneAndAnEmptyOneSaysSo() {
        Site owner = Flows.signedIn(HOST, OWNER);
        Page choose = owner.get("/zone/report.xhtml");
        assertThat(choose.status()).isEqualTo(200);
        assertThat(choose.html().select("#zone-choice option").eachText()).as("one list to choose from, newest first")
                .satisfiesExactly(first -> assertThat(first).startsWith("Empty Zone ("), second -> assertThat(second).startsWith(LAB_ZONE + " ("));
        assertThat(choose.html().getElementById("choose")).isNotNull();
        assertThat(choose.html().getElementById("export")).as("no report until one is chosen").isNull();
        String href = "report.xhtml?zone=" + choose.html().select("#zone-choice option").first().attr("value");
        Page empty = owner.get("/zone/" + href);
        assertThat(empty.html().getElementById("zone-choice")).as("the chooser is gone once a Zone is chosen").isNull();
        assertThat(empty.html().getElementById("other-zones").attr("href")).isEqualTo("report.xhtml");
        for (String id : List.of("no-activity", "no-schools", "no-words", "no-questions", "no-winner")) {
            assertThat(empty.html().getElementById(id)).as(id).isNotNull();
        }
        assertThat(empty.html().getElementById("students-active").text()).isEqualTo("- (0)");
        Site.Download csv = empty.form("export").download("csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(new String(csv.bytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("key figures,Students logged in,0",
                "key figures,Average lines per Chat,");
    }

    private static String zoneIdOnThePage(Page page) {
        String href = page.html().getElementById("permalink").attr("href");
        return href.substring(href.indexOf("zone=") + 5);
    }

    private String labZoneId() {
        TenantRef lab = tenants.bySlug(SLUG).orElseThrow();
        return acting().as(lab, Roles.OWNER, () -> report.zones()).stream().filter(choice -> choice.name().equals(LAB_ZONE)).findFirst()
                .orElseThrow().id();
    }

    private String otherZoneId() {
        TenantRef other = tenants.bySlug(OTHER).orElseThrow();
        return acting().as(other, Roles.OWNER, () -> report.zones()).get(0).id();
    }

    private void outcome(Booking booking, Booking.Status status) {
        em.flush();
        em.createQuery("UPDATE Booking b SET b.status = :s WHERE b.id = :id").setParameter("s", status).setParameter("id", booking.getId())
                .executeUpdate();
    }

    private <T> T persist(T record) {
        em.persist(record);
        return record;
    }

    /** The work in the programme's tenant, in one transaction. */
    private void in(TenantRef tenant, Supplier<Object> work) {
        tenancy.callAs(tenant, () -> {
            em.setProperty(TenantOwned.TENANT_PROPERTY, tenant.id());
            work.get();
            em.flush();
            return null;
        });
    }

    private String account(TenantRef tenant, String name) {
        return tenancy.callAs(tenant, () -> {
            Account account = accounts.addConfirmed(name + "@" + tenant.slug() + ".example", name, NO_PASSWORD);
            return account.getId();
        });
    }

    private Acting acting() {
        return new Acting(currentUser, tenancy, accounts);
    }
}
