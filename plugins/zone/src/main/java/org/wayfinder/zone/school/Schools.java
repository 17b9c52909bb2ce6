package org.wayfinder.zone.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Mail;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.web.SiteAddress;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.event.Zones;

/**
 * The register of schools, the teachers who registered theirs, the class codes they make and the
 * students who join with them.
 *
 * <p>Students are minors: joining with a class code asks only for a first name or pseudonym and a
 * password, never an email address. They get a username made up of two words and a number, which
 * they sign in with; their teacher sees it on the class list.
 */
@ApplicationScoped
public class Schools extends Repository<School> {

    @Inject
    SiteAddress siteAddress;

    /** The letters of class codes: no 0/O, 1/I/L, so a code read aloud to a class is typed right. */
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String[] WORDS_A = {"amber", "brave", "bright", "calm", "clever", "cosmic", "eager", "gentle", "golden", "happy",
        "jolly", "kind", "lively", "lucky", "mighty", "quick", "quiet", "silver", "sunny", "swift", "bold", "keen", "merry", "noble"};
    private static final String[] WORDS_B = {"badger", "comet", "dolphin", "falcon", "fox", "heron", "koala", "lynx", "maple", "meteor",
        "otter", "owl", "panda", "puffin", "raven", "robin", "salmon", "tiger", "walrus", "willow", "zebra", "orca", "hare", "wren"};

    /** A teacher with their person and school, for lists. */
    public record TeacherRow(Teacher teacher, People.Person person, School school) {
    }

    /** A student of a class, for their teacher. */
    public record ClassMember(String accountId, String name, String username) {
    }

    @Inject
    People people;

    @Inject
    CurrentUser currentUser;

    @Inject
    Zones zones;

    @Inject
    ProgrammePlugins plugins;


    @Inject
    Event<Mail> mail;

    public Schools() {
        super(School.class);
    }

    @Override
    protected String describe() {
        return "School";
    }

    /** The register, by name. */
    public List<School> all() {
        return query("SELECT s FROM School s ORDER BY s.name, s.county").getResultList();
    }

    @RequiresRole({Roles.OWNER, Roles.MODERATOR})
    public School addSchool(String name, String county, boolean underServed, boolean wideningParticipation) {
        String[] clean = checkSchool(name, county, null);
        return add(new School(clean[0], clean[1], underServed, wideningParticipation));
    }

    @RequiresRole({Roles.OWNER, Roles.MODERATOR})
    public School updateSchool(String schoolId, String name, String county, boolean underServed, boolean wideningParticipation) {
        School school = get(schoolId);
        String[] clean = checkSchool(name, county, schoolId);
        school.update(clean[0], clean[1], underServed, wideningParticipation);
        return school;
    }

