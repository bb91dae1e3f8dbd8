package vn.vanban.domain.model.incoming;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The text of an incoming document: one round at a time holds a recognition, a dead one is taken over, then given up. */
class IncomingTextTest {

    private static final Instant NOW = Instant.parse("2026-03-19T02:30:00Z");

    @Test
    void aTextLayerIsDoneAtOnceCleanedAndBounded() {
        IncomingText text = IncomingText.fromTextLayer(7, " Nghị quyết\u0000 " + "x".repeat(IncomingText.MAX_CHARACTERS), 3, NOW);

        assertThat(text.getStatus()).isEqualTo(TextStatus.DONE);
        assertThat(text.getSource()).isEqualTo(TextSource.PDF_TEXT);
        assertThat(text.getText()).startsWith("Nghị quyết x").hasSize(IncomingText.MAX_CHARACTERS);
        assertThat(text.getPagesDone()).isEqualTo(3);
    }

    @Test
    void aRoundRecordsItsPagesAndItsText() {
        IncomingText text = IncomingText.toRecognise(7);
        assertThat(text.isClaimable(NOW)).isTrue();

        assertThat(text.claim("a", NOW)).isTrue();
        assertThat(text.isClaimable(NOW.plusSeconds(60))).as("held by a live round").isFalse();
        assertThat(text.progress("a", 2, 5, NOW.plusSeconds(10))).isTrue();
        assertThat(text.getStatus()).isEqualTo(TextStatus.RUNNING);
        assertThat(text.getPagesDone()).isEqualTo(2);
        assertThat(text.getPagesTotal()).isEqualTo(5);

        assertThat(text.recognised("a", TextSource.OCR, "phường Bồ Đề", NOW.plusSeconds(20))).isTrue();
        assertThat(text.getStatus()).isEqualTo(TextStatus.DONE);
        assertThat(text.getText()).isEqualTo("phường Bồ Đề");
        assertThat(text.getPagesDone()).isEqualTo(5);
        assertThat(text.isClaimable(NOW.plus(IncomingText.STALE_AFTER).plusSeconds(60))).isFalse();
    }

    @Test
    void aSilentRoundIsTakenOverAndCannotWriteAnyMore() {
        IncomingText text = IncomingText.toRecognise(7);
        text.claim("dead", NOW);
        Instant later = NOW.plus(IncomingText.STALE_AFTER).plusSeconds(1);

        assertThat(text.isClaimable(later)).isTrue();
        assertThat(text.claim("alive", later)).isTrue();

        assertThat(text.progress("dead", 1, 1, later)).isFalse();
        assertThat(text.recognised("dead", TextSource.OCR, "cũ", later)).isFalse();
        assertThat(text.failed("dead", TextFailure.OCR_TIMEOUT, "late", later)).isFalse();
        assertThat(text.getStatus()).isEqualTo(TextStatus.RUNNING);
        assertThat(text.recognised("alive", TextSource.OCR, "mới", later)).isTrue();
        assertThat(text.getText()).isEqualTo("mới");
    }

    @Test
    void aFailureKeepsItsReasonAndNoText() {
        IncomingText text = IncomingText.toRecognise(7);
        text.claim("a", NOW);

        assertThat(text.failed("a", TextFailure.OCR_MISSING, "tesseract: No such file", NOW)).isTrue();

        assertThat(text.getStatus()).isEqualTo(TextStatus.FAILED);
        assertThat(text.getFailure()).isEqualTo(TextFailure.OCR_MISSING);
        assertThat(text.getFailureDetail()).contains("No such file");
        assertThat(text.getText()).isNull();
        assertThat(text.isClaimable(NOW.plus(IncomingText.STALE_AFTER).plusSeconds(60))).isFalse();
    }

    @Test
    void aRecognitionTakenTooOftenIsGivenUp() {
        IncomingText text = IncomingText.toRecognise(7);
        Instant at = NOW;
        for (int round = 0; round < IncomingText.MAX_ATTEMPTS; round++) {
            assertThat(text.claim("round" + round, at)).isTrue();
            at = at.plus(IncomingText.STALE_AFTER).plusSeconds(1);
        }

        assertThat(text.claim("last", at)).isFalse();

        assertThat(text.getStatus()).isEqualTo(TextStatus.FAILED);
        assertThat(text.getFailure()).isEqualTo(TextFailure.GAVE_UP);
    }
}
