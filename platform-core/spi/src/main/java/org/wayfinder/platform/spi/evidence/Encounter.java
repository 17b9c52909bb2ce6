package org.wayfinder.platform.spi.evidence;

import java.time.LocalDate;
import java.util.List;

/**
 * One encounter a student had with people from the world of work (Gatsby Benchmark 5): a live Chat
 * with a team of professionals, a question a professional answered, a mentoring meeting.
 *
 * @param studentId    the student's account id
 * @param schoolId     their school's id, or null where the plugin knows none
 * @param school       their school's name, or empty
 * @param date         the day it happened, in the UK
 * @param type         what kind of encounter, in words a school's careers records use ("Live Chat with professionals")
 * @param organisation who the professionals were with (a Zone team, an employer), or empty where unknown
 * @param activity     where it happened (the Zone's name, "Mentoring")
 * @param minutes      how long it lasted, or 0 where it has no length (an answer)
 */
public record Encounter(String studentId, String schoolId, String school, LocalDate date, String type, String organisation,
                        String activity, int minutes) {

    /** The columns of an encounters CSV, one row per student and encounter: the shape schools' careers records import. */
    public static final List<String> CSV_COLUMNS = List.of("Student", "School", "Date", "Encounter type", "Employer or organisation",
            "Activity", "Minutes");

    /** This encounter as a row of {@link #CSV_COLUMNS}, the date as 2026-12-06. */
    public List<String> csvRow(String studentName) {
        return List.of(studentName, school == null ? "" : school, date.toString(), type, organisation == null ? "" : organisation,
                activity == null ? "" : activity, minutes == 0 ? "" : Integer.toString(minutes));
    }
}
