package vn.vanban.infrastructure.persistence;

import vn.vanban.domain.service.search.SearchHit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index rows of one item, written on the transaction's own connection while that transaction holds the item's
 * index entry (its row in {@code search_item}), or the item's own row while it has no entry yet. Whoever replaces an
 * item's words holds it first, so that two transactions never delete and insert the same item's words at once: on
 * PostgreSQL the later one's delete would not see the earlier one's new rows, and its insert would then fail on the
 * primary key. The item's own row stays free once it is indexed: the chair signing minutes updates the document while
 * the words of its issue are indexed, and does not wait for them.
 */
final class ItemWordRows {

    /** An item (t) without index entry (i), or indexed at another version than it has now. */
    static final String STALE = "i.item_id IS NULL OR i.indexed_version <> t.version";

    private final Connection connection;
    private final SearchHit.Kind kind;
    private final long id;

    ItemWordRows(Connection connection, SearchHit.Kind kind, long id) {
        this.connection = connection;
        this.kind = kind;
        this.id = id;
    }

    static String table(SearchHit.Kind kind) {
        return switch (kind) {
            case DOCUMENT -> "document";
            case ARTICLE -> "article";
            case INCOMING -> "incoming_document";
        };
    }

    /**
     * Waits for whoever holds the item's index entry, then holds it until this transaction ends. An item never indexed
     * has no entry: its own row is held instead, then the entry that another transaction may have made meanwhile.
     * False if the item is gone and has no entry; {@link #isStale} tells of an item gone since it was indexed.
     */
    boolean hold() throws SQLException {
        if (holdEntry()) {
            return true;
        }
        if (!selectForUpdate("SELECT id FROM " + table(kind) + " WHERE id = ? FOR UPDATE", List.of(id))) {
            return false;
        }
        holdEntry();
        return true;
    }

    private boolean holdEntry() throws SQLException {
        return selectForUpdate("SELECT item_id FROM search_item WHERE kind = ? AND item_id = ? FOR UPDATE",
                List.of(WordIndexSearch.code(kind), id));
    }

    private boolean selectForUpdate(String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                lock.setObject(i + 1, parameters.get(i));
            }
            try (var rows = lock.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Whether the item exists and its words describe another version than it has now (or there are none). */
    boolean isStale() throws SQLException {
        try (PreparedStatement stale = connection.prepareStatement("SELECT t.id FROM " + table(kind)
                + " t LEFT JOIN search_item i ON i.kind = ? AND i.item_id = t.id WHERE t.id = ? AND (" + STALE + ")")) {
            stale.setString(1, WordIndexSearch.code(kind));
            stale.setLong(2, id);
            try (var rows = stale.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * Replaces the item's words by {@code words} (folded word to its exact forms), recording {@code version} as the
     * one they describe. Only what differs from the rows stored is written: an item indexed again because it changed
     * in some other way (a signature, a PDF attached) writes no word at all, and an issue moves the date of every word
     * in one statement and adds the number's few. The changed words go in JDBC batches: a document has a few hundred
     * distinct words, and one statement per word was most of the numbering transaction.
     */
    void replace(Map<String, String> words, Timestamp dated, int reach, long version) throws SQLException {
        String code = WordIndexSearch.code(kind);
        Map<String, String> stored = new HashMap<>();
        boolean placedAlike = true;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT term, exact, item_date, reach FROM search_word WHERE kind = ? AND item_id = ?")) {
            select.setString(1, code);
            select.setLong(2, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getString(2));
                    placedAlike &= sameMicrosecond(dated, rows.getTimestamp(3)) && reach == rows.getInt(4);
                }
            }
        }
        if (!placedAlike) {
            try (PreparedStatement place = connection.prepareStatement(
                    "UPDATE search_word SET item_date = ?, reach = ? WHERE kind = ? AND item_id = ?")) {
                place.setTimestamp(1, dated);
                place.setInt(2, reach);
                place.setString(3, code);
                place.setLong(4, id);
                place.executeUpdate();
            }
        }
        batch("DELETE FROM search_word WHERE kind = ? AND item_id = ? AND term = ?",
                stored.keySet().stream().filter(term -> !words.containsKey(term)).toList(), (delete, term) -> {
                    delete.setString(1, code);
                    delete.setLong(2, id);
                    delete.setString(3, term);
                });
        batch("UPDATE search_word SET exact = ? WHERE kind = ? AND item_id = ? AND term = ?",
                words.entrySet().stream().filter(word -> stored.containsKey(word.getKey())
                        && !word.getValue().equals(stored.get(word.getKey()))).toList(), (update, word) -> {
                    update.setString(1, word.getValue());
                    update.setString(2, code);
                    update.setLong(3, id);
                    update.setString(4, word.getKey());
                });
        batch("INSERT INTO search_word (kind, term, item_id, item_date, exact, reach) VALUES (?, ?, ?, ?, ?, ?)",
                words.entrySet().stream().filter(word -> !stored.containsKey(word.getKey())).toList(), (insert, word) -> {
                    insert.setString(1, code);
                    insert.setString(2, word.getKey());
                    insert.setLong(3, id);
                    insert.setTimestamp(4, dated);
                    insert.setString(5, word.getValue());
                    insert.setInt(6, reach);
                });
        recordVersion(code, version);
    }

    /** The column keeps microseconds: an instant with nanoseconds comes back without them. */
    private static boolean sameMicrosecond(Timestamp wanted, Timestamp stored) {
        return stored != null && wanted.toInstant().truncatedTo(ChronoUnit.MICROS)
                .equals(stored.toInstant().truncatedTo(ChronoUnit.MICROS));
    }

    private void recordVersion(String code, long version) throws SQLException {
        try (PreparedStatement indexed = connection.prepareStatement(
                "UPDATE search_item SET indexed_version = ? WHERE kind = ? AND item_id = ?")) {
            indexed.setLong(1, version);
            indexed.setString(2, code);
            indexed.setLong(3, id);
            if (indexed.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement indexed = connection.prepareStatement(
                "INSERT INTO search_item (kind, item_id, indexed_version) VALUES (?, ?, ?)")) {
            indexed.setString(1, code);
            indexed.setLong(2, id);
            indexed.setLong(3, version);
            indexed.executeUpdate();
        }
    }

    private <T> void batch(String sql, List<T> items, Parameters<T> parameters) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T item : items) {
                parameters.set(statement, item);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    @FunctionalInterface
    private interface Parameters<T> {
        void set(PreparedStatement statement, T item) throws SQLException;
    }
}
