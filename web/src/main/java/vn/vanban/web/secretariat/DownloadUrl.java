package vn.vanban.web.secretariat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address of a register download through the API with the filters the screen shows as its query: a filter that
 * is not set (null or blank) is left out, so the API applies its own default, as it does for the screen.
 */
final class DownloadUrl {

    private final StringBuilder url;

    private DownloadUrl(String path) {
        // A first parameter that means nothing lets every filter be appended alike, with '&'.
        this.url = new StringBuilder(path).append("?x=1");
    }

    /** The API resource at {@code path}, relative to the application's root, without filters yet. */
    static DownloadUrl of(String path) {
        return new DownloadUrl(path);
    }

    /** Adds {@code name=value}, the value URL-encoded, unless it is null or blank. */
    DownloadUrl with(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
        return this;
    }

    @Override
    public String toString() {
        return url.toString();
    }
}
