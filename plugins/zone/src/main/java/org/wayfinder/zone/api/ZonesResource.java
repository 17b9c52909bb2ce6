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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.booking.Booking;
import org.wayfinder.zone.booking.Bookings;
import org.wayfinder.zone.event.Team;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.event.Zones;
import org.wayfinder.zone.question.Answer;
import org.wayfinder.zone.question.Comment;
import org.wayfinder.zone.question.Question;
import org.wayfinder.zone.question.Questions;
import org.wayfinder.zone.report.ZoneReport;
import org.wayfinder.zone.school.School;
import org.wayfinder.zone.school.Schools;
import org.wayfinder.zone.vote.Vote;
import org.wayfinder.zone.vote.Votes;

/**
 * The Zone for integrations, under {@code /api/v1/zones/}: Zones with their teams, the school
 * register, Chats and bookings, questions with answers and comments, and votes. Every call goes
 * through the same services as the pages, so the same roles apply (an API token carries the roles it
 * was given; a signed-in browser session its person's). Students are named by first name only.
 */
@Path("zones")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Zones", description = "Zones, teams, schools, Chats and bookings, questions, answers, comments and votes")
public class ZonesResource {

    /** A Zone. */
    public record ZoneView(String id, String name, String summary, LocalDate opensOn, LocalDate closesOn, List<String> funders,
                           String prize, Instant closedAt, List<String> winnerTeamIds, List<TeamView> teams) {
    }

    /** A team. */
    public record TeamView(String id, String name, String description) {
    }

    /** What creating a Zone takes; funders one per line. */
    public record NewZone(String name, String summary, LocalDate opensOn, LocalDate closesOn, String funders, String prize) {
    }

    /** What adding a team takes. */
    public record NewTeam(String name, String description) {
    }

    /** A school of the register with its priority flags. */
    public record SchoolView(String id, String name, String county, boolean underServed, boolean wideningParticipation) {
    }

    /** What adding a school takes. */
    public record NewSchool(String name, String county, boolean underServed, boolean wideningParticipation) {
    }

    /** A Chat slot with its bookings. */
    public record ChatView(String id, String teamId, Instant startsAt, int minutes, int classes, List<BookingView> bookings) {
    }

    /** A class's booking and what came of it. */
    public record BookingView(String id, String chatId, String schoolId, String className, String status, Instant bookedAt) {
    }

    /** What publishing a Chat takes. */
    public record NewChat(String teamId, Instant startsAt, Integer minutes, Integer classes) {
    }

    /** What booking or cancelling takes. */
    public record BookingRequest(String className, String reason) {
    }

    /** An outcome to record: TOOK_PLACE or NO_SHOW. */
    public record Outcome(String outcome) {
    }

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

    /** A vote to cast. */
    public record Ballot(String teamId) {
    }

    /** A team's votes. */
    public record TallyView(String teamId, String teamName, long votes, boolean winner) {
    }

    /** The report's figures, with the derived ones (shares, averages) spelled out; definitions in docs/zone-report.md. */
    public record ReportView(ZoneReport.Figures figures, Long shareActive, long schoolsActive, Long linesPerChat, Long shareFromPriority,
                             Long shareFromUnderServed, Long shareFromWidening, Long professionalsPerChat,
                             Long chatsPerJoiningProfessional, Long linesPerJoiningProfessional, Long answersPerAnsweringProfessional,
                             java.math.BigDecimal commentsPerAnsweringProfessional) {
    }

    @Inject
    ZoneReport report;

    @Inject
    Zones zones;

    @Inject
    Schools schools;

    @Inject
    Bookings bookings;

    @Inject
    Questions questions;

    @Inject
    Votes votes;


    @Inject
    CurrentUser currentUser;

    // Zones

    @GET
    @Operation(summary = "Every Zone with its teams (owners)")
    public List<ZoneView> zones() {
        return zones.forOwner().stream().map(this::view).toList();
    }

    @POST
    @Operation(summary = "Create a Zone (owners)")
    public ZoneView create(NewZone zone) {
        NewZone given = zone == null ? new NewZone(null, null, null, null, null, null) : zone;
        return view(zones.create(new Zones.Details(given.name(), given.summary(), given.opensOn(), given.closesOn(), given.funders(),
                given.prize())));
    }

    @GET
    @Path("{zoneId}")
    @Operation(summary = "One Zone with its teams (owners, moderators, and the Zone's students, teachers and professionals)")
    public ZoneView zone(@PathParam("zoneId") String zoneId) {
        return view(visible(zoneId));
    }

    @POST
    @Path("{zoneId}/teams")
    @Operation(summary = "Add a team to a Zone (owners)")
    public TeamView addTeam(@PathParam("zoneId") String zoneId, NewTeam team) {
        Team added = zones.addTeam(zoneId, team == null ? null : team.name(), team == null ? null : team.description());
        return new TeamView(added.getId(), added.getName(), added.getDescription());
    }

