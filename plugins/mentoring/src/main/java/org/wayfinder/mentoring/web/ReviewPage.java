package org.wayfinder.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.wayfinder.mentoring.messaging.Conversations;
import org.wayfinder.mentoring.messaging.Message;
import org.wayfinder.mentoring.messaging.MessageReport;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.web.Messages;

/** Moderators decide about held messages (approve, redact, reject with a reason) and see reports. */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    @Inject
    Messages messages;

    @Inject
    Conversations conversations;

    @Inject
    PersonNames names;

    private String deciding;
    private String redacted;
    private String reason;
    private transient List<Message> held;
    private transient List<MessageReport> reports;

    /** Runs when the page opens: moderators, and owners who may look but not decide (403 otherwise). */
    public void load() {
        held = null;
        reports = null;
        getHeld();
    }

    public List<Message> getHeld() {
        if (held == null) {
            held = conversations.held();
        }
        return held;
    }

    public List<MessageReport> getReports() {
        if (reports == null) {
            reports = conversations.reports();
        }
        return reports;
    }

    public void approve(String messageId) {
        decide(() -> conversations.approve(messageId), "Approved and delivered.");
    }

    public void open(String messageId) {
        deciding = messageId;
        redacted = getHeld().stream().filter(m -> m.getId().equals(messageId)).map(Message::getWrittenText).findFirst().orElse("");
        reason = null;
    }

    public void redact() {
        decide(() -> conversations.redact(deciding, redacted, reason), "Redacted and delivered; the original is kept.");
    }

    public void reject() {
        decide(() -> conversations.reject(deciding, reason), "Rejected; the sender sees your reason.");
    }

    public void close() {
        deciding = null;
    }

    private void decide(Runnable decision, String done) {
        try {
            decision.run();
            messages.info(done);
            deciding = null;
            held = null;
            reports = null;
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(error -> messages.error(error.message()));
        }
    }


    public String getDeciding() {
        return deciding;
    }

    public String getRedacted() {
        return redacted;
    }

    public void setRedacted(String redacted) {
        this.redacted = redacted;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
