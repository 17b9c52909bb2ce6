package org.wayfinder.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.wayfinder.platform.spi.Plugin;
import org.wayfinder.platform.spi.PluginLink;
import org.wayfinder.platform.spi.PluginRole;
import org.wayfinder.platform.spi.PluginSetting;
import org.wayfinder.platform.spi.Roles;

/**
 * Mentoring: students (mentees, mostly under 18) matched with NHS professionals (mentors) for career
 * advice, modelled on the programme in the mentoring case study. Mentor is a vetted role: mentors
 * need a DBS check the core records (the SPI's Vetting) before they can be matched or message
 * anyone; career areas and support types are the programme's own.
 */
@ApplicationScoped
public class MentoringPlugin implements Plugin {

    public static final String ID = "mentoring";
    public static final String MENTEE = "mentee";
    public static final String MENTOR = "mentor";

    /** The key of the form whose answers are a mentee's profile. */
    public static final String MENTEE_PROFILE_FORM = "mentee-profile-form";
    /** The key of the form whose answers are a mentor's profile. */
    public static final String MENTOR_PROFILE_FORM = "mentor-profile-form";
    /** How mentees get a mentor: one of the MODE_ values. The owner can match by hand and propose in bulk in every mode. */
    public static final String MATCHING_MODE = "matching-mode";
    /** The owner proposes matches (in bulk or one by one) and publishes them. */
    public static final String MODE_OWNER_PROPOSES = "owner-proposes";
    /** A mentee chooses a mentor from their ranked suggestions; the match is made at once. */
    public static final String MODE_MENTEE_CHOOSES = "mentee-chooses";
    /** A mentee asks a mentor from their ranked suggestions; the mentor accepts or declines. */
    public static final String MODE_MENTEE_REQUESTS = "mentee-requests";
    /** Days without a message or a logged meeting after which both people of a match are reminded; 0 for never. */
    public static final String QUIET_DAYS = "quiet-days";
    /** The owner's weights for bulk matching, 0 to 10 each, and its hard filters. */
    public static final String WEIGHT_CAREER_AREA = "weight-career-area";
    public static final String WEIGHT_SUPPORT_TYPE = "weight-support-type";
    public static final String WEIGHT_LOCATION = "weight-location";
    public static final String WEIGHT_AVAILABILITY = "weight-availability";
    public static final String MUST_SHARE_CAREER_AREA = "must-share-career-area";
    public static final String MUST_SHARE_BOROUGH = "must-share-borough";
    /** Where reports of messages go. */
    public static final String SAFEGUARDING_LEAD = "safeguarding-lead";
    /** The key of the form both people are asked to answer when their match ends. */
    public static final String EXIT_SURVEY_FORM = "exit-survey-form";
    /** The programme's own phrases that hold a message for a moderator. */
    public static final String FLAGGED_PHRASES = "flagged-phrases";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Mentoring";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public String description() {
        return "Students matched with DBS-checked NHS professionals for careers advice, with safeguarded messaging and impact reports.";
    }

    /**
     * {@code expiry-warning-days} went when DBS checks moved into the core, which warns 30 days ahead
     * for every vetted role ({@code Vetting.EXPIRY_WARNING_DAYS}); configurations exported before still
     * name it.
     */
    @Override
    public Set<String> retiredSettings() {
        return Set.of("expiry-warning-days");
    }

    @Override
    public List<PluginSetting> settings() {
        return List.of(
                PluginSetting.choice(MATCHING_MODE, "How mentees get a mentor", MODE_OWNER_PROPOSES, MODE_MENTEE_CHOOSES,
                        MODE_MENTEE_REQUESTS).withDefault(MODE_OWNER_PROPOSES).asRequired()
                        .withHelp("owner-proposes: you propose matches and publish them. mentee-chooses: each mentee picks one of the"
                                + " mentors suggested to them and is matched at once. mentee-requests: each mentee asks one of their"
                                + " suggested mentors, who accepts or declines. In every mode you can still match by hand and propose in bulk."),
                PluginSetting.integer(QUIET_DAYS, "Remind a match that has been quiet for (days)").withRange(0, 90).withDefault("14")
                        .asRequired().withHelp("Both people are emailed when nobody has written or logged a meeting for this many"
                                + " days, and again after as many days more. 0 sends no reminders."),
                PluginSetting.text(MENTEE_PROFILE_FORM, "Key of the mentees' profile form").withRange(1, 60).withDefault("mentee-profile")
                        .asRequired().withHelp("Matching reads a mentee's career areas, support types, availability and borough from"
                                + " their answers to this form, by the mentoring question types."),
                PluginSetting.text(MENTOR_PROFILE_FORM, "Key of the mentors' profile form").withRange(1, 60).withDefault("mentor-profile")
                        .asRequired().withHelp("The same for mentors, with how many mentees they can take at once."),
                PluginSetting.integer(WEIGHT_CAREER_AREA, "Matching weight: career area").withRange(0, 10).withDefault("5").asRequired(),
                PluginSetting.integer(WEIGHT_SUPPORT_TYPE, "Matching weight: support type").withRange(0, 10).withDefault("3").asRequired(),
                PluginSetting.integer(WEIGHT_LOCATION, "Matching weight: same borough or town").withRange(0, 10).withDefault("1").asRequired(),
                PluginSetting.integer(WEIGHT_AVAILABILITY, "Matching weight: availability").withRange(0, 10).withDefault("2").asRequired(),
                PluginSetting.bool(MUST_SHARE_CAREER_AREA, "Only match a mentee with a mentor who shares a career area").withDefault("true"),
                PluginSetting.bool(MUST_SHARE_BOROUGH, "Only match within the same borough or town").withDefault("false"),
                PluginSetting.text(EXIT_SURVEY_FORM, "Key of the exit survey form").withRange(1, 60).withDefault("exit-survey")
                        .asRequired().withHelp("When a match ends both people are emailed a link to answer it; the reports count its"
                                + " \"would you recommend\" answers."),
                PluginSetting.email(SAFEGUARDING_LEAD, "Safeguarding lead's email")
                        .withHelp("Reports of messages are sent here; without it, to every moderator."),
                PluginSetting.text(FLAGGED_PHRASES, "Phrases to hold for a moderator").withRange(0, 2000)
                        .withHelp("Separated by commas, for example: meet up, keep it secret. Contact details are always held."));
    }

    @Override
    public List<PluginRole> roles() {
        return List.of(
                new PluginRole(MENTEE, "Mentee", "A student looking for careers advice from an NHS professional", true),
                new PluginRole(MENTOR, "Mentor", "An NHS professional who mentors students; must be DBS checked", true, true));
    }

    @Override
    public List<PluginLink> links() {
        return List.of(
                new PluginLink("Career areas and support types", "/mentoring/taxonomy.xhtml",
                        "the lists mentees and mentors choose from.", Roles.OWNER),
                new PluginLink("Mentoring report", "/mentoring/report.xhtml",
                        "share of mentees matched, who would recommend, support covered, by school and borough; CSV.", Roles.OWNER),
                new PluginLink("Propose matches", "/mentoring/proposal.xhtml",
                        "match every waiting mentee at once, with your weights; review, then publish.", Roles.OWNER),
                new PluginLink("Matches", "/mentoring/matches.xhtml", "who is matched with whom; match by hand, end a match.",
                        Roles.OWNER),
                new PluginLink("Held messages", "/mentoring/review.xhtml",
                        "messages the safeguarding screen held, and reported messages.", Roles.MODERATOR),
                new PluginLink("Your mentoring", "/mentoring/index.xhtml", "your mentor, your messages and meetings.", MENTEE),
                new PluginLink("Your mentoring", "/mentoring/index.xhtml", "your mentees, their requests and your messages.", MENTOR));
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/mentoring/changelog.xml");
    }
}