    private String[] checkSchool(String name, String county, String except) {
        List<FieldError> errors = new ArrayList<>();
        String cleanName = name == null ? "" : name.strip();
        String cleanCounty = county == null ? "" : county.strip();
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            errors.add(new FieldError("schoolName", "Enter the school's name (up to 200 characters)."));
        }
        if (cleanCounty.isEmpty() || cleanCounty.length() > 80) {
            errors.add(new FieldError("county", "Enter the school's county (up to 80 characters)."));
        }
        if (errors.isEmpty() && all().stream().anyMatch(s -> s.getName().equalsIgnoreCase(cleanName)
                && s.getCounty().equalsIgnoreCase(cleanCounty) && !s.getId().equals(except))) {
            errors.add(new FieldError("schoolName", cleanName + ", " + cleanCounty + " is in the register already: choose it from the list."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new String[] {cleanName, cleanCounty};
    }

    // Teachers

    /** The signed-in person's registration as a teacher, if they made one. */
    public Optional<Teacher> myRegistration() {
        return currentUser.user().flatMap(user -> teacherOf(user.accountId()));
    }

    public Optional<Teacher> teacherOf(String accountId) {
        return em().createQuery("SELECT t FROM Teacher t WHERE t.accountId = :account", Teacher.class)
                .setParameter("account", accountId).getResultStream().findFirst();
    }

    /**
     * The signed-in teacher registers their school: one from the register, or a new one they add
     * (with its priority flags as they know them; a moderator checks them when approving). A teacher
     * who registered before and chooses another school waits for approval again.
     */
    @RequiresRole(ZonePlugin.TEACHER)
    public Teacher registerSchool(String schoolId, String newName, String newCounty, boolean underServed, boolean wideningParticipation) {
        String accountId = currentUser.require().accountId();
        School school;
        boolean adding = (newName != null && !newName.isBlank()) || (newCounty != null && !newCounty.isBlank());
        if (schoolId != null && !schoolId.isBlank() || !adding) {
            school = find(schoolId).orElseThrow(() -> new InvalidInputException("school", "Choose your school from the list."));
        } else {
            String[] clean = checkSchool(newName, newCounty, null);
            school = add(new School(clean[0], clean[1], underServed, wideningParticipation));
        }
        Optional<Teacher> existing = teacherOf(accountId);
        if (existing.isPresent()) {
            if (!existing.get().getSchoolId().equals(school.getId())) {
                existing.get().moveTo(school.getId());
            }
            return existing.get();
        }
        Teacher teacher = new Teacher(accountId, school.getId());
        em().persist(teacher);
        return teacher;
    }

    /** Teachers waiting for approval first, then the rest by name. */
    @RequiresRole({Roles.OWNER, Roles.MODERATOR})
    public List<TeacherRow> teachers() {
        List<TeacherRow> rows = new ArrayList<>();
        List<Teacher> teachers = em().createQuery("SELECT t FROM Teacher t ORDER BY t.createdAt", Teacher.class).getResultList();
        Map<String, School> schoolsById = byIds(teachers.stream().map(Teacher::getSchoolId).toList());
        for (Teacher teacher : teachers) {
            people.find(teacher.getAccountId()).ifPresent(person ->
                    rows.add(new TeacherRow(teacher, person, schoolsById.get(teacher.getSchoolId()))));
        }
        rows.sort((a, b) -> {
            int pending = Boolean.compare(b.teacher().getStatus() == Teacher.Status.PENDING, a.teacher().getStatus() == Teacher.Status.PENDING);
            return pending != 0 ? pending : a.person().name().compareToIgnoreCase(b.person().name());
        });
        return rows;
    }

    @RequiresRole({Roles.OWNER, Roles.MODERATOR})
    public void approveTeacher(String teacherId) {
        Teacher teacher = teacher(teacherId);
        teacher.decide(Teacher.Status.APPROVED, currentUser.require().accountId(), Instant.now(), null);
        School school = get(teacher.getSchoolId());
        tell(teacher, "You can now book Chats for " + school.getName(),
                "A moderator has approved you as a contact for " + school.getFullName() + ".\n\n"
                        + "You can now book Chats for your classes and give each class its code:\n\n"
                        + siteAddress.programme() + "/zone/school.xhtml\n");
    }

    @RequiresRole({Roles.OWNER, Roles.MODERATOR})
    public void rejectTeacher(String teacherId, String reason) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.length() < 3 || clean.length() > 500) {
            throw new InvalidInputException("reason", "Say why, in 3 to 500 characters: the teacher is told.");
        }
        Teacher teacher = teacher(teacherId);
        teacher.decide(Teacher.Status.REJECTED, currentUser.require().accountId(), Instant.now(), clean);
        tell(teacher, "Your school registration was not approved",
                "A moderator could not approve your registration for " + get(teacher.getSchoolId()).getFullName() + ":\n\n"
                        + clean + "\n\nYou can register again with the right school here:\n\n" + siteAddress.programme() + "/zone/school.xhtml\n");
    }

    private Teacher teacher(String teacherId) {
        return Optional.ofNullable(teacherId == null ? null : em().find(Teacher.class, teacherId))
                .orElseThrow(() -> new RecordNotFoundException("Teacher"));
    }

    /** The signed-in teacher's registration, approved; refused otherwise with what to do. */
    public Teacher approvedTeacher() {
        Teacher teacher = myRegistration().orElseThrow(() ->
                new InvalidInputException("school", "Register your school first."));
        if (!teacher.isApproved()) {
            throw new InvalidInputException("school", "A moderator has not approved your school registration yet.");
        }
        return teacher;
    }

    private void tell(Teacher teacher, String subject, String body) {
        people.find(teacher.getAccountId()).filter(People.Person::hasEmail).ifPresent(person ->
                mail.fire(new Mail(person.email(), subject, "Hello " + person.name() + ",\n\n" + body + "\n"
                        + siteAddress.programme().replaceFirst("^https?://", "") + "\n")));
    }

    // Class codes

    /** The signed-in teacher's class codes, newest first. */
    @RequiresRole(ZonePlugin.TEACHER)
    public List<ClassCode> myClassCodes() {
        return em().createQuery("SELECT c FROM ClassCode c WHERE c.teacherId = :teacher ORDER BY c.createdAt DESC", ClassCode.class)
                .setParameter("teacher", currentUser.require().accountId()).getResultList();
    }

    /** A new class code for one of the approved teacher's classes, for a Zone not yet closed. */
    @RequiresRole(ZonePlugin.TEACHER)
    public ClassCode makeClassCode(String zoneId, String className) {
        Teacher teacher = approvedTeacher();
        Zone zone = zones.find(zoneId).filter(z -> !z.isClosed())
                .orElseThrow(() -> new InvalidInputException("zone", "Choose a Zone that has not closed."));
        String name = className == null ? "" : className.strip();
        if (name.isEmpty() || name.length() > 80) {
            throw new InvalidInputException("className", "Name the class (up to 80 characters), for example \"Year 10 Biology\".");
        }
        int days = plugins.settings(ZonePlugin.ID).integer(ZonePlugin.CLASS_CODE_DAYS);
        ClassCode code = new ClassCode(zone.getId(), teacher.getSchoolId(), teacher.getAccountId(), newCode(), name,
                Instant.now().plus(Duration.ofDays(days)));
        em().persist(code);
        return code;
    }

