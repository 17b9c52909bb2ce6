package org.wayfinder.zone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.NotSignedInException;
import org.wayfinder.platform.spi.RecordNotFoundException;
import org.wayfinder.platform.spi.SendKeys;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.PerRequest;
import org.wayfinder.zone.ZonePlugin;
import org.wayfinder.zone.booking.Booking;
import org.wayfinder.zone.booking.Bookings;
import org.wayfinder.zone.event.Professional;
import org.wayfinder.zone.event.Team;
import org.wayfinder.zone.event.Zone;
import org.wayfinder.zone.event.Zones;
import org.wayfinder.zone.question.Answer;
import org.wayfinder.zone.question.Comment;
import org.wayfinder.zone.question.Question;
import org.wayfinder.zone.question.Questions;
import org.wayfinder.zone.school.Schools;
import org.wayfinder.zone.school.Student;
import org.wayfinder.zone.vote.Vote;
import org.wayfinder.zone.vote.Votes;

/**
 * A student's or professional's Zone: their Chats, asking and answering follow-up questions,
 * comments, and (students) the vote. A student without a Zone joins one with a class code here.
 */
@Named
@ViewScoped
public class ZoneHomePage implements Serializable {

    @Inject
    Messages messages;

    private static final int PAGE = 20;

    @Inject
    CurrentUser currentUser;

    @Inject
    Zones zones;

    @Inject
    Schools schools;

    @Inject
    Bookings bookings;

    @Inject
    Questions questions;

    @Inject
    Votes votes;


    private String zoneId;
    private String code;
    private String question;
    /** The question form's key: a question sent again with it (its answer was lost) is stored once. New after each send. */
    private String sendKey = SendKeys.fresh();
    private String teamId;
    private int shown = PAGE;
    private final Map<String, String> drafts = new HashMap<>();
    private transient Map<String, Zone> myZones;
    private transient List<Question> approved;
    private transient List<Bookings.Slot> chats;
    private transient List<Question> mine;
    private transient Map<String, List<Answer>> answersShown;
    private transient Map<String, List<Comment>> commentsShown;
    private transient Optional<Vote> myVote;
    private transient Map<String, String> names;
    private final PerRequest read = new PerRequest();

    /** Runs when the page opens: students and professionals only. */
    public void load() {
        if (!currentUser.isSignedIn()) {
            throw new NotSignedInException();
        }
        if (!isStudent() && !isProfessional()) {
            throw new org.wayfinder.platform.spi.AccessDeniedException("The Zone page is for students and healthcare professionals.");
        }
        if (zoneId != null && !getMyZones().containsKey(zoneId)) {
            throw new RecordNotFoundException("Zone");
        }
        if (zoneId == null && !getMyZones().isEmpty()) {
            zoneId = getMyZones().keySet().iterator().next();
        }
    }

    public boolean isStudent() {
        return currentUser.hasRole(ZonePlugin.STUDENT);
    }

    public boolean isProfessional() {
        return currentUser.hasRole(ZonePlugin.PROFESSIONAL);
    }

    /** The Zones the person takes part in, open ones first. */
    public Map<String, Zone> getMyZones() {
        if (myZones == null) {
            String me = currentUser.require().accountId();
            List<String> ids = new ArrayList<>();
            schools.placesOf(me).forEach(s -> ids.add(s.getZoneId()));
            zones.placesOf(me).forEach(p -> ids.add(p.getZoneId()));
            myZones = new LinkedHashMap<>();
            Map<String, Zone> found = zones.byIds(ids);
            ids.stream().distinct().map(found::get).filter(Objects::nonNull)
                    .sorted((a, b) -> Boolean.compare(a.isClosed(), b.isClosed()) != 0 ? Boolean.compare(a.isClosed(), b.isClosed())
                            : b.getOpensOn().compareTo(a.getOpensOn()))
                    .forEach(z -> myZones.put(z.getId(), z));
        }
        return myZones;
    }

    public List<Zone> getZoneList() {
        return new ArrayList<>(getMyZones().values());
    }

