package vn.vanban.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vanban.infrastructure.grid.SharedValues;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Slows down password guessing and floods of the public verifier. Failed logins are counted per user name and per
 * client address (a successful login costs nothing: a whole office behind one address logs in every morning); the
 * account lock-out after five wrong passwords still applies on top. Verifications are counted per client address.
 * The counts are shared by the instances of a cluster, so a limit holds for the cluster, not for each instance.
 * Limits per minute, from MicroProfile Config: {@code vanban.rate-limit.login-per-user} (10),
 * {@code vanban.rate-limit.login-per-address} (30), {@code vanban.rate-limit.verify-per-address} (30); proxies whose
 * {@code X-Forwarded-For} is believed: {@code vanban.trusted-proxies} (comma-separated addresses, none by default).
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    @ConfigProperty(name = "vanban.rate-limit.login-per-user", defaultValue = "10")
    private int loginPerUser;

    @Inject
    @ConfigProperty(name = "vanban.rate-limit.login-per-address", defaultValue = "30")
    private int loginPerAddress;

    @Inject
    @ConfigProperty(name = "vanban.rate-limit.verify-per-address", defaultValue = "30")
    private int verifyPerAddress;

    @Inject
    @ConfigProperty(name = "vanban.trusted-proxies")
    private Optional<String> trustedProxies;

    @Inject
    private SharedValues sharedValues;

    private TokenBuckets failedLoginsPerUser;
    private TokenBuckets failedLoginsPerAddress;
    private TokenBuckets verificationsPerAddress;
    private Set<String> proxies;

    @PostConstruct
    void create() {
        failedLoginsPerUser = new TokenBuckets("failed-logins-per-user", loginPerUser, sharedValues, System::currentTimeMillis);
        failedLoginsPerAddress = new TokenBuckets("failed-logins-per-address", loginPerAddress, sharedValues, System::currentTimeMillis);
        verificationsPerAddress = new TokenBuckets("verifications-per-address", verifyPerAddress, sharedValues, System::currentTimeMillis);
        proxies = Arrays.stream(trustedProxies.orElse("").split(",")).map(String::trim).filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** How long {@code request} must wait before it may try to log in as {@code username}; zero if it may now. */
    public Duration loginWait(HttpServletRequest request, String username) {
        Duration user = failedLoginsPerUser.waitFor(userKey(username));
        Duration address = failedLoginsPerAddress.waitFor(ClientAddress.of(request, proxies));
        return user.compareTo(address) >= 0 ? user : address;
    }

    public void loginFailed(HttpServletRequest request, String username) {
        failedLoginsPerUser.take(userKey(username));
        failedLoginsPerAddress.take(ClientAddress.of(request, proxies));
    }

    /** Counts one verification of {@code request}; returns how long to wait instead when the address is over its limit. */
    public Duration verification(HttpServletRequest request) {
        return verificationsPerAddress.take(ClientAddress.of(request, proxies));
    }

    /** Whole seconds, rounded up, for {@code Retry-After}. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static String userKey(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
