package org.wayfinder.web.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.wayfinder.platform.spi.Tenancy;
import org.wayfinder.platform.tenant.TenantDirectory;
import org.wayfinder.zone.booking.Chat;

/**
 * Deployed with {@link ChatIT} only: tells the tests running outside the container the ids of the
 * Chats the in-container set-up made ("live,past,other programme's live"), on the platform's site.
 */
@WebServlet("/chat-it-ids")
public class ChatIdsServlet extends HttpServlet {

    @Inject
    Tenancy tenancy;

    @Inject
    TenantDirectory tenants;

    @Inject
    ChatFixtures fixtures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Instant now = Instant.now();
        List<Chat> lab = tenancy.callAs(tenants.bySlug("chat-lab").orElseThrow(), () -> fixtures.list(0, 100));
        List<Chat> other = tenancy.callAs(tenants.bySlug("chat-other").orElseThrow(), () -> fixtures.list(0, 100));
        String live = lab.stream().filter(c -> c.isLive(now)).findFirst().orElseThrow().getId();
        String past = lab.stream().filter(c -> c.getEndsAt().isBefore(now)).findFirst().orElseThrow().getId();
        response.setContentType("text/plain");
        response.getWriter().write(live + "," + past + "," + other.get(0).getId());
    }

    /** The ids, fetched from outside the container. */
    static String[] fetch() {
        return new Site(Site.PLATFORM).get("/chat-it-ids").body().strip().split(",");
    }
}
