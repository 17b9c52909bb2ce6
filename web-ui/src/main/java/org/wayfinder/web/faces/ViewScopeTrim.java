package org.wayfinder.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a person's session from growing with every page they open.
 *
 * <p>Faces keeps the view-scoped beans of each page a person has open in the session: the page's
 * view map in {@value #VIEW_MAPS} (at most {@code com.sun.faces.numberOfActiveViewMaps}, the oldest
 * dropped first) and the beans themselves in {@value #VIEW_CONTEXTS}, under the same key. Mojarra 4.0
 * as bundled with Payara Micro drops the view map but leaves its beans behind, on the cluster and on
 * a single instance alike, so a session grew by about 450 bytes a page, for good: a mentee's was 29 KB
 * after 13 pages and 56 KB after 73, holding dozens of sets of beans of which a handful could still be
 * reached. Behind the balancer the whole session is read from and written to the data grid on every
 * request (docs/performance.md). After each page is drawn, the beans of views Faces no longer keeps
 * are dropped here (a request that ends in a redirect draws nothing; the next page drawn trims). None of the site's view-scoped beans has a
 * {@code @PreDestroy}; they are plain holders of what a page shows.
 */
public class ViewScopeTrim implements PhaseListener {

    /** Mojarra's session attributes: the live view maps, and the view-scoped beans by view map key. */
    static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing: the page's own beans are made while it is drawn.
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!(context.getExternalContext().getSession(false) instanceof HttpSession session)) {
            return;
        }
        if (trim(session.getAttribute(VIEW_MAPS), session.getAttribute(VIEW_CONTEXTS))) {
            // Set again, so a session shared across instances is written with what was dropped.
            session.setAttribute(VIEW_CONTEXTS, session.getAttribute(VIEW_CONTEXTS));
        }
    }

    /** Drops from the beans those of view maps no longer kept; whether any were dropped. */
    static boolean trim(Object viewMaps, Object viewContexts) {
        if (!(viewMaps instanceof Map<?, ?> maps) || !(viewContexts instanceof Map<?, ?> contexts)) {
            return false;
        }
        Set<Object> live;
        synchronized (maps) {
            live = new HashSet<>(maps.keySet());
        }
        return contexts.keySet().removeIf(key -> !live.contains(key));
    }
}
