package vn.vanban.application.task;

import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.organisation.CommitteeRole;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.Membership;
import vn.vanban.domain.model.organisation.NumberingRule;
import vn.vanban.domain.model.task.Quarter;
import vn.vanban.domain.model.task.Target;
import vn.vanban.domain.model.task.Task;
import vn.vanban.domain.model.task.TaskStatus;
import vn.vanban.reports.render.DocumentPage;
import vn.vanban.reports.render.VietnameseDates;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quarterly task report (Báo cáo kết quả thực hiện nhiệm vụ quý) of a committee as the document engine's input:
 * a summary of the figures, then one row per task with its target and what was achieved, signed for the committee
 * by its head.
 */
final class QuarterlyTaskReport {

    static final Map<TaskStatus, String> STATUS = Map.of(
            TaskStatus.NOT_STARTED, "Chưa thực hiện",
            TaskStatus.IN_PROGRESS, "Đang thực hiện",
            TaskStatus.DONE, "Hoàn thành",
            TaskStatus.OVERDUE, "Quá hạn",
            TaskStatus.CARRIED_OVER, "Chuyển kỳ sau");

    private QuarterlyTaskReport() {
    }

    static DocumentPage of(Committee committee, Quarter quarter, List<Task> tasks, LocalDate today) {
        Issuer issuer = committee.getIssuer();
        Membership head = committee.getMembers().stream().filter(m -> m.getRole() == CommitteeRole.HEAD).findFirst()
                .orElse(null);
        return new DocumentPage(issuer.getNumberingRule() == NumberingRule.PARTY_PER_TYPE_PER_TERM,
                issuer.getParentBody(), issuer.getName(), null, issuer.getPlaceName(), today, "BÁO CÁO",
                "Kết quả thực hiện nhiệm vụ " + quarter.vietnamese(), body(committee, quarter, tasks, today),
                capacity(committee), head == null ? "" : "TRƯỞNG BAN",
                head == null ? "" : head.getPerson().getDisplayName(), List.of("- Thành viên Ban chỉ đạo,", "- Lưu VP."),
                null);
    }

    static String body(Committee committee, Quarter quarter, List<Task> tasks, LocalDate asOf) {
        long done = tasks.stream().filter(t -> t.status(asOf) == TaskStatus.DONE).count();
        long overdue = tasks.stream().filter(t -> t.status(asOf) == TaskStatus.OVERDUE).count();
        long carried = tasks.stream().filter(t -> t.status(asOf) == TaskStatus.CARRIED_OVER).count();
        StringBuilder html = new StringBuilder();
        html.append("<p>").append(escape(committee.getName())).append(" báo cáo kết quả thực hiện các nhiệm vụ có hạn trong ")
                .append(quarter.vietnamese()).append(" (số liệu đến ").append(VietnameseDates.shortForm(asOf))
                .append(") như sau:</p>");
        html.append("<p>Tổng số ").append(tasks.size()).append(" nhiệm vụ; hoàn thành ").append(done)
                .append("; quá hạn ").append(overdue).append("; chuyển kỳ sau ").append(carried).append(".</p>");
        html.append("<table class=\"report\"><tr><th class=\"no\">TT</th><th class=\"task\">Nhiệm vụ</th>")
                .append("<th class=\"who\">Phụ trách</th><th class=\"due\">Hạn</th><th class=\"target\">Chỉ tiêu</th>")
                .append("<th class=\"achieved\">Đạt được</th><th class=\"state\">Tình trạng</th></tr>");
        int row = 1;
        for (Task task : tasks) {
            html.append("<tr><td class=\"figure\">").append(row++).append("</td><td>")
                    .append(escape(task.getText())).append(" (kết luận số ").append(task.getConclusionNumber())
                    .append(")</td><td>").append(escape(task.getResponsible() == null ? "" : task.getResponsible()))
                    .append("</td><td class=\"date\">").append(VietnameseDates.shortForm(task.getDueDate())).append("</td><td>")
                    .append(escape(task.getTarget().map(Target::describe).orElse("")))
                    .append("</td><td class=\"figure\">").append(achieved(task)).append("</td><td>")
                    .append(STATUS.get(task.status(asOf))).append("</td></tr>");
        }
        html.append("</table>");
        return html.toString();
    }

    /** {@code T/M BAN CHỈ ĐẠO}: on behalf of the committee, named by its kind rather than its full name. */
    static String capacity(Committee committee) {
        String name = committee.getName().toUpperCase(Locale.ROOT);
        return "T/M " + (name.startsWith("BAN CHỈ ĐẠO") ? "BAN CHỈ ĐẠO" : name);
    }

    /** The achieved figure, and against a target whether it was met. */
    private static String achieved(Task task) {
        if (task.getAchieved() == null) {
            return "";
        }
        String figure = task.getAchieved().stripTrailingZeros().toPlainString();
        return task.getTarget().map(t -> figure + (t.isMetBy(task.getAchieved()) ? " (đạt)" : " (chưa đạt)"))
                .orElse(figure);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
