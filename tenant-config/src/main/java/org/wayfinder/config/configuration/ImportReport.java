package org.wayfinder.config.configuration;

import java.util.List;
import org.wayfinder.platform.spi.FieldError;

/**
 * What an import found: every problem with the document, by JSON path, or else every change it
 * makes (or, in a dry run, would make).
 *
 * @param problems what is wrong; nothing is applied while there is anything here
 * @param changes  what changes, in words, in the order they are applied
 * @param applied  whether the changes were applied (false for a dry run and whenever there are problems)
 */
public record ImportReport(List<FieldError> problems, List<String> changes, boolean applied) {

    public ImportReport {
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
