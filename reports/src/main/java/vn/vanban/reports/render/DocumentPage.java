package vn.vanban.reports.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a rendered document needs, and nothing of where it came from: the engine's own input model, so that it
 * depends on no entity and can be tested alone.
 *
 * @param partyLayout    the Party layout (ĐẢNG CỘNG SẢN VIỆT NAM) or the state layout (national motto)
 * @param parentBody     the body above the issuer, e.g. {@code QUẬN ỦY LONG BIÊN}; may be null
 * @param issuerName     the issuing body, e.g. {@code BAN CHỈ ĐẠO ...}
 * @param numberText     {@code Số 12-TB/BCĐ} or {@code Số: 12/TB-UBND}
 * @param placeName      for the date line
 * @param issueDate      for the date line
 * @param typeTitle      {@code THÔNG BÁO}; blank for letters (công văn), which carry no title
 * @param summary        the summary line (trích yếu)
 * @param bodyHtml       sanitised rich text
 * @param signingCapacity {@code T/M BAN CHỈ ĐẠO}, may be null
 * @param signerPosition {@code TRƯỞNG BAN}
 * @param signerName     the signer's full name
 * @param recipients     one line each ({@code - Lưu VP.})
 * @param verificationUrl where anybody can check that the PDF is genuine; null for working reports
 * @param secondSignerPosition minutes only: {@code THƯ KÝ}, printed left of the chair's block; null otherwise
 * @param secondSignerName     minutes only: the secretary's full name
 */
public record DocumentPage(boolean partyLayout, String parentBody, String issuerName, String numberText,
                           String placeName, LocalDate issueDate, String typeTitle, String summary, String bodyHtml,
                           String signingCapacity, String signerPosition, String signerName, List<String> recipients,
                           String verificationUrl, String secondSignerPosition, String secondSignerName) {

    public DocumentPage {
        Objects.requireNonNull(issuerName, "issuerName");
        Objects.requireNonNull(placeName, "placeName");
        Objects.requireNonNull(issueDate, "issueDate");
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** A document with one signer. */
    public DocumentPage(boolean partyLayout, String parentBody, String issuerName, String numberText,
                        String placeName, LocalDate issueDate, String typeTitle, String summary, String bodyHtml,
                        String signingCapacity, String signerPosition, String signerName, List<String> recipients,
                        String verificationUrl) {
        this(partyLayout, parentBody, issuerName, numberText, placeName, issueDate, typeTitle, summary, bodyHtml,
                signingCapacity, signerPosition, signerName, recipients, verificationUrl, null, null);
    }

    public boolean hasSecondSigner() {
        return secondSignerName != null && !secondSignerName.isBlank();
    }
}
