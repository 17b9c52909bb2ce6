package org.wayfinder.zone.question;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.SendKeys;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.audit.AuditTrail;
import org.wayfinder.platform.spi.safeguarding.Cases;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.event.Zones;
import org.wayfinder.zone.school.Schools;
import org.wayfinder.zone.school.Student;
import org.wayfinder.zone.school.Teacher;

/**
 * Follow-up questions, their answers and comments, and the categories moderators tag them with.
 *
 * <p>Nothing a student writes reaches a professional or another student before a moderator has read
 * it: questions and comments wait for a moderator, who approves (perhaps editing, and tagging a
 * category), rejects with a reason the writer sees, or marks a question a duplicate of one already
 * answered, which points the asker to the answers instead of sending it again.
 */
@ApplicationScoped
public class Questions extends Repository<Question> {

    /** How many similar questions are shown at most. */
    static final int SUGGESTIONS = 5;

    /** An answered question like the one being typed, with how alike they are. */
    public record Suggestion(Question question, long answers, double likeness) {
    }

    /** A question waiting for a moderator, with the answered or approved questions it may repeat. */
    public record Waiting(Question question, List<Suggestion> likelyDuplicates) {
    }

    /** The audit trail's actions: a moderator's decision on a question or a comment. */
    public static final String QUESTION_APPROVED = "zone.question.approved";
    public static final String QUESTION_REJECTED = "zone.question.rejected";
    public static final String QUESTION_DUPLICATE = "zone.question.duplicate";
    public static final String COMMENT_APPROVED = "zone.comment.approved";
    public static final String COMMENT_REJECTED = "zone.comment.rejected";

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Zones zones;

    @Inject
    Schools schools;

    @Inject
    People people;

    @Inject
    Cases cases;

    public Questions() {
        super(Question.class);
    }

    @Override
    protected String describe() {
        return "Question";
    }

    // Asking

    /**
     * A student of the Zone, or an approved teacher for their class, asks a question. It waits for a
     * moderator. Refused when the Zone is not open today. A question sent again with the
     * {@link SendKeys key} of one already stored (its answer was lost) answers with that one and
     * stores nothing.
     *
     * @param sendKey the page's (or API client's) key for this send, or null to store the question every time
     */
    @RequiresRole({ZonePlugin.STUDENT, ZonePlugin.TEACHER})
    public Question ask(String zoneId, String sendKey, String text) {
        SignedInUser user = currentUser.require();
        Zone zone = zones.find(zoneId).orElseThrow(() -> new RecordNotFoundException("Zone"));
        String key = SendKeys.optional(sendKey, "question");
        if (key != null) {
            people.lock(user.accountId());
            Optional<Question> before = sentBefore("askerId", user.accountId(), key);
            if (before.isPresent()) {
                if (!before.get().getZoneId().equals(zone.getId())) {
                    throw new InvalidInputException("question", "That key belongs to another question. Reload the page and send it again.");
                }
                return before.get();
            }
        }
        String schoolId;
        String role;
        Optional<Student> student = schools.student(zone.getId(), user.accountId());
        if (student.isPresent()) {
            schoolId = student.get().getSchoolId();
            role = ZonePlugin.STUDENT;
        } else {
            Teacher teacher = schools.myRegistration().filter(Teacher::isApproved)
                    .orElseThrow(() -> new RecordNotFoundException("Zone"));
            schoolId = teacher.getSchoolId();
            role = ZonePlugin.TEACHER;
        }
        if (!zone.isOpenOn(Zones.today())) {
            throw new InvalidInputException("question", zone.getName() + " is not open for questions now.");
        }
        String body = text(text, 10, 500, "question", "Write your question in 10 to 500 characters.");
        return add(new Question(zone.getId(), user.accountId(), role, schoolId, body, Instant.now(), key));
    }

