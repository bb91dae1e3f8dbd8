package vn.vanban.domain.model.meeting;

import vn.vanban.domain.model.account.UserAccount;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Collectors;

/**
 * The news article a meeting gives the public page, in the way such news is written ("Chiều ngày 19/3/2019, Ban chỉ
 * đạo ... tổ chức giao ban ..."): who chaired, what was heard, how many spoke, and the chair's conclusions. A first
 * draft from the record, for the secretariat to edit before publishing; nothing in it is invented.
 */
public final class MeetingNews {

    private MeetingNews() {
    }

    /** Title, summary and body (HTML) of the draft. */
    public record Draft(String title, String summary, String body) {
    }

    public static Draft of(Meeting meeting, ZoneId zone) {
        ZonedDateTime start = meeting.getStartsAt().atZone(zone);
        String when = (start.getHour() < 12 ? "Sáng" : "Chiều") + " ngày " + start.getDayOfMonth() + "/"
                + start.getMonthValue() + "/" + start.getYear();
        String summary = when + ", " + meeting.getCommittee().getName() + " tổ chức " + lower(meeting.getTitle()) + ".";
        StringBuilder body = new StringBuilder();
        paragraph(body, summary.substring(0, summary.length() - 1) + " tại " + meeting.getPlace() + ".");
        paragraph(body, "Chủ trì hội nghị có đồng chí " + person(meeting.getChair(), meeting.getChairPosition())
                + "; dự hội nghị có " + meeting.countPresent() + " đồng chí thành viên"
                + (meeting.getAttendees().stream().anyMatch(Attendee::isGuest) ? " và các đại biểu khách mời." : "."));
        if (!meeting.getAgenda().isEmpty()) {
            paragraph(body, "Hội nghị đã nghe: " + meeting.getAgenda().stream().map(i -> lower(i.getTitle()))
                    .collect(Collectors.joining("; ")) + ".");
        }
        if (!meeting.getOpinions().isEmpty()) {
            paragraph(body, "Tại hội nghị, đã có " + meeting.getOpinions().size()
                    + " ý kiến phát biểu thảo luận, đóng góp vào các nội dung trên.");
        }
        if (!meeting.getConclusions().isEmpty()) {
            paragraph(body, "Kết thúc hội nghị, đồng chí " + person(meeting.getChair(), meeting.getChairPosition())
                    + " kết luận, trong thời gian tới cần thực hiện một số nhiệm vụ trọng tâm sau:");
            for (Conclusion conclusion : meeting.getConclusions()) {
                paragraph(body, conclusion.getNumber() + ". " + conclusion.getText());
            }
        }
        return new Draft(meeting.getTitle(), summary, body.toString());
    }

    private static String person(UserAccount person, String position) {
        return position == null || position.isBlank() ? person.getDisplayName() : person.getDisplayName() + " - " + position;
    }

    /** "Hội nghị giao ban ..." inside a sentence: its first letter in lower case. */
    private static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static void paragraph(StringBuilder html, String text) {
        html.append("<p>").append(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("</p>");
    }
}
