package org.wayfinder.platform.spi.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Collection;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;

/**
 * The one way pages (the core's and plugins') tell people what happened: Faces messages, placed beside the field they are
 * about when there is one, so screen readers announce them with the field.
 */
public final class Messages {

    private Messages() {
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * Shows each refused field's message on the input of the form whose id is the field's name
     * (form {@code register}, field {@code email}: component {@code register:email}) and marks
     * the input invalid; a field without an input gets a message at the top of the page.
     */
    public static void show(InvalidInputException invalid, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (FieldError error : invalid.errors()) {
            UIComponent component = context.getViewRoot().findComponent(":" + formId + ":" + error.field());
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null);
            if (component instanceof UIInput input) {
                keepTypedValue(input);
                input.setValid(false);
                context.addMessage(input.getClientId(context), message);
            } else {
                context.addMessage(null, message);
            }
        }
        context.validationFailed();
    }

    /**
     * An invalid input is redrawn from its submitted value, which Faces has already cleared once the
     * value reached the bean; putting the bean's value back keeps what the person typed on screen.
     */
    private static void keepTypedValue(UIInput input) {
        Object value = input.getValue();
        if (value instanceof Collection<?> values) {
            input.setSubmittedValue(values.stream().map(String::valueOf).toArray(String[]::new));
        } else {
            input.setSubmittedValue(value == null ? "" : value.toString());
        }
    }
}
