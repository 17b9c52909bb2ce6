package org.wayfinder.zone.chat;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import java.util.UUID;
import java.util.function.Consumer;

/** A Hazelcast topic of Payara's embedded data grid carrying Chat news as text between instances. */
final class ChatGrid {

    private final HazelcastInstance hazelcast;
    private final ITopic<String> topic;
    private final UUID listener;
    private final UUID membership;

    private ChatGrid(HazelcastInstance hazelcast, ITopic<String> topic, Consumer<String> receiver, Runnable memberLeft) {
        this.hazelcast = hazelcast;
        this.topic = topic;
        this.listener = topic.addMessageListener(message -> receiver.accept(message.getMessageObject()));
        this.membership = hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                // Nothing to do: a new instance's sockets catch up from the database when they open.
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                memberLeft.run();
            }
        });
    }

    /**
     * The topic on this data grid, or null when the object is not a running Hazelcast member.
     *
     * @param memberLeft run when another instance leaves the cluster: news it had stored but not yet
     *                   published may never come, so this instance's pages catch up from the database
     */
    static ChatGrid open(Object grid, String name, Consumer<String> receiver, Runnable memberLeft) {
        if (grid instanceof HazelcastInstance hazelcast && hazelcast.getLifecycleService().isRunning()) {
            return new ChatGrid(hazelcast, hazelcast.getTopic(name), receiver, memberLeft);
        }
        return null;
    }

    void publish(String text) {
        topic.publish(text);
    }

    void close() {
        topic.removeMessageListener(listener);
        hazelcast.getCluster().removeMembershipListener(membership);
    }
}
