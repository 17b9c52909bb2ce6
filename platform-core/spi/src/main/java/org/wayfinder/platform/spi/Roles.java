package org.wayfinder.platform.spi;

/**
 * The roles the core itself knows. Plugins add theirs through {@link Plugin#roles()}.
 *
 * <p>A role is held through a membership in one tenant; the operator role exists only in the
 * platform's own tenant.
 */
public final class Roles {

    /** Everyone who registers on a programme's site; the journey for this role is everyone's. */
    public static final String MEMBER = "member";
    /** Runs a programme: branding, journeys, forms, plugins, staff, reports, API tokens. */
    public static final String OWNER = "owner";
    /** Tenant staff who review held messages and questions and handle safeguarding reports. */
    public static final String MODERATOR = "moderator";
    /**
     * Handles the programme's safeguarding cases (reports of messages, Chat lines and questions, and
     * concerns staff raise about a person); given by an owner. Together with the owners, the only
     * people who read cases.
     */
    public static final String SAFEGUARDING_LEAD = "safeguarding-lead";
    /** Runs the platform: approves and provisions tenants, suspends and resumes them. */
    public static final String OPERATOR = "operator";

    private Roles() {
    }

    /** Whether the role is one of the staff roles (owner, moderator, safeguarding lead, operator), which nobody gives themselves. */
    public static boolean isStaff(String role) {
        return OWNER.equals(role) || MODERATOR.equals(role) || SAFEGUARDING_LEAD.equals(role) || OPERATOR.equals(role);
    }
}
