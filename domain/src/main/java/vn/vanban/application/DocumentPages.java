package vn.vanban.application;

import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.NumberingRule;
import vn.vanban.reports.render.DocumentPage;

import java.util.Arrays;
import java.util.List;

/** Maps an issued document onto the document engine's own input model. */
final class DocumentPages {

    /** Letters (công văn) carry no type title; their summary stands under the number as "V/v ...". */
    private static final String LETTER = "CV";

    private DocumentPages() {
    }

    static DocumentPage of(Document document, String verificationUrl) {
        Issuer issuer = document.getIssuer();
        String typeCode = document.getType().getCode();
        return new DocumentPage(issuer.getNumberingRule() == NumberingRule.PARTY_PER_TYPE_PER_TERM,
                issuer.getParentBody(), issuer.getName(), document.getNumberText(), issuer.getPlaceName(),
                document.getIssueDate(), LETTER.equals(typeCode) ? null : document.getType().getTitle(),
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
