package vn.vanban.application.register;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChunkedOutputStreamTest {

    private final List<Integer> seqs = new ArrayList<>();
    private final List<byte[]> chunks = new ArrayList<>();
    private final ChunkedOutputStream out = new ChunkedOutputStream(4, (seq, chunk) -> {
        seqs.add(seq);
        chunks.add(chunk);
    });

    @Test
    void handsOnFullChunksAsTheyFillAndTheRestWhenClosed() throws IOException {
        out.write(new byte[] {1, 2, 3});
        assertThat(chunks).isEmpty();
        out.write(new byte[] {4, 5, 6, 7, 8, 9, 10, 11, 12});
        assertThat(chunks).containsExactly(new byte[] {1, 2, 3, 4}, new byte[] {5, 6, 7, 8}, new byte[] {9, 10, 11, 12});
        out.write(13);
        out.close();
        out.close();
        assertThatThrownBy(() -> out.write(14)).isInstanceOf(IOException.class);

        assertThat(chunks).hasSize(4).last().isEqualTo(new byte[] {13});
        assertThat(seqs).containsExactly(0, 1, 2, 3);
        assertThat(out.size()).isEqualTo(13);
    }

    @Test
    void theChunksPutTogetherAreWhatWasWritten() throws IOException {
        byte[] written = new byte[1000];
        IntStream.range(0, written.length).forEach(i -> written[i] = (byte) (i * 31));
        for (int offset = 0; offset < written.length; offset += 7) {
            out.write(written, offset, Math.min(7, written.length - offset));
        }
        out.close();

        ByteArrayOutputStream together = new ByteArrayOutputStream();
        chunks.forEach(together::writeBytes);
        assertThat(together.toByteArray()).isEqualTo(written);
        assertThat(chunks).hasSize(250).allSatisfy(chunk -> assertThat(chunk).hasSize(4));
    }

    @Test
    void nothingWrittenIsNoChunk() throws IOException {
        out.close();
        assertThat(chunks).isEmpty();
        assertThat(out.size()).isZero();
    }
}
