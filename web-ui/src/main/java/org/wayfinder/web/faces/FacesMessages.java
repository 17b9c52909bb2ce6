package org.wayfinder.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Collection;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.InvalidInputException;
import org.wayfinder.platform.spi.web.Messages;

/** {@link Messages} as Faces messages of the request being answered. */
@ApplicationScoped
public class FacesMessages implements Messages {

    @Override
    public void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    @Override
    public void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Also marks each input invalid, so it is drawn as one. */
    @Override
    public void show(InvalidInputException invalid, String formId) {
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
