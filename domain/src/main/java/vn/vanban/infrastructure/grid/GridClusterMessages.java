package vn.vanban.infrastructure.grid;

import com.hazelcast.cluster.Member;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link ClusterMessages} over a topic of the data grid. Listens from the start of the application (not from the
 * first use of this bean: an instance that never wrote anything must still hear the others) until it is undeployed,
 * so that a redeployment leaves no listener of the old application behind in the grid.
 */
@ApplicationScoped
public class GridClusterMessages implements ClusterMessages {

    static final String TOPIC = "vanban-cluster-messages";
    private static final Logger LOG = Logger.getLogger(GridClusterMessages.class.getName());

    @Inject
    private DataGrid grid;

    @Inject
    private Event<ClusterMessage> events;

    @Resource
    private ContextService contexts;

    private UUID listener;

    void startListening(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        // Observing the start is what creates this bean then; @PostConstruct does the work.
    }

    @PostConstruct
    void listen() {
        // The grid calls the listener on threads of its own: the application's context comes along with it.
        Consumer<String> deliver = contexts.contextualConsumer(this::deliver);
        grid.instance().ifPresent(hazelcast -> listener = topic().addMessageListener(message -> {
            if (!fromThisInstance(message)) {
                deliver.accept(message.getMessageObject());
            }
        }));
    }

    @PreDestroy
    void stopListening() {
        if (listener != null) {
            grid.instance().ifPresent(hazelcast -> topic().removeMessageListener(listener));
        }
    }

    @Override
    public void publish(ClusterMessage message) {
        grid.instance().ifPresent(hazelcast -> topic().publish(message.encode()));
    }

    private void deliver(String text) {
        ClusterMessage.decode(text).ifPresentOrElse(message -> {
            try {
                events.fire(message);
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "handling " + text + " from another instance failed", failure);
            }
        }, () -> LOG.warning(() -> "a message of another instance not understood: " + text));
    }

    private ITopic<String> topic() {
        return grid.instance().orElseThrow().getTopic(TOPIC);
    }

    private static boolean fromThisInstance(Message<String> message) {
        Member publisher = message.getPublishingMember();
        return publisher != null && publisher.localMember();
    }
}
