package vn.vanban.application;

import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.NumberingRule;
import vn.vanban.reports.render.DocumentPage;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Maps an issued document, or a draft to preview, onto the document engine's own input model. */
final class DocumentPages {

    /** Letters (công văn) carry no type title; their summary stands under the number as "V/v ...". */
    private static final String LETTER = "CV";

    private DocumentPages() {
    }

    static DocumentPage of(Document document, String verificationUrl) {
        return of(document, document.getNumberText(), document.getIssueDate(), verificationUrl);
    }

    /**
     * A draft as it would read if it were issued on {@code today}: the number left open ({@code Số      -TB/BCĐ}),
     * since the register gives it only at issue.
     */
    static DocumentPage draft(Document document, LocalDate today, String verificationUrl) {
        Issuer issuer = document.getIssuer();
        String number = issuer.getNumberingRule().unnumbered(document.getType().getCode(), issuer.getSymbol());
        return of(document, number, today, verificationUrl);
    }

    private static DocumentPage of(Document document, String numberText, LocalDate issueDate, String verificationUrl) {
        Issuer issuer = document.getIssuer();
        String typeCode = document.getType().getCode();
        return new DocumentPage(issuer.getNumberingRule() == NumberingRule.PARTY_PER_TYPE_PER_TERM,
                issuer.getParentBody(), issuer.getName(), numberText, issuer.getPlaceName(),
                issueDate, LETTER.equals(typeCode) ? null : document.getType().getTitle(),
                document.getSummary(), document.getBody(), document.getSigningCapacity(), document.getSignerPosition(),
                document.getSigner() == null ? "" : document.getSigner().getDisplayName(),
                recipients(document.getRecipients()), verificationUrl, document.getSecondSignerPosition(),
                document.getSecondSigner() == null ? null : document.getSecondSigner().getDisplayName());
    }

    private static List<String> recipients(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
