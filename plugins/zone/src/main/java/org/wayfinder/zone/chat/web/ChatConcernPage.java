package org.wayfinder.zone.chat.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.zone.chat.LineView;
import org.wayfinder.zone.chat.Moderation;

/**
 * {@code /zone/chat-concern.xhtml?line=<id>}, reached from "Raise a concern" beside a line of a
 * Chat's page: a moderator reads the line, who wrote it and the lines around it, says why it worries
 * them, and a safeguarding case opens for the lead ({@link Moderation#raiseCase}); they are taken
 * back to the Chat, told so. Opening the page asks {@link Moderation#concern}, so anyone but a
 * moderator gets 403 and a line of another programme 404, however the address is spelled.
 */
@Named("zoneChatConcernPage")
@ViewScoped
public class ChatConcernPage implements Serializable {

    @Inject
    Moderation moderation;

    @Inject
    Messages messages;

    private String lineId;
    private String note;
    private transient Moderation.Concern concern;

    /** Runs when the page opens: moderators only. */
    public void load() {
        concern = moderation.concern(lineId);
    }

    /** Opens the case and goes back to the Chat; a refused note stays on this page as typed, with its message. */
    public String raise() {
        String chatId = getLine().chatId();
        try {
            moderation.raiseCase(lineId, note);
        } catch (InvalidInputException refused) {
            messages.show(refused, "concern");
            return null;
        }
        messages.info("A safeguarding case is open and the safeguarding lead has been emailed. The line stays as it was in the Chat.");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/zone/chat?faces-redirect=true&id=" + chatId;
    }

    /** The line and those around it; read again after the page's state was stored. */
    public Moderation.Concern getConcern() {
        if (concern == null) {
            concern = moderation.concern(lineId);
        }
        return concern;
    }

    public LineView getLine() {
        return getConcern().line();
    }

    public String getLineId() {
        return lineId;
    }

    public void setLineId(String lineId) {
        this.lineId = lineId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
