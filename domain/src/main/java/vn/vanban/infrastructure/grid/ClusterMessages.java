package vn.vanban.infrastructure.grid;

/**
 * The other instances of the cluster, as far as telling them something goes. On a server that runs alone, telling
 * nobody is all there is to do.
 */
public interface ClusterMessages {

    /** Delivers {@code message} to every other instance, where it is fired as a CDI event; returns at once. */
    void publish(ClusterMessage message);
}
