package org.wayfinder.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
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
import org.wayfinder.platform.spi.CurrentUser;
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
import org.wayfinder.zone.question.Answer;
import org.wayfinder.zone.question.Question;
import org.wayfinder.zone.report.ZoneReport;
import org.wayfinder.zone.school.School;
import org.wayfinder.zone.school.Student;
import org.wayfinder.zone.vote.Vote;

/**
 * The benchmark of docs/zone-report.md, not a test: a Zone of 5,000 students, 100,000 Chat lines,
 * 200 Chats, 100 professionals, 800 questions and 4,000 votes, then the time the report's figures
 * take in the service and the report page takes over HTTP, printed. Its name does not end in IT, so
 * the suite leaves it out; run it with
 * {@code mvn -B -ntp -o verify -pl web-ui -am -DskipUnitTests -Dit.test=ZoneReportBenchmark}, adding
 * {@code -Dit.db.url=...} for MySQL.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZoneReportBenchmark {

    private static final String SLUG = "zone-benchmark";
    private static final String OWNER = "owner@zone-benchmark.example";
    private static final int STUDENTS = 5_000;
    private static final int SCHOOLS = 100;
    private static final int CHATS = 200;
    private static final int LINES = 100_000;
    private static final int PROFESSIONALS = 100;
    private static final String[] WORDS = ("nurse paramedic doctor pharmacy apprenticeship university shift ambulance patient ward "
            + "hospital practice biology chemistry degree training placement team care health").split(" ");

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
    ZoneReport report;

    @Inject
    org.wayfinder.platform.plugin.PluginActivations activations;

    @PersistenceContext(unitName = "wayfinder")
    EntityManager em;

    @Test
    @Order(1)
    void aBigZone() {
        TenantRef lab = tenants.bySlug(SLUG).orElseGet(() -> tenants.create(SLUG, "Zone Benchmark"));
        new Acting(currentUser, tenancy, accounts).person(lab, OWNER, "Ola Owner", Roles.OWNER);
        new Acting(currentUser, tenancy, accounts).as(lab, Roles.OWNER, () -> {
            activations.enable(ZonePlugin.ID);
            return null;
        });
        Random random = new Random(7);
        String zone = inTenant(lab, () -> persist(new Zone("Big Zone", LocalDate.of(2026, 3, 6), LocalDate.of(2026, 7, 21))).getId());
        List<String> teams = inTenant(lab, () -> {
            List<String> ids = new ArrayList<>();
            for (int t = 0; t < 5; t++) {
                ids.add(persist(new Team(zone, "Team " + t, null, t)).getId());
            }
            return ids;
        });
        List<String> schools = inTenant(lab, () -> {
            List<String> ids = new ArrayList<>();
            for (int s = 0; s < SCHOOLS; s++) {
                ids.add(persist(new School("School " + s, "County " + s % 7, s % 3 == 0, s % 4 == 0)).getId());
            }
            return ids;
        });
        List<String> professionals = accountsOf(lab, "pro", PROFESSIONALS);
        inTenant(lab, () -> {
            for (int p = 0; p < PROFESSIONALS; p++) {
                em.persist(new Professional(zone, professionals.get(p), teams.get(p % teams.size())));
            }
            return null;
        });
        List<String> students = new ArrayList<>();
        for (int batch = 0; batch < STUDENTS / 500; batch++) {
            List<String> made = accountsOf(lab, "student" + batch + "-", 500);
            int offset = batch * 500;
            inTenant(lab, () -> {
                for (int i = 0; i < made.size(); i++) {
                    em.persist(new Student(zone, made.get(i), schools.get((offset + i) % SCHOOLS), null));
                }
                return null;
            });
            students.addAll(made);
        }
        List<String> chats = inTenant(lab, () -> {
            List<String> ids = new ArrayList<>();
            Instant start = Instant.parse("2026-03-10T10:00:00Z");
            for (int c = 0; c < CHATS; c++) {
                Chat chat = persist(new Chat(zone, teams.get(c % teams.size()), start.plusSeconds(3600L * c), 30, 1));
                ids.add(chat.getId());
                persist(new Booking(chat.getId(), schools.get(c % SCHOOLS), "teacher", "Year 10", start));
            }
            em.createQuery("UPDATE Booking b SET b.status = :took").setParameter("took", Booking.Status.TOOK_PLACE).executeUpdate();
            return ids;
        });
        for (int c = 0; c < CHATS; c++) {
            int chat = c;
            inTenant(lab, () -> {
                String chatId = chats.get(chat);
                for (int i = 0; i < STUDENTS / CHATS; i++) {
                    int s = chat * (STUDENTS / CHATS) + i;
                    em.persist(new Participant(chatId, students.get(s), ZonePlugin.STUDENT, schools.get(s % SCHOOLS), Instant.now()));
                }
                for (int p = 0; p < 5; p++) {
                    em.persist(new Participant(chatId, professionals.get((chat * 5 + p) % PROFESSIONALS), ZonePlugin.PROFESSIONAL, null,
                            Instant.now()));
                }
                for (int l = 0; l < LINES / CHATS; l++) {
                    boolean byStudent = l % 2 == 0;
                    int s = chat * (STUDENTS / CHATS) + l % (STUDENTS / CHATS);
                    String author = byStudent ? students.get(s) : professionals.get((chat * 5 + l % 5) % PROFESSIONALS);
                    em.persist(new ChatLine(chatId, author, byStudent ? ZonePlugin.STUDENT : ZonePlugin.PROFESSIONAL,
                            byStudent ? schools.get(s % SCHOOLS) : null, "line " + l, chatId.substring(0, 8) + "-" + l, Instant.now(), null));
                }
                for (String word : WORDS) {
                    em.persist(new ChatWord(chatId, word, 1 + random.nextInt(60)));
                }
                return null;
            });
        }
        inTenant(lab, () -> {
            for (int q = 0; q < 800; q++) {
                Question question = persist(new Question(zone, students.get(q * 6), ZonePlugin.STUDENT, schools.get(q * 6 % SCHOOLS),
                        "Question number " + q + " about " + WORDS[q % WORDS.length] + "?", Instant.now()));
                if (q % 4 != 0) {
                    for (int a = 0; a < 3; a++) {
                        em.persist(new Answer(question.getId(), professionals.get((q + a) % PROFESSIONALS), "An answer", Instant.now()));
                    }
                }
            }
            em.createQuery("UPDATE Question q SET q.status = :approved WHERE q.body LIKE '%1?' OR q.body LIKE '%3?' OR q.body LIKE '%5?'")
                    .setParameter("approved", Question.Status.APPROVED).executeUpdate();
            for (int v = 0; v < 4_000; v++) {
                em.persist(new Vote(zone, students.get(v), schools.get(v % SCHOOLS), teams.get(v % teams.size()), Instant.now()));
            }
            return null;
        });
    }

    @Test
    @Order(2)
    void theFiguresAreRight() {
        TenantRef lab = tenants.bySlug(SLUG).orElseThrow();
        Acting acting = new Acting(currentUser, tenancy, accounts);
        ZoneReport.Figures figures = acting.as(lab, Roles.OWNER, () -> report.figures(report.zones().get(0).id()));
        assertThat(figures.lines()).isEqualTo(LINES);
        assertThat(figures.studentsLoggedIn()).isEqualTo(STUDENTS);
        assertThat(figures.activeStudents()).isEqualTo(STUDENTS);
    }

    @Test
    @Order(3)
    @RunAsClient
    void thePageAndTheApiOverHttp() {
        Site owner = Flows.signedIn(SLUG + ".localhost", OWNER);
        time("report page", () -> {
            Page page = owner.get("/zone/report.xhtml");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.text()).contains("100,000");
        });
        String token = Flows.createToken(owner, "Benchmark", "owner");
        Api api = Api.on(SLUG + ".localhost", token);
        String zone = api.get("/zones").array().getJsonObject(0).getString("id");
        time("report API (JSON)", () -> assertThat(api.get("/zones/" + zone + "/report").status()).isEqualTo(200));
    }

    /** Runs the call 2 times to warm up and 10 times measured, and prints the times. */
    private static void time(String what, Runnable call) {
        call.run();
        call.run();
        long[] times = new long[10];
        for (int run = 0; run < times.length; run++) {
            long started = System.nanoTime();
            call.run();
            times[run] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(times);
        System.out.printf("BENCHMARK %s, 10 runs after 2 warm-up: sorted %s ms; median %d ms, max %d ms%n", what, Arrays.toString(times),
                times[5], times[9]);
    }

    private List<String> accountsOf(TenantRef tenant, String prefix, int count) {
        return inTenant(tenant, () -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Account account = new Account(prefix + i + "@zone-benchmark.example", "Person " + i, "PBKDF2WithHmacSHA512:210000:AAAA:AAAA");
                em.persist(account);
                ids.add(account.getId());
            }
            return ids;
        });
    }

    private <T> T inTenant(TenantRef tenant, java.util.function.Supplier<T> work) {
        return tenancy.callAs(tenant, () -> {
            em.setProperty(TenantOwned.TENANT_PROPERTY, tenant.id());
            T result = work.get();
            em.flush();
            return result;
        });
    }

    private <T> T persist(T record) {
        em.persist(record);
        em.flush();
        return record;
    }
}
