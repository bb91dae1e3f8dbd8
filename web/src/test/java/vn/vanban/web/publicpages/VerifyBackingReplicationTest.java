package vn.vanban.web.publicpages;

import org.junit.jupiter.api.Test;
import vn.vanban.application.document.VerificationService.IssuedRecord;
import vn.vanban.application.document.VerificationService;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.web.faces.Replication.inject;
import static vn.vanban.web.faces.Replication.moved;

class VerifyBackingReplicationTest {

    @Test
    void theVerificationPageMovesWithWhatItShowsOfTheIssuedDocument() {
        VerifyBacking page = new VerifyBacking();
        inject(page, "verification", new OneIssued());
        page.setDocument("12");
        page.load();

        VerifyBacking after = moved(page);

        assertThat(after.getDocument()).isEqualTo("12");
        assertThat(after.getIssued()).isEqualTo(page.getIssued()).isNotNull();
        assertThat(after.getRootFingerprint()).isEqualTo("3F:A2:9C");
    }

    private static final class OneIssued extends VerificationService implements Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public Optional<String> rootFingerprint() {
            return Optional.of("3F:A2:9C");
        }

        @Override
        public Optional<IssuedRecord> byDocument(long id) {
            return Optional.of(new IssuedRecord(id, "Số 09-TB/BCĐ", "Thông báo", "BAN CHỈ ĐẠO", LocalDate.of(2026, 3, 19),
                    "PUBLISHED", "Thông báo kết luận", "ab".repeat(32)));
        }
    }
}