    @RequiresRole(ZonePlugin.TEACHER)
    public void retireClassCode(String codeId) {
        ClassCode code = Optional.ofNullable(codeId == null ? null : em().find(ClassCode.class, codeId))
                .filter(c -> c.getTeacherId().equals(currentUser.require().accountId()))
                .orElseThrow(() -> new RecordNotFoundException("Class code"));
        code.retire();
    }

    /** The students who joined with one of the teacher's codes. */
    @RequiresRole(ZonePlugin.TEACHER)
    public List<ClassMember> classMembers(String codeId) {
        ClassCode code = Optional.ofNullable(codeId == null ? null : em().find(ClassCode.class, codeId))
                .filter(c -> c.getTeacherId().equals(currentUser.require().accountId()))
                .orElseThrow(() -> new RecordNotFoundException("Class code"));
        List<ClassMember> members = new ArrayList<>();
        for (Student student : em().createQuery("SELECT s FROM Student s WHERE s.classCodeId = :code ORDER BY s.createdAt", Student.class)
                .setParameter("code", code.getId()).getResultList()) {
            people.find(student.getAccountId()).ifPresent(person ->
                    members.add(new ClassMember(person.accountId(), person.name(), person.hasEmail() ? "" : person.email())));
        }
        return members;
    }

    /** A code that works now, by what someone typed (case, spaces and the dash do not matter). */
    public Optional<ClassCode> usableCode(String typed) {
        String code = normaliseCode(typed);
        if (code.length() != 8) {
            return Optional.empty();
        }
        return em().createQuery("SELECT c FROM ClassCode c WHERE c.code = :code", ClassCode.class).setParameter("code", code)
                .getResultStream().filter(c -> c.isUsable(Instant.now())).findFirst();
    }

    static String normaliseCode(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** "K7QXM2PD" shown as "K7QX-M2PD". */
    public static String display(String code) {
        return code.length() == 8 ? code.substring(0, 4) + "-" + code.substring(4) : code;
    }

    private String newCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            StringBuilder code = new StringBuilder(8);
            for (int i = 0; i < 8; i++) {
                code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            boolean taken = em().createQuery("SELECT COUNT(c) FROM ClassCode c WHERE c.code = :code", Long.class)
                    .setParameter("code", code.toString()).getSingleResult() > 0;
            if (!taken) {
                return code.toString();
            }
        }
        throw new IllegalStateException("No free class code after 20 tries");
    }

    // Students

    /** What a student who joined with a code is told: the username to sign in with. */
    public record Joined(String accountId, String username, String zoneName, String schoolName) {
    }

    /**
     * A student joins with a class code: a new account with a generated username, their first name
     * or pseudonym and a password, in the code's Zone and school. Nobody needs to be signed in.
     */
    public Joined joinWithCode(String typedCode, String name, String password) {
        ClassCode code = usableCode(typedCode).orElseThrow(() -> new InvalidInputException("code",
                "That class code does not work. Check it with your teacher: codes look like K7QX-M2PD and stop working after a while."));
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 30) {
            throw new InvalidInputException("displayName", "Enter your first name or a nickname (up to 30 characters).");
        }
        if (cleanName.contains("@") || cleanName.strip().split("\\s+").length > 2) {
            throw new InvalidInputException("displayName", "Just your first name or a nickname, please: not your full name or email.");
        }
        String username = null;
        for (int attempt = 0; attempt < 20 && (username == null || people.isTaken(username)); attempt++) {
            username = WORDS_A[RANDOM.nextInt(WORDS_A.length)] + "-" + WORDS_B[RANDOM.nextInt(WORDS_B.length)] + "-"
                    + (10 + RANDOM.nextInt(990));
        }
        String accountId = people.addWithUsername(username, cleanName, password, ZonePlugin.STUDENT);
        em().persist(new Student(code.getZoneId(), accountId, code.getSchoolId(), code.getId()));
        return new Joined(accountId, username, zones.get(code.getZoneId()).getName(), get(code.getSchoolId()).getFullName());
    }

    /** A signed-in student joins another Zone with a new code from their teacher. */
    @RequiresRole(ZonePlugin.STUDENT)
    public Student joinZone(String typedCode) {
        ClassCode code = usableCode(typedCode).orElseThrow(() -> new InvalidInputException("code",
                "That class code does not work. Check it with your teacher."));
        String accountId = currentUser.require().accountId();
        Optional<Student> existing = student(code.getZoneId(), accountId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Student student = new Student(code.getZoneId(), accountId, code.getSchoolId(), code.getId());
        em().persist(student);
        return student;
    }

    /** This person as a student of the Zone, if they are one. */
    public Optional<Student> student(String zoneId, String accountId) {
        return em().createQuery("SELECT s FROM Student s WHERE s.zoneId = :zone AND s.accountId = :account", Student.class)
                .setParameter("zone", zoneId).setParameter("account", accountId).getResultStream().findFirst();
    }

    /** The Zones this person is a student in. */
    public List<Student> placesOf(String accountId) {
        return em().createQuery("SELECT s FROM Student s WHERE s.accountId = :account ORDER BY s.createdAt DESC", Student.class)
                .setParameter("account", accountId).getResultList();
    }
}
