package org.wayfinder.zone.chat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Hands what happens in a Chat to every socket in it, on every instance of the cluster.
 *
 * <p>{@link ChatNews} is observed only after its transaction has committed, so a line reaches
 * nobody before it is stored. It is then published on a Hazelcast topic of Payara's embedded data
 * grid (JNDI {@code payara/Hazelcast}); every instance, this one included, receives it from the
 * topic and delivers it to the sockets it holds for that programme's Chat. A topic keeps the order
 * of one instance's messages for every receiver. Where Payara runs without its data grid
 * ({@code --nocluster}, one instance) the news is delivered here directly.
 */
@ApplicationScoped
public class ChatHub {

    static final String TOPIC = "wayfinder-zone-chat";

    /** Something holding a socket in a Chat. */
    public interface Member {

        void deliver(ChatNews news);

        /** Another instance has gone: the page should catch up from the database. */
        void resync();
    }

    private static final Logger LOG = Logger.getLogger(ChatHub.class.getName());

    private final Map<String, Set<Member>> rooms = new ConcurrentHashMap<>();
    /** The cluster's topic, or null; Hazelcast's classes are touched only through {@link ChatGrid}. */
    private ChatGrid topic;

    @PostConstruct
    void connect() {
        try {
            Object grid = new InitialContext().lookup("payara/Hazelcast");
            topic = ChatGrid.open(grid, TOPIC, text -> deliver(ChatWire.decode(text)), this::resyncAll);
            if (topic != null) {
                LOG.info("Zone Chat: lines reach other instances through Hazelcast topic " + TOPIC);
            }
        } catch (NamingException | RuntimeException | LinkageError noGrid) {
            LOG.log(Level.INFO, "Zone Chat: no Hazelcast data grid here, so lines reach this instance's sockets only ("
                    + noGrid + ")");
            topic = null;
        }
    }

    @PreDestroy
    void disconnect() {
        if (topic != null) {
            try {
                topic.close();
            } catch (RuntimeException alreadyDown) {
                LOG.log(Level.FINE, "Hazelcast already stopped", alreadyDown);
            }
        }
    }

    /** Whether news goes through the cluster's data grid (false: this instance only). */
    public boolean isClustered() {
        return topic != null;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatNews news) {
        publish(news);
    }

    void publish(ChatNews news) {
        if (topic != null) {
            try {
                topic.publish(ChatWire.encode(news));
                return;
            } catch (RuntimeException gridDown) {
                LOG.log(Level.WARNING, "Could not publish a Chat line to the cluster; delivering it on this instance only", gridDown);
            }
        }
        deliver(news);
    }

    public void join(String tenantId, String chatId, Member member) {
        rooms.computeIfAbsent(key(tenantId, chatId), k -> ConcurrentHashMap.newKeySet()).add(member);
    }

    public void leave(String tenantId, String chatId, Member member) {
        rooms.computeIfPresent(key(tenantId, chatId), (k, members) -> {
            members.remove(member);
            return members.isEmpty() ? null : members;
        });
    }

    /** The sockets this instance holds in a Chat. */
    public int here(String tenantId, String chatId) {
        Set<Member> members = rooms.get(key(tenantId, chatId));
        return members == null ? 0 : members.size();
    }

    /** Every socket here catches up: another instance left, and news it stored may not have been published. */
    void resyncAll() {
        rooms.values().forEach(members -> members.forEach(member -> {
            try {
                member.resync();
            } catch (RuntimeException broken) {
                LOG.log(Level.FINE, "A Chat socket could not be told to catch up", broken);
            }
        }));
    }

    private void deliver(ChatNews news) {
        Set<Member> members = rooms.get(key(news.tenantId(), news.chatId()));
        if (members == null) {
            return;
        }
        for (Member member : members) {
            try {
                member.deliver(news);
            } catch (RuntimeException broken) {
                LOG.log(Level.FINE, "A Chat socket could not take a line", broken);
            }
        }
    }

    /** A room is a programme's Chat: a socket of another programme is never in it, whatever the Chat's id. */
    private static String key(String tenantId, String chatId) {
        return tenantId + "/" + chatId;
    }
}
