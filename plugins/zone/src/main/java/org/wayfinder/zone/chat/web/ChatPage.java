package org.wayfinder.zone.chat.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.web.Downloads;
import org.wayfinder.platform.spi.web.PerRequest;
import org.wayfinder.zone.booking.Bookings;
import org.wayfinder.zone.booking.Chat;
import org.wayfinder.zone.chat.LineView;
import org.wayfinder.zone.chat.Seats;
import org.wayfinder.zone.chat.Transcripts;
import org.wayfinder.zone.event.Team;
import org.wayfinder.zone.event.Zones;

/**
 * A Chat's page, {@code /zone/chat.xhtml?id=...}: while it is live its people write here (the
 * page's script, {@code zone/chat.js}, talks to {@code ChatSocket}); before and after, they read
 * it. Moderators and owners read the whole transcript, held and removed lines marked, and download
 * it as CSV. Anyone else gets 403, and a Chat of another programme 404.
 */
@Named("zoneChatPage")
@ViewScoped
public class ChatPage implements Serializable {

    @Inject
    Downloads downloads;

    @Inject
    Seats seats;

    @Inject
    Transcripts transcripts;

    @Inject
    Bookings bookings;

    @Inject
    Zones zones;

    @Inject
    CurrentUser currentUser;

    private String chatId;
    private boolean live;
    private Seats.Seat seat;
    private transient List<LineView> lines;
    private transient Chat chat;
    private final PerRequest read = new PerRequest();

    /** Runs when the page opens: joins a live Chat; 403 for anyone without a place in it who is not staff. */
    public void load() {
        currentUser.require();
        Chat found = bookings.get(chatId);
        Instant now = Instant.now();
        Optional<Seats.Seat> mine = seats.seat(chatId);
        if (mine.isEmpty() && !currentUser.hasRole(Roles.OWNER)) {
            throw new AccessDeniedException("This Chat is for the classes that booked it, its team and the moderators.");
        }
        live = found.isLive(now) && mine.isPresent();
        seat = live ? seats.enter(chatId, now) : mine.orElse(null);
    }

    public String getChatId() {
        return chatId;
    }

    public void setChatId(String chatId) {
        this.chatId = chatId;
    }

    public boolean isLive() {
        return live;
    }

    public Seats.Seat getSeat() {
        return seat;
    }

    /** The signed-in person's account id when they have a place in the Chat, for the page's script. */
    public String getMe() {
        return seat == null ? "" : seat.accountId();
    }

    public boolean isModerator() {
        return seat != null && seat.isModerator();
    }

    public boolean isStaff() {
        return currentUser.hasAnyRole(Roles.MODERATOR, Roles.OWNER);
    }

    public Chat getChat() {
        if (chat == null) {
            chat = bookings.get(chatId);
        }
        return chat;
    }

    public String getTeamName() {
        return read.get("team", () -> zones.team(getChat().getTeamId()).map(Team::getName).orElse(""));
    }

    public List<LineView> getLines() {
        if (lines == null) {
            lines = transcripts.of(chatId);
        }
        return lines;
    }

    public List<Seats.Present> getParticipants() {
        return read.get("participants", () -> seats.participants(chatId));
    }

    public boolean mine(LineView line) {
        return seat != null && seat.accountId().equals(line.authorId());
    }

    /** Where the page's script opens its socket, on this very host. */
    public String getSocketPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/zone/chat-socket/" + chatId;
    }

    public void downloadCsv() {
        downloads.sendCsv("chat-transcript-" + chatId + ".csv", Transcripts.COLUMNS, transcripts.rows(chatId));
    }
}
