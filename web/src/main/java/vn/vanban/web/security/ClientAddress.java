package vn.vanban.web.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;

/**
 * The address a request comes from. Behind a load balancer every request comes from the balancer, so the address it
 * reports in {@code X-Forwarded-For} counts instead, but only when the request really comes from a proxy the
 * configuration trusts: anybody else could write any address there.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request, Set<String> trustedProxies) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(remote)) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }
}
