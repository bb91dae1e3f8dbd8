package vn.vanban.application.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.document.DraftInput;
import vn.vanban.application.document.IssuedPdfService;
import vn.vanban.application.document.SigningService;
import vn.vanban.application.news.ArticleInput;
import vn.vanban.application.news.NewsService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.news.Article;
import vn.vanban.domain.model.news.ArticleRepository;
import vn.vanban.domain.model.organisation.Issuer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The news of the demo story: what the secretariat has posted on "Tin mới nhất" over the year, the quarterly review
 * meeting first among them, with one public notice the meeting produced. Names of people and companies are invented.
 */
@Stateless
public class DemoNews {

    @Inject
    private NewsService news;

    @Inject
    private DocumentService documents;

    @Inject
    private IssuedPdfService issuedPdfs;

    @Inject
    private SigningService signing;

    @Inject
    private ArticleRepository articles;

    /** {@code membersOnly} is a document the quarterly article refers to that the public must not see. */
    public void load(Issuer steering, UserAccount head, Document membersOnly) {
        Actor secretariat = new Actor("vanthu", EnumSet.of(Role.SECRETARIAT));
        Actor signer = new Actor(head.getUsername(), EnumSet.of(Role.SIGNER, Role.MEMBER));
        Document conclusion = publicConclusion(secretariat, signer, steering, head);

        article(secretariat, LocalDateTime.of(2026, 3, 2, 10, 5), 98,
                "Khảo sát doanh nghiệp có đảng viên đang làm việc: kết quả bước đầu",
                "Tổ giúp việc Ban chỉ đạo hoàn thành đợt khảo sát đầu tiên tại 42 doanh nghiệp ngoài khu vực Nhà nước trên địa bàn quận.",
                "<p>Từ ngày 12/01 đến ngày 27/02/2026, Tổ giúp việc Ban chỉ đạo phối hợp với Đảng ủy các phường khảo sát "
                        + "42 doanh nghiệp ngoài khu vực Nhà nước có đảng viên đang làm việc.</p>"
                        + "<p>Kết quả cho thấy 17 doanh nghiệp có từ 1 đến 3 đảng viên, 6 doanh nghiệp có từ 3 đảng viên trở lên "
                        + "nhưng chưa có tổ chức đảng; phần lớn đảng viên đang sinh hoạt theo nơi cư trú.</p>"
                        + "<p>Danh sách này là cơ sở để Ban chỉ đạo phân công thành viên theo dõi, vận động thành lập tổ chức đảng "
                        + "trong năm 2026.</p>",
                List.of());
        article(secretariat, LocalDateTime.of(2026, 3, 21, 8, 35), 264,
                "Giao ban Ban chỉ đạo xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp ngoài khu vực Nhà nước quý I năm 2026",
                "Ban chỉ đạo đánh giá kết quả quý I, thống nhất phân công nhiệm vụ thành viên và đặt mục tiêu thành lập "
                        + "từ 02 đến 03 tổ chức đảng trong quý II.",
                "<p>Chiều ngày 19/3/2026, Ban chỉ đạo xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp ngoài khu vực "
                        + "Nhà nước Quận ủy Long Biên họp giao ban đánh giá kết quả thực hiện nhiệm vụ quý I và triển khai "
                        + "nhiệm vụ quý II năm 2026.</p>"
                        + "<p>Đồng chí Trần Văn Hưng, Phó Bí thư Thường trực Quận ủy, Trưởng Ban chỉ đạo chủ trì hội nghị; "
                        + "dự có các đồng chí thành viên Ban chỉ đạo và Tổ giúp việc.</p>"
                        + "<p>Hội nghị nghe dự thảo quyết định kiện toàn Ban chỉ đạo, thông báo phân công nhiệm vụ thành viên "
                        + "và báo cáo kết quả thực hiện Nghị quyết 09-NQ/TU của Thành ủy trên địa bàn quận trong quý I. "
                        + "Sáu ý kiến phát biểu thống nhất với các dự thảo và đề xuất giải pháp cho quý II.</p>"
                        + "<p>Kết luận hội nghị, đồng chí Trưởng Ban chỉ đạo yêu cầu:</p>"
                        + "<ol><li>Khảo sát tình hình hoạt động của các chi bộ cơ sở trong doanh nghiệp trực thuộc Quận ủy, "
                        + "đề xuất chuyển giao về Đảng bộ Khối doanh nghiệp cho phù hợp.</li>"
                        + "<li>Thành viên Ban chỉ đạo phối hợp với Đảng ủy các phường được phân công vận động thành lập tổ chức "
                        + "đảng trong doanh nghiệp có đảng viên; phấn đấu quý II thành lập từ 02 đến 03 tổ chức đảng.</li>"
                        + "<li>Hướng dẫn các chi bộ doanh nghiệp nâng cao chất lượng sinh hoạt và công tác phát triển đảng viên.</li>"
                        + "<li>Thực hiện Nghị quyết 09-NQ/TU gắn với Nghị quyết 15-NQ/TU của Ban Thường vụ Thành ủy về xây dựng "
                        + "tổ chức cơ sở đảng trong sạch, vững mạnh.</li></ol>",
                List.of(conclusion.getId(), membersOnly.getId()));
        article(secretariat, LocalDateTime.of(2026, 4, 15, 9, 10), 187,
                "Ra mắt Chi bộ Công ty TNHH Cơ khí Thành Long",
                "Chi bộ đảng đầu tiên trong doanh nghiệp ngoài khu vực Nhà nước được thành lập trong năm 2026.",
                "<p>Sáng 14/4/2026, Đảng ủy phường Phúc Lợi tổ chức công bố quyết định thành lập Chi bộ Công ty TNHH "
                        + "Cơ khí Thành Long với 04 đảng viên, là kết quả của nhiều tháng gặp gỡ, vận động chủ doanh nghiệp.</p>"
                        + "<p>Phát biểu tại buổi lễ, đồng chí Lê Thị Thu Hà, Trưởng Ban Tổ chức Quận ủy, Phó Trưởng Ban Thường trực "
                        + "Ban chỉ đạo đề nghị chi bộ duy trì nền nếp sinh hoạt, gắn nhiệm vụ chính trị với sản xuất kinh doanh "
                        + "và quan tâm phát triển đảng viên trong công nhân lao động.</p>",
                List.of());
        article(secretariat, LocalDateTime.of(2026, 5, 8, 14, 20), 143,
                "Tập huấn nghiệp vụ công tác đảng cho cấp ủy chi bộ doanh nghiệp",
                "Gần 60 bí thư, phó bí thư chi bộ trong doanh nghiệp được bồi dưỡng kỹ năng tổ chức sinh hoạt chi bộ.",
                "<p>Ngày 07/5/2026, Ban chỉ đạo phối hợp với Trung tâm Chính trị quận tổ chức lớp tập huấn nghiệp vụ "
                        + "công tác đảng cho cấp ủy các chi bộ trong doanh nghiệp ngoài khu vực Nhà nước.</p>"
                        + "<p>Học viên được hướng dẫn quy trình tổ chức sinh hoạt chi bộ thường kỳ và chuyên đề, công tác "
                        + "đánh giá, xếp loại đảng viên và ghi chép sổ sách của chi bộ.</p>",
                List.of());
        article(secretariat, LocalDateTime.of(2026, 5, 27, 16, 45), 76,
                "Thành lập công đoàn cơ sở tại hai doanh nghiệp trên địa bàn phường Đức Giang",
                "Liên đoàn Lao động quận trao quyết định công nhận công đoàn cơ sở cho hai doanh nghiệp.",
                "<p>Chiều 26/5/2026, Liên đoàn Lao động quận trao quyết định công nhận Ban Chấp hành công đoàn cơ sở "
                        + "Công ty Cổ phần Thực phẩm Hương Sen và Công ty TNHH Dịch vụ Vận tải Minh Phát.</p>"
                        + "<p>Đồng chí Nguyễn Thị Lan, Chủ tịch Liên đoàn Lao động quận, thành viên Ban chỉ đạo cho biết đây là "
                        + "kết quả của việc phối hợp giữa công đoàn và Đảng ủy phường Đức Giang theo phân công của Ban chỉ đạo.</p>",
                List.of());
        news.create(secretariat, new ArticleInput("Chuẩn bị hội nghị giao ban quý II năm 2026",
                "Bản nháp: chương trình và thành phần dự họp, chưa đăng.",
                "<p>Dự kiến tổ chức vào tuần thứ ba của tháng 6/2026 tại Hội trường Quận ủy.</p>", List.of()));
    }

