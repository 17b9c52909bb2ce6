package org.wayfinder.mentoring.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.match.Match;
import org.wayfinder.mentoring.match.Matches;
import org.wayfinder.mentoring.profile.Profiles;
import org.wayfinder.mentoring.report.MentoringReport;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.audit.AuditTrail;
import org.wayfinder.platform.spi.safeguarding.Vetting;

/**
 * Mentoring for integrations, under {@code /api/v1/mentoring/}: the matches, mentors' vetting,
 * people's profiles and the report's figures, each behind the same roles as its page (an API
 * token carries the roles it was given).
 */
@Path("mentoring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentoring", description = "Matches, vetting, profiles and the mentoring report")
public class MentoringResource {

    /** A match as integrations see it. */
    public record MatchView(String id, String menteeId, String menteeName, String mentorId, String mentorName, Instant startedAt,
                            Instant endedAt, String endReason, int score, String why) {
    }

    /** A mentor's vetting. */
    public record MentorView(String accountId, String name, String status, LocalDate checkExpiresOn) {
    }

    /** A profile, with term keys. */
    public record ProfileView(String accountId, String role, Set<String> careerAreas, Set<String> supportTypes,
                              Set<String> availability, String borough, String school, int capacity) {
    }

    /** The report's figures, the shares included. */
    public record ReportView(int registeredMentees, int matchedMentees, Integer shareMatched, Long medianDaysToMatch, int activeMatches,
                             int endedMatches, Double messagesPerMatch, int mentorsAnswered, Integer shareOfMentorsWhoRecommend,
                             int menteesAnswered, Integer shareOfMenteesWhoRecommend, List<MentoringReport.Support> supportTypes,
                             List<MentoringReport.Group> bySchool, List<MentoringReport.Group> byBorough, long meetings,
                             int menteesWhoMet) {
    }

    /** The audit trail's action for the report's figures read through the API (a download from the page is a {@code download}). */
    public static final String REPORT_EXPORTED = "mentoring.report.exported";

    @Inject
    AuditTrail audit;

    @Inject
    Matches matches;

    @Inject
    Vetting vetting;

    @Inject
    Profiles profiles;

    @Inject
    MentoringReport report;

    @Inject
    People people;


    @GET
    @Path("matches")
    @Operation(summary = "The matches going on (owners and moderators)")
    public List<MatchView> matches() {
        return matches.active().stream().map(this::view).toList();
    }

    @GET
    @Path("mentors")
    @Operation(summary = "Every mentor with their DBS vetting, those who need attention first (owners and moderators)")
    public List<MentorView> mentors() {
        return vetting.overviewOf(MentoringPlugin.MENTOR, Vetting.today(), Vetting.EXPIRY_WARNING_DAYS).stream()
                .map(row -> new MentorView(row.person().accountId(), row.person().name(), row.status().name(),
                        row.latest() == null ? null : row.latest().expiresOn()))
                .toList();
    }

    @GET
    @Path("profiles/{accountId}")
    @Operation(summary = "Someone's mentee or mentor profile (themselves, owners and moderators)")
    public ProfileView profile(@PathParam("accountId") String accountId, @QueryParam("role") String role) {
        if (!MentoringPlugin.MENTEE.equals(role) && !MentoringPlugin.MENTOR.equals(role)) {
            throw new InvalidInputException("role", "Say which profile: role=mentee or role=mentor.");
        }
        Profiles.Profile profile = profiles.of(accountId, role).orElseThrow(() -> new RecordNotFoundException("Profile"));
        return new ProfileView(profile.accountId(), profile.role(), profile.careerAreas(), profile.supportTypes(), profile.availability(),
                profile.borough(), profile.school(), profile.capacity());
    }

    @GET
    @Path("report")
    @Operation(summary = "The mentoring report's figures (owners); definitions in docs/mentoring-reports.md")
    public ReportView report() {
        MentoringReport.Figures f = report.figures();
        audit.record(REPORT_EXPORTED, null, null, "the report's figures, through the API");
        return new ReportView(f.registeredMentees(), f.matchedMentees(), f.shareMatched(), f.medianDaysToMatch(), f.activeMatches(),
                f.endedMatches(), f.messagesPerMatch(), f.mentorsAnswered(), f.shareOfMentorsWhoRecommend(), f.menteesAnswered(),
                f.shareOfMenteesWhoRecommend(), f.supportTypes(), f.bySchool(), f.byBorough(), f.meetings(), f.menteesWhoMet());
    }

    private MatchView view(Match match) {
        return new MatchView(match.getId(), match.getMenteeId(), name(match.getMenteeId()), match.getMentorId(), name(match.getMentorId()),
                match.getStartedAt(), match.getEndedAt(), match.getEndReason(), match.getScore(), match.getScoreBreakdown());
    }

    private String name(String accountId) {
        return people.find(accountId).map(People.Person::name).orElse(null);
    }
}
