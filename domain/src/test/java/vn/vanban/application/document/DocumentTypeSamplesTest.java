package vn.vanban.application.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.document.DraftContent;
import vn.vanban.domain.model.document.RegisterNumber;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.IssuerDetails;
import vn.vanban.domain.model.organisation.NumberingRule;
import vn.vanban.infrastructure.database.SchemaMigrations;
import vn.vanban.reports.render.PdfRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One issued sample of every document type the portal ships, each from its own template, under a Party issuer, and
 * a notice under a state issuer: rendered through the engine, checked for the parts of the layout, and written to
 * {@code target/samples} (with a PNG of the first page when poppler's pdftoppm is there) for a look by eye.
 */
class DocumentTypeSamplesTest {

    private static final Instant NOW = Instant.parse("2026-03-19T07:00:00Z");
    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 19);
    private static final Path SAMPLES = Path.of("target", "samples");
    private static final UserAccount HEAD = new UserAccount("hung.tv", "Trần Văn Hưng", null, "hash",
            EnumSet.of(Role.SIGNER, Role.MEMBER));
    private static final UserAccount SECRETARY = new UserAccount("mai.vt", "Vũ Thị Mai", null, "hash",
            EnumSet.of(Role.SECRETARIAT, Role.MEMBER));

    @Test
    void everyTypeRendersInThePartyLayoutFromItsTemplate() throws Exception {
        Issuer party = new Issuer(new IssuerDetails("BAN CHỈ ĐẠO XÂY DỰNG TỔ CHỨC ĐẢNG TRONG DOANH NGHIỆP",
                "QUẬN ỦY LONG BIÊN", "BCĐ", "Long Biên", NumberingRule.PARTY_PER_TYPE_PER_TERM, LocalDate.of(2025, 10, 20),
                "2025 - 2030"));
        List<DocumentType> types = shippedTypes();
        assertThat(types).extracting(DocumentType::getCode).contains("QC", "QĐi", "TT", "ĐA", "PA", "CTr", "QH", "DA",
                "TC", "GM", "GGT").doesNotHaveDuplicates();
        Files.createDirectories(SAMPLES);

        for (DocumentType type : types) {
            String text = render(party, type, "sample-" + type.getCode());

            assertThat(text).as(type.getCode()).contains("ĐẢNG CỘNG SẢN VIỆT NAM").contains("QUẬN ỦY LONG BIÊN")
                    .contains("Số 01-" + type.getAbbreviation() + "/BCĐ").contains("Long Biên, ngày 19 tháng 3 năm 2026")
                    .contains("Trần Văn Hưng").contains("Nơi nhận:");
            if (type.getCode().equals("CV")) {
                // An official letter names no type: its summary follows "V/v" under the number.
                assertThat(text).as(type.getCode()).contains("V/v Mẫu công văn").doesNotContain(type.getTitle());
            } else {
                assertThat(text).as(type.getCode()).contains(type.getTitle());
            }
        }
    }

    @Test
    void aStateIssuerGetsTheNationalMottoAndTheStateNumber() throws Exception {
        Issuer state = new Issuer(new IssuerDetails("ỦY BAN NHÂN DÂN QUẬN LONG BIÊN", null, "UBND", "Long Biên",
                NumberingRule.STATE_PER_CALENDAR_YEAR, LocalDate.of(2026, 1, 1), null));
        DocumentType notice = shippedTypes().stream().filter(t -> t.getCode().equals("TB")).findFirst().orElseThrow();
        Files.createDirectories(SAMPLES);

        String text = render(state, notice, "sample-state-TB");

        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                .contains("Số: 01/TB-UBND").doesNotContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    }

    private static String render(Issuer issuer, DocumentType type, String name) throws IOException, InterruptedException {
        Document document = new Document(issuer, type, new DraftContent("Mẫu " + type.getName().toLowerCase()
                + " để kiểm tra bố cục", type.getTemplate(), HEAD, "T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN",
                "- Thành viên Ban chỉ đạo,\n- Lưu VP.", Audience.ALL_MEMBERS, Set.of()), "vanthu", NOW);
        if (type.getCode().equals("BB")) {
            document.requireSecondSignature(SECRETARY, "THƯ KÝ");
        }
        document.submitForReview("vanthu", null, Set.of(), NOW);
        document.approve("hung.tv", null, NOW);
        document.issue(new RegisterNumber(1, "s", issuer.formatNumber(1, type.getAbbreviation()), ISSUED), "vanthu", NOW);

        byte[] pdf = new PdfRenderer().render(DocumentPages.of(document, "https://vanban.example/verify.xhtml?document=1"));
        Path file = SAMPLES.resolve(name + ".pdf");
        Files.write(file, pdf);
        if (Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", file.toString(),
                    SAMPLES.resolve(name).toString()).inheritIO().start().waitFor();
        }
        try (PDDocument loaded = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(loaded).replaceAll("\\s+", " ");
        }
    }

    /** The types and templates the migrations ship, read from a database migrated as the portal's is. */
    private static List<DocumentType> shippedTypes() throws SQLException {
        String url = "jdbc:h2:mem:types;DB_CLOSE_DELAY=-1";
        SchemaMigrations.on(url, "sa", "").migrate();
        List<DocumentType> types = new ArrayList<>();
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var rows = connection.createStatement().executeQuery(
                     "SELECT code, abbreviation, name, title, template FROM document_type ORDER BY sort_order")) {
            while (rows.next()) {
                types.add(new DocumentType(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5)));
            }
        }
        return types;
    }
}
