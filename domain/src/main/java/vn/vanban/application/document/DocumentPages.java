package vn.vanban.application.document;

import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.SignaturePlace;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.NumberingRule;
import vn.vanban.reports.render.DocumentPage;
import vn.vanban.reports.render.RenderedDocument;
import vn.vanban.reports.render.SignerSlot;
import vn.vanban.reports.sign.SignatureBox;

import java.time.LocalDate;
import java.util.ArrayList;
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
        String number = issuer.getNumberingRule().unnumbered(document.getType().getAbbreviation(), issuer.getSymbol());
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

    /** The signers' spaces of a document rendered from {@link #of}: the signer's block, then the second signer's. */
    static List<SignaturePlace> signaturePlaces(Document document, RenderedDocument rendered) {
        List<SignaturePlace> places = new ArrayList<>();
        if (document.getSigner() != null) {
            rendered.signatureSpace(SignerSlot.FIRST).ifPresent(box -> places.add(place(document.getSigner(), box)));
        }
        if (document.getSecondSigner() != null) {
            rendered.signatureSpace(SignerSlot.SECOND).ifPresent(box -> places.add(place(document.getSecondSigner(), box)));
        }
        return places;
    }

    private static SignaturePlace place(UserAccount signer, SignatureBox box) {
        return new SignaturePlace(signer.getUsername(), box.pageIndex(), box.x(), box.y(), box.width(), box.height());
    }

    private static List<String> recipients(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
