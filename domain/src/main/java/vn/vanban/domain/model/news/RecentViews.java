package vn.vanban.domain.model.news;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The articles one browser has been counted as viewing in the last {@link #WINDOW}, kept in a cookie of its own:
 * the same browser reading an article again within that time is not counted again. The browser holds this state,
 * not the server, so counting needs no lookup and no table that grows with every visitor, and any instance can
 * read it. It is not signed: a forged value can only stop that browser's own views from being counted.
 * <p>
 * Value format: {@code id.epochSecond} entries joined by {@code _} (cookie-safe characters only), newest last.
 */
public final class RecentViews {

    public static final Duration WINDOW = Duration.ofMinutes(30);
    /** A browser reading more articles than this within the window may be counted again for the oldest. */
    static final int MAX_ENTRIES = 40;

    private final Map<Long, Long> countedAt;

    private RecentViews(Map<Long, Long> countedAt) {
        this.countedAt = countedAt;
    }

    public static RecentViews none() {
        return new RecentViews(new LinkedHashMap<>());
    }

    /** The views still within the window at {@code now}; anything unreadable is ignored. */
    public static RecentViews parse(String value, Instant now) {
        Map<Long, Long> entries = new LinkedHashMap<>();
        if (value == null || value.length() > 4096) {
            return new RecentViews(entries);
        }
        long oldestKept = now.minus(WINDOW).getEpochSecond();
        for (String entry : value.split("_")) {
            int dot = entry.indexOf('.');
            if (dot <= 0) {
                continue;
            }
            try {
                long id = Long.parseLong(entry.substring(0, dot));
                long at = Long.parseLong(entry.substring(dot + 1));
                if (at > oldestKept && at <= now.getEpochSecond() + 60) {
                    entries.put(id, at);
                }
            } catch (NumberFormatException unreadable) {
                // A damaged entry only means that view may be counted again.
            }
        }
        return new RecentViews(entries);
    }

    public boolean contains(long articleId) {
        return countedAt.containsKey(articleId);
    }

    /** These views plus {@code articleId} counted at {@code now}, dropping the oldest beyond the limit. */
    public RecentViews with(long articleId, Instant now) {
        Map<Long, Long> next = new LinkedHashMap<>(countedAt);
        next.remove(articleId);
        next.put(articleId, now.getEpochSecond());
        while (next.size() > MAX_ENTRIES) {
            next.remove(next.keySet().iterator().next());
        }
        return new RecentViews(next);
    }

    public String value() {
        return countedAt.entrySet().stream().map(e -> e.getKey() + "." + e.getValue())
                .collect(Collectors.joining("_"));
    }
}
