package org.wayfinder.platform.spi.journey;

import java.util.List;
import java.util.Optional;

/**
 * The journey people with one role take through the programme: an ordered list of steps, as data
 * owners edit, version, export and import.
 *
 * @param role  the role it is for ({@code member}, {@code mentee}, ...)
 * @param title what it is called
 * @param steps its steps, in order
 */
public record JourneyDefinition(String role, String title, List<JourneyStep> steps) {

    public JourneyDefinition {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public Optional<JourneyStep> step(String id) {
        return steps.stream().filter(step -> step.id().equals(id)).findFirst();
    }
}
