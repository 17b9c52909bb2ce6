package org.wayfinder.platform.spi.safeguarding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.wayfinder.platform.spi.People.Person;

/**
 * Vetting (port): the DBS checks the programme holds for the people who work with its young people
 * (mentors, placement supervisors: every role a plugin declares {@code vetted}). A moderator
 * records each check as they saw the certificate; checks are added, never changed. A person is
 * vetted while their latest check is at an enhanced level and has not expired. A plugin asks
 * {@link #isVetted} or {@link #vettedAmong} before it puts someone in touch with a child; the core
 * keeps the records and the staff's page of who needs attention.
 */
public interface Vetting {

    /** Dates are the programme's, in the UK. */
    ZoneId UK = ZoneId.of("Europe/London");

    /**
     * How many days before a check expires it counts as expiring soon, and its holder and the staff
     * are warned: the same for every programme (the core has no programme settings of its own).
     */
    int EXPIRY_WARNING_DAYS = 30;

    /** Today in the UK. */
    static LocalDate today() {
        return LocalDate.now(UK);
    }

    /** The levels of DBS check. Only an enhanced check lets someone work with under-18s. */
    enum CheckType {

        BASIC("Basic", false),
        STANDARD("Standard", false),
        ENHANCED("Enhanced", true),
        ENHANCED_BARRED("Enhanced with barred list", true);

        private final String label;
        private final boolean forChildren;

        CheckType(String label, boolean forChildren) {
            this.label = label;
            this.forChildren = forChildren;
        }

        public String label() {
            return label;
        }

        /** Whether someone with this check may work with, and message, students who are children. */
        public boolean forChildren() {
            return forChildren;
        }
    }

    /** Where a person stands, those who need attention first. */
    enum Status {
        EXPIRED("Expired"), NOT_CHECKED("Not checked"), EXPIRES_SOON("Expires soon"), NOT_ENOUGH("Check not enhanced"), VETTED("Vetted");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether someone in this state counts as vetted today. */
        public boolean counts() {
            return this == VETTED || this == EXPIRES_SOON;
        }
    }

    /**
     * A DBS check as recorded.
     *
     * @param id             the record's id
     * @param personId       whose check it is (an account id)
     * @param type           its level
     * @param issuedOn       the certificate's date
     * @param expiresOn      the first day it no longer counts
     * @param recordedBy     the account of the moderator who recorded it
     * @param expiryWarnedAt when its holder and the staff were warned it expires, or null
     */
    record Check(String id, String personId, CheckType type, LocalDate issuedOn, LocalDate expiresOn, String recordedBy,
                 Instant expiryWarnedAt) {
    }

    /**
     * A person and their vetting, as the staff's page lists them.
     *
     * @param person   who
     * @param latest   their latest check, or null
     * @param status   where they stand today
     * @param daysLeft days until the latest check expires (negative once it has; 0 without one)
     */
    record PersonVetting(Person person, Check latest, Status status, long daysLeft) {
    }

    /**
     * Records a check as seen by the signed-in moderator (others are refused).
     *
     * @throws org.wayfinder.platform.spi.InvalidInputException for a person who holds no vetted role
     *         here, a missing level, an issue date in the future, or an expiry not after the issue date
     *         or more than 5 years after it
     */
    Check record(String personId, CheckType type, LocalDate issuedOn, LocalDate expiresOn, LocalDate today);

    /** Whether the person counts as vetted on {@code day}. */
    boolean isVetted(String personId, LocalDate day);

    /** Of these people, those who count as vetted on {@code day}, read at once. */
    Set<String> vettedAmong(Collection<String> personIds, LocalDate day);

    /**
     * Of these people, those vetted on {@code day}, each with the day their vetting stops counting,
     * read at once: for lists that ask whether each person is vetted through some days of their own
     * (a placement's).
     */
    java.util.Map<String, LocalDate> vettedUntil(Collection<String> personIds, LocalDate day);

    /**
     * Everyone holding one of the programme's vetted roles, with their vetting, those who need
     * attention first; for moderators and owners.
     *
     * @param warningDays how many days before expiry a check counts as expiring soon
     */
    List<PersonVetting> overview(LocalDate today, int warningDays);

    /**
     * {@link #overview} of the people holding one vetted role (a plugin's own, such as mentor), read
     * without the others: empty for a role that is not vetted here. For moderators and owners.
     */
    List<PersonVetting> overviewOf(String role, LocalDate today, int warningDays);

    /** A person's checks, newest first; for moderators and owners. */
    List<Check> history(String personId);
}
