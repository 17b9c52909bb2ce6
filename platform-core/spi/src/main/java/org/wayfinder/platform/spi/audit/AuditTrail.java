package org.wayfinder.platform.spi.audit;

/**
 * The programme's audit trail (port): what people, integrations and the platform did that a Data
 * Protection Officer or safeguarding lead may need to account for later, such as a moderation
 * decision, a mute, a report, a download or a member of staff reading a conversation. Inject it and
 * call {@code record} where the thing is done, in the same transaction, so that an action undone by
 * a rollback leaves no entry.
 *
 * <p>Who did it (the signed-in person with their roles, or the API token), when, and from which
 * address are filled in by the core from the request; a plugin names only what was done and to
 * which record. Entries are only ever added: nothing in the application changes or removes one
 * (deleting a whole programme aside). Owners search them at {@code /admin/audit.xhtml} and
 * integrations read them at {@code /api/v1/audit}.
 *
 * <p>Actions are short lowercase names, the plugin's id first ({@code mentoring.message.approved},
 * {@code zone.chat.muted}); the core's own have none ({@code sign-in}, {@code role.granted}). Keep
 * personal data out of {@code detail} beyond what identifies the decision: the record's id leads
 * to the rest.
 */
public interface AuditTrail {

    /**
     * Records that the current caller did something to a record.
     *
     * @param action     what was done, e.g. {@code mentoring.message.rejected}
     * @param recordType the kind of record it was done to, e.g. {@code message}; null when none
     * @param recordId   that record's id; null when none
     * @param detail     a short note for the reader (a reason given, a file's name); null when none, cut at 1,000 characters
     */
    void record(String action, String recordType, String recordId, String detail);

    /**
     * Records that the current caller changed a setting, with its value before and after (each
     * cut at 4,000 characters): for configuration, where "what was it before?" is the question.
     */
    void recordChange(String action, String recordType, String recordId, String before, String after);
}