    /** Questions of the Zone already answered that are like this text, most alike first. */
    public List<Suggestion> similarAnswered(String zoneId, String text) {
        Set<String> words = Similarity.words(text);
        if (words.size() < 2) {
            return List.of();
        }
        return rank(words, answered(zoneId), null);
    }

    private List<Suggestion> rank(Set<String> words, List<Object[]> candidates, String except) {
        List<Suggestion> similar = new ArrayList<>();
        for (Object[] row : candidates) {
            Question candidate = (Question) row[0];
            if (candidate.getId().equals(except)) {
                continue;
            }
            double likeness = Similarity.of(words, Similarity.words(candidate.getBody()));
            if (likeness >= Similarity.SIMILAR) {
                similar.add(new Suggestion(candidate, (Long) row[1], likeness));
            }
        }
        similar.sort(Comparator.comparingDouble(Suggestion::likeness).reversed());
        return similar.size() > SUGGESTIONS ? similar.subList(0, SUGGESTIONS) : similar;
    }

    /** Approved questions of the Zone with at least one answer, each with its number of answers. */
    private List<Object[]> answered(String zoneId) {
        return em().createQuery("SELECT q, COUNT(a) FROM Question q, Answer a WHERE a.questionId = q.id AND q.zoneId = :zone"
                        + " AND q.status = :approved GROUP BY q ORDER BY q.askedAt", Object[].class)
                .setParameter("zone", zoneId).setParameter("approved", Question.Status.APPROVED).getResultList();
    }

    /** The signed-in person's questions in the Zone, newest first. */
    public List<Question> mine(String zoneId) {
        return query("SELECT q FROM Question q WHERE q.zoneId = :zone AND q.askerId = :me ORDER BY q.askedAt DESC")
                .setParameter("zone", zoneId).setParameter("me", currentUser.require().accountId()).getResultList();
    }

    // Moderating

    /** What waits for a moderator in the Zones not closed: questions and comments, as the moderators' home counts them. */
    public record Queue(long questions, long comments) {
    }

    /** The moderators' queue over every Zone not closed, counted in two queries however many Zones there are. */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public Queue queue() {
        long waitingQuestions = em().createQuery("SELECT COUNT(q) FROM Question q, Zone z WHERE q.zoneId = z.id AND z.closedAt IS NULL"
                + " AND q.status = :pending", Long.class).setParameter("pending", Question.Status.PENDING).getSingleResult();
        long waitingComments = em().createQuery("SELECT COUNT(c) FROM Comment c, Question q, Zone z WHERE c.questionId = q.id"
                + " AND q.zoneId = z.id AND z.closedAt IS NULL AND c.status = :pending", Long.class)
                .setParameter("pending", Comment.Status.PENDING).getSingleResult();
        return new Queue(waitingQuestions, waitingComments);
    }

    /** Approved questions nobody has answered yet in the Zones not closed where this person is a professional: one query. */
    public long unansweredFor(String accountId) {
        return em().createQuery("SELECT COUNT(q) FROM Question q, Professional p, Zone z WHERE p.accountId = :me AND q.zoneId = p.zoneId"
                        + " AND z.id = q.zoneId AND z.closedAt IS NULL AND q.status = :approved"
                        + " AND NOT EXISTS (SELECT a FROM Answer a WHERE a.questionId = q.id)", Long.class)
                .setParameter("me", accountId).setParameter("approved", Question.Status.APPROVED).getSingleResult();
    }

    /** Questions waiting for a moderator, oldest first, each with its likely duplicates. */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public List<Waiting> waiting(String zoneId) {
        List<Question> pending = query("SELECT q FROM Question q WHERE q.zoneId = :zone AND q.status = :pending ORDER BY q.askedAt")
                .setParameter("zone", zoneId).setParameter("pending", Question.Status.PENDING).getResultList();
        if (pending.isEmpty()) {
            return List.of();
        }
        List<Object[]> candidates = new ArrayList<>(answered(zoneId));
        List<Waiting> rows = new ArrayList<>();
        for (Question question : pending) {
            rows.add(new Waiting(question, rank(Similarity.words(question.getBody()), candidates, question.getId())));
        }
        return rows;
    }

