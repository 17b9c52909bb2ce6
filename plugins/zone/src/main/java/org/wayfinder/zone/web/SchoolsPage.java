package org.wayfinder.zone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.web.Messages;
import org.wayfinder.platform.spi.web.PerRequest;
import org.wayfinder.zone.school.School;
import org.wayfinder.zone.school.Schools;

/**
 * Owners and moderators: the register of schools with their priority flags, and the teachers who
 * registered, to approve (they can then book Chats) or turn down with a reason.
 */
@Named
@ViewScoped
public class SchoolsPage implements Serializable {

    @Inject
    Messages messages;

    @Inject
    Schools schools;

    private String schoolName;
    private String county;
    private boolean underServed;
    private boolean wideningParticipation;
    private String editing;
    private final Map<String, String> reasons = new HashMap<>();
    private transient List<Schools.TeacherRow> teachers;
    private final PerRequest read = new PerRequest();

    /** Runs when the page opens: owners and moderators only. */
    public void load() {
        getTeachers();
    }

    public List<Schools.TeacherRow> getTeachers() {
        if (teachers == null) {
            teachers = schools.teachers();
        }
        return teachers;
    }

    public long getPending() {
        return getTeachers().stream().filter(row -> row.teacher().getStatus() == org.wayfinder.zone.school.Teacher.Status.PENDING).count();
    }

    public void approve(String teacherId) {
        schools.approveTeacher(teacherId);
        teachers = null;
        messages.info("Approved; they are emailed that they can book Chats.");
    }

    public void reject(String teacherId) {
        try {
            schools.rejectTeacher(teacherId, reasons.get(teacherId));
            teachers = null;
            messages.info("Turned down; they are emailed your reason.");
        } catch (InvalidInputException invalid) {
            messages.error(invalid.errors().get(0).message());
        }
    }

    public List<School> getRegister() {
        return read.get("register", schools::all);
    }

    public void edit(School school) {
        editing = school.getId();
        schoolName = school.getName();
        county = school.getCounty();
        underServed = school.isUnderServed();
        wideningParticipation = school.isWideningParticipation();
    }

    public void startNew() {
        editing = null;
        schoolName = null;
        county = null;
        underServed = false;
        wideningParticipation = false;
    }

    public void save() {
        try {
            School school = editing == null ? schools.addSchool(schoolName, county, underServed, wideningParticipation)
                    : schools.updateSchool(editing, schoolName, county, underServed, wideningParticipation);
            read.forget();
            messages.info("Saved " + school.getFullName() + ".");
            startNew();
        } catch (InvalidInputException invalid) {
            messages.show(invalid, "register");
        }
    }

    public String getEditing() {
        return editing;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public void setSchoolName(String schoolName) {
        this.schoolName = schoolName;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public boolean isUnderServed() {
        return underServed;
    }

    public void setUnderServed(boolean underServed) {
        this.underServed = underServed;
    }

    public boolean isWideningParticipation() {
        return wideningParticipation;
    }

    public void setWideningParticipation(boolean wideningParticipation) {
        this.wideningParticipation = wideningParticipation;
    }
}
