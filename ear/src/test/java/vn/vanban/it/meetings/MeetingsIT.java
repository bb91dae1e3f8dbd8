package vn.vanban.it.meetings;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.OutsideValidators;
import vn.vanban.it.PdfTools;
import vn.vanban.it.PortalClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quarterly review meeting like the seed's, replayed through the API on the real EAR: a committee of eight, one
 * absent with a reason, a guest, three agenda items, six opinions, four conclusions (one with the target "2 to 3
 * Party organisations in Q2"); minutes in one call, signed by the chair then the secretary; tasks with progress; the
 * review at the next meeting; the quarterly report.
 */
class MeetingsIT extends DeployedPortal {

    private static final String[] OPINIONS = {
            "Thống nhất với dự thảo phân công nhiệm vụ; đề nghị giao rõ phường phụ trách.",
            "Số doanh nghiệp có từ 1-3 đảng viên cần được rà soát lại trước quý II.",
            "Đề nghị phối hợp với Liên đoàn Lao động để vận động thành lập công đoàn trước.",
            "Cần tập huấn nghiệp vụ cho cấp ủy cơ sở trong doanh nghiệp.",
            "Nhất trí với báo cáo; bổ sung số liệu về chất lượng sinh hoạt chi bộ.",
            "Quận đoàn sẽ rà soát đoàn viên ưu tú trong doanh nghiệp để giới thiệu kết nạp."};
    private static final String[] CONCLUSIONS = {
            "Khảo sát hoạt động và cơ cấu tổ chức một số chi bộ cơ sở, báo cáo Ban Thường vụ xem xét chuyển giao.",
            "Thành viên phối hợp Đảng ủy các phường vận động thành lập tổ chức đảng; phấn đấu quý II thành lập từ 02-03 tổ chức đảng.",
            "Tiếp tục hướng dẫn tổ chức đảng trong doanh nghiệp nâng cao chất lượng sinh hoạt chi bộ và phát triển đảng viên.",
            "Thực hiện Nghị quyết 09-NQ/TU gắn với Nghị quyết 15-NQ/TU của Ban Thường vụ Thành ủy."};

    private PortalClient as(String username) {
        return PortalClient.as(base(), username, DEMO_PASSWORD);
    }

    /** A committee of its own with its own issuer, so that its numbers start at 01 and its tasks are only this test's. */
    private long committee() {
        long issuerId = newIssuer("BAN CHỈ ĐẠO 09", "M" + unique(), "2015-10-20");
        return newCommittee("Ban chỉ đạo 09 thử " + unique(), issuerId,
                new String[] {"hung.tv", "Phó Bí thư Thường trực Quận ủy, Trưởng Ban chỉ đạo", "HEAD"},
                new String[] {"ha.ltt", "Trưởng Ban Tổ chức Quận ủy, Phó Trưởng Ban", "DEPUTY"},
                new String[] {"duc.pm", "Bí thư Đảng ủy Khối doanh nghiệp, Phó Trưởng Ban", "DEPUTY"},
                new String[] {"lan.nt", "Chủ tịch Liên đoàn Lao động quận", "MEMBER"},
                new String[] {"viet.hq", "Phó Chủ tịch Ủy ban nhân dân quận", "MEMBER"},
                new String[] {"son.bd", "Bí thư Quận đoàn", "MEMBER"},
                new String[] {"tung.dt", "Phó Trưởng Ban Tổ chức Quận ủy", "STANDING"},
                new String[] {"mai.vt", "Chuyên viên Ban Tổ chức Quận ủy, Thư ký Ban chỉ đạo", "STANDING"});
    }

    private JsonObject schedule(long committeeId, String title, String start, String end) {
        var reply = as("vanthu").post("api/meetings", """
                {"committeeId":%d,"kind":"QUARTERLY_REVIEW","title":"%s","startsAt":"%s","endsAt":"%s",
                 "place":"Hội trường tầng 3, Quận ủy Long Biên","chairId":%d,
                 "chairPosition":"Phó Bí thư Thường trực Quận ủy, Trưởng Ban chỉ đạo","secretaryId":%d,
                 "secretaryPosition":"Thư ký Ban chỉ đạo"}"""
                .formatted(committeeId, title, start, end, userId("hung.tv"), userId("mai.vt")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static long attendee(JsonObject meeting, String name) {
        return meeting.getJsonArray("attendees").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals(name)).findFirst().orElseThrow().getInt("id");
    }

    private static List<JsonObject> items(JsonObject meeting, String list) {
        return meeting.getJsonArray(list).getValuesAs(JsonObject.class);
    }

    @Test
    void aQuarterlyReviewBecomesSignedMinutesTasksAReviewAndAReport() throws Exception {
        PdfTools.assumeInstalled();
        var secretariat = as("vanthu");
        long committeeId = committee();
        JsonObject meeting = schedule(committeeId, "Hội nghị giao ban quý I năm 2019",
                "2019-03-19T14:00", "2019-03-19T17:00");
        long id = meeting.getInt("id");
        assertThat(meeting.getInt("invited")).isEqualTo(8);
        assertThat(meeting.getString("startsAt")).isEqualTo("2019-03-19T07:00:00Z");

        var noReason = secretariat.put("api/meetings/" + id + "/attendance/" + attendee(meeting, "Bùi Đức Sơn"),
                "{\"attendance\":\"ABSENT\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.code()).isEqualTo("REASON_REQUIRED");
        secretariat.put("api/meetings/" + id + "/attendance/" + attendee(meeting, "Bùi Đức Sơn"),
                "{\"attendance\":\"ABSENT\",\"reason\":\"đi học tập trung\"}");
        secretariat.put("api/meetings/" + id + "/attendance/" + attendee(meeting, "Hoàng Quốc Việt"),
                "{\"attendance\":\"LATE\",\"reason\":\"họp Ủy ban\"}");
        secretariat.post("api/meetings/" + id + "/attendance",
                "{\"name\":\"Đinh Văn Khải\",\"title\":\"Bí thư Đảng ủy phường Ngọc Thụy\"}");

        for (String item : List.of("Nghe dự thảo quyết định kiện toàn Ban chỉ đạo",
                "Nghe dự thảo thông báo phân công nhiệm vụ thành viên Ban chỉ đạo",
                "Báo cáo kết quả thực hiện Nghị quyết 09-NQ/TU quý I, nhiệm vụ trọng tâm quý II năm 2019")) {
            assertThat(secretariat.post("api/meetings/" + id + "/agenda", "{\"title\":\"" + item + "\"}").status())
                    .isEqualTo(200);
        }
        String[] speakers = {"Lê Thị Thu Hà", "Phạm Minh Đức", "Nguyễn Thị Lan", "Đỗ Thanh Tùng", "Hoàng Quốc Việt", "Bùi Văn Hải"};
        for (int i = 0; i < 6; i++) {
            secretariat.post("api/meetings/" + id + "/opinions",
                    "{\"speaker\":\"" + speakers[i] + "\",\"summary\":\"" + OPINIONS[i] + "\"}");
        }
        JsonObject recorded = secretariat.get("api/meetings/" + id).json();
        List<JsonObject> opinions = items(recorded, "opinions");
        long first = opinions.get(0).getInt("id");
        long second = opinions.get(1).getInt("id");
        var swapped = secretariat.put("api/meetings/" + id + "/opinions/order", "{\"ids\":[%d,%d,%s]}".formatted(second, first,
                String.join(",", opinions.subList(2, 6).stream().map(o -> String.valueOf(o.getInt("id"))).toList())));
        assertThat(items(swapped.json(), "opinions").get(0).getString("speaker")).isEqualTo("Phạm Minh Đức");
        assertThat(secretariat.put("api/meetings/" + id + "/opinions/order", "{\"ids\":[%d]}".formatted(first)).code())
                .isEqualTo("ORDER_INVALID");
        secretariat.put("api/meetings/" + id + "/opinions/order", "{\"ids\":[%d,%d,%s]}".formatted(first, second,
                String.join(",", opinions.subList(2, 6).stream().map(o -> String.valueOf(o.getInt("id"))).toList())));

        for (String conclusion : CONCLUSIONS) {
            secretariat.post("api/meetings/" + id + "/conclusions", "{\"text\":\"" + conclusion + "\"}");
        }
        List<JsonObject> conclusions = items(secretariat.get("api/meetings/" + id).json(), "conclusions");
        assertThat(conclusions).extracting(c -> c.getInt("number")).containsExactly(1, 2, 3, 4);

        long lan = userId("lan.nt");
        long duc = userId("duc.pm");
        long[] tasks = new long[4];
        String[] bodies = {
                "{\"text\":\"Khảo sát chi bộ cơ sở, báo cáo Ban Thường vụ\",\"responsible\":\"Ban Tổ chức Quận ủy\",\"assigneeIds\":[%d],\"dueDate\":\"2019-05-31\"}".formatted(userId("ha.ltt")),
                "{\"text\":\"Thành lập tổ chức đảng trong doanh nghiệp\",\"responsible\":\"Thành viên Ban chỉ đạo, Đảng ủy các phường\",\"assigneeIds\":[%d,%d],\"quarter\":\"2019-Q2\",\"targetMin\":2,\"targetMax\":3,\"targetUnit\":\"tổ chức đảng\"}".formatted(lan, duc),
                "{\"text\":\"Hướng dẫn nâng cao chất lượng sinh hoạt chi bộ\",\"responsible\":\"Đảng ủy Khối doanh nghiệp\",\"assigneeIds\":[%d],\"quarter\":\"2019-Q2\"}".formatted(duc),
                "{\"text\":\"Gắn Nghị quyết 09-NQ/TU với Nghị quyết 15-NQ/TU\",\"responsible\":\"Các thành viên\",\"assigneeIds\":[],\"quarter\":\"2019-Q2\"}"};
        for (int i = 0; i < 4; i++) {
            var created = secretariat.post("api/meetings/" + id + "/conclusions/" + conclusions.get(i).getInt("id") + "/tasks", bodies[i]);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            tasks[i] = created.json().getInt("id");
        }
        var quantified = secretariat.get("api/tasks/" + tasks[1]).json();
        assertThat(quantified.getString("dueDate")).isEqualTo("2019-06-30");
        assertThat(quantified.getString("target")).isEqualTo("2–3 tổ chức đảng");
        assertThat(quantified.getInt("conclusionNumber")).isEqualTo(2);
        assertThat(secretariat.post("api/meetings/" + id + "/conclusions/" + conclusions.get(0).getInt("id") + "/tasks",
                "{\"text\":\"x\",\"quarter\":\"2019-Q5\"}").code()).isEqualTo("QUARTER_INVALID");

        var drafted = secretariat.post("api/meetings/" + id + "/minutes", "");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        JsonObject minutes = drafted.json();
        long minutesId = minutes.getInt("id");
        assertThat(minutes.getString("type")).isEqualTo("BB");
        assertThat(minutes.getString("secondSignerName")).isEqualTo("Vũ Thị Mai");
        assertThat(secretariat.post("api/documents/" + minutesId + "/submit", "{}").json().getString("status")).isEqualTo("IN_REVIEW");
        assertThat(as("hung.tv").post("api/documents/" + minutesId + "/approve", "{}").json().getString("status")).isEqualTo("APPROVED");
        JsonObject issued = secretariat.post("api/documents/" + minutesId + "/issue", "{\"issueDate\":\"2019-03-19\"}").json();
        assertThat(issued.getString("number")).matches("Số 01-BB/M[0-9A-F]{8}");
        assertThat(issued.getString("nextSigner")).isEqualTo("hung.tv");

        var early = as("mai.vt").post("api/documents/" + minutesId + "/sign", "");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("NOT_YOUR_TURN_TO_SIGN");
        assertThat(as("hung.tv").post("api/documents/" + minutesId + "/sign", "").json().getString("nextSigner")).isEqualTo("mai.vt");
        assertThat(secretariat.post("api/documents/" + minutesId + "/publish", "").code()).isEqualTo("SIGNATURE_REQUIRED");
        assertThat(as("mai.vt").post("api/documents/" + minutesId + "/sign", "").json().getJsonArray("signedBy").toString())
                .isEqualTo("[\"hung.tv\",\"mai.vt\"]");
        assertThat(secretariat.post("api/documents/" + minutesId + "/publish", "").json().getString("status")).isEqualTo("PUBLISHED");

        var article = secretariat.post("api/meetings/" + id + "/news", "");
        assertThat(article.status()).as(article.body()).isEqualTo(201);
        assertThat(article.json().getString("status")).isEqualTo("DRAFT");
        assertThat(article.json().getString("title")).isEqualTo("Hội nghị giao ban quý I năm 2019");
        assertThat(article.json().getString("body")).contains("đã có 6 ý kiến phát biểu", "2. " + CONCLUSIONS[1]);
        assertThat(article.json().getJsonArray("relatedDocuments").getJsonObject(0).getInt("id")).isEqualTo((int) minutesId);
        assertThat(as("lan.nt").post("api/meetings/" + id + "/news", "").status()).isEqualTo(403);

        var locked = secretariat.post("api/meetings/" + id + "/opinions", "{\"speaker\":\"A\",\"summary\":\"B\"}");
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.code()).isEqualTo("MEETING_LOCKED");
        assertThat(secretariat.post("api/meetings/" + id + "/minutes", "").code()).isEqualTo("MEETING_LOCKED");

        var member = as("lan.nt");
        JsonObject inbox = member.get("api/inbox").json();
        assertThat(inbox.getJsonArray("documents").getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getJsonObject("document").getInt("id")).isEqualTo((int) minutesId);
                    assertThat(e.getBoolean("read")).isFalse();
                });
        assertThat(inbox.getJsonArray("tasks").getValuesAs(JsonObject.class)).extracting(t -> t.getInt("id"))
                .contains((int) tasks[1]);
        var download = member.getBytes("api/documents/" + minutesId + "/pdf");
        assertThat(download.status()).isEqualTo(200);
        String signatures = PdfTools.signatures(download.bytes());
        assertThat(signatures).contains("Signature #1", "Signature #2", "Trần Văn Hưng", "Vũ Thị Mai");
        assertThat(Pattern.compile("Signature is Valid\\.").matcher(signatures).results().count()).isEqualTo(2);
        assertThat(OutsideValidators.signatureAreas(download.bytes())).as("visible signatures in their blocks")
                .containsOnlyKeys("Trần Văn Hưng", "Vũ Thị Mai").allSatisfy((signer, area) -> assertThat(area).isGreaterThan(5000f));
        var anonymous = PortalClient.anonymous(base());
        var root = anonymous.getBytes("ca/root.cer");
        var revocationList = anonymous.getBytes("ca/root.crl");
        assertThat(root.status()).isEqualTo(200);
        assertThat(root.header("Content-Type")).startsWith("application/pkix-cert");
        assertThat(revocationList.status()).isEqualTo(200);
        assertThat(OutsideValidators.dss(download.bytes(), root.bytes(), revocationList.bytes()))
                .as("EU DSS trusting only the root published by the portal").hasSize(2)
                .allSatisfy((signer, verdict) -> assertThat(verdict).isEqualTo("TOTAL_PASSED"));
        String trusting = OutsideValidators.pdfsigTrusting(download.bytes(), root.bytes());
        assertThat(Pattern.compile("Certificate is Trusted\\.").matcher(trusting).results().count()).as(trusting).isEqualTo(2);
        String text = PdfTools.text(download.bytes()).replaceAll("\\s+", " ");
        assertThat(text).contains("BIÊN BẢN", issued.getString("number"), "ngày 19 tháng 3 năm 2019",
                "Hội nghị giao ban quý I năm 2019", "bắt đầu lúc 14 giờ 00",
                "có mặt 7/8 thành viên", "Vắng: đồng chí Bùi Đức Sơn (đi học tập trung)", "Đinh Văn Khải",
                "có 6 ý kiến phát biểu", "kết thúc lúc 17 giờ 00 cùng ngày", "CHỦ TRÌ", "THƯ KÝ", "Vũ Thị Mai");
        for (String opinion : OPINIONS) {
            assertThat(text).contains(opinion.substring(0, 40));
        }
        assertThat(text.indexOf(OPINIONS[0].substring(0, 30))).isLessThan(text.indexOf(OPINIONS[5].substring(0, 30)));
        assertThat(text).contains("4. Thực hiện Nghị quyết 09-NQ/TU", "phấn đấu quý II thành lập từ 02-03 tổ chức đảng");

        member.get("api/documents/" + minutesId);
        assertThat(as("lan.nt").get("api/inbox").json().getJsonArray("documents").getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getJsonObject("document").getInt("id") == minutesId)
                .singleElement().satisfies(e -> assertThat(e.getBoolean("read")).isTrue());
        List<JsonObject> readers = jsonArray(secretariat.get("api/documents/" + minutesId + "/readers").body());
        assertThat(readers).filteredOn(r -> r.getString("username").equals("lan.nt")).singleElement()
                .satisfies(r -> assertThat(r.containsKey("readAt")).isTrue());
        assertThat(readers).filteredOn(r -> r.getString("username").equals("son.bd")).singleElement()
                .satisfies(r -> assertThat(r.containsKey("readAt")).isFalse());
        assertThat(jsonArray(secretariat.get("api/documents/" + minutesId + "/downloads").body()))
                .extracting(d -> d.getString("username")).contains("lan.nt");
        assertThat(member.get("api/documents/" + minutesId + "/readers").status()).isEqualTo(403);

        var notAssigned = as("son.bd").post("api/tasks/" + tasks[1] + "/progress", "{\"figure\":1,\"note\":\"x\"}");
        assertThat(notAssigned.status()).isEqualTo(403);
        assertThat(notAssigned.code()).isEqualTo("NOT_ASSIGNED");
        assertThat(member.post("api/tasks/" + tasks[1] + "/progress", "{\"figure\":-1,\"note\":\"x\"}").code())
                .isEqualTo("FIGURE_INVALID");
        assertThat(member.post("api/tasks/" + tasks[1] + "/progress",
                "{\"figure\":1,\"note\":\"Thành lập chi bộ Công ty CP Sông Hồng\"}").json().getString("status"))
                .isIn("IN_PROGRESS", "OVERDUE");
        JsonObject done = member.post("api/tasks/" + tasks[1] + "/progress",
                "{\"figure\":2,\"note\":\"Thành lập chi bộ Công ty TNHH Ngọc Lâm\",\"completed\":true}").json();
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getBoolean("targetMet")).isTrue();
        assertThat(done.getJsonArray("progress")).hasSize(2);

        long next = schedule(committeeId, "Hội nghị giao ban quý II năm 2019", "2019-06-25T14:00", "2019-06-25T16:30")
                .getInt("id");
        List<JsonObject> toReview = jsonArray(secretariat.get("api/meetings/" + next + "/review").body());
        assertThat(toReview).extracting(t -> t.getInt("id"))
                .containsExactlyInAnyOrder((int) tasks[0], (int) tasks[2], (int) tasks[3]);
        assertThat(secretariat.post("api/tasks/" + tasks[0] + "/reviews",
                "{\"meetingId\":%d,\"outcome\":\"CARRIED_OVER\",\"note\":\"Chuyển sang quý III\"}".formatted(next)).status())
                .isEqualTo(200);
        secretariat.post("api/tasks/" + tasks[2] + "/reviews", "{\"meetingId\":%d,\"outcome\":\"DONE\"}".formatted(next));
        assertThat(secretariat.post("api/tasks/" + tasks[2] + "/reviews", "{\"meetingId\":%d,\"outcome\":\"DONE\"}".formatted(next)).code())
                .isEqualTo("ALREADY_REVIEWED");
        assertThat(secretariat.post("api/tasks/" + tasks[3] + "/reviews", "{\"meetingId\":%d,\"outcome\":\"CONTINUE\"}".formatted(id)).code())
                .isEqualTo("REVIEW_MEETING_INVALID");
        assertThat(secretariat.get("api/tasks/" + tasks[0]).json().getString("status")).isEqualTo("CARRIED_OVER");
        assertThat(jsonArray(secretariat.get("api/meetings/" + next + "/review").body())).extracting(t -> t.getInt("id"))
                .contains((int) tasks[0], (int) tasks[2], (int) tasks[3]);

        var browser = PortalClient.anonymous(base());
        browser.formLogin("vanthu", DEMO_PASSWORD, null);
        assertThat(browser.get("secretariat/meetings.xhtml").body()).contains("Hội nghị giao ban quý I năm 2019");
        String page = browser.get("secretariat/meeting.xhtml?id=" + id).body();
        assertThat(page).contains("Phạm Minh Đức", "đi học tập trung", OPINIONS[5].substring(0, 30), "Kiểm điểm")
                .contains(issued.getString("number"));
        assertThat(browser.get("secretariat/meeting.xhtml?id=" + next).body())
                .contains("Kiểm điểm nhiệm vụ từ các cuộc họp trước", "Khảo sát chi bộ cơ sở");
        assertThat(browser.get("secretariat/tasks.xhtml").body()).contains("Thành lập tổ chức đảng trong doanh nghiệp");
        assertThat(browser.get("secretariat/document.xhtml?id=" + minutesId).body())
                .contains("Người đã đọc", "(lan.nt)", "Lượt tải bản PDF", "Chưa đọc");
        var memberBrowser = PortalClient.anonymous(base());
        memberBrowser.formLogin("lan.nt", DEMO_PASSWORD, null);
        assertThat(memberBrowser.get("home.xhtml").body()).contains("Văn bản gửi đến tôi", "Nhiệm vụ đang thực hiện");
        assertThat(memberBrowser.get("member/tasks.xhtml").body()).contains("Thành lập tổ chức đảng trong doanh nghiệp");

        var report = secretariat.getBytes("api/tasks/report.pdf?committeeId=" + committeeId + "&quarter=2019-Q2");
        assertThat(report.status()).isEqualTo(200);
        String reportText = PdfTools.text(report.bytes()).replaceAll("\\s+", " ");
        assertThat(reportText).contains("BÁO CÁO", "Kết quả thực hiện nhiệm vụ quý II năm 2019",
                "Thành lập tổ chức đảng trong doanh nghiệp", "2–3", "2 (đạt)", "Hoàn thành",
                "Chuyển kỳ sau", "Quá hạn", "Tổng số 4 nhiệm vụ");
        assertThat(as("lan.nt").getBytes("api/tasks/report.pdf?committeeId=" + committeeId + "&quarter=2019-Q2").status())
                .isEqualTo(403);
        assertThat(secretariat.get("api/tasks?committeeId=" + committeeId + "&status=DONE").json().getInt("total")).isEqualTo(2);
        assertThat(secretariat.get("api/tasks?quarter=2019-Q9").code()).isEqualTo("QUARTER_INVALID");
    }

    @Test
    void peopleOutsideTheCommitteeLearnNothingOfItsMeetingsAndTasks() {
        long committeeId = committee();
        long id = schedule(committeeId, "Phiên họp chuyên đề", "2019-04-02T08:00", "2019-04-02T10:00").getInt("id");
        var conclusion = as("vanthu").post("api/meetings/" + id + "/conclusions", "{\"text\":\"Rà soát danh sách\"}").json();
        long conclusionId = items(conclusion, "conclusions").get(0).getInt("id");
        long task = as("vanthu").post("api/meetings/" + id + "/conclusions/" + conclusionId + "/tasks",
                "{\"text\":\"Rà soát\",\"dueDate\":\"2019-04-30\"}").json().getInt("id");
        String outsider = uniqueUsername("ngoai");
        var created = as("admin").post("api/admin/users", """
                {"username":"%s","displayName":"Người Ngoài","password":"%s","roles":["MEMBER"]}"""
                .formatted(outsider, DEMO_PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var stranger = as(outsider);

        assertThat(stranger.get("api/meetings/" + id).code()).isEqualTo("MEETING_NOT_FOUND");
        assertThat(stranger.get("api/tasks/" + task).code()).isEqualTo("TASK_NOT_FOUND");
        assertThat(stranger.get("api/tasks?committeeId=" + committeeId).json().getInt("total")).isZero();
        assertThat(stranger.get("api/meetings").json().getInt("total")).isZero();
        assertThat(stranger.post("api/meetings/" + id + "/opinions", "{\"speaker\":\"A\",\"summary\":\"B\"}").status())
                .isEqualTo(403);
        assertThat(as("lan.nt").get("api/meetings/" + id).json().getString("title")).isEqualTo("Phiên họp chuyên đề");
        assertThat(PortalClient.anonymous(base()).get("api/meetings/" + id).status()).isEqualTo(401);
    }

    private static List<JsonObject> jsonArray(String body) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    @Test
    void theSecretariatSchedulesAMeetingFromTheListAndLandsOnItsPage() {
        var secretariat = PortalClient.anonymous(base());
        secretariat.formLogin("vanthu", DEMO_PASSWORD, null);
        String list = secretariat.get("secretariat/meetings.xhtml").body();
        Matcher committee = Pattern.compile("name=\"newForm:committee_input\"[\\s\\S]*?<option value=\"(\\d+)\"")
                .matcher(list);
        assertThat(committee.find()).as("a committee to choose").isTrue();
        String title = "Hội nghị lên lịch từ danh sách " + UUID.randomUUID().toString().substring(0, 8);

        var scheduled = secretariat.pressAjax("secretariat/meetings.xhtml", PortalClient.viewState(list), "newForm",
                "newForm:save", Map.of("newForm:committee_input", committee.group(1),
                        "newForm:kind_input", "QUARTERLY_REVIEW", "newForm:title", title,
                        "newForm:startsAt_input", "19/03/2027 14:00", "newForm:place", "Hội trường Quận ủy"));

        Matcher redirect = Pattern.compile("<redirect url=\"[^\"]*secretariat/meeting\\.xhtml\\?id=(\\d+)\"")
                .matcher(scheduled.body());
        assertThat(redirect.find()).as(scheduled.body()).isTrue();
        assertThat(secretariat.get("secretariat/meeting.xhtml?id=" + redirect.group(1)).body())
                .contains(title, "Hội trường Quận ủy");
    }
}
