package org.wayfinder.platform.spi;

import java.util.List;

/**
 * Input was refused, with every reason at once so the person can fix them all in one go. Thrown
 * before anything is written, so refused input never leaves half a change behind. Pages show the
 * field errors beside their fields; the API answers a problem document that lists them.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "The input is not valid." : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
