package vn.vanban.web.api.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ByteRangeTest {

    @Test
    void readsFirstLastOpenEndedAndSuffixRanges() {
        assertThat(ByteRange.of("bytes=0-99", 1000)).contains(new ByteRange(0, 99));
        assertThat(ByteRange.of("bytes=900-", 1000)).contains(new ByteRange(900, 999));
        assertThat(ByteRange.of("bytes=-100", 1000)).contains(new ByteRange(900, 999));
        assertThat(ByteRange.of("bytes=990-5000", 1000)).contains(new ByteRange(990, 999));
        assertThat(ByteRange.of("bytes=-5000", 1000)).contains(new ByteRange(0, 999));
        assertThat(new ByteRange(0, 99).contentRange(1000)).isEqualTo("bytes 0-99/1000");
    }

    @Test
    void aRangeBeyondTheEndIsUnsatisfiableAndAnythingElseMeansTheWholeFile() {
        assertThat(ByteRange.of("bytes=1000-", 1000)).contains(ByteRange.UNSATISFIABLE);
        assertThat(ByteRange.of("bytes=99999999999999999999-", 1000)).contains(ByteRange.UNSATISFIABLE);
        assertThat(ByteRange.UNSATISFIABLE.contentRange(1000)).isEqualTo("bytes */1000");
        assertThat(ByteRange.of(null, 1000)).isEmpty();
        assertThat(ByteRange.of("bytes=0-1,5-9", 1000)).isEmpty();
        assertThat(ByteRange.of("items=0-1", 1000)).isEmpty();
        assertThat(ByteRange.of("bytes=50-10", 1000)).isEmpty();
        assertThat(ByteRange.of("bytes=-", 1000)).isEmpty();
    }
}
