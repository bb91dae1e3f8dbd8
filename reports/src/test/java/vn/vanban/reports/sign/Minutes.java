package vn.vanban.reports.sign;

import vn.vanban.reports.render.DocumentPage;
import vn.vanban.reports.render.PdfRenderer;
import vn.vanban.reports.render.SignatureBlock;
import vn.vanban.reports.sign.development.DevelopmentImages;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** The minutes of a meeting, as the tests sign them: the chair's and the secretary's blocks, as the portal lays them. */
public final class Minutes {

    public static final String ORGANISATION = "Quận ủy Long Biên";
    public static final String CHAIR = "Trần Văn Hưng";
    public static final String SECRETARY = "Vũ Thị Mai";
    public static final ZonedDateTime SIGNING_TIME = ZonedDateTime.of(2026, 3, 19, 16, 30, 0, 0,
            ZoneId.of("Asia/Ho_Chi_Minh"));

    private Minutes() {
    }

    public static DocumentPage page() {
        return new DocumentPage(true, "QUẬN ỦY LONG BIÊN", "BAN CHỈ ĐẠO", "Số 03-BB/BCĐ", "Long Biên",
                LocalDate.of(2026, 3, 19), "BIÊN BẢN", "Hội nghị giao ban quý I năm 2026",
                "<p>Hội nghị bắt đầu lúc 14 giờ 00, do đồng chí Trưởng Ban chỉ đạo chủ trì.</p>"
                        + "<p>Các đồng chí thành viên báo cáo tiến độ thành lập tổ chức đảng trong doanh nghiệp.</p>",
                null, "CHỦ TRÌ", CHAIR, List.of("- Các đồng chí thành viên BCĐ,", "- Lưu VP."),
                "https://vanban.example.vn/xac-thuc/bb03", "THƯ KÝ", SECRETARY);
    }

    public static byte[] rendered() {
        return new PdfRenderer().render(page());
    }

    public static SignatureRequest chairRequest() {
        return new SignatureRequest(CHAIR, "Chủ trì hội nghị", "Long Biên", SIGNING_TIME, true);
    }

    public static SignatureRequest secretaryRequest() {
        return new SignatureRequest(SECRETARY, "Thư ký hội nghị", "Long Biên", SIGNING_TIME.plusMinutes(5), false);
    }

    /** The chair's visible signature with the seal, in the chair's block of {@code pdf}. */
    public static SignatureAppearance chairAppearance(byte[] pdf) {
        return new SignatureAppearance(SignatureBlock.find(pdf, CHAIR).orElseThrow(),
                DevelopmentImages.signature(CHAIR), DevelopmentImages.seal(ORGANISATION), ORGANISATION);
    }

    /** The secretary's visible signature, without seal, in the secretary's block of the minutes. */
    public static SignatureAppearance secretaryAppearance() {
        return new SignatureAppearance(secretaryBox(), DevelopmentImages.signature(SECRETARY), null, ORGANISATION);
    }

    /**
     * The minutes signed by the chair, with the seal, and then the secretary, in their blocks, claiming the present
     * time: validators such as EU DSS check the claimed time against the certificates' validity, which starts today.
     */
    public static byte[] signedNowByChairAndSecretary(PadesSigner signer, SigningKey chair, SigningKey secretary) {
        byte[] minutes = rendered();
        SignatureAppearance chairs = chairAppearance(minutes);
        SignatureAppearance secretarys = secretaryAppearance();
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        byte[] once = signer.sign(minutes, chair, new SignatureRequest(CHAIR, "Chủ trì hội nghị", "Long Biên", now, true),
                chairs);
        return signer.sign(once, secretary, new SignatureRequest(SECRETARY, "Thư ký", "Long Biên", now, false),
                secretarys);
    }

    /** The secretary's block, on the left of the chair's, found in the rendered minutes as the portal finds it. */
    public static SignatureBox secretaryBox() {
        return SignatureBlock.find(rendered(), SECRETARY).orElseThrow();
    }
}
