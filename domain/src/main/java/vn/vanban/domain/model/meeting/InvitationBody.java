package vn.vanban.domain.model.meeting;

import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.shared.VietnameseDates;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * The body of a meeting's invitation (giấy mời) in the Party layout, every line from the record: who is invited,
 * to what, when (with the weekday, as invitations write it) and where, who chairs, the agenda, the documents to
 * read beforehand, and whom to contact.
 */
public final class InvitationBody {

    private static final List<String> WEEKDAYS = List.of("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu",
            "thứ Bảy", "Chủ nhật");

    private InvitationBody() {
    }

    /** {@code issuerName} invites, as it signs: {@code Ban Chỉ đạo ... trân trọng kính mời}. */
    public static String of(Meeting meeting, String issuerName, ZoneId zone) {
        StringBuilder html = new StringBuilder();
        paragraph(html, issuerName + " trân trọng kính mời:");
        for (Attendee invitee : meeting.getAttendees()) {
            paragraph(html, "- Đồng chí " + person(invitee.getName(), invitee.getTitle()) + ";");
        }
        line(html, "Tới dự:", meeting.getTitle() + ".");
        line(html, "Thời gian:", when(meeting, zone) + ".");
        line(html, "Địa điểm:", meeting.getPlace() + ".");
        line(html, "Chủ trì:", "đồng chí " + person(meeting.getChair().getDisplayName(), meeting.getChairPosition()) + ".");
        if (!meeting.getAgenda().isEmpty()) {
            line(html, "Nội dung:", "");
            for (AgendaItem item : meeting.getAgenda()) {
                paragraph(html, (item.getSortOrder() + 1) + ". " + item.getTitle() + ".");
            }
        }
        List<String> papers = meeting.getAgenda().stream().flatMap(InvitationBody::papers).distinct().toList();
        if (!papers.isEmpty()) {
            line(html, "Tài liệu nghiên cứu trước:", String.join("; ", papers) + ".");
        }
        line(html, "Liên hệ:", contact(meeting.getSecretary(), meeting.getSecretaryPosition()) + ".");
        paragraph(html, "Đề nghị các đồng chí sắp xếp công việc, dự họp đúng thời gian./.");
        return html.toString();
    }

    /** {@code 8 giờ 00, thứ Năm, ngày 19 tháng 3 năm 2026}, with the end when the record has one. */
    public static String when(Meeting meeting, ZoneId zone) {
        ZonedDateTime start = meeting.getStartsAt().atZone(zone);
        String text = MinutesBody.clock(start) + ", " + weekday(start.getDayOfWeek()) + ", "
                + VietnameseDates.inWords(start.toLocalDate());
        if (meeting.getEndsAt() == null) {
            return text;
        }
        ZonedDateTime end = meeting.getEndsAt().atZone(zone);
        return end.toLocalDate().equals(start.toLocalDate())
                ? text + " (đến " + MinutesBody.clock(end) + ")"
                : text + " đến " + MinutesBody.clock(end) + ", " + VietnameseDates.inWords(end.toLocalDate());
    }

    static String weekday(DayOfWeek day) {
        return WEEKDAYS.get(day.getValue() - 1);
    }

    /** The document the item is about, then the titles of its papers, in their order. */
    private static Stream<String> papers(AgendaItem item) {
        Stream<String> document = item.getDocument() == null ? Stream.empty() : Stream.of(paper(item.getDocument()));
        return Stream.concat(document, item.getPapers().stream().map(MeetingPaper::getTitle));
    }

    private static String paper(Document document) {
        String number = document.getNumberText();
        return (number == null ? "dự thảo " : number + " ") + document.getSummary();
    }

    private static String contact(UserAccount secretary, String position) {
        String text = "đồng chí " + person(secretary.getDisplayName(), position);
        return secretary.getEmail() == null || secretary.getEmail().isBlank() ? text : text + ", " + secretary.getEmail();
    }

    private static String person(String name, String title) {
        return title == null || title.isBlank() ? name : name + " - " + title;
    }

    private static void line(StringBuilder html, String label, String text) {
        html.append("<p><strong>").append(escape(label)).append("</strong>")
                .append(text.isEmpty() ? "" : " " + escape(text)).append("</p>");
    }

    private static void paragraph(StringBuilder html, String text) {
        html.append("<p>").append(escape(text)).append("</p>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
