package org.wayfinder.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.audit.AuditTrail;

/**
 * Signing out: a POST of the header's form to {@code /sign-out}, carrying the session's sign-out
 * token, so another site can neither sign people out with a link nor with a form of its own.
 *
 * <p>The header's form is a plain HTML form, not a Faces one, so that a page with no form of its
 * own keeps no view state: Faces saves a view in the session only when the page has a form, and a
 * changed session is written to the data grid on every request. The token is made once per session
 * ({@code #{signOut.token}}), so showing it changes nothing.
 */
@WebServlet("/sign-out")
public class SignOut extends HttpServlet {

    static final String TOKEN = SignOut.class.getName() + ".token";

    /** The audit trail's action for signing out. */
    public static final String SIGNED_OUT = "sign-out";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The session's token, for the header's form ({@code #{signOut.token}}). */
    @Named("signOut")
    @RequestScoped
    public static class Token {

        @Inject
        HttpServletRequest request;

        public String getToken() {
            HttpSession session = request.getSession();
            Object token = session.getAttribute(TOKEN);
            if (token == null) {
                byte[] random = new byte[24];
                RANDOM.nextBytes(random);
                token = HexFormat.of().formatHex(random);
                session.setAttribute(TOKEN, token);
            }
            return (String) token;
        }
    }

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient AuditTrail audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null) {
            // Signed out already (the session ended): nothing to do but say so.
            response.sendRedirect(request.getContextPath() + "/?signedOut=true");
            return;
        }
        Object expected = session.getAttribute(TOKEN);
        String given = request.getParameter("token");
        if (expected == null || given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.toString().getBytes(StandardCharsets.UTF_8))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (currentUser.isSignedIn()) {
            audit.record(SIGNED_OUT, "account", currentUser.require().accountId(), null);
        }
        request.logout();
        session.invalidate();
        response.sendRedirect(request.getContextPath() + "/?signedOut=true");
    }
}