    public Zone getZone() {
        return zoneId == null ? null : getMyZones().get(zoneId);
    }

    public boolean isOpen() {
        return getZone() != null && getZone().isOpenOn(Zones.today());
    }

    private Optional<Student> student() {
        return getZone() == null ? Optional.empty()
                : read.get("student:" + zoneId, () -> schools.student(zoneId, currentUser.require().accountId()));
    }

    private Optional<Professional> professional() {
        return getZone() == null ? Optional.empty()
                : read.get("professional:" + zoneId, () -> zones.professional(zoneId, currentUser.require().accountId()));
    }

    public boolean isStudentHere() {
        return student().isPresent();
    }

    public boolean isProfessionalHere() {
        return professional().isPresent();
    }

    public String getSchoolName() {
        return read.get("schoolName:" + zoneId, () -> student().map(s -> schools.get(s.getSchoolId()).getFullName()).orElse(""));
    }

    public String getTeamName() {
        return professional().map(p -> teamName(p.getTeamId())).filter(name -> !name.isEmpty()).orElse(null);
    }

    // Joining with a code

    public void joinZone() {
        try {
            Student student = schools.joinZone(code);
            code = null;
            myZones = null;
            read.forget();
            zoneId = student.getZoneId();
            forgetZoneLists();
            messages.info("You joined " + getZone().getName() + ".");
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "join");
        }
    }

    // Chats

    /** The Chats this person can go to: their school's bookings, or their team's Chats. */
    public List<Bookings.Slot> getChats() {
        if (chats != null) {
            return chats;
        }
        if (getZone() == null) {
            return chats = List.of();
        }
        Optional<Student> student = student();
        Optional<Professional> professional = professional();
        chats = bookings.slots(zoneId).stream()
                .filter(slot -> student.map(s -> slot.bookings().stream().anyMatch(b -> b.isStanding()
                                && b.getSchoolId().equals(s.getSchoolId()))).orElse(false)
                        || professional.map(p -> slot.chat().getTeamId().equals(p.getTeamId())
                                && slot.bookings().stream().anyMatch(Booking::isStanding)).orElse(false))
                .toList();
        return chats;
    }

    public boolean isLive(Bookings.Slot slot) {
        return slot.chat().isLive(Instant.now());
    }

    public boolean isOver(Bookings.Slot slot) {
        return !slot.chat().getEndsAt().isAfter(Instant.now());
    }

    /** The classes booked into a Chat with their schools: the schools of every Chat listed are read in one query. */
    public String classes(Bookings.Slot slot) {
        Map<String, String> schoolNames = read.get("schoolNames:" + zoneId, () -> bookings.schoolNames(getChats().stream()
                .flatMap(chat -> chat.bookings().stream()).map(Booking::getSchoolId).toList()));
        return String.join(", ", slot.bookings().stream().filter(Booking::isStanding)
                .map(b -> b.getClassName() + " (" + schoolNames.getOrDefault(b.getSchoolId(), "") + ")").toList());
    }

    // Questions

    public List<Questions.Suggestion> getSuggestions() {
        return getZone() == null || question == null ? List.of() : questions.similarAnswered(zoneId, question);
    }

    public void ask() {
        try {
            questions.ask(zoneId, sendKey, question);
            question = null;
            sendKey = SendKeys.fresh();
            mine = null;
            messages.info("Sent. A moderator reads every question before it goes to the professionals.");
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "ask");
        }
    }

    public String getSendKey() {
        return sendKey;
    }

    public void setSendKey(String sendKey) {
        this.sendKey = sendKey;
    }

    public List<Question> getMine() {
        if (mine == null) {
            mine = getZone() == null ? List.of() : questions.mine(zoneId);
        }
        return mine;
    }

    public List<Question> getApproved() {
        if (approved == null) {
            approved = getZone() == null ? List.of() : questions.approved(zoneId);
        }
        return approved;
    }

    public List<Question> getShownQuestions() {
        return getApproved().size() > shown ? getApproved().subList(0, shown) : getApproved();
    }

    public void showMore() {
        shown += PAGE;
        answersShown = null;
        commentsShown = null;
    }

    /** The answers to a question on screen: those of every question shown are read at once. */
    public List<Answer> answers(String questionId) {
        if (answersShown == null) {
            answersShown = questions.answersTo(getShownQuestions().stream().map(Question::getId).toList());
        }
        return answersShown.getOrDefault(questionId, List.of());
    }

    public List<Comment> comments(String questionId) {
        if (commentsShown == null) {
            commentsShown = questions.commentsOn(getShownQuestions().stream().map(Question::getId).toList());
        }
        return commentsShown.getOrDefault(questionId, List.of());
    }

    /** The text of a question one of mine duplicates: those of all my questions are read in one query. */
    public String questionText(String questionId) {
        Map<String, Question> originals = read.get("originals:" + zoneId, () -> questions.byIds(getMine().stream()
                .map(Question::getDuplicateOf).filter(Objects::nonNull).toList()));
        Question original = originals.get(questionId);
        return original != null ? original.getBody() : questions.find(questionId).map(Question::getBody).orElse("");
    }

    public Map<String, String> getDrafts() {
        return drafts;
    }

    public void answer(String questionId) {
        try {
            questions.answer(questionId, drafts.get("a" + questionId));
            drafts.remove("a" + questionId);
            answersShown = null;
            messages.info("Your answer is posted.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public void comment(String questionId) {
        try {
            questions.comment(questionId, drafts.get("c" + questionId));
            drafts.remove("c" + questionId);
            commentsShown = null;
            messages.info("Thanks. Your comment appears for everyone once a moderator has read it.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    /** How people are named here: students by first name, professionals with their team. */
    public String name(String accountId) {
        if (names == null) {
            names = new HashMap<>();
        }
        Map<String, String> teamOf = read.get("teamsOfProfessionals:" + zoneId, () -> zones.teamNamesOfProfessionals(zoneId));
        return names.computeIfAbsent(accountId, id -> teamOf.containsKey(id) ? zones.nameOf(id) + " (" + teamOf.get(id) + ")"
                : zones.nameOf(id));
    }

    // Votes

    public List<Team> getTeams() {
        return getZone() == null ? List.of() : read.get("teams:" + zoneId, () -> zones.teams(zoneId));
    }

    public Vote getMyVote() {
        if (myVote == null) {
            myVote = getZone() == null ? Optional.empty() : votes.mine(zoneId);
        }
        return myVote.orElse(null);
    }

    public String teamName(String id) {
        return getTeams().stream().filter(team -> team.getId().equals(id)).findFirst().map(Team::getName)
                .orElseGet(() -> zones.team(id).map(Team::getName).orElse(""));
    }

    public void vote() {
        try {
            votes.vote(zoneId, teamId);
            myVote = null;
            read.forget();
            messages.info("Thank you for voting for " + teamName(teamId) + ".");
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "vote");
        }
    }

    public boolean isResultsVisible() {
        return getZone() != null && votes.resultsVisible(getZone());
    }

    public List<Zones.Tally> getTally() {
        return isResultsVisible() ? read.get("tally:" + zoneId, () -> zones.tally(zoneId)) : List.of();
    }

    public boolean isWinner(String id) {
        return getZone() != null && getZone().getWinnerIds().contains(id);
    }

    // Fields

    public String getZoneId() {
        return zoneId;
    }

    /** Chooses the Zone shown; what was read for another Zone is read again. */
    public void setZoneId(String zoneId) {
        if (!Objects.equals(this.zoneId, zoneId)) {
            forgetZoneLists();
        }
        this.zoneId = zoneId;
    }

    /** What is read once per view for the Zone shown (the Chats, questions, answers, comments, vote): read again when next asked. */
    private void forgetZoneLists() {
        chats = null;
        mine = null;
        approved = null;
        answersShown = null;
        commentsShown = null;
        myVote = null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getTeamId() {
        return teamId;
    }

    public void setTeamId(String teamId) {
        this.teamId = teamId;
    }
}
