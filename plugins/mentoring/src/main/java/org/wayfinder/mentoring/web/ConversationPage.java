package org.wayfinder.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.wayfinder.mentoring.match.Match;
import org.wayfinder.mentoring.match.Matches;
import org.wayfinder.mentoring.messaging.Conversations;
import org.wayfinder.mentoring.messaging.Message;
import org.wayfinder.mentoring.progress.Goal;
import org.wayfinder.mentoring.progress.MatchProgress;
import org.wayfinder.mentoring.progress.MeetingLog;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.SendKeys;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.SiteAddress;

/**
 * A match's conversation: the two people write to each other here and nowhere else; what the
 * safeguarding screen holds waits for a moderator, and the sender is told why. Either of them can
 * report a message. Moderators read every conversation through the same page.
 */
@Named
@ViewScoped
public class ConversationPage implements Serializable {

    @Inject
    SiteAddress siteAddress;

    @Inject
    Messages notices;

    @Inject
    Conversations conversations;

    @Inject
    Matches matches;

    @Inject
    PersonNames names;

    @Inject
    CurrentUser currentUser;

    @Inject
    MatchProgress progress;

    private java.time.LocalDate metOn;
    private Integer minutes;
    private String topic;
    private String goal;

    private String matchId;
    private String text;
    /** The send form's key: a message sent again with it (its answer was lost) is stored once. New after each send. */
    private String sendKey = SendKeys.fresh();
    private String reporting;
    private String reportReason;
    private transient Conversations.Recent recent;
    /** What this request has read already: the page asks for the match, goals and meetings many times as it renders. */
    private transient Object readFor;
    private transient Match match;
    private transient List<Goal> goals;
    private transient List<MeetingLog> meetings;
    /** How many of the latest messages the page shows; "Show earlier messages" adds another {@value #PAGE}. */
    private int shown = PAGE;

    static final int PAGE = 50;

    /** Runs when the page opens: someone outside the match gets 403, another programme's match 404. */
    public void load() {
        getMessages();
    }

    public List<Message> getMessages() {
        return recent().messages();
    }

    /** How many earlier messages are not shown yet. */
    public long getEarlierCount() {
        return recent().earlier();
    }

    public void showEarlier() {
        shown += PAGE;
        recent = null;
    }

    private Conversations.Recent recent() {
        if (recent == null) {
            recent = conversations.recent(matchId, shown);
        }
        return recent;
    }

    public Match getMatch() {
        freshPerRequest();
        if (match == null) {
            match = matches.get(matchId);
        }
        return match;
    }

    /** Forgets what an earlier request of this view read, so each request shows the match as it is now. */
    private void freshPerRequest() {
        Object request = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (request != readFor) {
            readFor = request;
            match = null;
            goals = null;
            meetings = null;
        }
    }

    public void send() {
        try {
            Message sent = conversations.send(matchId, sendKey, text);
            text = null;
            sendKey = SendKeys.fresh();
            recent = null;
            if (sent.getStatus() == Message.Status.HELD) {
                notices.info("Your message is waiting for a moderator because it seems to contain " + sent.getHeldBecause()
                        + ". To keep everyone safe, contact details stay on Wayfinder.");
            } else {
                notices.info("Sent.");
            }
        } catch (InvalidInputException invalid) {
            notices.show(invalid, "send");
        }
    }

    public String getSendKey() {
        return sendKey;
    }

    public void setSendKey(String sendKey) {
        this.sendKey = sendKey;
    }

    public List<MeetingLog> getMeetings() {
        freshPerRequest();
        if (meetings == null) {
            meetings = progress.meetings(matchId);
        }
        return meetings;
    }

    public List<Goal> getGoals() {
        freshPerRequest();
        if (goals == null) {
            goals = progress.goals(matchId);
        }
        return goals;
    }

    public Goal.Progress[] getProgressSteps() {
        return Goal.Progress.values();
    }

    public void logMeeting() {
        try {
            progress.logMeeting(matchId, metOn, minutes, topic);
            meetings = null;
            metOn = null;
            minutes = null;
            topic = null;
            notices.info("Meeting logged.");
        } catch (InvalidInputException invalid) {
            notices.show(invalid, "progress");
        }
    }

    public void addGoal() {
        try {
            progress.addGoal(matchId, goal);
            goals = null;
            goal = null;
            notices.info("Goal added.");
        } catch (InvalidInputException invalid) {
            notices.show(invalid, "progress");
        }
    }

    public void moveGoal(String goalId, Goal.Progress to) {
        progress.moveGoal(goalId, to);
        goals = null;
        notices.info("Goal updated.");
    }


    public java.time.LocalDate getMetOn() {
        return metOn;
    }

    public void setMetOn(java.time.LocalDate metOn) {
        this.metOn = metOn;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public void startReport(String messageId) {
        reporting = messageId;
        reportReason = null;
    }

    public void report() {
        try {
            conversations.report(reporting, reportReason, siteAddress.current());
            reporting = null;
            notices.info("Thank you. The programme's safeguarding lead has your report and will look into it.");
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(error -> notices.error(error.message()));
        }
    }

    public void cancelReport() {
        reporting = null;
    }

    public boolean mine(Message message) {
        return message.getSenderId().equals(currentUser.require().accountId());
    }


    public String getCurrentAccount() {
        return currentUser.require().accountId();
    }

    public String getMatchId() {
        return matchId;
    }

    public void setMatchId(String matchId) {
        this.matchId = matchId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getReporting() {
        return reporting;
    }

    public String getReportReason() {
        return reportReason;
    }

    public void setReportReason(String reportReason) {
        this.reportReason = reportReason;
    }
}
