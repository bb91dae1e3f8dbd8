package vn.vanban.reports.sign;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureTextFontTest {

    @Test
    void aFontGivenBackIsLentToTheNextSignature() throws IOException {
        SignatureTextFont first;
        try (SignatureTextFont font = SignatureTextFont.lend()) {
            first = font;
        }
        try (SignatureTextFont font = SignatureTextFont.lend()) {
            assertThat(font).isSameAs(first);
        }
    }

    @Test
    void aFontIsNeverLentToTwoSignaturesAtOnce() throws IOException {
        try (SignatureTextFont one = SignatureTextFont.lend(); SignatureTextFont other = SignatureTextFont.lend()) {
            assertThat(one).isNotSameAs(other);
            assertThat(one.font()).isNotSameAs(other.font());
        }
    }
}
