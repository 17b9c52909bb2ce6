package org.wayfinder.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.wayfinder.platform.apitoken.ApiTokens;
import org.wayfinder.platform.audit.RequestOrigin;
import org.wayfinder.platform.identity.SignIn;
import org.wayfinder.platform.spi.CurrentUser;
import org.wayfinder.platform.spi.SignedInUser;
import org.wayfinder.platform.spi.TenantRef;
import org.wayfinder.web.address.ServedPath;
import org.wayfinder.web.api.Problem;
import org.wayfinder.web.tenancy.InstanceEndpoints;
import org.wayfinder.web.tenancy.TenantResolution;

/**
 * How every request proves who it is from, as a Jakarta Security mechanism, always against the
 * tenant the request's Host names:
 * <ul>
 * <li>an API token ({@code Authorization: Bearer wf_...}) of that tenant;</li>
 * <li>a sign-in with email and password, started by the sign-in page through
 * {@code SecurityContext.authenticate}: on success the session id is changed (so a session id
 * planted before sign-in is worthless) and the sign-in is kept in the session;</li>
 * <li>a session holding such a sign-in, honoured only on the tenant it was made for, and re-checked
 * against the account on each request.</li>
 * </ul>
 * A session sign-in counts on the API only for reading (GET, HEAD): changes through the API need a
 * token, so a page on another site cannot make a signed-in browser change anything. The instance's
 * health endpoints are nobody's: they are answered without a tenant or a session
 * ({@link InstanceEndpoints}).
 */
@ApplicationScoped
public class WayfinderAuthentication implements HttpAuthenticationMechanism {

    @Inject
    TenantResolution tenants;

    @Inject
    SignIn signIn;

    @Inject
    ApiTokens apiTokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestOrigin origin;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (InstanceEndpoints.isInstanceEndpoint(request)) {
            return context.doNothing();
        }
        origin.from(request.getRemoteAddr());
        Optional<TenantRef> tenant = tenants.resolve(request);
        if (tenant.isEmpty() || !tenant.get().isActive()) {
            return context.doNothing();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(authorization.substring(7).strip(), response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return passwordSignIn(password, request, context);
        }
        return session(request, context);
    }

    private AuthenticationStatus bearer(String token, HttpServletResponse response, HttpMessageContext context) {
        Optional<SignedInUser> user = apiTokens.authenticate(token);
        if (user.isEmpty()) {
            try {
                Problem.of(401, "Unauthorized", "The API token is not valid for this programme, or has been revoked or has expired.")
                        .write(response);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        return accept(user.get(), context);
    }

    private AuthenticationStatus passwordSignIn(UsernamePasswordCredential credential, HttpServletRequest request,
                                                HttpMessageContext context) {
        SignIn.Result result = signIn.withPassword(credential.getCaller(), credential.getPasswordAsString());
        if (result.outcome() != SignIn.Outcome.SIGNED_IN) {
            request.setAttribute(SignIn.Outcome.class.getName(), result.outcome());
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SessionSignIn.ATTRIBUTE, new SessionSignIn(result.user(), result.credentialsVersion()));
        return accept(result.user(), context);
    }

    private AuthenticationStatus session(HttpServletRequest request, HttpMessageContext context) {
        if (isAsset(request)) {
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SessionSignIn.ATTRIBUTE) instanceof SessionSignIn kept)) {
            return context.doNothing();
        }
        boolean api = ServedPath.isApi(request);
        boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (api && !reading) {
            return context.doNothing();
        }
        Optional<SignedInUser> current = signIn.refresh(kept.user(), kept.credentialsVersion());
        if (current.isEmpty()) {
            if (kept.user().tenantId().equals(tenants.resolve(request).map(TenantRef::id).orElse(null))) {
                session.removeAttribute(SessionSignIn.ATTRIBUTE);
            }
            return context.doNothing();
        }
        return accept(current.get(), context);
    }

    /**
     * Stylesheets, scripts, images and the tenant's theme are the same for everyone, so a page's
     * dozen asset requests need not re-read the account each.
     */
    private static boolean isAsset(HttpServletRequest request) {
        return ServedPath.isIn(request, "/jakarta.faces.resource/") || ServedPath.isIn(request, "/resources/")
                || ServedPath.isIn(request, "/branding/") || ServedPath.isIn(request, "/schemas/");
    }

    private AuthenticationStatus accept(SignedInUser user, HttpMessageContext context) {
        currentUser.signIn(user);
        return context.notifyContainerAboutLogin(user.accountId(), user.roles());
    }
}
