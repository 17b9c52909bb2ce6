package org.wayfinder.config.notice;

/**
 * The notice a programme shows until its owner writes its own: filled in with what the programme
 * holds about itself (its name, its site's address, an email address from its footer links) and
 * marking each part only the organisation can write with {@link NoticeText#TO_COMPLETE}, so an owner
 * sees what is left to do and a visitor is not told something untrue.
 */
public final class NoticeTemplate {

    private NoticeTemplate() {
    }

    /**
     * What the template is filled in with.
     *
     * @param programme the programme's name
     * @param site      its site's address, {@code https://careers.trust.nhs.uk}
     * @param email     an email address people can write to, or null when the programme has given none
     */
    public record Details(String programme, String site, String email) {
    }

    public static String text(NoticeKind kind, Details details) {
        String contact = details.email() == null
                ? NoticeText.TO_COMPLETE + " an email address, and a postal address, people can write to]"
                : details.email();
        return switch (kind) {
            case ACCESSIBILITY -> accessibility(details, contact);
            case PRIVACY -> privacy(details, contact);
        };
    }

    private static String accessibility(Details details, String contact) {
        return """
                This accessibility statement applies to %1$s at %3$s, run by %2$s.

                We want as many people as possible to be able to use this website. That means you should be able to:
                - change colours, contrast levels and fonts using your browser or device
                - zoom in up to 400%% without the text spilling off the screen
                - get around the website using just a keyboard
                - get around the website using speech recognition software
                - listen to the website using a screen reader

                The website is checked against the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, and every programme's colours must pass its contrast check before they can be saved.

                ## How accessible this website is
                %4$s which parts of the site you know are not fully accessible, for example documents you link to, or "None that we know of"]

                ## Feedback and contact information
                If you need information on this website in a different format, or you find a problem not listed on this page, contact us:
                - email: %5$s

                %4$s how many days it will take you to reply]

                ## Enforcement procedure
                The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).

                ## Compliance status
                %4$s "fully compliant", "partially compliant" or "not compliant" with WCAG 2.2 AA, with the reasons]

                ## Preparation of this statement
                %4$s the date this statement was prepared, how the site was tested and by whom, and when the statement was last reviewed]
                """.formatted(details.programme(), NoticeText.TO_COMPLETE + " the name of your organisation]", details.site(),
                        NoticeText.TO_COMPLETE, contact);
    }

    private static String privacy(Details details, String contact) {
        return """
                This privacy notice explains how %1$s uses information about you when you use %2$s.

                ## Who we are
                %1$s is run by %3$s the name and address of the NHS organisation that runs the programme]. That organisation is the data controller for the information on this site.

                Contact us about your information:
                - email: %4$s
                - Data Protection Officer: %3$s your Data Protection Officer's name and email address]

                ## What we hold about you
                - your account: your name, your email address (or, for a student who joined with a class code, a username and no email address), your password kept only as a one-way hash, and the roles you hold
                - the answers you give on our forms and where you are on your journey through the programme
                - what you write and do on the site: messages, questions, comments, votes and the meetings you log, depending on the parts of the programme you take part in
                - for mentors and professionals, the DBS check details our staff record
                - a record of sign-ins and of changes staff make, kept to account for how the programme is run

                ## Why we hold it, and our lawful basis
                We use your information to run the programme: to match, book and connect people, keep them safe, and report on the programme without naming anyone.

                %3$s the lawful basis for each use, for example public task (UK GDPR Article 6(1)(e)) or consent, and for DBS checks the condition for processing criminal offence data]

                ## Keeping you safe
                Messages that contain contact details or worrying phrases are held until a moderator has read them. Moderators can read conversations to keep young people safe, and everything they decide is recorded.

                ## Who we share it with
                Your information stays on this site except where you or our staff send it on: emails to you, reports and exports that staff download, and other systems that we connect through the site's API. %3$s anyone else you share information with, for example schools or funders]

                ## How long we keep it
                %3$s how long you keep each kind of information, and when you delete it]

                ## Your rights
                You have the right to see the information we hold about you, to have it corrected, to ask for it to be deleted or restricted, and to object to how we use it. To use any of these rights, contact us at %4$s.

                If you are unhappy with how we have used your information, you can complain to the Information Commissioner's Office (ICO), Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, www.ico.org.uk.

                ## Changes to this notice
                %3$s the date this notice was last reviewed]
                """.formatted(details.programme(), details.site(), NoticeText.TO_COMPLETE, contact);
    }

}
