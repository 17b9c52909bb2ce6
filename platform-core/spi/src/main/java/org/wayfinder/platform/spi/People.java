package org.wayfinder.platform.spi;

import java.util.List;
import java.util.Optional;

/**
 * The people of the current programme as plugins need them: who holds a role, and who someone is.
 * Plugins keep account ids in their own records and look the person up here, so they never depend
 * on how the core stores accounts. Only active accounts are people here.
 */
public interface People {

    /**
     * One person of the programme.
     *
     * @param accountId their account's id, what plugins keep in their records
     * @param name      their display name
     * @param email     their email address
     * @param joinedAt  when their account was made
     */
    record Person(String accountId, String name, String email, java.time.Instant joinedAt) {

        /**
         * Whether mail can reach them: false for people who sign in with a username (students who
         * joined with a class code gave no email address).
         */
        public boolean hasEmail() {
            return email != null && email.contains("@");
        }
    }

    /** Everyone in this programme who holds the role and can sign in, by name: the people to write to or to choose from. */
    List<Person> withRole(String role);

    /**
     * Everyone who holds the role, including accounts switched off or erased at their person's
     * request (named as the account now is): what a report counts, so that its figures do not change
     * when someone is suspended or erased.
     */
    List<Person> everyoneWithRole(String role);

    /** The person with this account id in this programme, if they exist and are active. */
    Optional<Person> find(String accountId);

    /** Whether the person with this account id holds the role in this programme. */
    boolean holds(String accountId, String role);

    /**
     * Holds this person's record until the current transaction ends, so that two decisions about
     * them taken at the same moment (two owners publishing matches that use the same mentor's last
     * place, on one instance or on two) happen one after the other and the second sees the first.
     * Lock people in a fixed order (by account id) when a transaction locks more than one.
     */
    void lock(String accountId);

    /**
     * Adds a person who signs in with a username instead of an email address, ready to sign in, in
     * this programme with the member role and {@code role}: for students who join with a code their
     * teacher gave them, who must not be asked for an email address. Usernames never contain "@", so
     * they cannot clash with an email address. Mail to such a person is never sent.
     *
     * @return the new account's id
     * @throws InvalidInputException when the username is taken or malformed, the name is empty or too
     *                               long, or the password breaks the password policy
     */
    String addWithUsername(String username, String displayName, String password, String role);

    /** Whether an account here signs in with this username (or email address) already. */
    boolean isTaken(String usernameOrEmail);

    /**
     * Gives someone a role in this programme (owners only). Someone with an active account here gets
     * the role and a note; anyone else is emailed a link to choose a password, valid for 7 days.
     *
     * @param roleLabel how the role is named in the mail ("healthcare professional")
     * @return their account's id, which exists from now on, whether or not they have accepted yet
     */
    String invite(String email, String name, String role, String roleLabel);
}
