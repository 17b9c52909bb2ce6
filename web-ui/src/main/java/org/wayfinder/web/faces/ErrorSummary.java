package org.wayfinder.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UISelectOne;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the GOV.UK error summary lists ({@code /WEB-INF/includes/error-summary.xhtml}): after a
 * refused submission, each problem of a form in the order its fields appear, with the client id of
 * the input to jump to, then problems about no field.
 *
 * <p>A field's problem is either a Faces message on the input's client id (what {@code Messages.show}
 * and Faces' own validation add) or, for questions drawn by {@code form-fields.xhtml}, the input's
 * {@value #MESSAGE} attribute: those inputs repeat in {@code ui:repeat}, so only a walk of the drawn
 * tree knows each one's client id.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** The component attribute holding a form question's problem, as {@code form-fields.xhtml} sets it. */
    public static final String MESSAGE = "errorSummaryMessage";

    /** The id of the summary's own panel, which the walk leaves out. */
    private static final String SUMMARY = "errorSummary";

    /** Each summary's problems, worked out once: the summary itself is drawn inside the form it walks. */
    private final Map<String, List<Problem>> found = new HashMap<>();

    /** One line of the summary; {@code target} is null for a problem about no field. */
    public record Problem(String text, String target) {
    }

    /**
     * The problems of one form, or of the whole page when {@code formId} is empty (a page whose
     * forms share one summary at its top). Only while the page is drawn: before then the
     * submission has not been checked yet.
     */
    public List<Problem> problems(String formId) {
        if (FacesContext.getCurrentInstance().getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            return List.of();
        }
        return found.computeIfAbsent(formId == null ? "" : formId, this::find);
    }

    private List<Problem> find(String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getMaximumSeverity() == null || context.getMaximumSeverity().compareTo(FacesMessage.SEVERITY_ERROR) < 0) {
            return List.of();
        }
        UIComponent start = formId.isBlank() ? context.getViewRoot()
                : context.getViewRoot().findComponent(":" + formId);
        if (start == null) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        start.visitTree(VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED)), (visit, component) -> {
            if (SUMMARY.equals(component.getId())) {
                return VisitResult.REJECT;
            }
            if (component instanceof EditableValueHolder) {
                String clientId = component.getClientId(context);
                String target = target(component, clientId);
                for (FacesMessage message : context.getMessageList(clientId)) {
                    if (isError(message) && seen.add(clientId + message.getSummary())) {
                        problems.add(new Problem(message.getSummary(), target));
                    }
                }
                Object question = component.getAttributes().get(MESSAGE);
                if (question instanceof String text && !text.isBlank() && seen.add(clientId + text)) {
                    problems.add(new Problem(text, target));
                }
            }
            return VisitResult.ACCEPT;
        });
        // A problem about no field belongs to the form that was sent (on a page of several forms, each with its summary, it shows
        // once), or to every summary when the page is opened.
        boolean sent = formId.isBlank() || !context.isPostback()
                || context.getExternalContext().getRequestParameterMap().containsKey(start.getClientId(context));
        for (Iterator<FacesMessage> global = context.getMessages(null); sent && global.hasNext(); ) {
            FacesMessage message = global.next();
            if (isError(message)) {
                problems.add(new Problem(message.getSummary(), null));
            }
        }
        return problems;
    }

    private static boolean isError(FacesMessage message) {
        return message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0;
    }

    /**
     * The element a link should focus: a list of radios or boxes is drawn as a group whose first
     * choice has the id {@code <client id>:0}; PrimeFaces' drop-down focuses {@code <client id>_focus}
     * and its tick box is {@code <client id>_input}.
     */
    private static String target(UIComponent component, String clientId) {
        String family = component.getRendererType() == null ? "" : component.getRendererType();
        if (family.equals("org.primefaces.component.SelectOneMenuRenderer")) {
            return clientId + "_focus";
        }
        if (family.equals("org.primefaces.component.SelectBooleanCheckboxRenderer")) {
            return clientId + "_input";
        }
        if (component instanceof UISelectMany && !family.contains("Menu") && !family.contains("Listbox")
                || component instanceof UISelectOne && family.contains("Radio")) {
            return clientId + ":0";
        }
        return clientId;
    }
}
