package org.wayfinder.zone.chat;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import java.util.UUID;
import java.util.function.Consumer;

/** A Hazelcast topic of Payara's embedded data grid carrying Chat news as text between instances. */
final class ChatGrid {

    private final ITopic<String> topic;
    private final UUID listener;

    private ChatGrid(ITopic<String> topic, Consumer<String> receiver) {
        this.topic = topic;
        this.listener = topic.addMessageListener(message -> receiver.accept(message.getMessageObject()));
    }

    /** The topic on this data grid, or null when the object is not a running Hazelcast member. */
    static ChatGrid open(Object grid, String name, Consumer<String> receiver) {
        if (grid instanceof HazelcastInstance hazelcast && hazelcast.getLifecycleService().isRunning()) {
            return new ChatGrid(hazelcast.getTopic(name), receiver);
        }
        return null;
    }

    void publish(String text) {
        topic.publish(text);
    }

    void close() {
        topic.removeMessageListener(listener);
    }
}
