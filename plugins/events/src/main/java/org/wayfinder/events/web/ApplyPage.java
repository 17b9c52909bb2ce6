package org.wayfinder.events.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.wayfinder.events.event.EventBooking;
import org.wayfinder.events.event.EventBookings;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.SendKeys;
import org.wayfinder.platform.spi.form.Answers;
import org.wayfinder.platform.spi.form.FormFill;
import org.wayfinder.platform.spi.form.PublishedForms;
import org.wayfinder.platform.spi.form.SubmittedAnswers;
import org.wayfinder.platform.spi.web.Messages;

/**
 * Applying for an event whose application asks one of the programme's forms: the form, filled in
 * with what the person answered last time, and their school; sending it applies. Reached from the
 * event's "Apply for a place" on the Events page.
 */
@Named("eventApplyPage")
@ViewScoped
public class ApplyPage implements Serializable {

    @Inject
    EventBookings bookings;

    @Inject
    PublishedForms forms;

    @Inject
    SubmittedAnswers answers;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private String event;
    private EventBookings.Bookable bookable;
    private FormFill fill;
    private String school;
    private String sendKey = SendKeys.fresh();

    /**
     * Runs when the page opens: the event must be one the person may apply for now, with a form
     * (another programme's, a draft or one not for them is not found here).
     */
    public void load() {
        if (bookable != null) {
            return;
        }
        String me = currentUser.require().accountId();
        bookable = bookings.bookable(Instant.now()).stream().filter(one -> one.scheduled().event().getId().equals(event)
                        && one.asPerson() && one.scheduled().event().getApplicationForm() != null).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Event"));
        if (bookable.hasOwnPlace()) {
            return; // applied already: the page says so, with no form
        }
        String key = bookable.scheduled().event().getApplicationForm();
        fill = forms.published(key).map(form -> new FormFill(form, answers.latestAnswers(key, me)
                .map(given -> new Answers(given.answers())).orElse(Answers.none()))).orElse(null);
        school = bookings.lastSchool();
    }

    /** Whether they have applied for (or have) a place at this event already. */
    public boolean isApplied() {
        return bookable != null && bookable.hasOwnPlace();
    }

    public String send() {
        if (isApplied()) {
            messages.error("You have applied for this event already.");
            return null;
        }
        try {
            EventBooking booking = bookings.apply(event, school, fill == null ? null : fill.answers().values(), sendKey, Instant.now());
            messages.info(booking.getStatus() == EventBooking.Status.APPLIED ? "Thank you for applying. Staff will decide and email you."
                    : booking.getStatus().label() + ".");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/events/index.xhtml?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            List<FieldError> elsewhere = fill == null ? invalid.errors() : fill.show(invalid.errors());
            elsewhere.forEach(error -> messages.error(error.message()));
            if (elsewhere.size() < invalid.errors().size()) {
                messages.error("Some answers need attention.");
            }
            return null;
        }
    }

    public EventBookings.Bookable getBookable() {
        return bookable;
    }

    public FormFill getFill() {
        return fill;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getSendKey() {
        return sendKey;
    }

    public void setSendKey(String sendKey) {
        this.sendKey = sendKey;
    }
}
