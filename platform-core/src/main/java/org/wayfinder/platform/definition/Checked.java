package org.wayfinder.platform.definition;

/**
 * A draft checked as it would be saved: the definition it makes, and what is wrong with it.
 *
 * @param <T> the kind of definition ({@code FormDefinition}, {@code JourneyDefinition})
 */
public record Checked<T>(T definition, Problems problems) {

    public boolean passed() {
        return problems.isEmpty();
    }
}
