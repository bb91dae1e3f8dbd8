package vn.vanban.infrastructure.grid;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterMessageTest {

    @Test
    void aMessageComesBackAsItWasSent() {
        for (ClusterMessage message : new ClusterMessage[]{ClusterMessage.entitiesWritten(), ClusterMessage.accountWritten(),
                ClusterMessage.accountChanged("lan.nt"), ClusterMessage.accountChanged("a:b")}) {
            assertThat(ClusterMessage.decode(message.encode())).contains(message);
        }
    }

    @Test
    void whatAnOlderInstanceDoesNotKnowIsIgnored() {
        assertThat(ClusterMessage.decode("DOCUMENT_MOVED:12")).isEmpty();
        assertThat(ClusterMessage.decode("ENTITIES_WRITTEN")).isEmpty();
        assertThat(ClusterMessage.decode("")).isEmpty();
        assertThat(ClusterMessage.decode(null)).isEmpty();
    }
}
