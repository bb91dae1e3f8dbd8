package vn.vanban.reports.render;

/**
 * Lays a {@link DocumentPage} out as XHTML in the format of Party documents (Hướng dẫn 36-HD/VPTW) or, for state
 * issuers, of Decree 30/2020: header of two columns, type and summary centred, justified body, recipients on the
 * left and the signature block on the right, and the verification QR code.
 */
final class DocumentXhtml {

    private static final String CSS = Templates.css("document.css");
    static final String DRAFT_MARK = "DỰ THẢO";

    private DocumentXhtml() {
    }

    static String of(DocumentPage page) {
        return of(page, false);
    }

    /**
     * @param draft whether to mark every page {@code DỰ THẢO} across its middle: a preview of a draft, which must
     *              never pass for the issued document
     */
    static String of(DocumentPage page, boolean draft) {
        StringBuilder x = new StringBuilder(8192);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head>")
                .append("<meta charset=\"UTF-8\"/><title>").append(Xml.text(title(page))).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(Xml.text(page.summary())).append("\"/>")
                .append("<meta name=\"author\" content=\"").append(Xml.text(page.issuerName())).append("\"/>")
                .append("<meta name=\"keywords\" content=\"").append(Xml.text(page.numberText())).append("\"/>")
                .append("<style>").append(CSS).append("</style></head><body>");
        if (draft) {
            x.append("<div class=\"draft-mark\">").append(DRAFT_MARK).append("</div>");
        }
        header(x, page);
        if (page.typeTitle() != null && !page.typeTitle().isBlank()) {
            x.append("<div class=\"type\">").append(Xml.text(page.typeTitle())).append("</div>");
            x.append("<div class=\"summary\">").append(Xml.text(page.summary())).append("</div>");
            x.append("<div class=\"summary-rule\">-----</div>");
        } else {
            x.append("<div class=\"letter-summary\">V/v ").append(Xml.text(page.summary())).append("</div>");
        }
        x.append("<div class=\"body\">").append(Xml.fragment(page.bodyHtml())).append("</div>");
        footer(x, page);
        x.append("</body></html>");
        return x.toString();
    }

    private static String title(DocumentPage page) {
        String type = page.typeTitle() == null ? "" : page.typeTitle() + " ";
        return (page.numberText() == null ? "" : page.numberText() + " ") + type + page.summary();
    }

    private static void header(StringBuilder x, DocumentPage page) {
        x.append(page.partyLayout() ? "<table class=\"header\">" : "<table class=\"header state\">")
                .append("<tr><td class=\"issuer\">");
        if (page.parentBody() != null && !page.parentBody().isBlank()) {
            x.append("<div class=\"parent\">").append(Xml.text(page.parentBody())).append("</div>");
        }
        x.append("<div class=\"issuer-name\">").append(Xml.text(page.issuerName())).append("</div>");
        x.append(page.partyLayout() ? "<div class=\"star\">*</div>" : "<div class=\"issuer-rule\"></div>");
        if (page.numberText() != null && !page.numberText().isBlank()) {
            x.append("<div class=\"number\">").append(Xml.text(page.numberText())).append("</div>");
        }
        x.append("</td><td class=\"motto\">");
        if (page.partyLayout()) {
            x.append("<div class=\"party\">ĐẢNG CỘNG SẢN VIỆT NAM</div>");
        } else {
            x.append("<div class=\"nation\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>")
                    .append("<div class=\"motto-line\">Độc lập - Tự do - Hạnh phúc</div>");
        }
        x.append("<div class=\"date\">")
                .append(Xml.text(VietnameseDates.placeAndDate(page.placeName(), page.issueDate()))).append("</div>");
        x.append("</td></tr></table>");
    }

    /**
     * The signature blocks, recipients and verification footer, kept on one page: the footer alone on a page would
     * leave a reader with a QR code and no signature, and a block split from its name cannot carry a visible one.
     */
    private static void footer(StringBuilder x, DocumentPage page) {
        x.append("<div class=\"closing\">");
        if (page.hasSecondSigner()) {
            twoSignatures(x, page);
        } else {
            x.append("<table class=\"footer\"><tr><td class=\"recipients\">");
            recipients(x, page);
            x.append("</td><td class=\"signature\">");
            signature(x, SignerSlot.FIRST, page.signingCapacity(), page.signerPosition(), page.signerName());
            x.append("</td></tr></table>");
        }
        if (page.verificationUrl() != null) {
            x.append("<table class=\"verify\"><tr><td class=\"qr\"><object type=\"").append(QrCodeDrawer.TYPE)
                    .append("\" data=\"").append(Xml.text(page.verificationUrl())).append("\"></object></td><td>")
                    .append("Kiểm tra tính xác thực của văn bản: ").append(Xml.text(page.verificationUrl()))
                    .append("</td></tr></table>");
        }
        x.append("</div>");
    }

    /** Minutes: the secretary on the left, the chair on the right, the recipients underneath. */
    private static void twoSignatures(StringBuilder x, DocumentPage page) {
        x.append("<table class=\"footer\"><tr><td class=\"signature\">");
        // A blank line where the chair's block has its capacity, so that the two names stand on one line.
        boolean chairHasCapacity = page.signingCapacity() != null && !page.signingCapacity().isBlank();
        signature(x, SignerSlot.SECOND, chairHasCapacity ? "\u00A0" : null, page.secondSignerPosition(),
                page.secondSignerName());
        x.append("</td><td class=\"signature\">");
        signature(x, SignerSlot.FIRST, page.signingCapacity(), page.signerPosition(), page.signerName());
        x.append("</td></tr><tr><td class=\"recipients\" colspan=\"2\">");
        recipients(x, page);
        x.append("</td></tr></table>");
    }

    private static void recipients(StringBuilder x, DocumentPage page) {
        if (!page.recipients().isEmpty()) {
            x.append("<div class=\"recipients-title\">Nơi nhận:</div>");
            for (String line : page.recipients()) {
                x.append("<div>").append(Xml.text(line)).append("</div>");
            }
        }
    }

    private static void signature(StringBuilder x, SignerSlot slot, String capacity, String position, String name) {
        if (capacity != null && !capacity.isBlank()) {
            x.append("<div class=\"capacity\">").append(Xml.text(capacity)).append("</div>");
        }
        x.append("<div class=\"position\">").append(Xml.text(position)).append("</div>");
        x.append("<div class=\"signature-space\" id=\"").append(slot.spaceId()).append("\"></div>");
        x.append("<div class=\"signer\" id=\"").append(slot.nameId()).append("\">").append(Xml.text(name)).append("</div>");
    }
}
