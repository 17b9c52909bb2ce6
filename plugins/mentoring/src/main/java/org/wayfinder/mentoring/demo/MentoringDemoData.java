package org.wayfinder.mentoring.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.match.Match;
import org.wayfinder.mentoring.match.Matches;
import org.wayfinder.mentoring.messaging.Conversations;
import org.wayfinder.mentoring.progress.MatchProgress;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.DemoData;
import org.wayfinder.platform.spi.DemoDataSet.Node;
import org.wayfinder.platform.spi.DemoDataSet;
import org.wayfinder.platform.spi.DemoPeople;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.form.SubmittedAnswers;
import org.wayfinder.platform.spi.safeguarding.Vetting.CheckType;
import org.wayfinder.platform.spi.safeguarding.Vetting;

/**
 * Loads a mentoring demo data set (for instance {@code demo/mentoring/healthcare-horizons.json}):
 * mentors with their profile answers and DBS checks, mentees with theirs, and matches with their
 * messages and meetings. Each record is made by the service a person would use, as that person
 * (answers by their owner, a check by the {@code moderator}, a match by the {@code owner}, a
 * message by its sender), so the demo keeps every rule a real programme keeps: a message with a
 * phone number in it is held for a moderator, a mentor without a check in date cannot be matched.
 *
 * <p>Dates are relative to the day the demo is loaded, so checks are in date on every first start:
 * {@code "dbs": {"type": "ENHANCED_BARRED", "issuedDaysAgo": 120, "expiresInDays": 975}}.
 */
@ApplicationScoped
public class MentoringDemoData implements DemoData {

    @Inject
    DemoPeople people;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    @Inject
    SubmittedAnswers answers;

    @Inject
    Vetting vetting;

    @Inject
    Matches matches;

    @Inject
    Conversations conversations;

    @Inject
    MatchProgress progress;

    @Override
    public String plugin() {
        return MentoringPlugin.ID;
    }

    @Override
    public void load(DemoDataSet data) {
        Node root = data.root();
        LocalDate today = Vetting.today();
        String owner = existing(root.get("owner"));
        String moderator = existing(root.get("moderator"));
        for (Node mentor : root.list("mentors")) {
            String id = person(mentor, MentoringPlugin.MENTOR);
            if (mentor.has("dbs")) {
                Node dbs = mentor.get("dbs");
                CheckType type = checkType(dbs.get("type"));
                LocalDate issued = today.minusDays(dbs.integer("issuedDaysAgo"));
                LocalDate expires = today.plusDays(dbs.integer("expiresInDays"));
                refusedAt(dbs, () -> as(moderator, Roles.MODERATOR, () -> vetting.record(id, type, issued, expires, today)));
            }
        }
        root.list("mentees").forEach(mentee -> person(mentee, MentoringPlugin.MENTEE));
        for (Node pair : root.list("matches")) {
            String mentee = existing(pair.get("mentee"));
            String mentor = existing(pair.get("mentor"));
            Match match = refusedAt(pair, () -> as(owner, Roles.OWNER, () -> matches.make(new Matches.Pair(mentee, mentor, 0,
                    pair.optionalText("why").orElse("Matched by hand")), today, data.siteUrl())));
            for (Node message : pair.list("messages")) {
                String from = sender(message.get("from"), mentee, mentor);
                String role = from.equals(mentee) ? MentoringPlugin.MENTEE : MentoringPlugin.MENTOR;
                refusedAt(message, () -> as(from, role, () -> conversations.send(match.getId(), null, message.text("text"))));
            }
            for (Node meeting : pair.list("meetings")) {
                refusedAt(meeting, () -> as(mentor, MentoringPlugin.MENTOR, () -> progress.logMeeting(match.getId(),
                        today.minusDays(meeting.integer("daysAgo", 0)), meeting.integer("minutes"), meeting.text("topic"))));
            }
        }
    }

    /** A mentor or mentee: their account (made unless the demo has it already) and their answers to the forms named. */
    private String person(Node person, String role) {
        String email = person.text("email");
        String id = people.idOf(email).orElseGet(() -> people.add(email, person.text("name"), role));
        if (person.has("answers")) {
            person.get("answers").members().forEach((formKey, given) -> {
                Map<String, List<String>> byQuestion = new LinkedHashMap<>();
                given.members().forEach((question, value) -> byQuestion.put(question, value.texts()));
                refusedAt(given, () -> as(id, role, () -> {
                    answers.submitAnswers(formKey, byQuestion);
                    return null;
                }));
            });
        }
        return id;
    }

    private String existing(Node email) {
        return people.idOf(email.text()).orElseThrow(() -> email.fail("nobody signs in as " + email.text()
                + "; add them to demo.json or to this file first"));
    }

    private static String sender(Node from, String mentee, String mentor) {
        return switch (from.text()) {
            case MentoringPlugin.MENTEE -> mentee;
            case MentoringPlugin.MENTOR -> mentor;
            default -> throw from.fail("expected \"mentee\" or \"mentor\"");
        };
    }

    private static CheckType checkType(Node type) {
        try {
            return CheckType.valueOf(type.text());
        } catch (IllegalArgumentException e) {
            throw type.fail("expected one of " + List.of(CheckType.values()));
        }
    }

    /** Runs the work as this person holding this role, in the current programme. */
    private <T> T as(String accountId, String role, Supplier<T> work) {
        return currentUser.actingAs(new SignedInUser(accountId, tenantContext.tenantId(), "Demo", Set.of(role, Roles.MEMBER), false),
                work);
    }

    /** A service's refusal, reported at the record of the data set that it refused. */
    private static <T> T refusedAt(Node at, Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidInputException e) {
            throw at.fail("refused: " + e.errors().stream().map(error -> error.field() + ": " + error.message())
                    .collect(Collectors.joining("; ")), e);
        }
    }
}
