package vn.vanban.application.register;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.application.organisation.OrganisationService;
import vn.vanban.domain.model.incoming.IncomingFilter;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.reports.render.PdfRenderer;
import vn.vanban.reports.render.RegisterBook;
import vn.vanban.reports.render.VietnameseDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The registers printed as books (sổ đăng ký văn bản đi, sổ đăng ký văn bản đến): the same filter and columns as
 * the screens and the CSV, landscape PDF/A through the document engine, for the secretariat to print, file or send.
 */
@Stateless
public class RegisterBooks {

    /** A book of this many entries is some 400 pages; a longer period is printed a part at a time. */
    public static final int MAX_ROWS = 5_000;
    static final String TITLE = "SỔ ĐĂNG KÝ VĂN BẢN ĐI";
    static final String INCOMING_TITLE = "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN";
    /** Shares of the width for the columns of {@link RegisterCsv#COLUMNS}: the summary widest, the blanks narrow. */
    static final List<Integer> WIDTHS = List.of(13, 9, 21, 10, 13, 9, 5, 9, 4, 3);
    /**
     * Shares for {@link IncomingRegisterCsv#COLUMNS}: the summary widest, the signature blank narrow, each date column
     * wide enough for {@code 19/03/2026} on one line.
     */
    static final List<Integer> INCOMING_WIDTHS = List.of(11, 5, 11, 10, 11, 19, 10, 11, 4, 8, 7);

    @Inject
    private DocumentService documents;

    @Inject
    private OrganisationService organisation;

    @Inject
    private IncomingService incoming;

    private final PdfRenderer renderer = new PdfRenderer();

    public byte[] pdf(Actor actor, Long issuerId, String typeCode, LocalDate from, LocalDate to, int maxRows) {
        List<List<String>> rows = documents.register(actor, issuerId, typeCode, from, to, 0, maxRows).stream()
                .map(RegisterCsv::cells).toList();
        Issuer issuer = issuerId == null ? null : organisation.getIssuer(issuerId);
        String type = typeCode == null || typeCode.isBlank() ? null : documents.type(typeCode).getName();
        return renderer.render(new RegisterBook(issuer == null ? null : issuer.getName(), TITLE, period(from, to, type),
                documents.today(), RegisterCsv.COLUMNS, WIDTHS, rows));
    }

    /**
     * The incoming register (sổ đăng ký văn bản đến) as a book: the entries the register screen and its CSV show for
     * the same filter, with the columns of Decree 30/2020 appendix IV and the number of the answer.
     */
    public byte[] incomingPdf(Actor actor, IncomingFilter filter, int maxRows) {
        List<List<String>> rows = incoming.list(actor, filter, 0, maxRows).stream()
                .map(IncomingRegisterCsv::cells).toList();
        Issuer issuer = filter.issuerId() == null ? null : organisation.getIssuer(filter.issuerId());
        return renderer.render(new RegisterBook(issuer == null ? null : issuer.getName(), INCOMING_TITLE,
                period(filter.from(), filter.to(), null), incoming.today(), IncomingRegisterCsv.COLUMNS,
                INCOMING_WIDTHS, rows));
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
