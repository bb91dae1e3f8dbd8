package vn.vanban.infrastructure.database;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored files on PostgreSQL: out of line, never run through pglz, read back byte for byte. */
class UncompressedFileContentsTest {

    @Test
    void postgreSqlStoresFileContentsWithoutTryingToCompressThem() throws Exception {
        ScratchPostgreSql.run("uncompressed", url -> {
            try (Connection connection = DriverManager.getConnection(url, ScratchPostgreSql.USER, ScratchPostgreSql.PASSWORD)) {
                assertThat(single(connection, "SELECT attstorage FROM pg_attribute"
                        + " WHERE attrelid = 'stored_file'::regclass AND attname = 'content'")).isEqualTo("e");

                byte[] compressible = new byte[200_000];
                Arrays.fill(compressible, (byte) 'a');
                byte[] pdfLike = new byte[200_000];
                new Random(20).nextBytes(pdfLike);
                insert(connection, "compressible", compressible);
                insert(connection, "pdf-like", pdfLike);

                assertThat(single(connection, "SELECT pg_column_size(content) FROM stored_file WHERE sha256 = 'compressible'"))
                        .as("not even a value pglz would shrink is compressed").isEqualTo("200000");
                try (PreparedStatement read = connection.prepareStatement("SELECT content FROM stored_file WHERE sha256 = ?")) {
                    read.setString(1, "pdf-like");
                    try (ResultSet rows = read.executeQuery()) {
                        rows.next();
                        assertThat(rows.getBytes(1)).isEqualTo(pdfLike);
                    }
                }
            }
        });
    }

    private static void insert(Connection connection, String sha256, byte[] content) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO stored_file (sha256, media_type, size_bytes, content, created) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, sha256);
            insert.setString(2, "application/pdf");
            insert.setLong(3, content.length);
            insert.setBytes(4, content);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private static String single(Connection connection, String sql) throws Exception {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