    private void article(Actor secretariat, LocalDateTime publishedAt, long views, String title, String summary,
                         String body, List<Long> related) {
        Article article = news.create(secretariat, new ArticleInput(title, summary, body, related));
        news.publish(secretariat, article.getId(), publishedAt.atZone(DocumentService.VIETNAM).toInstant());
        articles.addViews(article.getId(), views);
    }

    private Document publicConclusion(Actor secretariat, Actor signer, Issuer steering, UserAccount head) {
        Document notice = documents.createDraft(secretariat, steering.getId(), "TB", new DraftInput(
                "Kết luận của đồng chí Trưởng Ban chỉ đạo tại hội nghị giao ban quý I năm 2026",
                "<p>Ngày 19/3/2026, tại Quận ủy Long Biên, Ban chỉ đạo tổ chức giao ban quý I năm 2026. "
                        + "Chủ trì: đồng chí Trần Văn Hưng, Phó Bí thư Thường trực Quận ủy, Trưởng Ban chỉ đạo.</p>"
                        + "<p>Sau khi nghe báo cáo kết quả thực hiện Nghị quyết 09-NQ/TU và ý kiến của các đồng chí dự họp, "
                        + "đồng chí Trưởng Ban chỉ đạo kết luận:</p>"
                        + "<p><strong>1.</strong> Phấn đấu trong quý II thành lập từ 02 đến 03 tổ chức đảng trong doanh nghiệp "
                        + "ngoài khu vực Nhà nước.</p>"
                        + "<p><strong>2.</strong> Thành viên Ban chỉ đạo theo dõi các phường được phân công, báo cáo kết quả "
                        + "về cơ quan thường trực trước ngày 15 của tháng cuối quý.</p>",
                head.getId(), "T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN",
                "- Thường trực Quận ủy (để b/c),\n- Các đồng chí thành viên Ban chỉ đạo,\n- Lưu VP.",
                Audience.PUBLIC, Set.of()));
        documents.submitForReview(secretariat, notice.getId(), "Kính trình đồng chí Trưởng ban", Set.of());
        documents.approve(signer, notice.getId(), "Đồng ý");
        documents.issue(secretariat, notice.getId(), LocalDate.of(2026, 3, 20));
        issuedPdfs.render(secretariat, notice.getId());
        signing.sign(signer, notice.getId());
        documents.publish(secretariat, notice.getId());
        return notice;
    }
}
