package vn.vanban.reports.sign;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.util.GregorianCalendar;

/**
 * Signs PDFs as PAdES baseline B-B: each signature is an incremental update of the file it is given, so a second
 * signer (the secretary after the chair, on minutes) leaves the first signature intact. A certifying signature also
 * declares that only further signatures are allowed (DocMDP, permission 2).
 */
public class PadesSigner {

    static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    private static final int RESERVED_SIGNATURE_BYTES = 16_384;
    private static final int FORM_FILLING_AND_SIGNING = 2;

    public byte[] sign(byte[] pdf, SigningKey key, SignatureRequest request) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream signed = new ByteArrayOutputStream()) {
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
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(RESERVED_SIGNATURE_BYTES);
            document.addSignature(signature, options);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(signed);
            external.setSignature(CadesSignatures.sign(external.getContent().readAllBytes(), key));
            options.close();
            return signed.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Signing failed", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing failed", e);
        }
    }

    /** The DocMDP transform of a certification signature (ISO 32000-1, 12.8.2.2). */
    private static void certify(PDDocument document, PDSignature signature) {
        COSDictionary transformParameters = new COSDictionary();
        transformParameters.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        transformParameters.setInt(COSName.P, FORM_FILLING_AND_SIGNING);
        transformParameters.setName(COSName.V, "1.2");

        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        reference.setItem(COSName.TRANSFORM_METHOD, COSName.DOCMDP);
        reference.setItem(COSName.DIGEST_METHOD, COSName.getPDFName("SHA256"));
        reference.setItem(COSName.TRANSFORM_PARAMS, transformParameters);

        COSArray references = new COSArray();
        references.add(reference);
        signature.getCOSObject().setItem(COSName.getPDFName("Reference"), references);

        COSDictionary permissions = new COSDictionary();
        permissions.setItem(COSName.DOCMDP, signature);
        document.getDocumentCatalog().getCOSObject().setItem(COSName.PERMS, permissions);
    }
}
