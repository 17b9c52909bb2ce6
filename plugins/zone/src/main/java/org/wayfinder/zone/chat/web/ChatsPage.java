package org.wayfinder.zone.chat.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.wayfinder.zone.chat.ChatOverview;

/**
 * The staff's list of Chats, {@code /zone/chats.xhtml}: what is on now and what waits for a
 * moderator first, each with a link to its page (moderators join a live one there; afterwards it is
 * the transcript, with the CSV). Moderators and owners only (403 otherwise).
 */
@Named("zoneChatsPage")
@RequestScoped
public class ChatsPage {

    @Inject
    ChatOverview overview;

    private List<ChatOverview.Summary> chats;

    public void load() {
        chats = overview.chats(Instant.now());
    }

    public List<ChatOverview.Summary> getChats() {
        return chats;
    }
}
