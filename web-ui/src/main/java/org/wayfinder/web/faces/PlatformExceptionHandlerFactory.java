package org.wayfinder.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.wayfinder.platform.spi.AccessDeniedException;
import org.wayfinder.platform.spi.NotSignedInException;
import org.wayfinder.platform.spi.RecordNotFoundException;

/**
 * Gives a page action that a service refused the same answer a page would get: not signed in goes
 * to the sign-in page, a wrong role gets the 403 page, a record that is not this tenant's gets the
 * 404 page. A post whose view cannot be restored (expired, forged or malformed view state) gets the
 * 400 page, with nothing applied. Works for full and Ajax requests alike.
 */
public class PlatformExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PlatformExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            FacesContext context = FacesContext.getCurrentInstance();
            while (events.hasNext()) {
                ExceptionQueuedEvent event = events.next();
                Throwable cause = event.getContext().getException();
                if (isUnrestorablePost(context, event, cause)) {
                    events.remove();
                    if (!context.getResponseComplete()) {
                        PostbackGuard.refuse(context);
                    }
                    break;
                }
                while (cause.getCause() != null && !isPlatform(cause)) {
                    cause = cause.getCause();
                }
                if (isPlatform(cause)) {
                    events.remove();
                    answer(context, cause);
                    break;
                }
            }
            super.handle();
        }

        /** A post Faces could not restore a view for: nothing of it may run, and it is the sender's fault, not ours. */
        private static boolean isUnrestorablePost(FacesContext context, ExceptionQueuedEvent event, Throwable cause) {
            for (Throwable current = cause; current != null; current = current.getCause()) {
                if (current instanceof ViewExpiredException) {
                    return true;
                }
            }
            return event.getContext().getPhaseId() == PhaseId.RESTORE_VIEW && context.isPostback();
        }

        private static boolean isPlatform(Throwable cause) {
            return cause instanceof NotSignedInException || cause instanceof AccessDeniedException
                    || cause instanceof RecordNotFoundException;
        }

        private static void answer(FacesContext context, Throwable cause) {
            ExternalContext external = context.getExternalContext();
            try {
                if (cause instanceof NotSignedInException) {
                    external.redirect(external.getRequestContextPath() + "/login.xhtml?next="
                            + URLEncoder.encode(context.getViewRoot().getViewId(), StandardCharsets.UTF_8));
                    context.responseComplete();
                    return;
                }
                boolean denied = cause instanceof AccessDeniedException;
                String errorView = denied ? "/errors/403.xhtml" : "/errors/404.xhtml";
                if (context.getPartialViewContext().isAjaxRequest()) {
                    external.redirect(external.getRequestContextPath() + errorView);
                    context.responseComplete();
                    return;
                }
                external.setResponseStatus(denied ? 403 : 404);
                context.setViewRoot(context.getApplication().getViewHandler().createView(context, errorView));
                context.renderResponse();
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
    }
}
