package org.wayfinder.config.onboarding;

/**
 * What an organisation fills in to apply.
 *
 * @param organisation  the NHS organisation (trust, training hub...)
 * @param contactName   who is applying
 * @param contactEmail  where the invitation to own the programme goes
 * @param contactRole   their job title
 * @param programmeName what the programme will be called
 * @param template      the kind of programme: a {@link ProgrammeTemplate} id
 * @param wantedAddress the subdomain wanted, such as {@code east-london-careers}
 * @param about         a few words about the programme, for the operator; may be empty
 */
public record ApplicationForm(String organisation, String contactName, String contactEmail, String contactRole,
                              String programmeName, String template, String wantedAddress, String about) {
}
