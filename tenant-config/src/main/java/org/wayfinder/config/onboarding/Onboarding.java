package org.wayfinder.config.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wayfinder.platform.identity.Accounts;
import org.wayfinder.platform.identity.Invitations;
import org.wayfinder.platform.identity.Registration;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.Mail;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.platform.tenant.TenantDirectory;

/**
 * How an NHS organisation becomes a programme: it applies on the platform's site; an operator
 * approves (the programme is provisioned from the chosen template and the applicant is invited to
 * own it) or declines with a reason the applicant is told.
 *
 * <p>Not transactional itself: provisioning creates the programme, then configures it in a
 * transaction of its own for that tenant (see {@link Tenancy}), then records the decision.
 */
@ApplicationScoped
public class Onboarding {

    @Inject
    Applications applications;

    @Inject
    Provisioning provisioning;

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantContext tenantContext;

    @Inject
    Tenancy tenancy;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    Invitations invitations;

    @Inject
    Event<Mail> mail;

    /**
     * Takes an application made on the platform's site and tells the applicant and the operators.
     *
     * @throws InvalidInputException listing every problem, with nothing stored
     */
    public ProgrammeApplication apply(ApplicationForm form) {
        if (!tenantContext.tenant().platform()) {
            throw new RecordNotFoundException("Page");
        }
        List<FieldError> problems = problemsWith(form, null);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ProgrammeApplication application = applications.add(new ProgrammeApplication(form, java.time.Instant.now()));
        mail.fire(new Mail(application.getContactEmail(), "We have your application for " + application.getProgrammeName(),
                "Hello " + application.getContactName() + ",\n\n"
                        + "Thank you for applying to run " + application.getProgrammeName() + " on Wayfinder. The Wayfinder team "
                        + "reviews every application, usually within two working days, and will email you at this address.\n\n"
                        + "Wayfinder\n"));
        accounts.withRole(Roles.OPERATOR).forEach(operator -> mail.fire(new Mail(operator.getEmail(),
                "New application: " + application.getProgrammeName(),
                application.getOrganisation() + " has applied to run " + application.getProgrammeName() + " ("
                        + ProgrammeTemplate.find(application.getTemplate()).map(ProgrammeTemplate::name).orElse(application.getTemplate())
                        + ") at " + application.getWantedAddress() + ".\nReview it under Applications on the platform site.\n")));
        return application;
    }

    /** What is wrong with an application (or an operator's changes to one), by field. */
    public List<FieldError> problemsWith(ApplicationForm form, String applicationId) {
        List<FieldError> problems = new ArrayList<>();
        text(problems, "organisation", form.organisation(), 2, 200, "Enter your organisation's name (2 to 200 characters).");
        text(problems, "contactName", form.contactName(), 1, 100, "Enter your name (up to 100 characters).");
        text(problems, "contactRole", form.contactRole(), 2, 100, "Enter your job title (2 to 100 characters).");
        String email = form.contactEmail() == null ? "" : form.contactEmail().strip();
        if (email.length() > 254 || !Registration.EMAIL.matcher(email).matches()) {
            problems.add(new FieldError("contactEmail", "Enter an email address like name@nhs.net."));
        }
        tenants.problemWithName(form.programmeName()).ifPresent(problem -> problems.add(new FieldError("programmeName", problem)));
        if (form.template() == null || ProgrammeTemplate.find(form.template()).isEmpty()) {
            problems.add(new FieldError("template", "Choose the kind of programme."));
        }
        problemWithAddress(form.wantedAddress(), applicationId).ifPresent(problem -> problems.add(new FieldError("wantedAddress", problem)));
        if (form.about() != null && form.about().strip().length() > 2000) {
            problems.add(new FieldError("about", "Keep this to 2000 characters."));
        }
        return problems;
    }

    /** What is wrong with a wanted address: its form, a reserved word, taken by a programme or wanted by another application. */
    public java.util.Optional<String> problemWithAddress(String wanted, String applicationId) {
        String address = wanted == null ? "" : wanted.strip().toLowerCase(Locale.ROOT);
        java.util.Optional<String> problem = tenants.problemWithSlug(address);
        if (problem.isEmpty() && applications.addressWanted(address, applicationId)) {
            return java.util.Optional.of("Another organisation has already applied for \"" + address + "\"; choose another.");
        }
        return problem;
    }

    @RequiresRole(Roles.OPERATOR)
    public List<ProgrammeApplication> inState(ProgrammeApplication.Status status) {
        return applications.inState(status);
    }

    @RequiresRole(Roles.OPERATOR)
    public long countPending() {
        return applications.countPending();
    }

    @RequiresRole(Roles.OPERATOR)
    public ProgrammeApplication get(String applicationId) {
        return applications.get(applicationId);
    }

    /**
     * Approves an application: provisions the programme from the template at the address (both of
     * which the operator may have changed from what was asked for), invites the applicant to own it,
     * and records the decision.
     *
     * @param platformUrl the platform site's address as the operator uses it, from which the
     *                    programme's own address is made for the invitation link
     * @return the new programme
     * @throws InvalidInputException when the template or address will not do (fields {@code template},
     *                               {@code wantedAddress}); nothing is created then
     */
    @RequiresRole(Roles.OPERATOR)
    public TenantRef approve(String applicationId, String template, String address, String platformUrl) {
        ProgrammeApplication application = applications.get(applicationId);
        if (!application.isPending()) {
            throw new InvalidInputException("application", "This application has already been decided.");
        }
        List<FieldError> problems = new ArrayList<>();
        ProgrammeTemplate chosen = ProgrammeTemplate.find(template).orElse(null);
        if (chosen == null) {
            problems.add(new FieldError("template", "Choose the kind of programme."));
        }
        String slug = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
        problemWithAddress(slug, applicationId).ifPresent(problem -> problems.add(new FieldError("wantedAddress", problem)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TenantRef programme = provisioning.provision(slug, application.getProgrammeName(), chosen.documentFor(application.getProgrammeName()));
        String siteUrl = TenantDirectory.programmeUrl(platformUrl, slug);
        tenancy.runAs(programme, () -> currentUser.actingAs(SignedInUser.platformAsOwner(programme.id()), () -> {
            invitations.invite(application.getContactEmail(), application.getContactName(), Roles.OWNER, siteUrl);
            return null;
        }));
        applications.approve(applicationId, currentUser.require().accountId(), chosen.id(), slug, programme.id());
        return programme;
    }

    /** Declines an application and tells the applicant why. */
    @RequiresRole(Roles.OPERATOR)
    public void decline(String applicationId, String reason) {
        ProgrammeApplication application = applications.get(applicationId);
        if (!application.isPending()) {
            throw new InvalidInputException("application", "This application has already been decided.");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 10 || why.length() > 2000) {
            throw new InvalidInputException("reason", "Tell the applicant why, in 10 to 2000 characters: they will read it.");
        }
        applications.decline(applicationId, currentUser.require().accountId(), why);
        mail.fire(new Mail(application.getContactEmail(), "Your application for " + application.getProgrammeName(),
                "Hello " + application.getContactName() + ",\n\n"
                        + "Thank you for applying to run " + application.getProgrammeName() + " on Wayfinder. We are sorry, "
                        + "but we cannot go ahead with it, for this reason:\n\n" + why + "\n\n"
                        + "You are welcome to apply again. If you have questions, reply to this email.\n\nWayfinder\n"));
    }

    private static void text(List<FieldError> problems, String field, String value, int min, int max, String message) {
        String text = value == null ? "" : value.strip();
        if (text.length() < min || text.length() > max) {
            problems.add(new FieldError(field, message));
        }
    }
}
