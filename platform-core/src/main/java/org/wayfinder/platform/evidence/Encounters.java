package org.wayfinder.platform.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.wayfinder.platform.spi.People;
import org.wayfinder.platform.spi.ProgrammePlugins;
import org.wayfinder.platform.spi.RequiresRole;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.evidence.Encounter;
import org.wayfinder.platform.spi.evidence.EncounterRecords;

/**
 * Evidence of careers encounters (Gatsby Benchmark 5) for the programme's owners: every student's
 * encounters with professionals from each plugin that is on, one row per student and encounter,
 * for all schools or one, as a table and as CSV.
 */
@ApplicationScoped
public class Encounters {

    /** One encounter with the student's name as the programme knows it ("Someone who left" once erased). */
    public record Row(String student, Encounter encounter) {

        public List<String> csv() {
            return encounter.csvRow(student);
        }
    }

    @Inject
    @Any
    Instance<EncounterRecords> records;

    @Inject
    ProgrammePlugins plugins;

    @Inject
    People people;

    /** The encounters of one school's students, by the school's name (any case), or of all when it is null or blank; oldest first. */
    @RequiresRole(Roles.OWNER)
    public List<Row> of(String school) {
        List<Row> rows = new ArrayList<>();
        for (Encounter encounter : everything()) {
            rows.add(new Row(people.find(encounter.studentId()).map(People.Person::name).orElse("Someone who left"), encounter));
        }
        return ofSchool(rows, school);
    }

    /** The schools some of these encounters name, for choosing one: alphabetical, once each whatever the case. */
    public static List<String> schoolsIn(List<Row> rows) {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        rows.stream().map(row -> row.encounter().school()).filter(name -> name != null && !name.isBlank()).forEach(names::add);
        return List.copyOf(names);
    }

    /** Those of these encounters that are of one school's students, by the school's name in any case; all when it is blank. */
    public static List<Row> ofSchool(List<Row> rows, String school) {
        if (school == null || school.isBlank()) {
            return rows;
        }
        return rows.stream().filter(row -> school.strip().equalsIgnoreCase(row.encounter().school())).toList();
    }

    private List<Encounter> everything() {
        List<Encounter> all = new ArrayList<>();
        records.stream().filter(plugin -> plugins.isEnabled(plugin.pluginId())).forEach(plugin -> all.addAll(plugin.encounters()));
        all.sort(Comparator.comparing(Encounter::date)
                .thenComparing(Encounter::school, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER))
                .thenComparing(Encounter::studentId));
        return all;
    }
}
