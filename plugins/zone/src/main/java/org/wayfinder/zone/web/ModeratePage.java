package org.wayfinder.zone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.PerRequest;
import org.wayfinder.zone.booking.Booking;
import org.wayfinder.zone.booking.Bookings;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.event.Zones;
import org.wayfinder.zone.question.Category;
import org.wayfinder.zone.question.Comment;
import org.wayfinder.zone.question.Question;
import org.wayfinder.zone.question.Questions;

/**
 * Moderators' desk for one Zone: questions waiting (approve, perhaps edited and with a category;
 * reject with a reason; or mark a duplicate of an answered question, shown beside it), comments
 * waiting, and Chats that have started whose outcome is not recorded yet.
 */
@Named
@ViewScoped
public class ModeratePage implements Serializable {

    @Inject
    Messages messages;

    @Inject
    Questions questions;

    @Inject
    Zones zones;

    @Inject
    Bookings bookings;


    @Inject
    CurrentUser currentUser;

    private String zoneId;
    private final Map<String, String> edits = new HashMap<>();
    private final Map<String, String> categories = new HashMap<>();
    private final Map<String, String> reasons = new HashMap<>();
    private final PerRequest read = new PerRequest();

    /** Runs when the page opens: moderators and owners only. */
    public void load() {
        if (!currentUser.hasAnyRole(Roles.MODERATOR, Roles.OWNER)) {
            throw new org.wayfinder.platform.spi.AccessDeniedException("Moderators only.");
        }
        if (zoneId == null || getZones().stream().noneMatch(z -> z.getId().equals(zoneId))) {
            zoneId = getZones().stream().filter(z -> !z.isClosed()).findFirst().or(() -> getZones().stream().findFirst())
                    .map(Zone::getId).orElse(null);
        }
    }

    public List<Zone> getZones() {
        return read.get("zones", zones::all);
    }

    public List<Questions.Waiting> getWaiting() {
        return zoneId == null ? List.of() : read.get("waiting:" + zoneId, () -> {
            List<Questions.Waiting> waiting = questions.waiting(zoneId);
            waiting.forEach(w -> edits.putIfAbsent(w.question().getId(), w.question().getBody()));
            return waiting;
        });
    }

    public List<Category> getCategoryList() {
        return read.get("categories", () -> questions.categories(false));
    }

    public void approve(String questionId) {
        act(() -> questions.approve(questionId, edits.get(questionId), categories.get(questionId)), "Approved and sent to the professionals.");
    }

    public void reject(String questionId) {
        act(() -> questions.reject(questionId, reasons.get(questionId)), "Rejected; the asker sees your reason.");
    }

    /** Opens a safeguarding case about the question's asker, with the reason typed as the moderator's note. */
    public void raiseCase(String questionId) {
        act(() -> questions.raiseCase(questionId, reasons.get(questionId)),
                "A safeguarding case is open and the safeguarding lead has been emailed. The question still waits for your decision.");
    }

    /** As {@link #raiseCase}, about a comment's writer. */
    public void raiseCaseOnComment(String commentId) {
        act(() -> questions.raiseCaseOnComment(commentId, reasons.get(commentId)),
                "A safeguarding case is open and the safeguarding lead has been emailed. The comment still waits for your decision.");
    }

    public void duplicate(String questionId, String originalId) {
        act(() -> questions.markDuplicate(questionId, originalId), "Marked as a duplicate; the asker is pointed to the answers.");
    }

    public List<Comment> getComments() {
        return zoneId == null ? List.of() : read.get("comments:" + zoneId, () -> questions.waitingComments(zoneId));
    }

    public void approveComment(String commentId) {
        act(() -> questions.approveComment(commentId), "Comment approved.");
    }

    public void rejectComment(String commentId) {
        act(() -> questions.rejectComment(commentId, reasons.get(commentId)), "Comment rejected.");
    }

    /** The question a comment waiting is on: those of every comment waiting are read in one query. */
    public String questionText(String questionId) {
        Map<String, Question> commentedOn = read.get("commentedOn:" + zoneId,
                () -> questions.byIds(getComments().stream().map(Comment::getQuestionId).toList()));
        Question question = commentedOn.get(questionId);
        return question != null ? question.getBody() : questions.find(questionId).map(Question::getBody).orElse("");
    }

    /** Booked Chats that have started and whose outcome nobody has recorded. */
    public List<Bookings.BookingRow> getToRecord() {
        Instant now = Instant.now();
        return zoneId == null ? List.of() : read.get("toRecord:" + zoneId, () -> bookings.bookings(zoneId).stream()
                .filter(row -> row.booking().getStatus() == Booking.Status.BOOKED && !row.chat().getStartsAt().isAfter(now)).toList());
    }

    public void record(String bookingId, String outcome) {
        act(() -> bookings.recordOutcome(bookingId, Booking.Status.valueOf(outcome)), "Recorded.");
    }

    public String name(String accountId) {
        return zones.nameOf(accountId);
    }

    /** The school of a question waiting: those of every question waiting are read in one query. */
    public String schoolName(String schoolId) {
        return schoolId == null ? "" : read.get("schoolNames:" + zoneId, () -> bookings.schoolNames(getWaiting().stream()
                .map(w -> w.question().getSchoolId()).toList())).getOrDefault(schoolId, "");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            read.forget();
            messages.info(done);
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
            read.forget();
        }
    }

    public String getZoneId() {
        return zoneId;
    }

    public void setZoneId(String zoneId) {
        this.zoneId = zoneId;
    }

    public Map<String, String> getEdits() {
        return edits;
    }

    public Map<String, String> getCategories() {
        return categories;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }
}
