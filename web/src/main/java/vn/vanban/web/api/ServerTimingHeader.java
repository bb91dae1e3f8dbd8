package vn.vanban.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import vn.vanban.infrastructure.timing.ServerTiming;

/**
 * Answers every API request with the {@code Server-Timing} of its expensive steps (rendering, signing), so that the
 * time a client waited can be told apart from the work the server did; nothing is added when no step ran.
 */
@Provider
@PreMatching
public class ServerTimingHeader implements ContainerRequestFilter, ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        ServerTiming.open();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String steps = ServerTiming.take();
        if (!steps.isEmpty()) {
            response.getHeaders().add("Server-Timing", steps);
        }
    }
}