    /** Approves a question, with the moderator's edit (or the asker's words) and a category (or none). */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public Question approve(String questionId, String editedText, String categoryId) {
        Question question = pending(questionId);
        String body = editedText == null || editedText.isBlank() ? question.getBody()
                : text(editedText, 10, 500, "question", "Keep the question between 10 and 500 characters.");
        question.approve(body, category(categoryId), currentUser.require().accountId(), Instant.now());
        audit.record(QUESTION_APPROVED, "question", question.getId(), editedText == null || editedText.isBlank() ? null : "edited");
        return question;
    }

    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public Question reject(String questionId, String reason) {
        Question question = pending(questionId);
        String why = text(reason, 3, 500, "reason", "Say why, in 3 to 500 characters: the asker sees it.");
        question.reject(why, currentUser.require().accountId(), Instant.now());
        audit.record(QUESTION_REJECTED, "question", question.getId(), why);
        return question;
    }

    /** Marks a question a duplicate of an answered question of the same Zone; the asker is pointed there. */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public Question markDuplicate(String questionId, String originalId) {
        Question question = pending(questionId);
        Question original = find(originalId).filter(q -> q.getZoneId().equals(question.getZoneId())
                        && q.getStatus() == Question.Status.APPROVED && !q.getId().equals(question.getId()))
                .orElseThrow(() -> new InvalidInputException("duplicateOf", "Choose an approved question of this Zone."));
        question.markDuplicateOf(original.getId(), currentUser.require().accountId(), Instant.now());
        audit.record(QUESTION_DUPLICATE, "question", question.getId(), "duplicate of " + original.getId());
        return question;
    }

    /** Changes an approved question's category. */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public void categorise(String questionId, String categoryId) {
        get(questionId).categorise(category(categoryId));
    }

    private Question pending(String questionId) {
        Question question = get(questionId);
        if (question.getStatus() != Question.Status.PENDING) {
            throw new InvalidInputException("question", "Another moderator has dealt with this question: it is "
                    + question.getStatus().label().toLowerCase() + ".");
        }
        return question;
    }

    private String category(String categoryId) {
        if (categoryId == null || categoryId.isBlank()) {
            return null;
        }
        return Optional.ofNullable(em().find(Category.class, categoryId)).filter(c -> !c.isRetired()).map(Category::getId)
                .orElseThrow(() -> new InvalidInputException("category", "Choose one of the categories."));
    }

    // Reading

    /** The approved questions of the Zone, newest first: what everyone taking part reads. */
    public List<Question> approved(String zoneId) {
        return query("SELECT q FROM Question q WHERE q.zoneId = :zone AND q.status = :approved ORDER BY q.decidedAt DESC")
                .setParameter("zone", zoneId).setParameter("approved", Question.Status.APPROVED).getResultList();
    }

