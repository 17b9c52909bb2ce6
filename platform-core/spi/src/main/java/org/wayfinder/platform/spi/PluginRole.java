package org.wayfinder.platform.spi;

/**
 * A role a plugin adds, such as mentor or mentee.
 *
 * @param id               the role's name in memberships and authorisation rules
 * @param label            how people see it ("Mentee")
 * @param description      one sentence on what holding it means
 * @param selfRegistration whether people may take this role when they register themselves; roles
 *                         that put someone in contact with young people are given by staff instead
 * @param vetted           whether people holding it need a DBS check the programme records
 *                         ({@link org.wayfinder.platform.spi.safeguarding.Vetting}): they are listed
 *                         on the staff's vetting page
 */
public record PluginRole(String id, String label, String description, boolean selfRegistration, boolean vetted) {

    /** A role that needs no vetting. */
    public PluginRole(String id, String label, String description, boolean selfRegistration) {
        this(id, label, description, selfRegistration, false);
    }
}
