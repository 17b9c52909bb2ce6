package org.wayfinder.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.wayfinder.platform.definition.ReadableId;
import org.wayfinder.platform.form.FormDraft;
import org.wayfinder.platform.form.FormSummary;
import org.wayfinder.platform.form.Forms;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.web.Messages;

/**
 * The owner's list of the programme's forms, and where a new one is started: a title, a key made
 * from it (which the owner may change) and a first question, since a form is saved with at least
 * one. The new form opens in the form builder.
 */
@Named
@ViewScoped
public class FormsPage implements Serializable {

    @Inject
    Messages messages;

    private static final String KEY = "^[a-z][a-z0-9-]{1,59}$";

    @Inject
    Forms forms;

    private String title;
    private String key;
    private String suggestedKey;
    private String firstQuestion;
    private transient List<FormSummary> summaries;

    /** Makes the key from the title as it is typed, until the owner types a key of their own. */
    public void suggestKey() {
        if (key == null || key.isBlank() || key.equals(suggestedKey)) {
            suggestedKey = title == null || title.isBlank() ? null : ReadableId.from(title, "form", 60);
            key = suggestedKey;
        }
    }

    public String create() {
        if ((key == null || key.isBlank()) && title != null && !title.isBlank()) {
            key = ReadableId.from(title, "form", 60);
        }
        key = key == null ? "" : key.strip();
        List<FieldError> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new FieldError("title", "Give the form a title, like Placement feedback."));
        }
        if (!key.matches(KEY)) {
            problems.add(new FieldError("key", "Use 2 to 60 lower-case letters, digits and hyphens, starting with a letter, like placement-feedback."));
        } else if (forms.byKey(key).isPresent()) {
            problems.add(new FieldError("key", "Another form already has the key \u201c" + key + "\u201d. Choose a different one."));
        }
        if (firstQuestion == null || firstQuestion.isBlank()) {
            problems.add(new FieldError("firstQuestion", "Write the form's first question. You can change it, and add more, next."));
        }
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            forms.saveDraft(FormDraft.newForm(key, title.strip(), firstQuestion.strip()));
        } catch (InvalidInputException invalid) {
            messages.show(onThisPage(invalid), "create");
            return null;
        }
        messages.info("The form is created. Add its questions, then publish it when it is ready: nobody can answer it until then.");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/form?faces-redirect=true&key=" + key;
    }

    /** The engine names the first question by its path; here it is an input of its own. */
    private static InvalidInputException onThisPage(InvalidInputException invalid) {
        return new InvalidInputException(invalid.errors().stream()
                .map(error -> error.field().startsWith("sections[0].fields[0]") ? new FieldError("firstQuestion", error.message()) : error)
                .toList());
    }

    public List<FormSummary> getSummaries() {
        if (summaries == null) {
            summaries = forms.summaries();
        }
        return summaries;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getFirstQuestion() {
        return firstQuestion;
    }

    public void setFirstQuestion(String firstQuestion) {
        this.firstQuestion = firstQuestion;
    }
}
