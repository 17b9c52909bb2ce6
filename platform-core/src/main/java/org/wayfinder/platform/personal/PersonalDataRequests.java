package org.wayfinder.platform.personal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.transaction.Transactional;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wayfinder.platform.audit.AuditEntries;
import org.wayfinder.platform.identity.Account;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.personal.PersonalData;

/**
 * People's rights over their data in a programme: a person takes a copy of everything held about
 * them, from the core and every plugin ({@link PersonalData}); an owner handling a request takes the
 * same copy for them, or erases them. Erasing anonymises (see {@link PersonalData}); it is refused
 * while any part says something stands in the way, and it is in the audit trail like each copy.
 */
@ApplicationScoped
@Transactional
public class PersonalDataRequests {

    /** The audit trail's action for a copy of someone's data taken, by them or by an owner for them. */
    public static final String COPY_TAKEN = "personal-data.copied";

    /** The audit trail's action for a person erased at their request. */
    public static final String ERASED = "person.erased";

    /** Everything held about one person, when it was gathered, part by part (the core's first). */
    public record Copy(String programme, String accountId, Instant madeAt, List<Part> parts) {

        /** How many records the copy holds in all. */
        public int records() {
            return parts.stream().flatMap(part -> part.tables().stream()).mapToInt(table -> table.rows().size()).sum();
        }
    }

    /** What one part of the platform holds. */
    public record Part(String source, List<PersonalData.Table> tables) {
    }

    @Inject
    @Any
    Instance<PersonalData> parts;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    @Inject
    AuditEntries audit;

    /** The signed-in person's own copy, to look at (not for API tokens: a token is not a person). */
    public Copy mine() {
        return copyOf(person().accountId());
    }

    /** The signed-in person's own copy, to download: in the audit trail, as every download is. */
    public Copy mineToKeep() {
        String me = person().accountId();
        audit.record(COPY_TAKEN, "account", me, "downloaded by the person");
        return copyOf(me);
    }

    private SignedInUser person() {
        SignedInUser me = currentUser.require();
        if (me.apiToken()) {
            throw new AccessDeniedException("A copy of someone's data is for the person, signed in.");
        }
        return me;
    }

    /** A person's copy, taken by an owner handling their request; 404 for an account of another programme. */
    @RequiresRole(Roles.OWNER)
    public Copy of(String accountId) {
        accounts.get(accountId);
        audit.record(COPY_TAKEN, "account", accountId, "by an owner for a request");
        return copyOf(accountId);
    }

    /** The person with this email address (or a student's username) in this programme, for an owner handling a request. */
    @RequiresRole(Roles.OWNER)
    public Optional<Account> find(String emailOrUsername) {
        return emailOrUsername == null || emailOrUsername.isBlank() ? Optional.empty() : accounts.byEmail(emailOrUsername);
    }

    /** How many records of one kind are held about a person. */
    public record Held(String source, String name, int records) {
    }

    /** What is held about a person, counted by kind without showing it: for an owner deciding on a request. */
    @RequiresRole(Roles.OWNER)
    public List<Held> summary(String accountId) {
        accounts.get(accountId);
        return copyOf(accountId).parts().stream().flatMap(part -> part.tables().stream()
                .map(table -> new Held(part.source(), table.name(), table.rows().size()))).toList();
    }

    /** Why the person cannot be erased now; none when they can. */
    @RequiresRole(Roles.OWNER)
    public List<String> blockers(String accountId) {
        Account account = accounts.get(accountId);
        List<String> reasons = new ArrayList<>();
        if (account.isErased()) {
            reasons.add("This person was erased already.");
            return reasons;
        }
        if (accountId.equals(currentUser.require().accountId())) {
            reasons.add("You cannot erase your own account here: another owner can.");
        } else if (accounts.rolesOf(accountId).contains(Roles.OWNER)) {
            reasons.add("This person is one of the programme's owners: ask the platform's operators to take that role away first.");
        }
        for (PersonalData part : ordered()) {
            reasons.addAll(part.erasureBlockers(accountId));
        }
        return reasons;
    }

