package org.wayfinder.zone.chat;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.server.ServerContainer;
import java.util.logging.Logger;

/**
 * Gives every socket of this application, the Chat's among them, its idle timeout from the moment
 * it is made: a socket that has carried nothing for two minutes is closed. The Chat page pings every
 * 25 seconds, so only a page that is gone, or a connection that died without a word, reaches it.
 *
 * <p>The timeout is the container's default rather than set in {@link ChatSocket#open}, because
 * Tyrus (Payara's WebSocket implementation) arms a session's idle timer as it makes the session,
 * with the container's default (none, 0) and no delay. On a busy machine that timer can start
 * running just before {@code open} sets a timeout; cancelling it then does not stop it, and it
 * finds the new timeout in place and closes the socket at once "because of the idle timeout". About
 * 1 socket in 200 was closed that way as it opened under CPU load, before the page had its
 * greeting; the page reconnects, but lines sent meanwhile reach it only by catching up.
 */
@WebListener
public class ChatSocketIdleTimeout implements ServletContextListener {

    /** How long a socket may carry nothing before it is closed, in milliseconds. */
    static final long IDLE_TIMEOUT_MILLIS = 120_000;
    private static final Logger LOG = Logger.getLogger(ChatSocketIdleTimeout.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (event.getServletContext().getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
            container.setDefaultMaxSessionIdleTimeout(IDLE_TIMEOUT_MILLIS);
        } else {
            LOG.warning("No WebSocket container in this application: the Chat's sockets have no idle timeout");
        }
    }
}
