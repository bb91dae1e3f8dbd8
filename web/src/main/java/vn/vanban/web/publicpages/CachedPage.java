package vn.vanban.web.publicpages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendered public page, served to the next anonymous readers with a script nonce of their
 * own: the nonce in its Content-Security-Policy and every occurrence of it in the page are replaced on each serve, so
 * that no two answers share one, as if the page had been rendered for each.
 */
final class CachedPage {

    static final String CSP = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]{16,})'");

    /** The page in UTF-8 cut where the nonce was: encoding and searching 11 KB on every serve was a quarter of it. */
    private final List<byte[]> around;
    private final Map<String, String> headers;
    private final String nonce;

    private CachedPage(String html, Map<String, String> headers, String nonce) {
        this.around = cut(html.getBytes(StandardCharsets.UTF_8), nonce.getBytes(StandardCharsets.US_ASCII));
        this.headers = headers;
        this.nonce = nonce;
    }

    /** The page, if it can be served again: it has exactly one nonce in its policy and sets no cookie. */
    static Optional<CachedPage> of(String html, Map<String, String> headers) {
        if (headers.keySet().stream().anyMatch("Set-Cookie"::equalsIgnoreCase)) {
            return Optional.empty();
        }
        String policy = headers.get(CSP);
        Matcher nonce = policy == null ? null : NONCE.matcher(policy);
        if (nonce == null || !nonce.find()) {
            return Optional.empty();
        }
        return Optional.of(new CachedPage(html, new LinkedHashMap<>(headers), nonce.group(1)));
    }

    /** The page and its headers with {@code newNonce} in place of the one it was rendered with. */
    Served serve(String newNonce) {
        Map<String, String> served = new LinkedHashMap<>(headers);
        served.put(CSP, headers.get(CSP).replace(nonce, newNonce));
        byte[] replacement = newNonce.getBytes(StandardCharsets.US_ASCII);
        int length = (around.size() - 1) * replacement.length;
        for (byte[] part : around) {
            length += part.length;
        }
        byte[] body = new byte[length];
        int at = 0;
        for (int i = 0; i < around.size(); i++) {
            if (i > 0) {
                System.arraycopy(replacement, 0, body, at, replacement.length);
                at += replacement.length;
            }
            byte[] part = around.get(i);
            System.arraycopy(part, 0, body, at, part.length);
            at += part.length;
        }
        return new Served(body, served);
    }

    /** The parts of {@code page} before, between and after the occurrences of {@code nonce} (ASCII, so whole bytes). */
    private static List<byte[]> cut(byte[] page, byte[] nonce) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= page.length - nonce.length; i++) {
            if (Arrays.equals(page, i, i + nonce.length, nonce, 0, nonce.length)) {
                parts.add(Arrays.copyOfRange(page, start, i));
                start = i + nonce.length;
                i = start - 1;
            }
        }
        parts.add(Arrays.copyOfRange(page, start, page.length));
        return List.copyOf(parts);
    }

    /** A nonce in the form PrimeFaces makes and checks: a random UUID, Base64-encoded. */
    static String newNonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    record Served(byte[] body, Map<String, String> headers) {
    }
}
