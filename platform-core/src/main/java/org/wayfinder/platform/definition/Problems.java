package org.wayfinder.platform.definition;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;

/**
 * What is wrong with a definition, each problem at the path of what it is about
 * ({@code sections[0].fields[1].type}, {@code steps[2].form}), in the words the editor shows. An
 * editor page places each one beside the part it names; an import prefixes the paths with where
 * the definition sits in its document.
 */
public final class Problems implements Serializable {

    private static final Problems NONE = new Problems(List.of());

    private final List<FieldError> list;

    private Problems(List<FieldError> list) {
        this.list = List.copyOf(list);
    }

    public static Problems none() {
        return NONE;
    }

    public static Problems of(List<FieldError> problems) {
        return problems.isEmpty() ? NONE : new Problems(problems);
    }

    /** These problems, then those. */
    public Problems and(Problems more) {
        if (more.isEmpty()) {
            return this;
        }
        List<FieldError> both = new ArrayList<>(list);
        both.addAll(more.list);
        return new Problems(both);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FieldError> list() {
        return list;
    }

    /** Refuses the input when there is any problem, with every problem at its path. */
    public void refuseIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Problems problems && list.equals(problems.list);
    }

    @Override
    public int hashCode() {
        return list.hashCode();
    }

    @Override
    public String toString() {
        return list.toString();
    }
}
