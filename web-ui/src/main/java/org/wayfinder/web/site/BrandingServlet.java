package org.wayfinder.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.wayfinder.config.branding.Branding;
import org.wayfinder.config.branding.Brandings;
import org.wayfinder.config.branding.Look;

/**
 * Serves the current tenant's stylesheet ({@code /branding/theme.css}) and logo
 * ({@code /branding/logo}). Pages link them with the branding's version in the query, so browsers
 * keep them for a year ({@link StaticCaching}) and still see a change at once; asked for without
 * it, for a day.
 */
@WebServlet("/branding/*")
public class BrandingServlet extends HttpServlet {

    @Inject
    Brandings brandings;

    @Inject
    ThemeStylesheet theme;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (request.getParameter("v") == null) {
            response.setHeader("Cache-Control", "public, max-age=86400");
        }
        switch (what) {
            case "/theme.css" -> {
                Look look = brandings.look();
                response.setContentType("text/css;charset=UTF-8");
                response.getWriter().write(theme.css(look.primaryColour(), look.accentColour()));
            }
            case "/logo" -> {
                Optional<Branding> branding = brandings.current();
                if (branding.isEmpty() || !branding.get().hasLogo()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                byte[] logo = branding.get().getLogo();
                response.setContentType(branding.get().getLogoContentType());
                response.setContentLength(logo.length);
                response.getOutputStream().write(logo);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
