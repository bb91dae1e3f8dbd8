package vn.vanban.reports;

import vn.vanban.reports.render.DocumentPage;
import vn.vanban.reports.render.PdfRenderer;
import vn.vanban.reports.render.RenderedDocument;
import vn.vanban.reports.render.SignerSlot;
import vn.vanban.reports.sign.PadesSigner;
import vn.vanban.reports.sign.SignatureAppearance;
import vn.vanban.reports.sign.SignatureRequest;
import vn.vanban.reports.sign.SigningKey;
import vn.vanban.reports.sign.development.DevelopmentCertificates;
import vn.vanban.reports.sign.development.DevelopmentImages;

import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Sample minutes rendered and signed in memory exactly as an issued document is (the layout with its signature
 * spaces, then the chair's certifying visible signature with the seal and the secretary's), with throwaway development
 * keys. Run a few hundred times when a server starts, it has the JIT compile the rendering and signing code before
 * the first secretariat user issues a document: a fresh JVM renders and signs the same minutes about two and a half
 * times slower than one that has done it a few hundred times (see docs/benchmarks.md, issue #20 step 5).
 */
public final class WarmUp {

    private static final String ORGANISATION = "Ban Chỉ đạo (mẫu khởi động)";
    private static final String CHAIR = "Người Chủ Trì Mẫu";
    private static final String SECRETARY = "Người Thư Ký Mẫu";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PARAGRAPH = "<p>Thành viên Ban chỉ đạo căn cứ Thông báo phân công nhiệm vụ, chủ động"
            + " phối hợp Đảng ủy các phường theo dõi việc tuyên truyền, rà soát, gặp gỡ, vận động thành lập tổ chức đảng"
            + " trong doanh nghiệp ngoài khu vực Nhà nước có đảng viên; phấn đấu quý II thành lập từ 02-03 tổ chức"
            + " đảng.</p>";
    /** Two pages, as the demo minutes are: the second page carries both signature blocks. */
    private static final int PARAGRAPHS = 12;

    private final PdfRenderer renderer = new PdfRenderer();
    private final PadesSigner signer = new PadesSigner();
    private final SigningKey chair;
    private final SigningKey secretary;

    private WarmUp(SigningKey chair, SigningKey secretary) {
        this.chair = chair;
        this.secretary = secretary;
    }

    /** With a development root and two signer keys of its own, made now and kept nowhere. */
    public static WarmUp withThrowawayKeys() throws GeneralSecurityException {
        DevelopmentCertificates ca = DevelopmentCertificates.newRoot(ORGANISATION);
        return new WarmUp(ca.issueSigner(CHAIR, ORGANISATION), ca.issueSigner(SECRETARY, ORGANISATION));
    }

    /**
     * Renders and signs samples until {@code samples} are done or the thread is interrupted.
     *
     * @return how many were done
     */
    public int run(int samples) {
        int done = 0;
        while (done < samples && !Thread.currentThread().isInterrupted()) {
            signedSample();
            done++;
        }
        return done;
    }

    /** One sample: the minutes rendered, then signed by the chair with the seal and by the secretary. */
    public byte[] signedSample() {
        RenderedDocument minutes = renderer.renderToSign(page());
        ZonedDateTime now = ZonedDateTime.now(VIETNAM);
        byte[] once = signer.sign(minutes.pdf(), chair,
                new SignatureRequest(CHAIR, "Ký ban hành 01-BB/BCĐ", "Hà Nội", now, true),
                new SignatureAppearance(minutes.signatureSpace(SignerSlot.FIRST).orElseThrow(),
                        DevelopmentImages.signature(CHAIR), DevelopmentImages.seal(ORGANISATION), ORGANISATION));
        return signer.sign(once, secretary,
                new SignatureRequest(SECRETARY, "Ký ban hành 01-BB/BCĐ", "Hà Nội", now, false),
                new SignatureAppearance(minutes.signatureSpace(SignerSlot.SECOND).orElseThrow(),
                        DevelopmentImages.signature(SECRETARY), null, ORGANISATION));
    }

    private static DocumentPage page() {
        return new DocumentPage(true, "THÀNH ỦY HÀ NỘI", "BAN CHỈ ĐẠO", "Số 01-BB/BCĐ", "Hà Nội",
                LocalDate.now(VIETNAM), "BIÊN BẢN", "Hội nghị giao ban (mẫu khởi động)", PARAGRAPH.repeat(PARAGRAPHS),
                null, "CHỦ TRÌ", CHAIR, List.of("- Các đồng chí thành viên BCĐ,", "- Lưu VP."),
                "http://localhost:8080/verify.xhtml?document=0", "THƯ KÝ", SECRETARY);
    }
}
