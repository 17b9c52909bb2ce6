package org.wayfinder.mentoring.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wayfinder.mentoring.MentoringPlugin;
import org.wayfinder.mentoring.match.Match;
import org.wayfinder.platform.spi.Mail;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.People.Person;
import org.wayfinder.platform.spi.PluginSettings;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.Tick;
import org.wayfinder.platform.spi.web.SiteAddress;

/**
 * Mentoring's scheduled mail, at every {@link Tick} of a programme with mentoring switched on: a
 * match nobody has written in or logged a meeting for in the programme's quiet days gets a reminder
 * to both people, and again after as many days more while it stays quiet. (Mentors' DBS checks are
 * warned about by the core, with everyone else's who holds a vetted role.)
 * Every instance of a cluster ticks, so each mail is claimed first by moving the match's
 * {@code reminded_at} forward with a conditional UPDATE:
 * only one transaction can win it, and only the winner's mails go (after its commit).
 */
@ApplicationScoped
public class Reminders extends Repository<Match> {

    @Inject
    SiteAddress siteAddress;

    @Inject
    ProgrammePlugins plugins;

    @Inject
    People people;

    @Inject
    TenantContext tenantContext;

    @Inject
    Event<Mail> mail;

    public Reminders() {
        super(Match.class);
    }

    void onTick(@Observes Tick tick) {
        if (plugins.isEnabled(MentoringPlugin.ID)) {
            remindQuietMatches(tick.at());
        }
    }

    /** Reminds the matches that have gone quiet; how many were reminded by this call. */
    public int remindQuietMatches(Instant now) {
        PluginSettings settings = plugins.settings(MentoringPlugin.ID);
        int quietDays = Optional.ofNullable(settings.integer(MentoringPlugin.QUIET_DAYS)).orElse(0);
        if (quietDays <= 0) {
            return 0;
        }
        Instant cutoff = now.minus(Duration.ofDays(quietDays));
        // Quiet: going on, begun before the cutoff, not reminded since, and no message or logged meeting since; one query.
        List<Match> quiet = query("SELECT m FROM Match m WHERE m.endedAt IS NULL AND m.startedAt < :cutoff"
                + " AND (m.remindedAt IS NULL OR m.remindedAt < :cutoff)"
                + " AND NOT EXISTS (SELECT g FROM Message g WHERE g.matchId = m.id AND g.sentAt >= :cutoff)"
                + " AND NOT EXISTS (SELECT l FROM MeetingLog l WHERE l.matchId = m.id AND l.createdAt >= :cutoff)")
                .setParameter("cutoff", cutoff).getResultList();
        String programme = tenantContext.tenant().name();
        int reminded = 0;
        for (Match match : quiet) {
            if (claim(match, now, cutoff)) {
                reminded++;
                String link = siteAddress.programme() + "/mentoring/conversation.xhtml?match=" + match.getId();
                Map<String, String> otherOf = Map.of(match.getMenteeId(), match.getMentorId(), match.getMentorId(), match.getMenteeId());
                otherOf.forEach((who, other) -> people.find(who).ifPresent(person -> mail.fire(new Mail(person.email(),
                        "It has gone quiet: say hello to " + name(other),
                        "Hello " + person.name() + ",\n\nNobody has written or logged a meeting in your mentoring with " + name(other)
                                + " for " + quietDays + " days. A short message keeps things going, or log a meeting if you have"
                                + " met:\n\n" + link + "\n\nIf the mentoring has run its course, you can end the match there too.\n\n"
                                + programme + "\n"))));
            }
        }
        return reminded;
    }

    /** Moves the match's reminder time to now unless another transaction (another instance's tick) already has. */
    private boolean claim(Match match, Instant now, Instant cutoff) {
        return em().createQuery("UPDATE Match m SET m.remindedAt = :now WHERE m.id = :id AND (m.remindedAt IS NULL OR m.remindedAt < :cutoff)")
                .setParameter("now", now).setParameter("id", match.getId()).setParameter("cutoff", cutoff).executeUpdate() == 1;
    }

    private String name(String accountId) {
        return people.find(accountId).map(Person::name).orElse("your match");
    }
}
