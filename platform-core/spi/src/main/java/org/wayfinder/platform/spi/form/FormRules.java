package org.wayfinder.platform.spi.form;

import java.util.List;
import java.util.Set;

/**
 * What the core's form engine knows about a form that a page drawing it needs: which questions
 * show given the answers so far, each question's type (the core's and every plugin's), and the
 * options a choice offers (fixed, or from a plugin's list).
 */
public interface FormRules {

    /** The ids of the questions that show, given these answers. */
    Set<String> visible(FormDefinition form, Answers answers);

    /** The type of a question. */
    FieldType typeOf(FormField field);

    /** The options a choice question offers. */
    List<FieldOption> options(FormField field);
}
