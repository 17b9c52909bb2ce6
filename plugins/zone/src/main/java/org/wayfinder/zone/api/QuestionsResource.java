package org.wayfinder.zone.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.zone.event.Zones;
import org.wayfinder.zone.question.Answer;
import org.wayfinder.zone.question.Comment;
import org.wayfinder.zone.question.Question;
import org.wayfinder.zone.question.Questions;

/**
 * A Zone's follow-up questions for integrations, with their answers and comments: students and
 * teachers ask, moderators decide, professionals answer, and everyone taking part reads what was
 * approved. People are named as the Zone's pages name them (a student by first name only). Its
 * addresses begin at {@code zones/} in two ways ({@code {zoneId}/questions},
 * {@code questions/...}), so it shares {@link ZonesResource}'s path.
 */
@Path("zones")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = ZonesResource.TAG)
public class QuestionsResource {

    /** A follow-up question as everyone taking part sees it. */
    public record QuestionView(String id, String body, String status, String categoryId, String askedBy, String duplicateOf,
                               Instant askedAt) {
    }

    /** Text for a question, answer or comment. */
    public record Text(String text) {
    }

    /** A moderator's decision on a question: approve (with optional edit and category), reject (with reason), or duplicate. */
    public record Decision(String decision, String text, String categoryId, String reason, String duplicateOf) {
    }

    /** An answer or a comment. */
    public record PostView(String id, String by, String text, String status, Instant postedAt) {
    }

    @Inject
    Questions questions;

    @Inject
    Zones zones;

    @Inject
    TakingPart takingPart;

    @GET
    @Path("{zoneId}/questions")
    @Operation(summary = "The Zone's approved questions (everyone taking part); moderators add ?waiting via /waiting")
    public List<QuestionView> questions(@PathParam("zoneId") String zoneId) {
        takingPart.zone(zoneId);
        return questions.approved(zoneId).stream().map(this::view).toList();
    }

    @GET
    @Path("{zoneId}/questions/waiting")
    @Operation(summary = "Questions waiting for a moderator (moderators and owners)")
    public List<QuestionView> waiting(@PathParam("zoneId") String zoneId) {
        return questions.waiting(zoneId).stream().map(w -> view(w.question())).toList();
    }

    @POST
    @Path("{zoneId}/questions")
    @Operation(summary = "Ask a follow-up question; it waits for a moderator (the Zone's students, approved teachers)")
    public QuestionView ask(@PathParam("zoneId") String zoneId, Text text) {
        return view(questions.ask(zoneId, null, text == null ? null : text.text()));
    }

    @POST
    @Path("questions/{questionId}/decision")
    @Operation(summary = "Approve (optionally edited, with a category), reject (with a reason) or mark a duplicate (moderators and owners)")
    public QuestionView decide(@PathParam("questionId") String questionId, Decision decision) {
        String kind = decision == null || decision.decision() == null ? "" : decision.decision();
        Question decided = switch (kind) {
            case "approve" -> questions.approve(questionId, decision.text(), decision.categoryId());
            case "reject" -> questions.reject(questionId, decision.reason());
            case "duplicate" -> questions.markDuplicate(questionId, decision.duplicateOf());
            default -> throw new InvalidInputException("decision", "Say approve, reject or duplicate.");
        };
        return view(decided);
    }

    @GET
    @Path("questions/{questionId}/answers")
    @Operation(summary = "The answers to an approved question (everyone taking part)")
    public List<PostView> answers(@PathParam("questionId") String questionId) {
        Question question = approved(questionId);
        return questions.answers(question.getId()).stream().map(this::view).toList();
    }

    @POST
    @Path("questions/{questionId}/answers")
    @Operation(summary = "Answer an approved question (the Zone's professionals)")
    public PostView answer(@PathParam("questionId") String questionId, Text text) {
        return view(questions.answer(questionId, text == null ? null : text.text()));
    }

    @GET
    @Path("questions/{questionId}/comments")
    @Operation(summary = "Approved comments on a question, and your own waiting ones (everyone taking part)")
    public List<PostView> comments(@PathParam("questionId") String questionId) {
        Question question = approved(questionId);
        return questions.comments(question.getId()).stream().map(this::view).toList();
    }

    @POST
    @Path("questions/{questionId}/comments")
    @Operation(summary = "Comment on an approved question; it waits for a moderator (the Zone's students and professionals)")
    public PostView comment(@PathParam("questionId") String questionId, Text text) {
        return view(questions.comment(questionId, text == null ? null : text.text()));
    }

    /** An approved question of a Zone the caller takes part in; 404 otherwise, as for a question that does not exist. */
    private Question approved(String questionId) {
        Question question = questions.find(questionId).filter(q -> q.getStatus() == Question.Status.APPROVED)
                .orElseThrow(() -> new RecordNotFoundException("Question"));
        takingPart.zone(question.getZoneId());
        return question;
    }

    private QuestionView view(Question question) {
        return new QuestionView(question.getId(), question.getBody(), question.getStatus().name(), question.getCategoryId(),
                zones.nameOf(question.getAskerId()), question.getDuplicateOf(), question.getAskedAt());
    }

    /** An answer has no status of its own: it is shown once posted, so it reads as approved, like a comment a moderator let through. */
    private PostView view(Answer answer) {
        return new PostView(answer.getId(), zones.nameOf(answer.getProfessionalId()), answer.getBody(), "APPROVED", answer.getPostedAt());
    }

    private PostView view(Comment comment) {
        return new PostView(comment.getId(), zones.nameOf(comment.getAuthorId()), comment.getBody(), comment.getStatus().name(),
                comment.getPostedAt());
    }
}
