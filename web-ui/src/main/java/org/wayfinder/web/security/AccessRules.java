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
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.Roles;
import org.wayfinder.platform.spi.TenantContext;
import org.wayfinder.web.address.ServedPath;

/**
 * Who may open which part of the site:
 * <ul>
 * <li>{@code /account/} and {@code /journey/} anyone signed in;</li>
 * <li>{@code /admin/} the programme's owners;</li>
 * <li>{@code /staff/} the programme's moderators and owners;</li>
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

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String role = null;
        if (ServedPath.isIn(request, "/operator/")) {
            if (!tenantContext.tenant().platform()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            role = Roles.OPERATOR;
        } else if (ServedPath.isIn(request, "/admin/")) {
            role = Roles.OWNER;
        } else if (ServedPath.isIn(request, "/staff/")) {
            role = currentUser.hasRole(Roles.OWNER) ? Roles.OWNER : Roles.MODERATOR;
        } else if (!ServedPath.isIn(request, "/account/") && !ServedPath.isIn(request, "/journey/")) {
            chain.doFilter(request, response);
            return;
        }
        if (!currentUser.isSignedIn()) {
            String next = ServedPath.of(request) + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return;
        }
        if (role != null && !currentUser.hasRole(role)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
