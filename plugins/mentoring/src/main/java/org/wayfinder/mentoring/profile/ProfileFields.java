package org.wayfinder.mentoring.profile;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.wayfinder.mentoring.taxonomy.TermKind;
import org.wayfinder.platform.spi.form.FieldOption;
import org.wayfinder.platform.spi.form.FieldType;
import org.wayfinder.platform.spi.form.FieldWidget;
import org.wayfinder.platform.spi.form.FormField;

/**
 * The question types mentoring adds to the form builder. A mentee's or mentor's profile is the
 * answers to the programme's profile form; matching finds what it needs by these types, whatever
 * the owner calls the questions or wherever they put them.
 */
public final class ProfileFields {

    public static final String CAREER_AREAS = "mentoring-career-areas";
    public static final String SUPPORT_TYPES = "mentoring-support-types";
    public static final String CAPACITY = "mentoring-capacity";
    public static final String AVAILABILITY = "mentoring-availability";
    public static final String BOROUGH = "mentoring-borough";
    public static final String SCHOOL = "mentoring-school";

    /** The most mentees one mentor can take at once. */
    public static final int MOST_MENTEES = 5;

    private ProfileFields() {
    }

    /** The programme's career areas, several may be chosen. */
    @ApplicationScoped
    public static class CareerAreas extends TaxonomyField {

        public CareerAreas() {
            super(TermKind.CAREER_AREA, CAREER_AREAS, "Career areas (mentoring)");
        }
    }

    /** The programme's support types, several may be chosen. */
    @ApplicationScoped
    public static class SupportTypes extends TaxonomyField {

        public SupportTypes() {
            super(TermKind.SUPPORT_TYPE, SUPPORT_TYPES, "Support types (mentoring)");
        }
    }

    /** How many mentees a mentor can take at once, 1 to {@link #MOST_MENTEES}. */
    @ApplicationScoped
    public static class Capacity implements FieldType {

        @Override
        public String id() {
            return CAPACITY;
        }

        @Override
        public String label() {
            return "Mentees at once (mentoring)";
        }

        @Override
        public FieldWidget widget() {
            return FieldWidget.SELECT;
        }

        @Override
        public ValueKind kind() {
            return ValueKind.NUMBER;
        }

        @Override
        public List<FieldOption> options(FormField field) {
            return IntStream.rangeClosed(1, MOST_MENTEES)
                    .mapToObj(n -> new FieldOption(Integer.toString(n), n == 1 ? "1 mentee" : n + " mentees")).toList();
        }

        @Override
        public boolean ownOptions() {
            return false;
        }
    }

    /** When someone can meet; the same options for mentees and mentors, so they can be compared. */
    @ApplicationScoped
    public static class Availability implements FieldType {

        static final List<FieldOption> TIMES = List.of(
                new FieldOption("weekday-daytime", "Weekdays, in the day"),
                new FieldOption("weekday-after-school", "Weekdays, after school (4pm to 6pm)"),
                new FieldOption("weekday-evening", "Weekday evenings"),
                new FieldOption("weekend", "Weekends"));

        @Override
        public String id() {
            return AVAILABILITY;
        }

        @Override
        public String label() {
            return "Availability (mentoring)";
        }

        @Override
        public FieldWidget widget() {
            return FieldWidget.CHECKBOXES;
        }

        @Override
        public ValueKind kind() {
            return ValueKind.OPTIONS;
        }

        @Override
        public List<FieldOption> options(FormField field) {
            return TIMES;
        }

        @Override
        public boolean ownOptions() {
            return false;
        }
    }

    /** Where someone lives or works, as a borough or town; compared without case or extra spaces. */
    @ApplicationScoped
    public static class Borough extends PlaceField {

        @Override
        public String id() {
            return BOROUGH;
        }

        @Override
        public String label() {
            return "Borough or town (mentoring)";
        }
    }

    /** A mentee's school or college, for the owner's reports per school. */
    @ApplicationScoped
    public static class School extends PlaceField {

        @Override
        public String id() {
            return SCHOOL;
        }

        @Override
        public String label() {
            return "School or college (mentoring)";
        }
    }

    /** A short name of a place, typed. */
    abstract static class PlaceField implements FieldType {

        @Override
        public FieldWidget widget() {
            return FieldWidget.TEXT;
        }

        @Override
        public ValueKind kind() {
            return ValueKind.TEXT;
        }

        @Override
        public Optional<String> problemWith(String answer, FormField field) {
            return answer.strip().length() > 80 ? Optional.of("Keep it to 80 characters.") : Optional.empty();
        }
    }

    /** A place as typed, for comparing: "  Tower  hamlets " and "Tower Hamlets" are the same place. */
    public static String place(String typed) {
        return typed == null ? null : typed.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.UK);
    }
}
