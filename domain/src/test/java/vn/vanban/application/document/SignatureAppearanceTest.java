package vn.vanban.application.document;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.document.DraftContent;
import vn.vanban.domain.model.document.RegisterNumber;
import vn.vanban.domain.model.document.SignaturePlace;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.IssuerDetails;
import vn.vanban.domain.model.organisation.NumberingRule;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.reports.render.DocumentPage;
import vn.vanban.reports.render.PdfRenderer;
import vn.vanban.reports.render.SignatureBlock;
import vn.vanban.reports.sign.SignatureAppearance;
import vn.vanban.reports.sign.SignatureBox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureAppearanceTest {

    private static final byte[] NOTICE = new PdfRenderer().render(new DocumentPage(true, "QUẬN ỦY LONG BIÊN",
            "BAN CHỈ ĐẠO", "Số 12-TB/BCĐ", "Long Biên", LocalDate.of(2026, 3, 19), "THÔNG BÁO", "Phân công nhiệm vụ",
            "<p>Nội dung</p>", "T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Trần Văn Hưng", List.of("- Lưu VP."),
            "https://vanban.example.vn/verify.xhtml?document=1"));
    private static final UserAccount HEAD = new UserAccount("hung.tv", "Trần Văn Hưng", null, "hash",
            EnumSet.of(Role.SIGNER, Role.MEMBER));
    private static final UserAccount SECRETARY = new UserAccount("mai.vt", "Vũ Thị Mai", null, "hash",
            EnumSet.of(Role.MEMBER));

    private static Document issuedNotice() {
        Instant now = Instant.parse("2026-03-19T02:00:00Z");
        Issuer issuer = new Issuer(new IssuerDetails("BAN CHỈ ĐẠO", "QUẬN ỦY LONG BIÊN", "BCĐ", "Long Biên",
                NumberingRule.PARTY_PER_TYPE_PER_TERM, LocalDate.of(2025, 10, 20), null));
        Document document = new Document(issuer, new DocumentType("TB", "Thông báo", "THÔNG BÁO", "<p>...</p>"),
                new DraftContent("Phân công nhiệm vụ", "<p>Nội dung</p>", HEAD, "T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN",
                        "- Lưu VP.", Audience.ALL_MEMBERS, Set.of()), "vanthu", now);
        document.submitForReview("vanthu", null, Set.of(), now);
        document.approve("hung.tv", null, now);
        document.issue(new RegisterNumber(12, "s", "Số 12-TB/BCĐ", LocalDate.of(2026, 3, 19)), "vanthu", now);
        return document;
    }

    @Test
    void theFirstSignatureGoesInTheSignersBlockWithTheSeal() {
        SignatureBox box = SignatureBlock.find(NOTICE, "Trần Văn Hưng").orElseThrow();

        SignatureAppearance appearance = SigningService.appearance(box, "Trần Văn Hưng", "Quận ủy Long Biên", true);

        assertThat(appearance.box()).isEqualTo(box);
        assertThat(appearance.sealImage()).isNotNull();
    }

    @Test
    void theSignerSignsWhereTheLayoutRecordedTheBlockAtIssue() {
        Document document = issuedNotice();
        document.attachPdf("issued-sha", List.of(new SignaturePlace("hung.tv", 0, 340f, 450f, 170f, 79f)));

        assertThat(SigningService.box(document, NOTICE, HEAD)).isEqualTo(new SignatureBox(0, 340f, 450f, 170f, 79f));
    }

    @Test
    void aDocumentIssuedBeforeThePlacesWereRecordedIsSignedWhereItsTextShowsTheBlock() {
        Document document = issuedNotice();
        document.attachPdf("issued-sha");

        assertThat(SigningService.box(document, NOTICE, HEAD))
                .isEqualTo(SignatureBlock.find(NOTICE, "Trần Văn Hưng").orElseThrow());
    }

    @Test
    void aSignerWhoseBlockIsNotInThePdfIsRefusedInsteadOfSignedInvisibly() {
        Document document = issuedNotice();
        document.attachPdf("issued-sha");

        assertThatThrownBy(() -> SigningService.box(document, NOTICE, SECRETARY))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getCode()).isEqualTo(ErrorCode.SIGNATURE_BLOCK_NOT_FOUND));
    }
}
