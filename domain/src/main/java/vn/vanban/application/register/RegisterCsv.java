package vn.vanban.application.register;

import vn.vanban.domain.model.document.Document;
import vn.vanban.reports.render.VietnameseDates;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The outgoing register (sổ đăng ký văn bản đi) as CSV with the columns of Decree 30/2020, appendix IV. UTF-8 with a
 * byte-order mark and CRLF line ends, so that Excel opens the Vietnamese text correctly by double-click.
 */
public final class RegisterCsv {

    static final String BOM = "\uFEFF";
    static final List<String> COLUMNS = List.of("Số, ký hiệu văn bản", "Ngày tháng văn bản",
            "Tên loại và trích yếu nội dung văn bản", "Người ký", "Nơi nhận văn bản", "Đơn vị, người nhận bản lưu",
            "Số lượng bản", "Ngày chuyển", "Ký nhận", "Ghi chú");

    private RegisterCsv() {
    }

    public static String of(List<Document> documents) {
        return sheet(COLUMNS, documents, RegisterCsv::cells);
    }

    /** A register's sheet: the byte-order mark, the line of {@code columns}, then a line of cells per entry. */
    static <T> String sheet(List<String> columns, List<T> entries, Function<T, List<String>> cells) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, columns);
        for (T entry : entries) {
            line(csv, cells.apply(entry));
        }
        return csv.toString();
    }

    /** One entry of the register, a cell per column of {@link #COLUMNS}; for the CSV and for the printed book. */
    static List<String> cells(Document d) {
        return List.of(
                numberAndSymbol(d.getNumberText()),
                date(d.getIssueDate()),
                d.getType().getName() + ": " + d.getSummary(),
                d.getSigner() == null ? "" : d.getSigner().getDisplayName(),
                d.getRecipients() == null ? "" : d.getRecipients().replace("\r", "").replace('\n', ' ').strip(),
                nullToEmpty(d.getFileCopyKeeper()),
                d.getCopies() == null ? "" : d.getCopies().toString(),
                date(d.getDateSent()),
                "",
                notes(d));
    }

    /** {@code 09-TB/BCĐ} from {@code Số 09-TB/BCĐ}: the register's column already says it is the number. */
    static String numberAndSymbol(String numberText) {
        if (numberText == null) {
            return "";
        }
        return numberText.replaceFirst("^Số:?\\s*", "");
    }

    private static String notes(Document d) {
        StringBuilder notes = new StringBuilder(nullToEmpty(d.getRegisterNote()));
        if (d.getRevokedBy() != null) {
            notes.append(notes.length() > 0 ? "; " : "").append("Bị thu hồi bởi ").append(d.getRevokedBy().getNumberText());
        }
        if (d.getReplacedBy() != null) {
            notes.append(notes.length() > 0 ? "; " : "").append("Được thay thế bởi ").append(d.getReplacedBy().getNumberText());
        }
        return notes.toString();
    }

    /** A date as the register writes it, empty when there is none. */
    static String date(LocalDate date) {
        return date == null ? "" : VietnameseDates.shortForm(date);
    }

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** RFC 4180 quoting, and a leading apostrophe against formula injection when the sheet is opened. */
    static String quoted(String cell) {
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("^-\\s.*") ? "'" + cell : cell;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
