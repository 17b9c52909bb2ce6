package org.wayfinder.zone.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.wayfinder.platform.spi.journey.StepType;

/**
 * The "join your Chat" journey step for students: done when they have joined a Chat of their class
 * while it was on, from the Zone page where their class's Chats are listed. {@link Seats} tells the
 * journey when a student first joins one, and a student who joined before reaching the step (or
 * before an owner added it) passes straight through. Questions about the Chat belong after it.
 */
@ApplicationScoped
public class JoinAChat implements StepType {

    public static final String ID = "zone-join-chat";

    @Inject
    Seats seats;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Join a Chat (Zone)";
    }

    @Override
    public String description() {
        return "The student joins their class's Chat from the Zone page while it is on; done when they have joined one.";
    }

    @Override
    public Completion completion() {
        return Completion.BY_CODE;
    }

    @Override
    public String page() {
        return "/zone/index.xhtml";
    }

    @Override
    public String waitingText() {
        return "You will move on when you have joined your class's Chat.";
    }

    @Override
    public boolean isDone(String accountId) {
        return seats.hasJoinedAsStudent(accountId);
    }
}
