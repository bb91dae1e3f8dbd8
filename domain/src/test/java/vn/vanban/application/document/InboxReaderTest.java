package vn.vanban.application.document;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InboxReaderTest {

    @Test
    void readReceiptsSurviveTheSessionReplicationOfTheWorkbenchThatShowsThem() throws Exception {
        List<InboxService.Reader> readers = new ArrayList<>(List.of(
                new InboxService.Reader("lan.nt", "Nguyễn Thị Lan", Instant.parse("2026-03-19T02:15:00Z")),
                new InboxService.Reader("mai.vt", "Vũ Thị Mai", null)));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(readers);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(readers);
        }
    }
}
