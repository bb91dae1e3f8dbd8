package vn.vanban.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.vanban.it.browser.Accessibility;
import vn.vanban.it.browser.ArticlePage;
import vn.vanban.it.browser.Browser;
import vn.vanban.it.browser.Chromium;
import vn.vanban.it.browser.CommitteesPage;
import vn.vanban.it.browser.DocumentWorkbenchPage;
import vn.vanban.it.browser.DocumentsPage;
import vn.vanban.it.browser.ErrorPage;
import vn.vanban.it.browser.HomePage;
import vn.vanban.it.browser.IncomingDocumentPage;
import vn.vanban.it.browser.IncomingRegisterPage;
import vn.vanban.it.browser.LoginPage;
import vn.vanban.it.browser.MemberDocumentPage;
import vn.vanban.it.browser.MeetingPage;
import vn.vanban.it.browser.MemberMeetingPage;
import vn.vanban.it.browser.MemberDocumentsPage;
import vn.vanban.it.browser.NewsPage;
import vn.vanban.it.browser.PortalPage;
import vn.vanban.it.browser.RegisterPage;
import vn.vanban.it.browser.Usability;
import vn.vanban.it.browser.VerifyPage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's journeys in a real browser (headless Chromium) on the deployed EAR: each test logs in through the
 * login page and works the screens as a person would. Every test fails if a page logs a JavaScript error. Data a
 * journey only reads is prepared through the API, so the tests do not depend on each other's order. Summaries
 * are plain Vietnamese, as the screenshots show them: every build tests on a new database.
 */
class BrowserJourneysIT extends DeployedPortal {

    private static final String SIGNER = "Trần Văn Hưng";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private Browser browser() {
        return chromium.browser();
    }

    private HomePage logIn(String username) {
        return LoginPage.open(browser()).logInAs(username, DEMO_PASSWORD);
    }

    // --- (1) the secretariat's work on a notice, with the signer ---

    @Test
    void noticeIsDraftedReturnedFixedApprovedIssuedSignedAndPublished() {
        String summary = "Lịch tiếp xúc doanh nghiệp quý III năm 2026";
        logIn("vanthu");
        DocumentsPage documents = DocumentsPage.open(browser());
        browser().screenshot("documents");
        DocumentWorkbenchPage draft = documents.startDraft("TB · Thông báo", summary);
        assertThat(draft.status()).isEqualTo("DRAFT");
        assertThat(draft.body()).as("the notice template").contains("Ban chỉ đạo đã tổ chức").contains("kết luận");
        long id = draft.id();

        draft.signedBy(SIGNER, "T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN").appendParagraph("Giao Tổ giúp việc chuẩn bị nội dung tiếp xúc.");
        assertThat(draft.save("Bản đầu")).contains("Đã lưu phiên bản 2.");
        draft.appendParagraph("Các doanh nghiệp đăng ký trước ngày 15 tháng 7.");
        assertThat(draft.save("Thêm thời hạn đăng ký")).contains("Đã lưu phiên bản 3.");
        assertThat(draft.statusLine()).contains("v3");
        DocumentWorkbenchPage.Diff diff = draft.compare(2, 3);
        assertThat(String.join(" ", diff.inserted())).contains("trước ngày 15 tháng 7");
        assertThat(diff.deleted()).isEmpty();
        draft.closeNotices();
        browser().screenshot("draft-editor");
        assertThat(draft.submit("Kính trình đồng chí Trưởng ban").status()).isEqualTo("IN_REVIEW");

        draft.logOut().logInAs("hung.tv", DEMO_PASSWORD);
        DocumentWorkbenchPage review = DocumentWorkbenchPage.open(browser(), id);
        assertThat(review.isEditable()).isFalse();
        assertThat(review.returnForChanges("Ghi rõ địa điểm tiếp xúc").status()).isEqualTo("DRAFT");

        review.logOut().logInAs("vanthu", DEMO_PASSWORD);
        DocumentWorkbenchPage fix = DocumentWorkbenchPage.open(browser(), id);
        assertThat(fix.history()).anyMatch(step -> step.contains("hung.tv") && step.contains("Ghi rõ địa điểm tiếp xúc"));
        fix.appendParagraph("Địa điểm: Hội trường Quận ủy Long Biên.");
        assertThat(fix.save("Sửa theo ý kiến Trưởng ban")).contains("Đã lưu phiên bản 4.");
        assertThat(fix.submit("Đã sửa theo ý kiến").status()).isEqualTo("IN_REVIEW");

        fix.logOut().logInAs("hung.tv", DEMO_PASSWORD);
        DocumentWorkbenchPage approval = DocumentWorkbenchPage.open(browser(), id).approve("Đồng ý ban hành");
        assertThat(approval.status()).isEqualTo("APPROVED");
        assertThat(approval.offers("issue")).as("only the secretariat issues").isFalse();

        approval.logOut().logInAs("vanthu", DEMO_PASSWORD);
        DocumentWorkbenchPage issued = DocumentWorkbenchPage.open(browser(), id).issue();
        assertThat(issued.status()).isEqualTo("ISSUED");
        assertThat(issued.heading()).matches("Thông báo: Số \\d{2}-TB/BCĐ");
        assertThat(issued.statusLine()).contains("Chờ người ký ký số");
        assertThat(issued.offers("publish")).as("publication waits for the signature").isFalse();

        issued.logOut().logInAs("hung.tv", DEMO_PASSWORD);
        DocumentWorkbenchPage signed = DocumentWorkbenchPage.open(browser(), id).sign();
        assertThat(signed.statusLine()).contains("Đã ký số");
        assertThat(signed.offers("sign")).isFalse();

        signed.logOut().logInAs("vanthu", DEMO_PASSWORD);
        DocumentWorkbenchPage published = DocumentWorkbenchPage.open(browser(), id).publish();
        assertThat(published.status()).isEqualTo("PUBLISHED");
        assertThat(published.messages()).anyMatch(message -> message.startsWith("Đã phát hành văn bản Số "));
        assertThat(published.history()).anyMatch(step -> step.contains("Đồng ý ban hành"));
    }

