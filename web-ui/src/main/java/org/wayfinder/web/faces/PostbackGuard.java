package org.wayfinder.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;

/**
 * Refuses a form post that did not come from the page this site gave the person, before any of
 * its values are applied or its action runs: 400 with the site's own error page, nothing changed.
 *
 * <p>Two things prove a post came from our page. The view state id (server-side state) is random
 * per page and per session, and a forged or expired one never restores a view (Faces throws
 * {@code ViewExpiredException}, answered 400 by {@link PlatformExceptionHandlerFactory}). The CSP
 * nonce that PrimeFaces gave the page is sent with each of its forms; PrimeFaces itself compares
 * the two only when it draws the answer, after the action has run, so the check is made here,
 * right after the view is restored. A {@code stateless} view state would have Faces build the page
 * afresh and run the post on it with no saved state at all; no page of the site is stateless, so
 * it is refused too.
 */
public class PostbackGuard implements PhaseListener {

    /** Where PrimeFaces keeps a page's nonce in its view map, and the field its script adds to forms. */
    static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        String state = context.getExternalContext().getRequestParameterMap().get(ResponseStateManager.VIEW_STATE_PARAM);
        if ("stateless".equals(state)) {
            refuse(context);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getResponseComplete() || !context.isPostback() || context.getViewRoot() == null) {
            return;
        }
        Map<String, Object> viewMap = context.getViewRoot().getViewMap(false);
        Object expected = viewMap == null ? null : viewMap.get(NONCE);
        String sent = context.getExternalContext().getRequestParameterMap().get(NONCE);
        if (expected == null || !Objects.equals(expected, sent)) {
            refuse(context);
        }
    }

    /**
     * Ends the request with the 400 page and runs nothing more of it. An Ajax request is sent to the
     * page instead, since the PrimeFaces script in the browser shows a page only when told to go
     * to one.
     */
    static void refuse(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        try {
            if (context.getPartialViewContext().isAjaxRequest()) {
                external.redirect(external.getRequestContextPath() + "/errors/400.xhtml");
            } else {
                external.responseSendError(HttpServletResponse.SC_BAD_REQUEST, "The form was not sent from this site's page.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
