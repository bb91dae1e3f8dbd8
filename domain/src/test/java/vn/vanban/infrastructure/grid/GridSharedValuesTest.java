package vn.vanban.infrastructure.grid;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class GridSharedValuesTest {

    private static HazelcastInstance hazelcast;

    @BeforeAll
    static void start() {
        Config config = new Config().setClusterName("grid-shared-values-test");
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        hazelcast = Hazelcast.newHazelcastInstance(config);
    }

    @AfterAll
    static void stop() {
        hazelcast.shutdown();
    }

    @Test
    void aValueChangesOnlyOverTheValueTheWriterSawOnTheGrid() {
        GridSharedValues values = GridSharedValues.on(hazelcast);
        assertThat(values.compareAndSet("s", "k", Optional.empty(), "1", Duration.ofMinutes(1))).isTrue();
        assertThat(values.get("s", "k")).contains("1");
        assertThat(values.compareAndSet("s", "k", Optional.of("1"), "2", Duration.ofMinutes(1))).isTrue();
        assertThat(values.get("s", "k")).contains("2");
        assertThat(values.compareAndSet("s", "k", Optional.of("1"), "3", Duration.ofMinutes(1))).isFalse();
    }
}
