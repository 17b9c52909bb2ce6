package org.wayfinder.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wayfinder.platform.journey.JourneySummary;
import org.wayfinder.platform.journey.Journeys;

/** The programme's journeys, one per role that can have one, including roles without a journey yet. */
@Named
@RequestScoped
public class JourneysPage {

    /** A role and its journey, if it has one. */
    public record Row(String role, JourneySummary journey) {

        public boolean exists() {
            return journey != null;
        }
    }

    @Inject
    Journeys journeys;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            Map<String, JourneySummary> byRole = journeys.summaries().stream()
                    .collect(Collectors.toMap(JourneySummary::role, Function.identity()));
            rows = journeys.roles().stream().map(role -> new Row(role, byRole.get(role))).toList();
        }
        return rows;
    }
}