    @POST
    @Path("{zoneId}/close")
    @Operation(summary = "Close a Zone: voting, booking and asking stop, and the winners are fixed (owners)")
    public ZoneView close(@PathParam("zoneId") String zoneId) {
        return view(zones.close(zoneId));
    }

    // Schools

    @GET
    @Path("schools")
    @Operation(summary = "The register of schools with their priority flags (owners and moderators)")
    public List<SchoolView> schools() {
        staff();
        return schools.all().stream().map(ZonesResource::view).toList();
    }

    @POST
    @Path("schools")
    @Operation(summary = "Add a school to the register (owners and moderators)")
    public SchoolView addSchool(NewSchool school) {
        NewSchool given = school == null ? new NewSchool(null, null, false, false) : school;
        return view(schools.addSchool(given.name(), given.county(), given.underServed(), given.wideningParticipation()));
    }

    // Chats and bookings

    @GET
    @Path("{zoneId}/chats")
    @Operation(summary = "The Zone's Chat timetable with every booking (owners and moderators)")
    public List<ChatView> chats(@PathParam("zoneId") String zoneId) {
        staff();
        zones.find(zoneId).orElseThrow(() -> new RecordNotFoundException("Zone"));
        return bookings.slots(zoneId).stream().map(slot -> new ChatView(slot.chat().getId(), slot.chat().getTeamId(),
                slot.chat().getStartsAt(), slot.chat().getMinutes(), slot.chat().getClasses(),
                slot.bookings().stream().map(ZonesResource::view).toList())).toList();
    }

    @POST
    @Path("{zoneId}/chats")
    @Operation(summary = "Publish a Chat slot (owners)")
    public ChatView publish(@PathParam("zoneId") String zoneId, NewChat chat) {
        NewChat given = chat == null ? new NewChat(null, null, null, null) : chat;
        var published = bookings.publish(zoneId, given.teamId(), given.startsAt(), given.minutes() == null ? 30 : given.minutes(),
                given.classes() == null ? 1 : given.classes());
        return new ChatView(published.getId(), published.getTeamId(), published.getStartsAt(), published.getMinutes(),
                published.getClasses(), List.of());
    }

    @POST
    @Path("chats/{chatId}/bookings")
    @Operation(summary = "Book a place in a Chat for one of your classes (approved teachers)")
    public BookingView book(@PathParam("chatId") String chatId, BookingRequest request) {
        return view(bookings.book(chatId, request == null ? null : request.className()));
    }

    @POST
    @Path("bookings/{bookingId}/cancel")
    @Operation(summary = "Cancel a booking before its Chat starts (the school's teachers, owners)")
    public BookingView cancel(@PathParam("bookingId") String bookingId, BookingRequest request) {
        return view(bookings.cancel(bookingId, request == null ? null : request.reason()));
    }

    @POST
    @Path("bookings/{bookingId}/outcome")
    @Operation(summary = "Record what happened at a booked Chat: TOOK_PLACE or NO_SHOW (owners and moderators)")
    public BookingView outcome(@PathParam("bookingId") String bookingId, Outcome outcome) {
        Booking.Status status;
        try {
            status = Booking.Status.valueOf(outcome == null || outcome.outcome() == null ? "" : outcome.outcome());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("outcome", "Say TOOK_PLACE or NO_SHOW.");
        }
        return view(bookings.recordOutcome(bookingId, status));
    }

    // Questions, answers, comments

    @GET
    @Path("{zoneId}/questions")
    @Operation(summary = "The Zone's approved questions (everyone taking part); moderators add ?waiting via /waiting")
    public List<QuestionView> questions(@PathParam("zoneId") String zoneId) {
        visible(zoneId);
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
        Question question = approvedVisible(questionId);
        return questions.answers(question.getId()).stream()
                .map(a -> new PostView(a.getId(), name(a.getProfessionalId()), a.getBody(), "APPROVED", a.getPostedAt())).toList();
    }

    @POST
    @Path("questions/{questionId}/answers")
    @Operation(summary = "Answer an approved question (the Zone's professionals)")
    public PostView answer(@PathParam("questionId") String questionId, Text text) {
        Answer answer = questions.answer(questionId, text == null ? null : text.text());
        return new PostView(answer.getId(), name(answer.getProfessionalId()), answer.getBody(), "APPROVED", answer.getPostedAt());
    }

    @GET
    @Path("questions/{questionId}/comments")
    @Operation(summary = "Approved comments on a question, and your own waiting ones (everyone taking part)")
    public List<PostView> comments(@PathParam("questionId") String questionId) {
        Question question = approvedVisible(questionId);
        return questions.comments(question.getId()).stream().map(this::view).toList();
    }

