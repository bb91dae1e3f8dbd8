package vn.vanban.infrastructure.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.domain.model.file.StoredFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileCacheTest {

    @TempDir
    Path directory;

    @Test
    void aFileIsReadFromTheDatabaseOnceAndThenServedFromItsCopy() throws Exception {
        byte[] pdf = "%PDF-1.7 biên bản".getBytes(StandardCharsets.UTF_8);
        String sha256 = StoredFile.sha256(pdf);
        AtomicInteger reads = new AtomicInteger();
        FileCache cache = new FileCache(directory);

        Path first = cache.copyOf(sha256, () -> {
            reads.incrementAndGet();
            return pdf;
        });
        Path second = cache.copyOf(sha256, () -> {
            reads.incrementAndGet();
            return pdf;
        });

        assertThat(reads).hasValue(1);
        assertThat(second).isEqualTo(first);
        assertThat(Files.readAllBytes(first)).isEqualTo(pdf);
        assertThat(first.getFileName().toString()).isEqualTo(sha256);
        try (var left = Files.list(first.getParent())) {
            assertThat(left).as("no partial file left behind").containsExactly(first);
        }
    }

    @Test
    void somethingElseThanAHashNeverBecomesAPath() {
        FileCache cache = new FileCache(directory);

        assertThatThrownBy(() -> cache.copyOf("../../etc/passwd", () -> new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void smallFilesAreKeptInMemoryAndAStaleCopyIsMadeAgain() throws Exception {
        byte[] pdf = "%PDF-1.7 thông báo".getBytes(StandardCharsets.UTF_8);
        String sha256 = StoredFile.sha256(pdf);
        AtomicInteger reads = new AtomicInteger();
        FileCache cache = new FileCache(directory);
        Path copy = cache.copyOf(sha256, () -> pdf);
        Files.write(copy, "%PDF-1.7 tampered".getBytes(StandardCharsets.UTF_8));

        byte[] first = cache.bytesOf(sha256, () -> {
            reads.incrementAndGet();
            return pdf;
        }).orElseThrow();
        Files.delete(copy);
        byte[] second = cache.bytesOf(sha256, () -> {
            reads.incrementAndGet();
            return pdf;
        }).orElseThrow();

        assertThat(first).isEqualTo(pdf);
        assertThat(second).isSameAs(first);
        assertThat(reads).as("the tampered copy was made again from the database, once").hasValue(1);
    }

    @Test
    void aLargeFileIsNotKeptInMemory() {
        byte[] large = new byte[FileCache.IN_MEMORY_MAX_BYTES + 1];
        String sha256 = StoredFile.sha256(large);
        FileCache cache = new FileCache(directory);

        assertThat(cache.bytesOf(sha256, () -> large)).isEmpty();
        assertThat(cache.copyOf(sha256, () -> new byte[0])).isRegularFile().hasSize(large.length);
    }

    @Test
    void aFileJustStoredIsReadFromMemoryWithoutTheDatabaseOrADiskCopy() {
        StoredFile signed = new StoredFile("%PDF-1.7 chữ ký".getBytes(StandardCharsets.UTF_8), "application/pdf",
                Instant.parse("2026-12-07T08:00:00Z"));
        FileCache cache = new FileCache(directory);

        cache.keep(signed);

        assertThat(cache.bytesOf(signed.getSha256(), () -> {
            throw new AssertionError("read from the database");
        })).hasValue(signed.getContent());
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void aLargeFileJustStoredIsNotKeptInMemory() {
        StoredFile large = new StoredFile(new byte[FileCache.IN_MEMORY_MAX_BYTES + 1], "application/pdf",
                Instant.parse("2026-12-07T08:00:00Z"));
        FileCache cache = new FileCache(directory);
        AtomicInteger reads = new AtomicInteger();

        cache.keep(large);

        assertThat(cache.bytesOf(large.getSha256(), () -> {
            reads.incrementAndGet();
            return large.getContent();
        })).isEmpty();
        assertThat(reads).hasValue(1);
    }
}
