package vn.vanban.application;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.reports.render.DocumentPage;
import vn.vanban.reports.render.PdfRenderer;
import vn.vanban.reports.sign.SignatureAppearance;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureAppearanceTest {

    private static final byte[] NOTICE = new PdfRenderer().render(new DocumentPage(true, "QUẬN ỦY LONG BIÊN",
            "BAN CHỈ ĐẠO", "Số 12-TB/BCĐ", "Long Biên", LocalDate.of(2026, 3, 19), "THÔNG BÁO", "Phân công nhiệm vụ",
            "<p>Nội dung</p>", "T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Trần Văn Hưng", List.of("- Lưu VP."),
            "https://vanban.example.vn/verify.xhtml?document=1"));

    @Test
    void theFirstSignatureGoesInTheSignersBlockWithTheSeal() {
        SignatureAppearance appearance = SigningService.appearance(NOTICE, "Trần Văn Hưng", "Quận ủy Long Biên", true);

        assertThat(appearance.box().pageIndex()).isZero();
        assertThat(appearance.sealImage()).isNotNull();
    }

    @Test
    void aSignerWhoseBlockIsNotInThePdfIsRefusedInsteadOfSignedInvisibly() {
        assertThatThrownBy(() -> SigningService.appearance(NOTICE, "Vũ Thị Mai", "Quận ủy Long Biên", false))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getCode()).isEqualTo(ErrorCode.SIGNATURE_BLOCK_NOT_FOUND));
    }
}