    @POST
    @Path("questions/{questionId}/comments")
    @Operation(summary = "Comment on an approved question; it waits for a moderator (the Zone's students and professionals)")
    public PostView comment(@PathParam("questionId") String questionId, Text text) {
        return view(questions.comment(questionId, text == null ? null : text.text()));
    }

    // Votes

    @POST
    @Path("{zoneId}/votes")
    @Operation(summary = "Cast your one vote in the Zone (the Zone's students)")
    public TallyView vote(@PathParam("zoneId") String zoneId, Ballot ballot) {
        Vote vote = votes.vote(zoneId, ballot == null ? null : ballot.teamId());
        return new TallyView(vote.getTeamId(), zones.team(vote.getTeamId()).map(Team::getName).orElse(""), 1, false);
    }

    @GET
    @Path("{zoneId}/votes")
    @Operation(summary = "Votes per team: owners and moderators always, others once the Zone has closed unless the programme shows them")
    public List<TallyView> tally(@PathParam("zoneId") String zoneId) {
        Zone zone = visible(zoneId);
        if (!votes.resultsVisible(zone)) {
            throw new AccessDeniedException("The votes are counted when the Zone closes.");
        }
        return zones.tally(zoneId).stream().map(t -> new TallyView(t.team().getId(), t.team().getName(), t.votes(),
                zone.getWinnerIds().contains(t.team().getId()))).toList();
    }

    // The report

    @GET
    @Path("{zoneId}/report")
    @Operation(summary = "The end-of-Zone report's figures, tables, words and winner (owners); definitions in docs/zone-report.md")
    public ReportView report(@PathParam("zoneId") String zoneId) {
        ZoneReport.Figures f = report.figures(zoneId);
        return new ReportView(f, f.shareActive(), f.schoolsActive(), f.linesPerChat(), f.shareFromPriority(), f.shareFromUnderServed(),
                f.shareFromWidening(), f.professionalsPerChat(), f.chatsPerJoiningProfessional(), f.linesPerJoiningProfessional(),
                f.answersPerAnsweringProfessional(), f.commentsPerAnsweringProfessional());
    }

    // Helpers

    /** The Zone, if the caller is staff or takes part in it; 404 otherwise, as for a Zone that does not exist. */
    private Zone visible(String zoneId) {
        Zone zone = zones.find(zoneId).orElseThrow(() -> new RecordNotFoundException("Zone"));
        if (currentUser.hasAnyRole(Roles.OWNER, Roles.MODERATOR)) {
            return zone;
        }
        String me = currentUser.require().accountId();
        boolean takesPart = schools.student(zone.getId(), me).isPresent() || zones.professional(zone.getId(), me).isPresent()
                || (currentUser.hasRole(ZonePlugin.TEACHER) && schools.myRegistration().filter(t -> t.isApproved()).isPresent());
        if (!takesPart) {
            throw new RecordNotFoundException("Zone");
        }
        return zone;
    }

    private Question approvedVisible(String questionId) {
        Question question = questions.find(questionId).filter(q -> q.getStatus() == Question.Status.APPROVED)
                .orElseThrow(() -> new RecordNotFoundException("Question"));
        visible(question.getZoneId());
        return question;
    }

    private void staff() {
        currentUser.require();
        if (!currentUser.hasAnyRole(Roles.OWNER, Roles.MODERATOR)) {
            throw new AccessDeniedException("Owners and moderators only.");
        }
    }

    private String name(String accountId) {
        return zones.nameOf(accountId);
    }

    private ZoneView view(Zone zone) {
        return new ZoneView(zone.getId(), zone.getName(), zone.getSummary(), zone.getOpensOn(), zone.getClosesOn(), zone.getFunders(),
                zone.getPrize(), zone.getClosedAt(), zone.getWinnerIds(),
                zones.teams(zone.getId()).stream().map(t -> new TeamView(t.getId(), t.getName(), t.getDescription())).toList());
    }

    private static SchoolView view(School school) {
        return new SchoolView(school.getId(), school.getName(), school.getCounty(), school.isUnderServed(), school.isWideningParticipation());
    }

    private static BookingView view(Booking booking) {
        return new BookingView(booking.getId(), booking.getChatId(), booking.getSchoolId(), booking.getClassName(),
                booking.getStatus().name(), booking.getBookedAt());
    }

    private QuestionView view(Question question) {
        return new QuestionView(question.getId(), question.getBody(), question.getStatus().name(), question.getCategoryId(),
                name(question.getAskerId()), question.getDuplicateOf(), question.getAskedAt());
    }

    private PostView view(Comment comment) {
        return new PostView(comment.getId(), name(comment.getAuthorId()), comment.getBody(), comment.getStatus().name(),
                comment.getPostedAt());
    }
}
