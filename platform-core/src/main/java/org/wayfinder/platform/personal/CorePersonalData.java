package org.wayfinder.platform.personal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.wayfinder.platform.form.FormResponses;
import org.wayfinder.platform.identity.Account;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.safeguarding.cases.CaseFile;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.personal.PersonalData;

/**
 * What the platform itself holds about a person: their account, roles, where they are on their
 * journeys, approvals they asked for, their answers to forms, their DBS checks, and what the audit
 * trail recorded of them. Erasing anonymises the account and blanks their answers in their own
 * words; roles, journey progress, choices, ratings and DBS checks (the record of vetting, which
 * safeguarding needs) stay, so the owner's counts and the reports do not change.
 *
 * <p>The audit trail is kept as it was written: it is the programme's account of who did what,
 * which the trust needs to answer for later (the entries hold an account id and the name as it was
 * then, never what the person wrote).
 */
@ApplicationScoped
public class CorePersonalData extends Repository<Account> implements PersonalData {

    @Inject
    Accounts accounts;

    @Inject
    FormResponses responses;

    @Inject
    CaseFile cases;

    public CorePersonalData() {
        super(Account.class);
    }

    @Override
    public String source() {
        return "core";
    }

    @Override
    public List<Table> about(String accountId) {
        Account account = accounts.get(accountId);
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("Your account", "To sign you in and to tell you about the programme.",
                List.of("Name", "Email address or username", "Status", "Created", "Email address confirmed", "Last signed in"),
                List.of(List.of(account.getDisplayName(), account.getEmail(), account.getStatus().name(), PersonalData.time(account.getCreatedAt()),
                        PersonalData.time(account.getEmailVerifiedAt()), PersonalData.time(account.getLastSignInAt())))));
        tables.add(table("Your roles", "What you take part in as, which decides the pages you see.", List.of("Role", "Since"),
                "SELECT m.role, m.createdAt FROM Membership m WHERE m.account.id = :account ORDER BY m.createdAt", accountId));
        tables.add(table("Where you are on your journeys", "To show you your next step.", List.of("As", "Step", "Since"),
                "SELECT p.role, p.stepId, p.updatedAt FROM JourneyPosition p WHERE p.accountId = :account ORDER BY p.role", accountId));
        tables.add(table("Steps you finished", "To show your progress, and to count people at each step in the programme's reports.",
                List.of("As", "Step", "Skipped", "When"),
                "SELECT c.role, c.stepId, c.skipped, c.completedAt FROM StepCompletion c WHERE c.accountId = :account ORDER BY c.completedAt",
                accountId));
        tables.add(table("Approvals you asked for", "Some steps need the programme's staff to agree before you go on.",
                List.of("As", "Step", "Asked", "Decided", "Approved"),
                "SELECT a.role, a.stepId, a.requestedAt, a.decidedAt, a.approved FROM ApprovalRequest a WHERE a.accountId = :account"
                        + " ORDER BY a.requestedAt", accountId));
        tables.add(new Table("Your answers to forms", "What you told the programme through its forms; counted, without names, in its reports.",
                List.of("Form", "Sent", "Question", "Answer"), responses.answersOf(accountId).stream()
                .map(given -> List.of(given.formKey(), PersonalData.time(given.submittedAt()), given.question(), given.answer())).toList()));
        tables.add(table("Your DBS checks", "People in roles that work with the programme's young people must hold a current check"
                        + " (safeguarding).", List.of("Check", "Issued", "Expires"),
                "SELECT d.type, d.issuedOn, d.expiresOn FROM DbsCheck d WHERE d.personId = :account ORDER BY d.issuedOn", accountId));
        tables.add(table("What the audit trail recorded of you", "So that the programme can account for what was done, and by whom.",
                List.of("When", "What", "Record", "Record id", "From address", "Note"),
                "SELECT e.createdAt, e.action, e.recordType, e.recordId, e.address, e.detail FROM AuditEntry e WHERE e.actorId = :account"
                        + " ORDER BY e.createdAt", accountId));
        return tables.stream().filter(table -> !table.rows().isEmpty()).toList();
    }

    /**
     * An open safeguarding case about the person stops their erasure: the lead may still need to act
     * on their account. Cases themselves are not in the person's copy ({@link #about}): a
     * safeguarding record is exempt from subject access where disclosing it would prejudice
     * safeguarding (docs/data-protection.md), and the lead decides case by case.
     */
    @Override
    public List<String> erasureBlockers(String accountId) {
        long open = cases.openAbout(accountId);
        return open == 0 ? List.of() : List.of(open + (open == 1 ? " safeguarding case about them is" : " safeguarding cases about them are")
                + " still open: the safeguarding lead closes " + (open == 1 ? "it" : "them") + " first.");
    }

    @Override
    public void erase(String accountId) {
        responses.eraseAnswersOf(accountId, ERASED_TEXT);
        accounts.erase(accountId);
    }

    private Table table(String name, String purpose, List<String> columns, String jpql, String accountId) {
        return Table.of(name, purpose, columns, em().createQuery(jpql).setParameter("account", accountId).getResultList());
    }
}
