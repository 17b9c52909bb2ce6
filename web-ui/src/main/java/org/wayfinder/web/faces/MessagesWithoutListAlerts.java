package org.wayfinder.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.List;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages} with its alerts where assistive technology expects them.
 *
 * <p>PrimeFaces 15.0.13 marks each message's {@code <li>} as {@code role="alert"}, which takes it out
 * of its list: screen readers no longer hear a list, and WCAG 1.3.1 checks (axe-core's {@code list}
 * rule, serious) fail on every page that shows a message. PrimeFaces has fixed it after 15.0.13
 * (primefaces/primefaces#14864), in no release yet. Until then this renderer draws the same markup
 * with the alert moved to each severity's box ({@code <div class="ui-messages-error">}, which holds
 * the list), so every message is still announced at once, and the list stays a list.
 * Registered in faces-config.xml for PrimeFaces' messages renderer type.
 */
public class MessagesWithoutListAlerts extends MessagesRenderer {

    @Override
    protected void encodeMessages(FacesContext context, Messages uiMessages, String severity, List<FacesMessage> messages)
            throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new AlertsOnTheBox(original));
        try {
            super.encodeMessages(context, uiMessages, severity, messages);
        } finally {
            context.setResponseWriter(original);
        }
    }

    /** Drops role and aria-atomic from list items and gives them to the severity's box. */
    private static final class AlertsOnTheBox extends ResponseWriterWrapper {

        private String element;

        AlertsOnTheBox(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("li".equals(element) && ("role".equals(name) || "aria-atomic".equals(name))) {
                return;
            }
            super.writeAttribute(name, value, property);
            if ("div".equals(element) && "class".equals(name) && value != null
                    && value.toString().startsWith(Messages.SEVERITY_PREFIX_CLASS)) {
                super.writeAttribute("role", "alert", null);
                super.writeAttribute("aria-atomic", "true", null);
            }
        }
    }
}
