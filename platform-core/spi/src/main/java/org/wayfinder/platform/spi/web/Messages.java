package org.wayfinder.platform.spi.web;

import org.wayfinder.platform.spi.InvalidInputException;

/**
 * The one way pages (the core's and plugins') tell people what happened: messages on the page,
 * placed beside the field they are about when there is one, so screen readers announce them with
 * the field. Inject it into a page bean.
 */
public interface Messages {

    /** Something that went well ("Saved."), at the top of the page. */
    void info(String text);

    /** Something that went wrong and is about no one field, at the top of the page. */
    void error(String text);

    /**
     * Shows each refused field's message on the input of the form whose id is the field's name
     * (form {@code register}, field {@code email}: component {@code register:email}) and keeps what
     * was typed there; a field without an input gets its message at the top of the page.
     */
    void show(InvalidInputException invalid, String formId);
}
