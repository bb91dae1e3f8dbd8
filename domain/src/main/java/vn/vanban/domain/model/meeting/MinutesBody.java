package vn.vanban.domain.model.meeting;

import vn.vanban.domain.model.shared.VietnameseDates;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The body of a meeting's minutes (biên bản) in the Party layout: time and place, chair and secretary, attendance
 * with absentees and their reasons, guests, the agenda, every opinion in order, the conclusions, the end time.
 * The note-taker adds nothing of their own: every sentence comes from the record.
 */
public final class MinutesBody {

    private MinutesBody() {
    }

    public static String of(Meeting meeting, ZoneId zone) {
        StringBuilder html = new StringBuilder();
        ZonedDateTime start = meeting.getStartsAt().atZone(zone);
        line(html, "Thời gian:", "bắt đầu lúc " + clock(start) + ", " + VietnameseDates.inWords(start.toLocalDate()) + ".");
        line(html, "Địa điểm:", meeting.getPlace() + ".");
        line(html, "Chủ trì:", person(meeting.getChair().getDisplayName(), meeting.getChairPosition()) + ".");
        line(html, "Thư ký:", person(meeting.getSecretary().getDisplayName(), meeting.getSecretaryPosition()) + ".");
        line(html, "Thành phần:", attendance(meeting));
        List<Attendee> guests = meeting.getAttendees().stream().filter(Attendee::isGuest).toList();
        if (!guests.isEmpty()) {
            line(html, "Khách mời:", guests.stream().map(g -> person(g.getName(), g.getTitle()))
                    .collect(Collectors.joining("; ")) + ".");
        }

        heading(html, "I. NỘI DUNG");
        if (meeting.getAgenda().isEmpty()) {
            paragraph(html, "Hội nghị không có chương trình được ghi nhận.");
        }
        for (AgendaItem item : meeting.getAgenda()) {
            paragraph(html, (item.getSortOrder() + 1) + ". " + item.getTitle()
                    + (item.getDocument() != null && item.getDocument().getNumberText() != null
                    ? " (" + item.getDocument().getNumberText() + ")" : "") + ".");
            if (!item.getPapers().isEmpty()) {
                paragraph(html, "Tài liệu: " + item.getPapers().stream().map(MinutesBody::reference)
                        .collect(Collectors.joining("; ")) + ".");
            }
        }

        heading(html, "II. Ý KIẾN THẢO LUẬN");
        paragraph(html, "Tại hội nghị có " + meeting.getOpinions().size() + " ý kiến phát biểu:");
        for (Opinion opinion : meeting.getOpinions()) {
            paragraph(html, "- Đồng chí " + person(opinion.getSpeaker(), opinion.getSpeakerTitle()) + ": "
                    + opinion.getSummary());
        }

        heading(html, "III. KẾT LUẬN");
        paragraph(html, "Đồng chí " + meeting.getChair().getDisplayName() + " kết luận:");
        for (Conclusion conclusion : meeting.getConclusions()) {
            paragraph(html, conclusion.getNumber() + ". " + conclusion.getText());
        }

        if (meeting.getEndsAt() != null) {
            ZonedDateTime end = meeting.getEndsAt().atZone(zone);
            paragraph(html, "Hội nghị kết thúc lúc " + clock(end)
                    + (end.toLocalDate().equals(start.toLocalDate()) ? " cùng ngày" : ", " + VietnameseDates.inWords(end.toLocalDate()))
                    + ". Biên bản đã được thông qua trước hội nghị.");
        }
        return html.toString();
    }

    /** {@code Có mặt 7/8 thành viên. Vắng: đồng chí X (lý do). Đến muộn: đồng chí Y.} */
    static String attendance(Meeting meeting) {
        List<Attendee> members = meeting.getAttendees().stream().filter(a -> !a.isGuest()).toList();
        StringBuilder text = new StringBuilder("có mặt ").append(meeting.countPresent()).append('/')
                .append(members.size()).append(" thành viên được triệu tập.");
        List<Attendee> absent = members.stream().filter(a -> a.getAttendance() == Attendance.ABSENT).toList();
        if (!absent.isEmpty()) {
            text.append(" Vắng: ").append(absent.stream().map(a -> "đồng chí " + a.getName() + " (" + a.getReason() + ")")
                    .collect(Collectors.joining("; "))).append('.');
        }
        List<Attendee> late = members.stream().filter(a -> a.getAttendance() == Attendance.LATE).toList();
        if (!late.isEmpty()) {
            text.append(" Đến muộn: ").append(late.stream().map(a -> "đồng chí " + a.getName()
                            + (a.getReason() == null ? "" : " (" + a.getReason() + ")"))
                    .collect(Collectors.joining("; "))).append('.');
        }
        return text.toString();
    }

    /** A paper as the minutes cite it: its title, with the number of the document it is when that has one. */
    private static String reference(MeetingPaper paper) {
        String number = paper.getDocument() != null ? paper.getDocument().getNumberText()
                : paper.getIncoming() != null ? paper.getIncoming().getNumberSymbol() : null;
        return number == null || number.isBlank() || paper.getTitle().contains(number)
                ? paper.getTitle() : paper.getTitle() + " (" + number + ")";
    }

    private static String person(String name, String title) {
        return title == null || title.isBlank() ? name : name + " - " + title;
    }

    /** {@code 14 giờ 00}: the way minutes write the time of day. */
    static String clock(ZonedDateTime time) {
        return time.getHour() + " giờ " + String.format("%02d", time.getMinute());
    }

    private static void line(StringBuilder html, String label, String text) {
        html.append("<p><strong>").append(escape(label)).append("</strong> ").append(escape(text)).append("</p>");
    }

    private static void heading(StringBuilder html, String text) {
        html.append("<p><strong>").append(escape(text)).append("</strong></p>");
    }

    private static void paragraph(StringBuilder html, String text) {
        html.append("<p>").append(escape(text)).append("</p>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
