package vn.vanban.reports.sign;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import vn.vanban.reports.sign.timestamp.TimestampAuthority;
import vn.vanban.reports.sign.timestamp.TimestampUnavailableException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.GregorianCalendar;

/**
 * Signs PDFs as PAdES baseline B-B, or B-T when it has a time-stamping authority: each signature is an incremental
 * update of the file it is given, so a second signer (the secretary after the chair, on minutes) leaves the first
 * signature intact. A certifying signature also declares that only further signatures are allowed (DocMDP,
 * permission 2). A signature is invisible unless it is given a {@link SignatureAppearance}. Thread-safe.
 */
public class PadesSigner {

    static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    /**
     * What a CMS signature holds besides the signer's chain: the signed attributes, the signature value (512 bytes
     * for RSA-4096) and the structure around them, under 1 KB, with room to spare.
     */
    static final int SIGNER_INFO_ALLOWANCE = 4_096;
    /** A time-stamp token brings the TSA's signature and certificates: 3 to 8 KB, depending on its chain. */
    private static final int TIMESTAMP_TOKEN_ALLOWANCE = 20_480;
    private static final int FORM_FILLING_AND_SIGNING = 2;

    private final TimestampAuthority timestamps;

    /** Signs PAdES B-B. */
    public PadesSigner() {
        this(null);
    }

    /**
     * @param timestamps the authority whose token each signature gets (PAdES B-T); null for B-B. When it cannot
     *                   answer, signing fails with {@link TimestampUnavailableException}
     */
    public PadesSigner(TimestampAuthority timestamps) {
        this.timestamps = timestamps;
    }

    /** An invisible signature. */
    public byte[] sign(byte[] pdf, SigningKey key, SignatureRequest request) {
        return sign(pdf, key, request, null);
    }

    /**
     * @param appearance what the signature shows and where; null for an invisible signature
     * @throws TimestampUnavailableException when a time-stamping authority is configured and gives no token
     * @throws IllegalArgumentException      when the appearance's page is not in the document or an image is unreadable
     */
    public byte[] sign(byte[] pdf, SigningKey key, SignatureRequest request, SignatureAppearance appearance) {
        // The text font of a visible signature goes back only after the revision is saved: saving embeds its subset.
        try (SignatureOptions options = new SignatureOptions(); SignatureTextFont font = appearance == null ? null : SignatureTextFont.lend();
             PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream signed = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(CADES_DETACHED);
            signature.setName(request.signerName());
            signature.setReason(request.reason());
            signature.setLocation(request.location());
            signature.setSignDate(GregorianCalendar.from(request.signingTime()));
            if (request.certifying()) {
                certify(document, signature);
            }
            options.setPreferredSignatureSize(reservedBytes(key));
            int page = appearance == null ? 0 : appearance.box().pageIndex();
            if (page >= document.getNumberOfPages()) {
                throw new IllegalArgumentException("The signature box is on page index " + page
                        + " of a document with " + document.getNumberOfPages() + " pages");
            }
            options.setPage(page);
            document.addSignature(signature, options);
            if (appearance != null) {
                // PDFBox gives a signature without a visual template an empty widget: it is drawn here, in the
                // document itself, rather than in a template document saved and parsed again for every signature.
                SignatureWidget.draw(document, document.getPage(page), widgetOf(document, signature), font.font(),
                        appearance, request);
            }
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(signed);
            external.setSignature(CadesSignatures.sign(external.getContent().readAllBytes(), key, timestamps));
            return signed.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Signing failed", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing failed", e);
        }
    }

    /**
     * The room the signature's contents get in the file, sized after the signer's chain: every byte reserved is
     * written twice as hex into every copy a member downloads, and a fixed 16 KB was 32 KB of zeros per signature.
     */
    private int reservedBytes(SigningKey key) throws CertificateEncodingException {
        int chain = 0;
        for (X509Certificate certificate : key.chain()) {
            chain += certificate.getEncoded().length;
        }
        return chain + SIGNER_INFO_ALLOWANCE + (timestamps == null ? 0 : TIMESTAMP_TOKEN_ALLOWANCE);
    }

    private static PDAnnotationWidget widgetOf(PDDocument document, PDSignature signature) throws IOException {
        for (PDSignatureField field : document.getSignatureFields()) {
            if (field.getCOSObject().getDictionaryObject(COSName.V) == signature.getCOSObject()) {
                return field.getWidgets().get(0);
            }
        }
        throw new IllegalStateException("PDFBox added no field for the signature");
    }

    /**
     * The DocMDP transform of a certification signature (ISO 32000-1, 12.8.2.2), without a DigestMethod: PDF/A-2
     * (6.1.12) forbids the digest keys in a signature reference, and the byte range already says what is signed.
     */
    private static void certify(PDDocument document, PDSignature signature) {
        COSDictionary transformParameters = new COSDictionary();
        transformParameters.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        transformParameters.setInt(COSName.P, FORM_FILLING_AND_SIGNING);
        transformParameters.setName(COSName.V, "1.2");

        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        reference.setItem(COSName.TRANSFORM_METHOD, COSName.DOCMDP);
        reference.setItem(COSName.TRANSFORM_PARAMS, transformParameters);

        COSArray references = new COSArray();
        references.add(reference);
        signature.getCOSObject().setItem(COSName.getPDFName("Reference"), references);

        COSDictionary permissions = new COSDictionary();
        permissions.setItem(COSName.DOCMDP, signature);
        document.getDocumentCatalog().getCOSObject().setItem(COSName.PERMS, permissions);
    }
}
