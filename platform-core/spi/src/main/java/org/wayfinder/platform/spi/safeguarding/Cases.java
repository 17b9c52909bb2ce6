package org.wayfinder.platform.spi.safeguarding;

import java.util.List;

/**
 * Safeguarding cases (port): a concern about a person, opened for the programme's safeguarding lead
 * when something is reported (a message, a Chat line, a question or comment) or when staff raise one
 * about a person. Call {@link #open} in the transaction that records the report: the core keeps a
 * frozen copy of what was reported and of what stood around it, so a later redaction, edit or
 * erasure of the original does not change what the lead reads; it emails the lead (or, without one,
 * the owners) and records the opening in the audit trail.
 *
 * <p>Cases are read and handled only by the safeguarding lead ({@code Roles.SAFEGUARDING_LEAD}) and
 * the owners, at {@code /staff/cases.xhtml}; a plugin only opens them.
 */
public interface Cases {

    /** What a case is about. */
    enum Kind {
        /** A mentoring message. */
        MESSAGE,
        /** A line of a live Chat. */
        CHAT_LINE,
        /** A follow-up question. */
        QUESTION,
        /** A comment on an answer. */
        COMMENT,
        /** A person, raised by staff. */
        PERSON
    }

    /** The longest frozen text kept, in characters; longer text is cut. */
    int MAX_TEXT = 4000;

    /** The most lines of context kept, each cut at {@link #MAX_TEXT} characters. */
    int MAX_CONTEXT_LINES = 20;

    /**
     * Opens a case for the current programme's safeguarding lead, by the signed-in person.
     *
     * @param kind               what is reported
     * @param subjectAccountId   the account of the person the concern is about (the reported text's author)
     * @param reportedRecordType the kind of record reported, e.g. {@code message}; null for a case about a person
     * @param reportedRecordId   that record's id; null for a case about a person
     * @param frozenText         the reported text as it is now (or, for a person, what the staff member saw)
     * @param context            a few lines around it as they are now, oldest first, each "Name: text"; may be empty
     * @param reporterNote       why the reporter is worried
     * @return the new case's id
     */
    String open(Kind kind, String subjectAccountId, String reportedRecordType, String reportedRecordId, String frozenText,
                List<String> context, String reporterNote);
}
