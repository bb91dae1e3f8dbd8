package vn.vanban.reports.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.reports.sign.Minutes;
import vn.vanban.reports.sign.SignatureBox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The spaces the layout records at issue are where the signers' blocks are found in the rendered file's text. */
class SignatureSpacesTest {

    private static final float SAME_PLACE = 3f;
    private static final String PARAGRAPH = "<p>Phấn đấu quý II thành lập từ 02-03 tổ chức đảng trong doanh nghiệp.</p>";

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 34, 35, 36, 60, 150})
    void aSignersSpaceIsTheBlockFoundInThePageWhateverPageTheBodyPushesItTo(int paragraphs) {
        for (boolean party : new boolean[] {true, false}) {
            RenderedDocument rendered = new PdfRenderer().renderToSign(PdfRendererTest.page(PARAGRAPH.repeat(paragraphs), party));

            assertSamePlace(rendered.signatureSpace(SignerSlot.FIRST).orElseThrow(),
                    SignatureBlock.find(rendered.pdf(), "Trần Văn Hưng").orElseThrow());
            assertThat(rendered.signatureSpace(SignerSlot.SECOND)).isEmpty();
        }
    }

    @Test
    void minutesHaveTheChairsSpaceAndTheSecretarysSpace() {
        RenderedDocument minutes = new PdfRenderer().renderToSign(Minutes.page());

        assertSamePlace(minutes.signatureSpace(SignerSlot.FIRST).orElseThrow(),
                SignatureBlock.find(minutes.pdf(), Minutes.CHAIR).orElseThrow());
        assertSamePlace(minutes.signatureSpace(SignerSlot.SECOND).orElseThrow(),
                SignatureBlock.find(minutes.pdf(), Minutes.SECRETARY).orElseThrow());
    }

    @Test
    void theFileIsTheOneRenderedWithoutAskingForTheSpaces() {
        PdfRenderer renderer = new PdfRenderer();

        byte[] plain = renderer.render(Minutes.page());
        byte[] toSign = renderer.renderToSign(Minutes.page()).pdf();

        assertThat(toSign.length).isBetween(plain.length - 64, plain.length + 64);
    }

    private static void assertSamePlace(SignatureBox recorded, SignatureBox found) {
        assertThat(recorded.pageIndex()).isEqualTo(found.pageIndex());
        assertThat(recorded.x()).isCloseTo(found.x(), within(SAME_PLACE));
        assertThat(recorded.y()).isCloseTo(found.y(), within(SAME_PLACE));
        assertThat(recorded.width()).isCloseTo(found.width(), within(SAME_PLACE));
        assertThat(recorded.height()).isCloseTo(found.height(), within(SAME_PLACE));
    }
}
