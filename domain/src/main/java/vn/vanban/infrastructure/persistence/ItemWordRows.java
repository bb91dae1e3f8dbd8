package vn.vanban.infrastructure.persistence;

import vn.vanban.domain.service.search.SearchHit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;

/**
 * The index rows of one item, written on the transaction's own connection while that transaction holds the item's
 * row. Whoever replaces an item's words holds its row first (a service has just updated it; the sweep locks it), so
 * that two transactions never delete and insert the same item's words at once: on PostgreSQL the later one's delete
 * would not see the earlier one's new rows, and its insert would then fail on the primary key.
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

    /** Waits for whoever holds the item's row, then holds it until this transaction ends; false if it is gone. */
    boolean hold() throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT id FROM " + table(kind) + " WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, id);
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
     * one they describe. The words go in one JDBC batch: a document has a few hundred distinct words, and one
     * statement per word was most of the numbering transaction.
     */
    void replace(Map<String, String> words, Timestamp dated, int reach, long version) throws SQLException {
        String code = WordIndexSearch.code(kind);
        for (String table : new String[]{"search_word", "search_item"}) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE kind = ? AND item_id = ?")) {
                delete.setString(1, code);
                delete.setLong(2, id);
                delete.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO search_word (kind, term, item_id, item_date, exact, reach) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, String> word : words.entrySet()) {
                insert.setString(1, code);
                insert.setString(2, word.getKey());
                insert.setLong(3, id);
                insert.setTimestamp(4, dated);
                insert.setString(5, word.getValue());
                insert.setInt(6, reach);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement indexed = connection.prepareStatement(
                "INSERT INTO search_item (kind, item_id, indexed_version) VALUES (?, ?, ?)")) {
            indexed.setString(1, code);
            indexed.setLong(2, id);
            indexed.setLong(3, version);
            indexed.executeUpdate();
        }
    }
}
