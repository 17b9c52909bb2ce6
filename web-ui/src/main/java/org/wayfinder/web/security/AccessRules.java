package org.wayfinder.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.web.address.ServedPath;

/**
 * Who may open which part of the site:
 * <ul>
 * <li>{@code /account/} and {@code /journey/} anyone signed in;</li>
 * <li>{@code /admin/} the programme's owners;</li>
 * <li>{@code /staff/} the programme's moderators, safeguarding leads and owners, except</li>
 * <li>{@code /staff/case...} (the safeguarding cases) the safeguarding leads and owners only;</li>
 * <li>{@code /operator/} platform operators, and only on the platform's own site.</li>
 * </ul>
 * The folder is read from the address the container serves ({@link ServedPath}), so no spelling of
 * an address gets past its rule. Somebody not signed in is sent to sign in and brought back;
 * somebody signed in without the role gets 403. This guards the pages; every action behind them is
 * checked again by its service ({@code @RequiresRole}), so a forged request gains nothing either.
 * Plugins' pages ({@code /mentoring/}, {@code /zone/}) are guarded by their beans, whose first
 * service call on opening the page requires the page's roles.
 */
public class AccessRules extends HttpFilter {

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    /** What the rules say of one address for one person. */
    public enum Verdict {
        /** They may open it. */
        OPEN,
        /** Not signed in: they are sent to sign in first. */
        SIGN_IN,
        /** Signed in without the role: 403. */
        FORBIDDEN,
        /** The folder does not exist on this site: 404. */
        NOT_FOUND
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Only /operator/ asks which site this is: the instance's own addresses (/health/...) have no tenant to ask.
        boolean platform = ServedPath.isIn(request, "/operator/") && tenantContext.tenant().platform();
        switch (verdict(ServedPath.of(request), currentUser, platform)) {
            case NOT_FOUND -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            case FORBIDDEN -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
            case SIGN_IN -> {
                String next = ServedPath.of(request) + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                response.sendRedirect(request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            }
            case OPEN -> chain.doFilter(request, response);
        }
    }

    /**
     * Whether a person may open a page of the site, by the rules above: what the filter does with a
     * request for it, and what the navigation asks before it offers a link to it.
     *
     * @param path     the page from the site's root, as the container serves it ({@code /admin/index.xhtml})
     * @param platform whether the site is the platform's own (read for {@code /operator/} only)
     */
    public static Verdict verdict(String path, CurrentUser currentUser, boolean platform) {
        String folder = path.toLowerCase(Locale.ROOT);
        String role;
        if (folder.startsWith("/staff/case")) {
            // Safeguarding cases: the lead and owners only, never moderators as such.
            if (!currentUser.isSignedIn()) {
                return Verdict.SIGN_IN;
            }
            return currentUser.hasAnyRole(Roles.SAFEGUARDING_LEAD, Roles.OWNER) ? Verdict.OPEN : Verdict.FORBIDDEN;
        }
        if (folder.startsWith("/staff/")) {
            if (!currentUser.isSignedIn()) {
                return Verdict.SIGN_IN;
            }
            return currentUser.hasAnyRole(Roles.MODERATOR, Roles.SAFEGUARDING_LEAD, Roles.OWNER) ? Verdict.OPEN : Verdict.FORBIDDEN;
        }
        if (folder.startsWith("/operator/")) {
            if (!platform) {
                return Verdict.NOT_FOUND;
            }
            role = Roles.OPERATOR;
        } else if (folder.startsWith("/admin/")) {
            role = Roles.OWNER;
        } else if (folder.startsWith("/account/") || folder.startsWith("/journey/")) {
            role = null;
        } else {
            return Verdict.OPEN;
        }
        if (!currentUser.isSignedIn()) {
            return Verdict.SIGN_IN;
        }
        return role != null && !currentUser.hasRole(role) ? Verdict.FORBIDDEN : Verdict.OPEN;
    }
}