    // --- (2) a member reads what was published to them ---

    @Test
    void memberSeesThePublishedNoticeOpensItAndDownloadsTheSignedPdf() throws Exception {
        String summary = "Phân công theo dõi doanh nghiệp trên địa bàn phường";
        publishedNotice(summary);

        MemberDocumentsPage mine = logIn("lan.nt").openMyDocuments();
        assertThat(mine.published()).contains(summary);
        browser().screenshot("member-documents");
        MemberDocumentPage notice = mine.openDocument(summary);
        assertThat(notice.document()).contains("THÔNG BÁO").contains(summary).contains(SIGNER);

        byte[] pdf = Files.readAllBytes(notice.downloadPdf());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfTools.assumeInstalled();
        assertThat(PdfTools.signatures(pdf)).contains("Signature is Valid.").contains(SIGNER);
        assertThat(PdfTools.text(pdf)).contains(summary);
    }

    // --- (3) a meeting's record becomes minutes; a member downloads minutes signed by chair and secretary ---

    @Test
    void secretariatRecordsAMeetingAndDraftsItsMinutesAndAMemberDownloadsSignedMinutes() throws Exception {
        long meetingId = committeeMeeting("Hội nghị chuyên đề phát triển đảng viên", LocalDateTime.of(2026, 12, 10, 8, 0));

        logIn("vanthu");
        MeetingPage meeting = MeetingPage.open(browser(), meetingId)
                .markAbsent("Bùi Đức Sơn", "công tác tại Thành đoàn")
                .addOpinion("Nguyễn Thị Lan", "Đề nghị tổ chức lớp cảm tình Đảng cho công nhân trong quý I.")
                .addConclusion("Giao Đảng ủy Khối doanh nghiệp mở lớp cảm tình Đảng trong quý I năm 2027.");
        assertThat(meeting.opinions()).contains("Nguyễn Thị Lan");
        assertThat(meeting.conclusions()).contains("1.");
        browser().screenshot("meeting");
        DocumentWorkbenchPage minutes = meeting.draftMinutes();
        assertThat(minutes.status()).isEqualTo("DRAFT");
        assertThat(minutes.body()).contains("Vắng: đồng chí Bùi Đức Sơn (công tác tại Thành đoàn)")
                .contains("Đồng chí Nguyễn Thị Lan: Đề nghị tổ chức lớp cảm tình Đảng")
                .contains("1. Giao Đảng ủy Khối doanh nghiệp mở lớp cảm tình Đảng");

        minutes.logOut().logInAs("lan.nt", DEMO_PASSWORD);
        String home = browser().text(By.id("inbox"));
        assertThat(home).contains("Hội nghị giao ban").contains("Mới");
        browser().screenshot("member-home");
        browser().clickAndLoad(By.xpath("//tbody[@id='inbox_data']//a[contains(normalize-space(.), 'Hội nghị giao ban')]"));
        byte[] pdf = Files.readAllBytes(new MemberDocumentPage(browser()).downloadPdf());
        PdfTools.assumeInstalled();
        String signatures = PdfTools.signatures(pdf);
        assertThat(signatures).contains(SIGNER).contains("Vũ Thị Mai");
        assertThat(signatures.split("Signature is Valid\\.", -1)).hasSize(3);
        assertThat(PdfTools.text(pdf)).contains("BIÊN BẢN").contains("THƯ KÝ").contains("CHỦ TRÌ");
    }

    // --- (4) an incoming letter is received, routed, handled and answered; a member answers an invitation ---

