package vn.vanban.infrastructure.grid;

import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The Hazelcast data grid Payara runs in every instance, which the instances of a deployment group share (it is
 * also what replicates their HTTP sessions). A server without one (Hazelcast switched off in its configuration)
 * works alone: what the grid would share stays in its memory.
 */
@ApplicationScoped
public class DataGrid {

    /** Where Payara binds its Hazelcast instance unless {@code set-hazelcast-configuration --jndiname} moved it. */
    static final String JNDI_NAME = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

    private HazelcastInstance instance;

    /** The grid {@code hazelcast}, without a container (for tests). */
    static DataGrid of(HazelcastInstance hazelcast) {
        DataGrid grid = new DataGrid();
        grid.instance = hazelcast;
        return grid;
    }

    @PostConstruct
    void find() {
        try {
            if (new InitialContext().lookup(JNDI_NAME) instanceof HazelcastInstance found
                    && found.getLifecycleService().isRunning()) {
                instance = found;
                LOG.info(() -> "Data grid " + found.getConfig().getClusterName() + ": "
                        + found.getCluster().getMembers().size() + " member(s); caches and limits are shared with them");
                return;
            }
        } catch (NamingException | RuntimeException unavailable) {
            LOG.fine(() -> "no data grid at " + JNDI_NAME + ": " + unavailable);
        }
        LOG.info("No data grid: this server keeps its caches and limits to itself");
    }

    public Optional<HazelcastInstance> instance() {
        return Optional.ofNullable(instance).filter(grid -> grid.getLifecycleService().isRunning());
    }
}