    /** The answers to each of these questions, oldest first, read in one query: for a page of questions. */
    public Map<String, List<Answer>> answersTo(Collection<String> questionIds) {
        if (questionIds.isEmpty()) {
            return Map.of();
        }
        return em().createQuery("SELECT a FROM Answer a WHERE a.questionId IN :questions ORDER BY a.postedAt", Answer.class)
                .setParameter("questions", questionIds).getResultStream()
                .collect(Collectors.groupingBy(Answer::getQuestionId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The comments on each of these questions the reader may see (as {@link #comments}), read in one query. */
    public Map<String, List<Comment>> commentsOn(Collection<String> questionIds) {
        if (questionIds.isEmpty()) {
            return Map.of();
        }
        String me = currentUser.user().map(SignedInUser::accountId).orElse("");
        return em().createQuery("SELECT c FROM Comment c WHERE c.questionId IN :questions AND (c.status = :approved OR c.authorId = :me)"
                        + " ORDER BY c.postedAt", Comment.class)
                .setParameter("questions", questionIds).setParameter("approved", Comment.Status.APPROVED).setParameter("me", me)
                .getResultStream().collect(Collectors.groupingBy(Comment::getQuestionId, LinkedHashMap::new, Collectors.toList()));
    }

    public List<Answer> answers(String questionId) {
        return em().createQuery("SELECT a FROM Answer a WHERE a.questionId = :question ORDER BY a.postedAt", Answer.class)
                .setParameter("question", questionId).getResultList();
    }

    /** Comments others may read: approved ones, and the reader's own whatever their state. */
    public List<Comment> comments(String questionId) {
        String me = currentUser.user().map(SignedInUser::accountId).orElse("");
        return em().createQuery("SELECT c FROM Comment c WHERE c.questionId = :question AND (c.status = :approved OR c.authorId = :me)"
                        + " ORDER BY c.postedAt", Comment.class)
                .setParameter("question", questionId).setParameter("approved", Comment.Status.APPROVED).setParameter("me", me)
                .getResultList();
    }

    // Answering and commenting

    /** A professional of the Zone answers an approved question; several may answer one. */
    @RequiresRole(ZonePlugin.PROFESSIONAL)
    public Answer answer(String questionId, String text) {
        Question question = approvedQuestion(questionId);
        String me = currentUser.require().accountId();
        if (zones.professional(question.getZoneId(), me).isEmpty()) {
            throw new RecordNotFoundException("Question");
        }
        Answer answer = new Answer(question.getId(), me, text(text, 2, 2000, "answer", "Write your answer in up to 2,000 characters."),
                Instant.now());
        em().persist(answer);
        return answer;
    }

    /** A student or professional of the Zone comments under an approved question; it waits for a moderator. */
    @RequiresRole({ZonePlugin.STUDENT, ZonePlugin.PROFESSIONAL})
    public Comment comment(String questionId, String text) {
        Question question = approvedQuestion(questionId);
        String me = currentUser.require().accountId();
        String role;
        String schoolId = null;
        Optional<Student> student = schools.student(question.getZoneId(), me);
        if (student.isPresent()) {
            role = ZonePlugin.STUDENT;
            schoolId = student.get().getSchoolId();
        } else if (zones.professional(question.getZoneId(), me).isPresent()) {
            role = ZonePlugin.PROFESSIONAL;
        } else {
            throw new RecordNotFoundException("Question");
        }
        if (!zones.get(question.getZoneId()).isOpenOn(Zones.today())) {
            throw new InvalidInputException("comment", "The Zone is closed for comments.");
        }
        Comment comment = new Comment(question.getId(), me, role, schoolId,
                text(text, 2, 1000, "comment", "Write your comment in up to 1,000 characters."), Instant.now());
        em().persist(comment);
        return comment;
    }

    /** Comments waiting for a moderator in the Zone, oldest first. */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public List<Comment> waitingComments(String zoneId) {
        return em().createQuery("SELECT c FROM Comment c, Question q WHERE c.questionId = q.id AND q.zoneId = :zone"
                        + " AND c.status = :pending ORDER BY c.postedAt", Comment.class)
                .setParameter("zone", zoneId).setParameter("pending", Comment.Status.PENDING).getResultList();
    }

    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public void approveComment(String commentId) {
        pendingComment(commentId).decide(Comment.Status.APPROVED, currentUser.require().accountId(), Instant.now(), null);
        audit.record(COMMENT_APPROVED, "comment", commentId, null);
    }

    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public void rejectComment(String commentId, String reason) {
        Comment comment = pendingComment(commentId);
        String why = text(reason, 3, 500, "reason", "Say why, in 3 to 500 characters: the writer sees it.");
        comment.decide(Comment.Status.REJECTED, currentUser.require().accountId(), Instant.now(), why);
        audit.record(COMMENT_REJECTED, "comment", commentId, why);
    }

    /**
     * A moderator's worry about a question: it opens a safeguarding case for the lead with the
     * question as the student wrote it (before any moderator's edit). The question itself is still
     * decided as usual. The case's id.
     */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public String raiseCase(String questionId, String note) {
        Question question = get(questionId);
        String asked = question.getOriginalBody() != null ? question.getOriginalBody() : question.getBody();
        return cases.open(Cases.Kind.QUESTION, question.getAskerId(), "question", question.getId(), asked, List.of(), note);
    }

    /** As {@link #raiseCase}, for a comment, with the question it was written on as its context. */
    @RequiresRole({Roles.MODERATOR, Roles.OWNER})
    public String raiseCaseOnComment(String commentId, String note) {
        Comment comment = Optional.ofNullable(commentId == null ? null : em().find(Comment.class, commentId))
                .orElseThrow(() -> new RecordNotFoundException("Comment"));
        Question question = get(comment.getQuestionId());
        String asker = people.find(question.getAskerId()).map(People.Person::name).orElse("Someone");
        return cases.open(Cases.Kind.COMMENT, comment.getAuthorId(), "comment", comment.getId(), comment.getBody(),
                List.of(asker + " asked: " + question.getBody()), note);
    }

    private Comment pendingComment(String commentId) {
        Comment comment = Optional.ofNullable(commentId == null ? null : em().find(Comment.class, commentId))
                .orElseThrow(() -> new RecordNotFoundException("Comment"));
        if (comment.getStatus() != Comment.Status.PENDING) {
            throw new InvalidInputException("comment", "Another moderator has dealt with this comment.");
        }
        return comment;
    }

    private Question approvedQuestion(String questionId) {
        return find(questionId).filter(q -> q.getStatus() == Question.Status.APPROVED)
                .orElseThrow(() -> new RecordNotFoundException("Question"));
    }

    // Categories

    /** The categories in their order; retired ones only when asked for. */
    public List<Category> categories(boolean withRetired) {
        return em().createQuery("SELECT c FROM Category c" + (withRetired ? "" : " WHERE c.retired = FALSE")
                + " ORDER BY c.position, c.name", Category.class).getResultList();
    }

    public Optional<Category> category(String categoryId, boolean any) {
        return Optional.ofNullable(categoryId == null ? null : em().find(Category.class, categoryId)).filter(c -> any || !c.isRetired());
    }

    @RequiresRole(Roles.OWNER)
    public Category addCategory(String name) {
        String clean = categoryName(name, null);
        Category category = new Category(clean, categories(true).size() + 1);
        em().persist(category);
        return category;
    }

    @RequiresRole(Roles.OWNER)
    public void renameCategory(String categoryId, String name) {
        Category category = category(categoryId, true).orElseThrow(() -> new RecordNotFoundException("Category"));
        category.rename(categoryName(name, category.getId()));
    }

    /** Retires (or brings back) a category: questions keep it, moderators no longer offer it. */
    @RequiresRole(Roles.OWNER)
    public void retireCategory(String categoryId, boolean retired) {
        category(categoryId, true).orElseThrow(() -> new RecordNotFoundException("Category")).retire(retired);
    }

    private String categoryName(String name, String except) {
        String clean = text(name, 2, 60, "categoryName", "Name the category in 2 to 60 characters.");
        if (categories(true).stream().anyMatch(c -> c.getName().equalsIgnoreCase(clean) && !c.getId().equals(except))) {
            throw new InvalidInputException("categoryName", "There is a category called " + clean + " already.");
        }
        return clean;
    }

    private static String text(String text, int min, int max, String field, String message) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() < min || clean.length() > max) {
            throw new InvalidInputException(field, message);
        }
        return clean;
    }
}
