package org.wayfinder.platform.safeguarding.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wayfinder.platform.audit.AuditEntries;
import org.wayfinder.platform.cache.ProgrammeCache;
import org.wayfinder.platform.spi.Cache;
import org.wayfinder.platform.identity.Account;
import org.wayfinder.platform.identity.AccountStatus;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Mail;
import org.wayfinder.platform.spi.Repository;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.safeguarding.Cases;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * The programme's safeguarding cases: opened by a report (through the SPI's {@link Cases}) or by
 * staff about a person, then handled by the safeguarding lead or an owner, who alone read them:
 * notes, status (new, in progress, referred, closed with an outcome), suspending the subject's
 * account and lifting it. Every step is a {@link CaseEntry} on the case and an entry in the audit
 * trail, in the same transaction.
 */
@ApplicationScoped
public class CaseFile extends Repository<SafeguardingCase> implements Cases {

    /** The audit trail's actions, each on record type {@value #RECORD_TYPE}. */
    public static final String OPENED = "case.opened";
    public static final String NOTE_ADDED = "case.note-added";
    public static final String STATUS_CHANGED = "case.status-changed";
    public static final String SUSPENDED = "case.account-suspended";
    public static final String SUSPENSION_LIFTED = "case.suspension-lifted";
    public static final String CLOSED = "case.closed";
    public static final String READ = "case.read";
    public static final String RECORD_TYPE = "safeguarding-case";

    /** The longest note or outcome, in characters. */
    public static final int MAX_NOTE = 2000;

    /** The most cases a page of the list shows. */
    public static final int MAX_PAGE = 100;

    /**
     * A case in a list.
     *
     * @param subjectName the subject's name now ("Erased person" after an erasure)
     */
    public record Row(SafeguardingCase safeguardingCase, String subjectName) {
    }

    /**
     * A case with what the lead needs beside it.
     *
     * @param subjectStatus the subject's account status now (DISABLED while suspended)
     * @param entries       what was written and done on it, oldest first
     */
    public record View(SafeguardingCase safeguardingCase, String subjectName, String subjectEmail, AccountStatus subjectStatus,
                       boolean subjectErased, List<CaseEntry> entries) {
    }

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditEntries audit;

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantDirectory tenants;

    @Inject
    ProgrammeCache cache;

    @Inject
    Event<Mail> mail;

    public CaseFile() {
        super(SafeguardingCase.class);
    }

    @Override
    protected String describe() {
        return "Safeguarding case";
    }

    @Override
    public String open(Kind kind, String subjectAccountId, String reportedRecordType, String reportedRecordId, String frozenText,
                       List<String> context, String reporterNote) {
        if (kind == null) {
            throw new IllegalArgumentException("A case needs a kind");
        }
        String me = currentUser.require().accountId();
        Account subject = accounts.get(subjectAccountId);
        String note = reporterNote == null ? "" : reporterNote.strip();
        String text = frozenText == null ? "" : frozenText.strip();
        if (note.length() < 3 || note.length() > 1000) {
            throw new InvalidInputException("note", "Say in 3 to 1000 characters what worries you.");
        }
        if (text.isEmpty()) {
            throw new InvalidInputException("text", "Say what was written or seen.");
        }
        List<String> lines = context == null ? List.of() : context.stream().limit(MAX_CONTEXT_LINES)
                .map(line -> cut(line == null ? "" : line.replace('\n', ' ').replace('\r', ' '), MAX_TEXT)).toList();
        Account reporter = accounts.get(me);
        SafeguardingCase opened = add(new SafeguardingCase(kind, subject.getId(), me, reporter.getDisplayName(), reportedRecordType,
                reportedRecordId, cut(text, MAX_TEXT), lines, note, Instant.now()));
        // The entries refer to the case without a mapped relationship, so the case's row goes in first.
        em().flush();
        em().persist(new CaseEntry(opened.getId(), CaseEntry.Type.OPENED, me, reporter.getDisplayName(), note, opened.getOpenedAt()));
        audit.record(OPENED, RECORD_TYPE, opened.getId(), label(kind) + " about account " + subject.getId());
        tellTheLeads(opened, reporter.getDisplayName());
        return opened.getId();
    }

    /** Staff (moderators, the lead, owners) raise a concern about a person they saw or heard of. */
    @RequiresRole({Roles.MODERATOR, Roles.SAFEGUARDING_LEAD, Roles.OWNER})
    public String raiseAboutPerson(String subjectEmail, String whatWasSeen, String note) {
        Account subject = accounts.byEmail(subjectEmail).filter(account -> !account.isErased())
                .orElseThrow(() -> new InvalidInputException("person", "Nobody here has that email address or username."));
        return open(Kind.PERSON, subject.getId(), null, null, whatWasSeen, List.of(), note);
    }

