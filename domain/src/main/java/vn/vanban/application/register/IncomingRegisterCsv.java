package vn.vanban.application.register;

import vn.vanban.domain.model.incoming.Confidentiality;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.Urgency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The incoming register (sổ đăng ký văn bản đến) as CSV with the columns of Decree 30/2020, appendix IV, and the
 * number of the answering document that the sổ theo dõi giải quyết keeps (so one sheet shows both). UTF-8 with
 * a byte-order mark and CRLF line ends, quoted like {@link RegisterCsv}, so Excel opens it by double-click.
 */
public final class IncomingRegisterCsv {

    static final List<String> COLUMNS = List.of("Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng",
            "Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận", "Ngày chuyển", "Ký nhận", "Số văn bản trả lời", "Ghi chú");

    private IncomingRegisterCsv() {
    }

    public static String of(List<IncomingDocument> documents) {
        return RegisterCsv.sheet(COLUMNS, documents, IncomingRegisterCsv::cells);
    }

    /** One entry of the register, a cell per column of {@link #COLUMNS}. */
    static List<String> cells(IncomingDocument d) {
        return List.of(
                RegisterCsv.date(d.getArrivalDate()),
                d.registerNumberText(),
                d.getSender(),
                d.getNumberSymbol(),
                RegisterCsv.date(d.getDocumentDate()),
                d.getType().getName() + ": " + d.getSummary(),
                d.getLeadName() != null ? d.getLeadName() : RegisterCsv.nullToEmpty(d.getRecipient()),
                date(d.getRoutedAt()),
                "",
                RegisterCsv.nullToEmpty(d.getAnswerNumbers()),
                notes(d));
    }

    /** Urgency and confidentiality when they are not ordinary, a duplicate's original, the secretariat's note. */
    public static String notes(IncomingDocument d) {
        List<String> notes = new ArrayList<>();
        if (d.getUrgency() != Urgency.NORMAL) {
            notes.add(switch (d.getUrgency()) {
                case URGENT -> "Khẩn";
                case VERY_URGENT -> "Thượng khẩn";
                default -> "Hỏa tốc";
            });
        }
        if (d.getConfidentiality() != Confidentiality.NONE) {
            notes.add(switch (d.getConfidentiality()) {
                case CONFIDENTIAL -> "Mật";
                case SECRET -> "Tối mật";
                default -> "Tuyệt mật";
            });
        }
        if (d.getDuplicateOf() != null) {
            IncomingDocument original = d.getDuplicateOf();
            notes.add(original.getRegisterNumber() == null ? "Trùng với văn bản đã tiếp nhận"
                    : "Trùng với số đến " + original.registerNumberText() + "/" + original.getRegisterYear());
        }
        if (d.getNote() != null) {
            notes.add(d.getNote().replace("\r", "").replace('\n', ' '));
        }
        return String.join("; ", notes);
    }

    private static String date(Instant instant) {
        return instant == null ? "" : RegisterCsv.date(instant.atZone(IncomingDocument.VIETNAM).toLocalDate());
    }
}
