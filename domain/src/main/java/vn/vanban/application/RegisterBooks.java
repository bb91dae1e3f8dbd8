package vn.vanban.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.reports.render.PdfRenderer;
import vn.vanban.reports.render.RegisterBook;
import vn.vanban.reports.render.VietnameseDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The outgoing register printed as a book (sổ đăng ký văn bản đi): the same filter and columns as the screen and
 * the CSV, landscape PDF/A through the document engine, for the secretariat to print, file or send.
 */
@Stateless
public class RegisterBooks {

    /** A book of this many entries is some 400 pages; a longer period is printed a part at a time. */
    public static final int MAX_ROWS = 5_000;
    static final String TITLE = "SỔ ĐĂNG KÝ VĂN BẢN ĐI";
    /** Shares of the width for the columns of {@link RegisterCsv#COLUMNS}: the summary widest, the blanks narrow. */
    static final List<Integer> WIDTHS = List.of(13, 9, 21, 10, 13, 9, 5, 9, 4, 3);

    @Inject
    private DocumentService documents;

    @Inject
    private OrganisationService organisation;

    private final PdfRenderer renderer = new PdfRenderer();

    public byte[] pdf(Actor actor, Long issuerId, String typeCode, LocalDate from, LocalDate to, int maxRows) {
        List<List<String>> rows = documents.register(actor, issuerId, typeCode, from, to, 0, maxRows).stream()
                .map(RegisterCsv::cells).toList();
        Issuer issuer = issuerId == null ? null : organisation.getIssuer(issuerId);
        String type = typeCode == null || typeCode.isBlank() ? null : documents.type(typeCode).getName();
        return renderer.render(new RegisterBook(issuer == null ? null : issuer.getName(), TITLE, period(from, to, type),
                documents.today(), RegisterCsv.COLUMNS, WIDTHS, rows));
    }

    /** {@code Thông báo · Từ ngày 01/01/2026 đến ngày 31/03/2026}: what the filter kept, in words. */
    static String period(LocalDate from, LocalDate to, String typeName) {
        List<String> parts = new ArrayList<>();
        if (typeName != null) {
            parts.add(typeName);
        }
        if (from != null && to != null) {
            parts.add("Từ ngày " + VietnameseDates.shortForm(from) + " đến ngày " + VietnameseDates.shortForm(to));
        } else if (from != null) {
            parts.add("Từ ngày " + VietnameseDates.shortForm(from));
        } else if (to != null) {
            parts.add("Đến ngày " + VietnameseDates.shortForm(to));
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }
}
