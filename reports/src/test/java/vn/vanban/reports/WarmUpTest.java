package vn.vanban.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.vanban.reports.verify.PdfSignatureVerifier;
import vn.vanban.reports.verify.SignatureReport;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WarmUpTest {

    @Test
    void aSampleIsTwoPageMinutesWithTheTwoVisibleSignaturesOfIssuedMinutes() throws Exception {
        byte[] sample = WarmUp.withThrowawayKeys().signedSample();

        List<SignatureReport> reports = new PdfSignatureVerifier(List.of()).verify(sample);
        assertThat(reports).extracting(SignatureReport::signerName)
                .containsExactly("Người Chủ Trì Mẫu", "Người Thư Ký Mẫu");
        assertThat(reports).allSatisfy(r -> assertThat(r.intact()).isTrue());
        try (PDDocument document = Loader.loadPDF(sample)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(document.getSignatureFields()).allSatisfy(field ->
                    assertThat(field.getWidgets().get(0).getRectangle().getWidth()).isPositive());
        }
    }

    @Test
    void runsAsManySamplesAsAskedUnlessInterrupted() throws Exception {
        WarmUp warmUp = WarmUp.withThrowawayKeys();

        assertThat(warmUp.run(3)).isEqualTo(3);
        Thread.currentThread().interrupt();
        try {
            assertThat(warmUp.run(3)).isZero();
        } finally {
            assertThat(Thread.interrupted()).isTrue();
        }
    }
}