    /** A page of cases, newest first; {@code status} null for all. */
    @RequiresRole({Roles.SAFEGUARDING_LEAD, Roles.OWNER})
    public List<Row> page(CaseStatus status, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new InvalidInputException("max", "Ask for first 0 or more and max 1 to " + MAX_PAGE + ".");
        }
        var query = em().createQuery("SELECT c, a.displayName FROM SafeguardingCase c, Account a WHERE a.id = c.subjectId"
                + (status == null ? "" : " AND c.status = :status") + " ORDER BY c.openedAt DESC, c.id DESC", Object[].class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(row -> new Row((SafeguardingCase) row[0], (String) row[1])).toList();
    }

    /** How many cases there are; {@code status} null for all. */
    @RequiresRole({Roles.SAFEGUARDING_LEAD, Roles.OWNER})
    public long count(CaseStatus status) {
        return counts().entrySet().stream().filter(e -> status == null || e.getKey() == status).mapToLong(Map.Entry::getValue).sum();
    }

    /**
     * How many cases stand in each status, for the homes: moderators see how many are new and open,
     * though they cannot read them.
     */
    @RequiresRole({Roles.MODERATOR, Roles.SAFEGUARDING_LEAD, Roles.OWNER})
    public Map<CaseStatus, Long> counts() {
        return cache.get(Cache.activity(tenantContext.tenantId()), "safeguarding-case-counts", () -> {
            Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
            for (CaseStatus status : CaseStatus.values()) {
                counts.put(status, 0L);
            }
            em().createQuery("SELECT c.status, COUNT(c) FROM SafeguardingCase c GROUP BY c.status", Object[].class).getResultList()
                    .forEach(row -> counts.put((CaseStatus) row[0], ((Number) row[1]).longValue()));
            return java.util.Collections.unmodifiableMap(counts);
        });
    }

    /** One case with its history, for the lead or an owner; each reading is in the audit trail. */
    @RequiresRole({Roles.SAFEGUARDING_LEAD, Roles.OWNER})
    public View view(String caseId) {
        SafeguardingCase found = get(caseId);
        audit.record(READ, RECORD_TYPE, found.getId(), null);
        Account subject = accounts.get(found.getSubjectId());
        List<CaseEntry> entries = em().createQuery("SELECT e FROM CaseEntry e WHERE e.caseId = :case ORDER BY e.writtenAt, e.id",
                CaseEntry.class).setParameter("case", caseId).getResultList();
        return new View(found, subject.getDisplayName(), subject.isErased() ? null : subject.getEmail(), subject.getStatus(),
                subject.isErased(), entries);
    }

    /** Adds a note to a case; notes are never changed or removed. */
    @RequiresRole({Roles.SAFEGUARDING_LEAD, Roles.OWNER})
    public void addNote(String caseId, String text) {
        SafeguardingCase found = get(caseId);
        String note = checkedText("note", text, "Write a note of 1 to " + MAX_NOTE + " characters.");
        entry(found, CaseEntry.Type.NOTE, note);
        audit.record(NOTE_ADDED, RECORD_TYPE, found.getId(), null);
    }

    /** Moves a case forward to in progress or referred (closing needs {@link #close}). */
    @RequiresRole({Roles.SAFEGUARDING_LEAD, Roles.OWNER})
    public void moveTo(String caseId, CaseStatus next) {
        SafeguardingCase found = lockedCase(caseId);
        if (next == null || next == CaseStatus.CLOSED || next == CaseStatus.NEW) {
            throw new InvalidInputException("status", "Choose in progress or referred; close a case with its outcome.");
        }
        if (!found.getStatus().canMoveTo(next)) {
            throw new InvalidInputException("status", "This case is " + found.getStatus().label().toLowerCase(java.util.Locale.ROOT)
                    + " already; a case only moves forward.");
        }
        String from = found.getStatus().label();
        found.moveTo(next);
        entry(found, CaseEntry.Type.STATUS, from + " \u2192 " + next.label());
        audit.record(STATUS_CHANGED, RECORD_TYPE, found.getId(), from + " to " + next.label());
    }

    /** Closes a case with its outcome. */
    @RequiresRole({Roles.SAFEGUARDING_LEAD, Roles.OWNER})
    public void close(String caseId, String outcome) {
        SafeguardingCase found = lockedCase(caseId);
        String written = checkedText("outcome", outcome, "Write the outcome (1 to " + MAX_NOTE + " characters): what was decided and done.");
        if (found.getStatus() == CaseStatus.CLOSED) {
            throw new InvalidInputException("outcome", "This case is closed already.");
        }
        found.close(written, Instant.now());
        entry(found, CaseEntry.Type.CLOSED, written);
        audit.record(CLOSED, RECORD_TYPE, found.getId(), null);
    }