    /**
     * Erases the person at their request: every part anonymises its records, the plugins' first and
     * the account last, in one transaction. Refused, with the reasons, while anything stands in the way.
     */
    @RequiresRole(Roles.OWNER)
    public void erase(String accountId) {
        accounts.lock(accountId);
        List<String> reasons = blockers(accountId);
        if (!reasons.isEmpty()) {
            throw new InvalidInputException("erase", String.join(" ", reasons));
        }
        List<PersonalData> ordered = new ArrayList<>(ordered());
        java.util.Collections.reverse(ordered);
        for (PersonalData part : ordered) {
            part.erase(accountId);
        }
        audit.record(ERASED, "account", accountId, "at the person's request");
    }

    /**
     * What stands in the way of erasing a person for the programme's retention: what every part says
     * (see {@link PersonalData#erasureBlockers}). For the platform's scheduled retention, which decides
     * itself which accounts it may touch (never owners or operators); pages use {@link #blockers}.
     */
    public List<String> retentionBlockers(String accountId) {
        List<String> reasons = new ArrayList<>();
        for (PersonalData part : ordered()) {
            reasons.addAll(part.erasureBlockers(accountId));
        }
        return reasons;
    }

    /**
     * Erases a person as the platform, for the programme's retention, the same way as {@link #erase}:
     * the account is locked first and nothing is done while anything stands in the way. For the
     * scheduled retention only, which runs with nobody signed in; pages use {@link #erase}.
     *
     * @return whether the person was erased
     */
    public boolean eraseForRetention(String accountId, String why) {
        accounts.lock(accountId);
        if (!retentionBlockers(accountId).isEmpty()) {
            return false;
        }
        List<PersonalData> ordered = new ArrayList<>(ordered());
        java.util.Collections.reverse(ordered);
        for (PersonalData part : ordered) {
            part.erase(accountId);
        }
        audit.recordAs(org.wayfinder.platform.audit.Actor.platform(), ERASED, "account", accountId, why);
        return true;
    }

    private Copy copyOf(String accountId) {
        List<Part> found = new ArrayList<>();
        for (PersonalData part : ordered()) {
            found.add(new Part(part.source(), part.about(accountId)));
        }
        return new Copy(tenantContext.tenant().name(), accountId, Instant.now(), found);
    }

    /** The core's part first, then the plugins' by id. */
    private List<PersonalData> ordered() {
        return parts.stream().sorted(Comparator.comparing((PersonalData part) -> !"core".equals(part.source()))
                .thenComparing(PersonalData::source)).toList();
    }

    /** The copy as JSON: each table's records as objects keyed by its columns' headings. */
    public static String json(Copy copy) {
        JsonArrayBuilder partsJson = Json.createArrayBuilder();
        for (Part part : copy.parts()) {
            JsonArrayBuilder tables = Json.createArrayBuilder();
            for (PersonalData.Table table : part.tables()) {
                JsonArrayBuilder records = Json.createArrayBuilder();
                for (List<String> row : table.rows()) {
                    JsonObjectBuilder record = Json.createObjectBuilder();
                    for (int i = 0; i < row.size(); i++) {
                        record.add(table.columns().get(i), row.get(i));
                    }
                    records.add(record);
                }
                tables.add(Json.createObjectBuilder().add("name", table.name()).add("purpose", table.purpose()).add("records", records));
            }
            partsJson.add(Json.createObjectBuilder().add("source", part.source()).add("tables", tables));
        }
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(Json.createObjectBuilder().add("programme", copy.programme()).add("accountId", copy.accountId())
                    .add("madeAt", PersonalData.time(copy.madeAt())).add("parts", partsJson).build());
        }
        return out.toString();
    }
}
