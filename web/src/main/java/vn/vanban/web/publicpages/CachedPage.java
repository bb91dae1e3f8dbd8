package vn.vanban.web.publicpages;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendered public page kept for a few seconds, served to the next anonymous readers with a script nonce of their
 * own: the nonce in its Content-Security-Policy and every occurrence of it in the page are replaced on each serve, so
 * that no two answers share one, as if the page had been rendered for each.
 */
final class CachedPage {

    static final String CSP = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]{16,})'");

    private final String html;
    private final Map<String, String> headers;
    private final String nonce;
    private final Instant expires;

    private CachedPage(String html, Map<String, String> headers, String nonce, Instant expires) {
        this.html = html;
        this.headers = headers;
        this.nonce = nonce;
        this.expires = expires;
    }

    /** The page, if it can be served again: it has exactly one nonce in its policy and sets no cookie. */
    static Optional<CachedPage> of(String html, Map<String, String> headers, Instant expires) {
        if (headers.keySet().stream().anyMatch("Set-Cookie"::equalsIgnoreCase)) {
            return Optional.empty();
        }
        String policy = headers.get(CSP);
        Matcher nonce = policy == null ? null : NONCE.matcher(policy);
        if (nonce == null || !nonce.find()) {
            return Optional.empty();
        }
        return Optional.of(new CachedPage(html, new LinkedHashMap<>(headers), nonce.group(1), expires));
    }

    boolean isFreshAt(Instant now) {
        return now.isBefore(expires);
    }

    /** The page and its headers with {@code newNonce} in place of the one it was rendered with. */
    Served serve(String newNonce) {
        Map<String, String> served = new LinkedHashMap<>(headers);
        served.put(CSP, headers.get(CSP).replace(nonce, newNonce));
        return new Served(html.replace(nonce, newNonce).getBytes(StandardCharsets.UTF_8), served);
    }

    /** A nonce in the form PrimeFaces makes and checks: a random UUID, Base64-encoded. */
    static String newNonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    record Served(byte[] body, Map<String, String> headers) {
    }
}
