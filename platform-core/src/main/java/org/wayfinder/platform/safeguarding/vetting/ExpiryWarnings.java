package org.wayfinder.platform.safeguarding.vetting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.wayfinder.platform.spi.Mail;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.People.Person;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.Tick;
import org.wayfinder.platform.spi.safeguarding.Vetting;
import org.wayfinder.platform.spi.web.Dates;
import org.wayfinder.platform.spi.web.SiteAddress;

/**
 * At every {@link Tick}, someone holding a vetted role whose latest DBS check expires within
 * {@link Vetting#EXPIRY_WARNING_DAYS} days (or has expired) is told once per check, and the
 * programme's owners and moderators get the list of those newly warned about, with a link to the
 * staff's DBS checks page.
 *
 * <p>Every instance of a cluster ticks, so each warning is claimed first by setting the check's
 * {@code expiry_warned_at} with a conditional UPDATE: only one transaction can win it, and only the
 * winner's mails go (after its commit).
 */
@ApplicationScoped
public class ExpiryWarnings {

    @Inject
    DbsChecks checks;

    @Inject
    People people;

    @Inject
    TenantContext tenantContext;

    @Inject
    SiteAddress siteAddress;

    @Inject
    Event<Mail> mail;

    @Inject
    Dates dates;

    void onTick(@Observes Tick tick) {
        warnOfExpiringChecks(tick.at());
    }

    /** Warns about checks that expire soon, once per check; how many were warned about by this call. */
    public int warnOfExpiringChecks(Instant now) {
        int warningDays = Vetting.EXPIRY_WARNING_DAYS;
        LocalDate today = LocalDate.ofInstant(now, Vetting.UK);
        // At most ticks nothing is expiring: one read, and who holds which role is read only when something is.
        List<DbsCheck> expiring = checks.latestExpiringBy(today.plusDays(warningDays));
        if (expiring.isEmpty()) {
            return 0;
        }
        Map<String, DbsChecks.Holder> holders = checks.vettedPeople();
        List<String> warned = new ArrayList<>();
        String programme = tenantContext.tenant().name();
        for (DbsCheck check : expiring) {
            DbsChecks.Holder holder = holders.get(check.getPersonId());
            if (holder == null || !checks.claimExpiryWarning(check.getId(), now)) {
                continue;
            }
            Person person = holder.person();
            boolean expired = check.getExpiresOn().isBefore(today);
            String when = (expired ? "expired on " : "expires on ") + dates.date(check.getExpiresOn());
            warned.add(person.name() + " (" + String.join(", ", holder.roleLabels()) + "): " + when);
            if (person.hasEmail()) {
                mail.fire(new Mail(person.email(), "Your DBS check " + (expired ? "has expired" : "expires soon"),
                        "Hello " + person.name() + ",\n\nThe DBS check " + programme + " holds for you " + when + ". "
                                + (expired ? "Until a new one is recorded you cannot work with the programme's young people."
                                : "After that you cannot work with the programme's young people until a new one is recorded.")
                                + " Please send the programme team your new certificate.\n\n" + programme + "\n"));
            }
        }
        if (!warned.isEmpty()) {
            Map<String, Person> staff = new HashMap<>();
            Stream.of(Roles.OWNER, Roles.MODERATOR).flatMap(role -> people.withRole(role).stream())
                    .forEach(person -> staff.putIfAbsent(person.accountId(), person));
            String list = String.join("\n", warned.stream().map(line -> "  - " + line).toList());
            staff.values().stream().filter(Person::hasEmail).forEach(person -> mail.fire(new Mail(person.email(),
                    "DBS checks expiring on " + programme,
                    "Hello " + person.name() + ",\n\nThese people's DBS checks expire within " + warningDays + " days, or have expired;"
                            + " each has been asked for a new certificate:\n\n" + list + "\n\nRecord new checks here:\n\n"
                            + siteAddress.programme() + "/staff/vetting.xhtml\n\n" + programme + "\n")));
        }
        return warned.size();
    }
}