    @Test
    void secretariatReceivesAnIncomingLetterTheHeadRoutesItAndTheLeadRecordsProgressAndStartsTheAnswer() throws Exception {
        String numberSymbol = "27-CV/LĐLĐ";
        String sender = "Liên đoàn Lao động thành phố Hà Nội";
        String summary = "Đề nghị phối hợp thành lập công đoàn cơ sở tại các doanh nghiệp ngoài khu vực nhà nước";
        LocalDate today = LocalDate.now(VIETNAM);
        String deadline = DAY_MONTH_YEAR.format(today.plusDays(5));
        Path file = Files.createTempFile("cong-van-27", ".pdf");
        try {
            Files.write(file, onePagePdf());

            logIn("vanthu");
            IncomingRegisterPage register = IncomingRegisterPage.open(browser())
                    .receivedBy("BAN CHỈ ĐẠO XÂY DỰNG").chooseFile(file).sender(sender)
                    .numbered(numberSymbol, DAY_MONTH_YEAR.format(today.minusDays(2)), "CV").summary(summary)
                    .urgency("Khẩn").receiveAndRegister();
            String registered = register.messages().stream().filter(m -> m.startsWith("Đã vào sổ văn bản đến")).findFirst()
                    .orElseThrow(() -> new AssertionError("no message of the register in " + register.messages()));
            assertThat(registered).matches("Đã vào sổ văn bản đến: số đến \\d+/" + today.getYear() + " \\(" + numberSymbol + "\\)\\.");
            String registerNumber = registered.replaceAll(".*số đến (\\d+)/.*", "$1");
            assertThat(register.entryOf(numberSymbol)).contains(registerNumber).contains(sender).contains("Công văn: " + summary)
                    .contains("Chưa giao").contains("Khẩn");
            browser().screenshot("incoming-register");
            long id = register.openEntry(numberSymbol).id();

            register.logOut().logInAs("hung.tv", DEMO_PASSWORD);
            IncomingDocumentPage routing = IncomingDocumentPage.open(browser(), id);
            assertThat(routing.document()).contains(sender).contains(numberSymbol).contains(summary);
            assertThat(routing.handlingState()).isEqualTo("Chưa giao");
            IncomingDocumentPage routed = routing.route("Nguyễn Thị Lan", deadline,
                    "Đồng chí Lan chủ trì, khảo sát các doanh nghiệp chưa có công đoàn và báo cáo Ban chỉ đạo.");
            assertThat(routed.messages()).contains("Đã giao đồng chí Nguyễn Thị Lan chủ trì giải quyết văn bản.");
            assertThat(routed.slip()).contains("Nguyễn Thị Lan").contains(deadline).contains("khảo sát các doanh nghiệp");
            assertThat(routed.handlingState()).isEqualTo("Đang giải quyết");

            HomePage home = routed.logOut().logInAs("lan.nt", DEMO_PASSWORD);
            assertThat(home.incoming()).contains(numberSymbol + ": " + summary).contains("Khẩn").contains("Hạn giải quyết " + deadline);
            IncomingDocumentPage handling = home.openIncoming(numberSymbol);
            assertThat(handling.offersRouting()).as("only a signer routes").isFalse();
            handling = handling.recordProgress("Đã làm việc với Liên đoàn Lao động quận; 12 doanh nghiệp chưa có công đoàn.");
            assertThat(handling.messages()).contains("Đã ghi tiến độ giải quyết.");
            assertThat(handling.progress()).singleElement().asString().contains("Nguyễn Thị Lan").contains("12 doanh nghiệp");
            IncomingDocumentPage answering = handling.startAnswer();
            assertThat(answering.messages()).anyMatch(m -> m.startsWith("Đã tạo dự thảo văn bản trả lời"));
            assertThat(answering.answers()).singleElement().asString().startsWith("Dự thảo")
                    .contains("V/v trả lời Công văn số " + numberSymbol).contains(sender);

            answering.logOut().logInAs("vanthu", DEMO_PASSWORD);
            DocumentWorkbenchPage answer = IncomingDocumentPage.open(browser(), id).openAnswer();
            assertThat(answer.status()).isEqualTo("DRAFT");
            assertThat(answer.summary()).startsWith("V/v trả lời Công văn số " + numberSymbol);
            assertThat(answer.relations()).singleElement().asString().contains("Trả lời văn bản đến").contains(numberSymbol)
                    .contains(summary);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void memberAnswersAnInvitationAbsentIsAskedForTheReasonGivesItAndTheSecretariatSeesEveryAnswer() {
        String title = "Họp chuyên đề công tác phát triển đảng viên trong doanh nghiệp tư nhân";
        String reason = "Đi công tác tại Thành phố Hồ Chí Minh";
        long meetingId = committeeMeeting(title, LocalDate.now(VIETNAM).plusDays(2).atTime(8, 0));

        HomePage home = logIn("viet.hq");
        assertThat(home.upcomingMeetings()).contains(title + " · Phòng họp số 2, Quận ủy · chưa trả lời");
        MemberMeetingPage meeting = home.openMeeting(title);
        assertThat(meeting.currentReply()).isEqualTo("Đồng chí chưa trả lời giấy mời.");
        meeting.choose("Vắng mặt").send();
        assertThat(meeting.reasonMessage()).isEqualTo("Hãy ghi lý do vắng mặt.");
        assertThat(meeting.chosen()).as("the answer chosen is kept").isEqualTo("Vắng mặt");
        assertThat(meeting.currentReply()).isEqualTo("Đồng chí chưa trả lời giấy mời.");

        meeting.reason(reason).send();
        assertThat(meeting.messages()).contains("Đã ghi nhận câu trả lời. Có thể đổi lại trước giờ họp; câu trả lời sau cùng được tính.");
        assertThat(meeting.currentReply()).startsWith("Câu trả lời hiện tại: Vắng mặt — " + reason);
        browser().open("home.xhtml");
        assertThat(new HomePage(browser()).upcomingMeetings()).contains(title + " · Phòng họp số 2, Quận ủy · Vắng mặt");

        meeting.logOut().logInAs("vanthu", DEMO_PASSWORD);
        List<String> replies = MeetingPage.open(browser(), meetingId).replies();
        assertThat(replies).filteredOn(row -> row.contains("Hoàng Quốc Việt")).singleElement().asString()
                .contains("Vắng mặt").contains(reason).contains("trên cổng");
        assertThat(replies).filteredOn(row -> !row.contains("Hoàng Quốc Việt")).isNotEmpty()
                .allMatch(row -> row.contains("Chưa trả lời"));
    }

    // --- (5) a visitor reads the news and checks a PDF ---

    @Test
    void visitorReadsTheNewsOpensAnArticleWhichCountsOneViewAndNotASecondOnReload() {
        NewsPage news = NewsPage.open(browser());
        assertThat(news.titles()).hasSizeGreaterThanOrEqualTo(5);
        String title = news.titles().get(0);
        assertThat(news.metaOf(title)).containsPattern("\\d{2}/\\d{2}/\\d{4} \\| \\d{2}:\\d{2}").contains("Lượt xem");
        int before = news.viewsOf(title);
        browser().screenshot("news");

        ArticlePage article = news.open(title);
        assertThat(article.title()).isEqualTo(title);
        assertThat(article.body()).isNotBlank();
        assertThat(article.views()).isEqualTo(before + 1);
        browser().screenshot("article");
        browser().reload();
        assertThat(new ArticlePage(browser()).views()).as("the same browser within 30 minutes").isEqualTo(before + 1);

        assertThat(new ArticlePage(browser()).backToTheNews().viewsOf(title)).isEqualTo(before + 1);
    }


    @Test
    void visitorUploadsTheSignedPdfOnTheVerificationPageAndSeesItMatchesAndIsIntact() throws Exception {
        JsonObject notice = publishedNotice("Kế hoạch khảo sát doanh nghiệp có đảng viên");
        byte[] pdf = PortalClient.as(base(), "vanthu", DEMO_PASSWORD).getBytes("api/documents/" + notice.getInt("id") + "/pdf").bytes();
        Path file = Files.createTempFile("thong-bao", ".pdf");
        try {
            Files.write(file, pdf);

            VerifyPage verify = VerifyPage.openFor(browser(), notice.getInt("id"));
            assertThat(verify.issued()).contains(notice.getString("number")).contains("Đã phát hành");
            verify.upload(file);

            assertThat(verify.match()).contains("Tệp trùng khớp từng byte").contains(notice.getString("number"));
            assertThat(verify.signatures()).singleElement().asString()
                    .contains(SIGNER).contains("Nội dung đã ký không bị thay đổi").contains("Chứng thư do cổng cấp");
            browser().screenshot("verify");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    // --- (6) refusals ---

    @Test
    void visitorChoosesAPdfLargerThan20MbOnTheVerificationPageAndIsToldSo() throws Exception {
        Path file = Files.createTempFile("ban-scan", ".pdf");
        try {
            Files.write(file, new byte[21 * 1024 * 1024]);

            VerifyPage verify = VerifyPage.open(browser()).uploadRefused(file);

            assertThat(verify.refusal()).isEqualTo("Tệp lớn hơn 20 MB.");
            assertThat(browser().currentPath()).isEqualTo("/verify.xhtml");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheLoginFormSaysSoInVietnamese() {
        String username = "khoa.trinhduyet." + UUID.randomUUID().toString().substring(0, 6);
        var created = PortalClient.as(base(), "admin", DEMO_PASSWORD).post("api/admin/users", """
                {"username":"%s","displayName":"Người thử khóa","password":"Dung-mat-khau-1","roles":["MEMBER"]}"""
                .formatted(username));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        LoginPage login = LoginPage.open(browser());
        for (int attempt = 1; attempt <= 4; attempt++) {
            login = login.logInRefused(username, "sai-mat-khau");
            assertThat(login.formMessages()).as("attempt %d", attempt).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        }
        login = login.logInRefused(username, "sai-mat-khau");
        assertThat(login.formMessages()).contains("Tài khoản tạm bị khóa").contains("15 phút");

        login = login.logInRefused(username, "Dung-mat-khau-1");
        assertThat(login.formMessages()).contains("Tài khoản tạm bị khóa");
    }

    @Test
    void memberOpeningTheUsersAdministrationGetsThe403PageAndLogsOutFromIt() {
        logIn("lan.nt");
        chromium.expectConsoleError("the server responded with a status of 403");

        browser().open("admin/users.xhtml");

        ErrorPage refused = new ErrorPage(browser());
        assertThat(Accessibility.seriousViolations(browser())).as("axe on the 403 page").isEmpty();
        assertThat(refused.heading()).isEqualTo("Không có quyền truy cập");
        assertThat(refused.text()).contains("liên hệ quản trị viên");
        assertThat(refused.loggedInUser()).isEqualTo("Nguyễn Thị Lan");

        refused.logOut();
        assertThat(browser().currentPath()).isEqualTo("/login.xhtml");
        assertThat(browser().text(By.id("main"))).contains("Bạn đã đăng xuất.");
        browser().open("home.xhtml");
        new LoginPage(browser());
        assertThat(browser().currentPath()).isEqualTo("/login.xhtml");
    }

    // --- (7) language ---

    @Test
    void visitorSwitchesTheInterfaceToEnglishAndBackToVietnamese() {
        LoginPage login = LoginPage.open(browser());
        assertThat(login.language()).isEqualTo("vi");
        assertThat(login.heading()).isEqualTo("Đăng nhập");

        login.switchToEnglish();
        LoginPage english = new LoginPage(browser());
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.heading()).isEqualTo("Log in");
        assertThat(browser().text(By.cssSelector("label[for='loginForm:password']"))).startsWith("Password");

        english.logInAs("lan.nt", DEMO_PASSWORD);
        MemberDocumentsPage mine = MemberDocumentsPage.open(browser());
        assertThat(mine.heading()).isEqualTo("Documents for me");

        mine.switchToVietnamese();
        assertThat(MemberDocumentsPage.open(browser()).heading()).isEqualTo("Văn bản gửi tôi");
    }

    // --- the other screens ---

    @Test
    void administratorSeesTheCommitteeMembersAndTheSecretariatTheRegister() {
        logIn("admin");
        CommitteesPage committees = CommitteesPage.open(browser()).select("Ban chỉ đạo xây dựng tổ chức đảng");
        assertThat(committees.members()).contains("Trần Văn Hưng").contains("Vũ Thị Mai").contains("Thư ký Ban chỉ đạo");
        browser().screenshot("committees");

        committees.logOut().logInAs("vanthu", DEMO_PASSWORD);
        RegisterPage register = RegisterPage.open(browser());
        assertThat(register.entries()).contains("Số 01-TB/BCĐ").contains("Phân công nhiệm vụ thành viên Ban chỉ đạo");
        browser().screenshot("register");
    }

    @Test
    void secretariatPacksTheRegistersPdfsWatchesTheProgressAndDownloadsTheZip() throws Exception {
        String summary = "Kế hoạch kiểm tra, giám sát quý IV";
        String number = publishedNotice(summary).getString("number");

        logIn("vanthu");
        RegisterPage register = RegisterPage.open(browser()).packArchive();
        String status = register.waitUntilPacked();
        assertThat(status).contains("Đã đóng gói xong").contains("SHA-256");
        assertThat(register.progressLabel()).isEqualTo("100%");
        browser().screenshot("register-archive");

        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(Files.newInputStream(register.downloadArchive()), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        String notice = number.replaceFirst("^Số:?\\s*", "").replace('/', '_') + " " + summary + ".pdf";
        assertThat(entries).containsKeys(notice, "So-dang-ky-van-ban-di.pdf", "danh-muc-tep.csv");
        // The summary has a comma, so the list of contents quotes the name (RFC 4180).
        assertThat(new String(entries.get("danh-muc-tep.csv"), StandardCharsets.UTF_8))
                .contains("\"" + notice + "\"," + entries.get(notice).length + "," + PdfTools.sha256(entries.get(notice)));
        PdfTools.assumeInstalled();
        assertThat(PdfTools.signatures(entries.get(notice))).contains("Signature is Valid.").contains(SIGNER);
    }

    // --- usability ---

    /**
     * Every screen, as the role that uses it: each control has a name, and walking the page with the Tab key shows
     * where the focus is at every stop.
     */
    @Test
    void everyScreenNamesItsControlsAndShowsTheFocusAtEveryTabStop() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String page : List.of("index.xhtml", "search.xhtml?q=ban+ch%E1%BB%89+%C4%91%E1%BA%A1o", "verify.xhtml",
                "login.xhtml", firstLink("index.xhtml", "article.xhtml"))) {
            keyboardCheck(problems, page);
        }
        logIn("lan.nt");
        for (String page : List.of("home.xhtml", "member/documents.xhtml", "member/tasks.xhtml",
                firstLink("member/documents.xhtml", "member/document.xhtml"))) {
            keyboardCheck(problems, page);
        }
        browser().forgetSession();
        logIn("vanthu");
        for (String page : List.of("secretariat/documents.xhtml", "secretariat/meetings.xhtml", "secretariat/tasks.xhtml",
                "secretariat/register.xhtml", "secretariat/incoming.xhtml", "secretariat/articles.xhtml",
                firstLink("secretariat/register.xhtml", "secretariat/document.xhtml"),
                firstLink("secretariat/meetings.xhtml", "secretariat/meeting.xhtml"),
                firstLink("secretariat/articles.xhtml", "secretariat/article.xhtml"))) {
            keyboardCheck(problems, page);
        }
        browser().forgetSession();
        logIn("admin");
        for (String page : List.of("admin/users.xhtml", "admin/committees.xhtml", "admin/issuers.xhtml", "admin/audit.xhtml")) {
            keyboardCheck(problems, page);
        }
        assertThat(problems).isEmpty();
    }

    /**
     * axe-core on the screens of readers and members, as they see them: the public pages (the verification page
     * too), the login page, a member's pages (an incoming document they handle and a meeting they are invited to, with
     * their answer to the invitation, too), and the page that says a page does not exist (the 403 page is checked
     * where a member meets it). The secretariat's main screens are checked on a tablet (below), the administrator's
     * and the remaining ones after that.
     */
    @Test
    void axeFindsNoSeriousOrCriticalViolationOnTheReadersAndMembersScreens() {
        chromium.expectConsoleError("the server responded with a status of 404");
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (String page : List.of("index.xhtml", "search.xhtml?q=ban+ch%E1%BB%89+%C4%91%E1%BA%A1o", "login.xhtml",
                "verify.xhtml", firstLink("index.xhtml", "article.xhtml"), "khong-co-trang-nay.xhtml")) {
            axeCheck(violations, page);
        }
        logIn("lan.nt");
        for (String page : List.of("home.xhtml", "member/documents.xhtml", "member/tasks.xhtml",
                firstLink("member/documents.xhtml", "member/document.xhtml"),
                firstLink("home.xhtml", "member/incoming.xhtml"), firstLink("home.xhtml", "member/meeting.xhtml"))) {
            axeCheck(violations, page);
        }
        assertThat(violations).isEmpty();
    }

    /**
     * axe-core on every screen the two checks above do not open: the administrator's, the secretariat's home, news
     * and tasks, and an incoming document as the secretariat (who may start its answer) and the head of the committee
     * (who may route it) see it.
     */
    @Test
    void axeFindsNoSeriousOrCriticalViolationOnTheAdministratorsAndEveryOtherScreen() {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        logIn("admin");
        for (String page : List.of("home.xhtml", "admin/users.xhtml", "admin/committees.xhtml", "admin/issuers.xhtml",
                "admin/audit.xhtml")) {
            axeCheck(violations, page);
        }
        browser().forgetSession();
        logIn("vanthu");
        String incoming = firstLink("secretariat/incoming.xhtml", "member/incoming.xhtml");
        for (String page : List.of("home.xhtml", "secretariat/articles.xhtml",
                firstLink("secretariat/articles.xhtml", "secretariat/article.xhtml"), "secretariat/tasks.xhtml", incoming)) {
            axeCheck(violations, page);
        }
        browser().forgetSession();
        logIn("hung.tv");
        axeCheck(violations, incoming);
        assertThat(violations).isEmpty();
    }

    private void axeCheck(Map<String, List<String>> violations, String page) {
        browser().open(page);
        assertThat(browser().language()).as(page).isEqualTo("vi");
        List<String> found = Accessibility.seriousViolations(browser());
        if (!found.isEmpty()) {
            violations.put(page, found);
        }
    }

    private void keyboardCheck(Map<String, List<String>> problems, String page) {
        browser().open(page);
        assertThat(browser().currentPath()).as("opened " + page).isEqualTo("/" + page.replaceFirst("\\?.*", ""));
        List<String> unlabelled = Usability.unlabelledControls(browser());
        if (!unlabelled.isEmpty()) {
            problems.put(page + ": controls without a name", unlabelled);
        }
        Usability.FocusWalk walk = Usability.walkWithTab(browser(), 150);
        if (!walk.hidden().isEmpty()) {
            problems.put(page + ": focus not shown on", walk.hidden());
        }
        // The skip link, the menu, the language switch and the page's own controls: a walk that stops at fewer
        // has not walked the page.
        if (walk.stops() < 4) {
            problems.put(page + ": only " + walk.stops() + " tab stops", List.of());
        }
    }

    /** The address of the first link on {@code page} to {@code target}, relative to the portal. */
    private String firstLink(String page, String target) {
        browser().open(page);
        String href = browser().visible(By.cssSelector("a[href*='" + target + "']")).getAttribute("href");
        return base().relativize(java.net.URI.create(href)).toString();
    }

    @Test
    void memberLogsInWithTheKeyboardAloneAndTheFocusIsAlwaysVisible() {
        LoginPage.openContinuingTo(browser(), "/member/documents.xhtml");

        browser().keys(Keys.TAB);
        WebElement skipLink = browser().focused();
        assertThat(skipLink.getAttribute("class")).contains("skip-link");
        assertThat(skipLink.isDisplayed()).isTrue();
        assertThat(Usability.showsFocus(browser(), skipLink)).isTrue();

        WebElement username = tabTo("loginForm:username");
        assertThat(Usability.showsFocus(browser(), username)).as("focus on the username").isTrue();
        browser().keys("lan.nt");
        WebElement password = tabTo("loginForm:password");
        assertThat(Usability.showsFocus(browser(), password)).as("focus on the password").isTrue();
        browser().keys(DEMO_PASSWORD);
        WebElement page = browser().visible(By.tagName("html"));
        browser().keys(Keys.ENTER);
        browser().waitUntilStale(page);

        assertThat(browser().currentPath()).isEqualTo("/member/documents.xhtml");
        assertThat(new MemberDocumentsPage(browser()).loggedInUser()).isEqualTo("Nguyễn Thị Lan");
    }

    /** Presses Tab until the element {@code id} has the focus; fails after more presses than the page has controls. */
    private WebElement tabTo(String id) {
        for (int presses = 0; presses < 40; presses++) {
            browser().keys(Keys.TAB);
            if (id.equals(browser().focused().getAttribute("id"))) {
                return browser().focused();
            }
        }
        throw new AssertionError("Tab never reached " + id);
    }

    @Test
    void everyControlOfTheLoginDocumentAndVerificationScreensHasALabel() {
        LoginPage.open(browser());
        assertThat(Usability.unlabelledControls(browser())).as("login").isEmpty();

        VerifyPage.open(browser());
        assertThat(Usability.unlabelledControls(browser())).as("verification").isEmpty();

        logIn("vanthu");
        DocumentsPage.open(browser()).openNewDraftDialog();
        assertThat(Usability.unlabelledControls(browser())).as("document list and new draft").isEmpty();

        long id = draftNotice("Kiểm tra nhãn của trình soạn thảo").getInt("id");
        DocumentWorkbenchPage.open(browser(), id);
        assertThat(Usability.unlabelledControls(browser())).as("document editor").isEmpty();

        RegisterPage.open(browser());
        assertThat(Usability.unlabelledControls(browser())).as("register").isEmpty();
    }

    // --- phones and slow networks ---

    private static final By PRIMEFACES_SCRIPTS = By.cssSelector("script[src*='primefaces']");

    private void assertFitsThePhone(String page) {
        assertThat(browser().scrollsSideways()).as(page + ": no sideways scrolling").isFalse();
        assertThat(browser().inFirstScreen(PortalPage.MENU_BUTTON)).as(page + ": the menu button").isTrue();
        assertThat(browser().size(PortalPage.MENU_BUTTON)[0]).as(page + ": the menu button's height").isGreaterThanOrEqualTo(44);
    }

    @Test
    void onAPhoneAMemberOpensTheMenuSeesTheirDocumentsAndTheDownloadButtonWithoutScrolling() throws Exception {
        String summary = "Phân công đảng viên theo dõi khu dân cư trên địa bàn phường Long Biên";
        publishedNotice(summary);
        browser().emulatePhone(390, 844);

        LoginPage login = LoginPage.open(browser());
        assertFitsThePhone("login");
        HomePage home = login.logInAs("lan.nt", DEMO_PASSWORD);
        assertFitsThePhone("home");
        assertThat(home.menuIsFolded()).as("the menu is folded behind its button").isTrue();
        home.openMenu();
        assertThat(browser().size(By.id("menuMine"))[0]).as("a menu entry's height").isGreaterThanOrEqualTo(44);
        MemberDocumentsPage mine = home.openMyDocuments();
        assertFitsThePhone("member documents");
        assertThat(mine.published()).contains(summary);
        browser().screenshot("phone-member-documents");

        MemberDocumentPage notice = mine.openDocument(summary);
        assertFitsThePhone("member document");
        assertThat(browser().inFirstScreen(By.id("pdf"))).as("the download button, without scrolling").isTrue();
        double[] button = browser().size(By.id("pdf"));
        assertThat(button[0]).as("the download button's height").isGreaterThanOrEqualTo(44);
        assertThat(button[1]).as("the download button's width").isGreaterThanOrEqualTo(200);
        browser().screenshot("phone-member-document");
        assertThat(new String(Files.readAllBytes(notice.downloadPdf()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        browser().open("member/tasks.xhtml");
        assertFitsThePhone("member tasks");
    }

    @Test
    void onAPhoneTheNewsAnArticleSearchAndVerificationFitTheScreen() {
        browser().emulatePhone(390, 844);

        NewsPage news = NewsPage.open(browser());
        assertFitsThePhone("news");
        assertThat(news.menuIsFolded()).isTrue();
        news.openMenu();
        assertThat(browser().inFirstScreen(By.id("menuVerify"))).as("the menu, opened").isTrue();
        browser().screenshot("phone-news");
        news.open(news.titles().get(0));
        assertFitsThePhone("article");
        browser().open("search.xhtml?q=ban+ch%E1%BB%89+%C4%91%E1%BA%A1o");
        assertFitsThePhone("search");
        VerifyPage.open(browser());
        assertFitsThePhone("verification");
    }

    /**
     * The secretariat's main screens on a tablet held upright (768 × 1024): the page never scrolls sideways (a wide
     * table may scroll inside its own box), and axe finds no serious or critical WCAG 2.1 A/AA violation there.
     */
    @Test
    void onATabletTheSecretariatsMainScreensFitTheWidthAndAxeFindsNoSeriousViolation() {
        long draft = draftNotice("Kế hoạch kiểm tra công tác văn thư trên máy tính bảng").getInt("id");
        logIn("vanthu");
        String meeting = firstLink("secretariat/meetings.xhtml", "secretariat/meeting.xhtml");
        browser().emulateTablet(768, 1024);

        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String page : List.of("secretariat/documents.xhtml", "secretariat/document.xhtml?id=" + draft,
                "secretariat/meetings.xhtml", meeting, "secretariat/register.xhtml", "secretariat/incoming.xhtml")) {
            browser().open(page);
            assertThat(browser().currentPath()).as("opened " + page).isEqualTo("/" + page.replaceFirst("\\?.*", ""));
            if (browser().scrollsSideways()) {
                problems.put(page + ": scrolls sideways", browser().beyondTheRightEdge());
            }
            List<String> found = Accessibility.seriousViolations(browser());
            if (!found.isEmpty()) {
                problems.put(page + ": axe", found);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theNewsAnArticleAndSearchLoadNoPrimeFacesScriptAndStillWork() {
        NewsPage news = NewsPage.open(browser());
        assertThat(browser().all(PRIMEFACES_SCRIPTS)).as("news").isEmpty();
        assertThat(browser().script("return typeof window.PrimeFaces;")).isEqualTo("undefined");
        String title = news.titles().get(0);
        int before = news.viewsOf(title);

        ArticlePage article = news.open(title);
        assertThat(browser().all(PRIMEFACES_SCRIPTS)).as("article").isEmpty();
        assertThat(article.views()).isEqualTo(before + 1);

        browser().type(By.id("headerSearch"), "ban chỉ đạo");
        WebElement page = browser().visible(By.tagName("html"));
        browser().keys(Keys.ENTER);
        browser().waitUntilStale(page);
        assertThat(browser().currentPath()).isEqualTo("/search.xhtml");
        assertThat(browser().all(PRIMEFACES_SCRIPTS)).as("search").isEmpty();
        assertThat(browser().all(By.cssSelector(".search-hit"))).isNotEmpty();
    }

    @Test
    void theVerificationLoginAndMemberPagesLoadNoPrimeFacesScriptAndStillWork() {
        VerifyPage verify = VerifyPage.open(browser());
        assertThat(browser().all(PRIMEFACES_SCRIPTS)).as("verification").isEmpty();
        assertThat(browser().script("return typeof window.PrimeFaces;")).isEqualTo("undefined");
        assertThat(verify.checkWithoutAFile().formMessages()).isEqualTo("Vui lòng chọn một tệp PDF trước khi kiểm tra.");

        LoginPage login = LoginPage.open(browser());
        assertThat(browser().all(PRIMEFACES_SCRIPTS)).as("login").isEmpty();
        assertThat(login.logInRefused("lan.nt", "sai-mat-khau").formMessages())
                .isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(browser().all(PRIMEFACES_SCRIPTS)).as("login, refused").isEmpty();
        new LoginPage(browser()).logInAs("lan.nt", DEMO_PASSWORD);
        assertThat(browser().currentPath()).isEqualTo("/home.xhtml");

        String draft = firstLink("member/documents.xhtml", "member/document.xhtml");
        assertThat(browser().all(PRIMEFACES_SCRIPTS)).as("member's documents").isEmpty();
        browser().open(draft);
        assertThat(browser().all(PRIMEFACES_SCRIPTS)).as("member's document " + draft).isEmpty();
    }

    // --- data prepared through the API for journeys that only read it ---

    private JsonObject draftNotice(String summary) {
        var admin = PortalClient.as(base(), "admin", DEMO_PASSWORD);
        long issuerId = Json.createReader(new StringReader(admin.get("api/admin/issuers").body())).readArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(issuer -> issuer.getString("symbol").equals("BCĐ")).findFirst().orElseThrow().getInt("id");
        long signerId = admin.get("api/admin/users?first=0&max=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("username").equals("hung.tv"))
                .findFirst().orElseThrow().getInt("id");
        var reply = PortalClient.as(base(), "vanthu", DEMO_PASSWORD).post("api/documents", """
                {"issuerId":%d,"typeCode":"TB","summary":"%s","body":"<p>Ban chỉ đạo thông báo để các đồng chí biết, thực hiện.</p>",
                 "signerId":%d,"signingCapacity":"T/M BAN CHỈ ĐẠO","signerPosition":"TRƯỞNG BAN",
                 "recipients":"- Các đồng chí thành viên BCĐ,\\n- Lưu VP.","audience":"ALL_MEMBERS"}"""
                .formatted(issuerId, summary, signerId));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    /**
     * A conference of the steering committee, three hours from {@code startsAt}, chaired by its head with its
     * secretary: every member of the committee is invited.
     */
    private long committeeMeeting(String title, LocalDateTime startsAt) {
        PortalClient admin = PortalClient.as(base(), "admin", DEMO_PASSWORD);
        JsonObject committee = Json.createReader(new StringReader(admin.get("api/admin/committees").body())).readArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").startsWith("Ban chỉ đạo xây dựng")).findFirst().orElseThrow();
        var scheduled = PortalClient.as(base(), "vanthu", DEMO_PASSWORD).post("api/meetings", """
                {"committeeId":%d,"kind":"CONFERENCE","title":"%s","startsAt":"%s","endsAt":"%s",
                 "place":"Phòng họp số 2, Quận ủy","chairId":%d,"secretaryId":%d}"""
                .formatted(committee.getInt("id"), title, startsAt, startsAt.plusHours(3), admin.userId("hung.tv"),
                        admin.userId("mai.vt")));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        return scheduled.json().getInt("id");
    }

    /** A one-page PDF, as a scanner makes them. */
    private static byte[] onePagePdf() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage(PDRectangle.A4));
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** A notice to all members, issued, signed by the head of the committee and published. */
    private JsonObject publishedNotice(String summary) {
        long id = draftNotice(summary).getInt("id");
        var secretariat = PortalClient.as(base(), "vanthu", DEMO_PASSWORD);
        var signer = PortalClient.as(base(), "hung.tv", DEMO_PASSWORD);
        assertThat(secretariat.post("api/documents/" + id + "/submit", "{}").status()).isEqualTo(200);
        assertThat(signer.post("api/documents/" + id + "/approve", "{}").status()).isEqualTo(200);
        assertThat(secretariat.post("api/documents/" + id + "/issue", "{}").status()).isEqualTo(200);
        assertThat(signer.post("api/documents/" + id + "/sign", "").status()).isEqualTo(200);
        var published = secretariat.post("api/documents/" + id + "/publish", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return published.json();
    }
}
