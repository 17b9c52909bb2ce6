package org.wayfinder.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.servlet.http.HttpSession;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a page with no Faces form out of the person's session: such a page can never be posted
 * back, so nothing of it needs keeping.
 *
 * <p>Faces would otherwise give every page a view map in the session, if only to hold the script
 * nonce PrimeFaces makes for the page (its CSP phase listener asks for the nonce before the page is
 * built, when it cannot yet be known whether the page holds a form). So every visit to a home or
 * account page added to the session that the data grid reads and writes on each request behind the
 * balancer, and took one of the few places Faces keeps for pages with a form
 * ({@code com.sun.faces.numberOfActiveViewMaps}, web.xml). Once the page is built and holds no form,
 * and its view map holds nothing but that nonce, the view is marked transient and its map taken out
 * of the session's. A page whose forms are all hidden still counts as holding a form, and one whose
 * view map holds a view-scoped bean once built is left as it is; a bean such a page first makes
 * while it is drawn lasts that request, all a page that cannot be posted back can use. Uses Mojarra's
 * own session attribute and view map id, as {@link ViewScopeTrim} does. Registered in
 * faces-config.xml.
 */
public class FormlessViews implements SystemEventListener {

    /** Where Mojarra keeps the id its session map knows a view's map by. */
    static final String VIEW_MAP_ID = "com.sun.faces.application.view.viewMapId";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        if (!(event instanceof PreRenderViewEvent) || !(event.getSource() instanceof UIViewRoot root) || root.isTransient()) {
            return;
        }
        Map<String, Object> viewMap = root.getViewMap(false);
        if (viewMap != null && !Set.of(PostbackGuard.NONCE).containsAll(viewMap.keySet()) || holdsForm(root)) {
            return;
        }
        root.setTransient(true);
        if (viewMap == null) {
            return;
        }
        Object id = root.getTransientStateHelper().getTransient(VIEW_MAP_ID);
        FacesContext context = event.getFacesContext();
        if (id != null && context.getExternalContext().getSession(false) instanceof HttpSession session
                && session.getAttribute(ViewScopeTrim.VIEW_MAPS) instanceof Map<?, ?> kept) {
            synchronized (kept) {
                kept.remove(id);
            }
        }
    }

    /** Whether the component or anything under it (facets included) is a form, drawn or not. */
    static boolean holdsForm(UIComponent component) {
        if (component instanceof UIForm) {
            return true;
        }
        for (Iterator<UIComponent> under = component.getFacetsAndChildren(); under.hasNext(); ) {
            if (holdsForm(under.next())) {
                return true;
            }
        }
        return false;
    }
}