    /** Suspends the subject's account: they cannot sign in, and their sessions end, until it is lifted. */
    @RequiresRole({Roles.SAFEGUARDING_LEAD, Roles.OWNER})
    public void suspendSubject(String caseId, String reason) {
        SafeguardingCase found = lockedCase(caseId);
        String why = checkedText("reason", reason, "Say why (1 to " + MAX_NOTE + " characters).");
        Account subject = accounts.get(found.getSubjectId());
        if (found.getStatus() == CaseStatus.CLOSED) {
            throw new InvalidInputException("reason", "This case is closed; open a new one to act again.");
        }
        if (subject.getId().equals(currentUser.require().accountId())) {
            throw new InvalidInputException("reason", "You cannot suspend your own account.");
        }
        if (accounts.rolesOf(subject).contains(Roles.OWNER)) {
            throw new InvalidInputException("reason", "An owner's account is suspended by the platform's operators: ask them.");
        }
        if (subject.isErased() || subject.getStatus() == AccountStatus.DISABLED) {
            throw new InvalidInputException("reason", "This account cannot sign in already.");
        }
        accounts.lock(subject.getId());
        accounts.suspend(subject.getId());
        entry(found, CaseEntry.Type.SUSPENDED, why);
        audit.record(SUSPENDED, RECORD_TYPE, found.getId(), "account " + subject.getId());
    }

    /** Lifts the subject's suspension: they can sign in again. */
    @RequiresRole({Roles.SAFEGUARDING_LEAD, Roles.OWNER})
    public void liftSuspension(String caseId, String reason) {
        SafeguardingCase found = lockedCase(caseId);
        String why = checkedText("reason", reason, "Say why (1 to " + MAX_NOTE + " characters).");
        Account subject = accounts.get(found.getSubjectId());
        if (subject.isErased() || subject.getStatus() != AccountStatus.DISABLED) {
            throw new InvalidInputException("reason", "This account is not suspended.");
        }
        accounts.lock(subject.getId());
        accounts.lift(subject.getId());
        entry(found, CaseEntry.Type.SUSPENSION_LIFTED, why);
        audit.record(SUSPENSION_LIFTED, RECORD_TYPE, found.getId(), "account " + subject.getId());
    }

    /** How many cases about this person are not closed yet: while any is, the person cannot be erased. */
    public long openAbout(String accountId) {
        return em().createQuery("SELECT COUNT(c) FROM SafeguardingCase c WHERE c.subjectId = :subject AND c.status <> :closed", Long.class)
                .setParameter("subject", accountId).setParameter("closed", CaseStatus.CLOSED).getSingleResult();
    }

    /** How a kind of case reads. */
    public static String label(Kind kind) {
        return switch (kind) {
            case MESSAGE -> "A mentoring message";
            case CHAT_LINE -> "A Chat line";
            case QUESTION -> "A question";
            case COMMENT -> "A comment";
            case PERSON -> "A concern about a person";
        };
    }

    private SafeguardingCase lockedCase(String caseId) {
        SafeguardingCase found = get(caseId);
        em().lock(found, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        em().refresh(found);
        return found;
    }

    private void entry(SafeguardingCase found, CaseEntry.Type type, String text) {
        String me = currentUser.require().accountId();
        em().persist(new CaseEntry(found.getId(), type, me, accounts.get(me).getDisplayName(), text, Instant.now()));
    }

    private static String checkedText(String field, String text, String problem) {
        String written = text == null ? "" : text.strip();
        if (written.isEmpty() || written.length() > MAX_NOTE) {
            throw new InvalidInputException(field, problem);
        }
        return written;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /** Emails each safeguarding lead (or, where there is none, each owner) that a case is waiting, without its content. */
    private void tellTheLeads(SafeguardingCase opened, String reporter) {
        List<Account> leads = accounts.withRole(Roles.SAFEGUARDING_LEAD).stream().filter(a -> a.getStatus() == AccountStatus.ACTIVE).toList();
        if (leads.isEmpty()) {
            leads = accounts.withRole(Roles.OWNER).stream().filter(a -> a.getStatus() == AccountStatus.ACTIVE).toList();
        }
        String programme = tenantContext.tenant().name();
        String link = tenants.siteUrl(tenantContext.tenant()) + "/staff/case.xhtml?id=" + opened.getId();
        for (Account lead : leads) {
            mail.fire(new Mail(lead.getEmail(), "New safeguarding case in " + programme,
                    "Hello " + lead.getDisplayName() + ",\n\n" + reporter + " opened a safeguarding case in " + programme + ": "
                            + label(opened.getKind()).toLowerCase(java.util.Locale.ROOT) + ".\n\n"
                            + "What was reported is on the case, not in this email. Sign in and read it:\n\n" + link + "\n\n" + programme + "\n"));
        }
    }
}
