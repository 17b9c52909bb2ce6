package org.wayfinder.zone;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wayfinder.platform.spi.Plugin;
import org.wayfinder.platform.spi.PluginLink;
import org.wayfinder.platform.spi.PluginRole;
import org.wayfinder.platform.spi.PluginSetting;
import org.wayfinder.platform.spi.Roles;

/**
 * Zones, modelled on the event of the Zone report: for fixed dates, schools book live text Chats
 * with teams of healthcare professionals; students ask follow-up questions that moderators approve,
 * professionals answer, everyone comments, and students vote for a team. The end-of-Zone report is
 * computed from these records.
 */
@ApplicationScoped
public class ZonePlugin implements Plugin {

    public static final String ID = "zone";
    /** A student, usually joined with a class code, who signs in with a username. */
    public static final String STUDENT = "student";
    /** A teacher or other school contact who registers their school, books Chats and makes class codes. */
    public static final String TEACHER = "teacher";
    /** A healthcare professional in one of a Zone's teams. */
    public static final String PROFESSIONAL = "professional";

    /** Whether students and professionals see the votes before the Zone closes. */
    public static final String HIDE_RESULTS = "hide-results-until-close";
    /** How many hours before a Chat teachers are reminded of it. */
    public static final String REMINDER_HOURS = "reminder-hours";
    /** How many days a new class code works. */
    public static final String CLASS_CODE_DAYS = "class-code-days";
    /** The programme's own phrases that hold a Chat line or question for a moderator. */
    public static final String FLAGGED_PHRASES = "flagged-phrases";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Zone";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public String description() {
        return "Live text Chats between classes and teams of healthcare professionals, moderated follow-up questions, votes"
                + " and the end-of-Zone report.";
    }

    @Override
    public List<PluginSetting> settings() {
        return List.of(
                PluginSetting.bool(HIDE_RESULTS, "Hide the votes until the Zone closes").withDefault("true")
                        .withHelp("Students and professionals see how many votes each team has only once the Zone has closed."
                                + " Owners and moderators always see them."),
                PluginSetting.integer(REMINDER_HOURS, "Remind teachers of a booked Chat (hours before)").withRange(1, 168)
                        .withDefault("24").asRequired(),
                PluginSetting.integer(CLASS_CODE_DAYS, "A new class code works for (days)").withRange(1, 365).withDefault("60")
                        .asRequired(),
                PluginSetting.text(FLAGGED_PHRASES, "Phrases to hold for a moderator").withRange(0, 2000)
                        .withHelp("Separated by commas. Chat lines with these, or with contact details, wait for a moderator;"
                                + " questions and comments always do."));
    }

    @Override
    public List<PluginRole> roles() {
        return List.of(
                new PluginRole(TEACHER, "Teacher", "A teacher or school contact who books Chats for their classes", true),
                new PluginRole(PROFESSIONAL, "Healthcare professional", "A professional in one of the Zone's teams", false),
                new PluginRole(STUDENT, "Student", "A student who joined with their teacher's class code", false));
    }

    @Override
    public List<PluginLink> links() {
        return List.of(
                new PluginLink("Zones", "/zone/zones.xhtml", "dates, funders, prize, teams and professionals; Chat slots and their outcomes.",
                        Roles.OWNER),
                new PluginLink("Schools and teachers", "/zone/schools.xhtml",
                        "the register of schools with their priority flags; approve teachers.", Roles.OWNER),
                new PluginLink("Question categories", "/zone/categories.xhtml", "the categories moderators tag questions with.",
                        Roles.OWNER),
                new PluginLink("Zone report", "/zone/report.xhtml", "the end-of-Zone report for funders; PDF, CSV and XLSX.",
                        Roles.OWNER),
                new PluginLink("Chats", "/zone/chats.xhtml", "Chats on now and lines waiting for a moderator; transcripts afterwards.",
                        Roles.OWNER),
                new PluginLink("Schools and teachers", "/zone/schools.xhtml", "approve teachers who registered their school.",
                        Roles.MODERATOR),
                new PluginLink("Chats", "/zone/chats.xhtml", "Chats on now and lines waiting for a moderator; transcripts afterwards.",
                        Roles.MODERATOR),
                new PluginLink("Questions and comments", "/zone/moderate.xhtml",
                        "approve, edit, categorise or reject follow-up questions and comments; spot duplicates.", Roles.MODERATOR),
                new PluginLink("Your school's Chats", "/zone/school.xhtml", "register your school, book Chats, make class codes.",
                        TEACHER),
                new PluginLink("The Zone", "/zone/index.xhtml", "your Chats, questions and answers, and voting.", STUDENT),
                new PluginLink("The Zone", "/zone/index.xhtml", "your team's Chats, and questions to answer.", PROFESSIONAL));
    }

    /** Pages under /zone/, the API under /api/v1/zones/. */
    @Override
    public Set<String> paths() {
        return Set.of(ID, "zones");
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/zone/changelog.xml");
    }
}
