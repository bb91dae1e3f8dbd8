package vn.vanban.reports.sign.longterm;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import vn.vanban.reports.sign.timestamp.TimestampAuthority;
import vn.vanban.reports.sign.timestamp.TimestampUnavailableException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Adds a document time-stamp (ISO 32000-2, 12.8.5; ETSI EN 319 142-1, 5.4.3): an incremental update with an invisible
 * signature field whose value is an RFC 3161 token over the whole file as it then is, but for the {@code /Contents}
 * string that holds the token. It is the archive time-stamp of PAdES B-LTA: it proves that the signatures and the
 * validation data in the document security store existed at its time, so that they can be checked after their
 * algorithms or the time-stamping authority's certificate have weakened or expired. Thread-safe.
 */
public class DocumentTimestamper {

    private static final COSName RFC3161 = COSName.getPDFName(SignatureCertificates.DOCUMENT_TIMESTAMP);
    /** A token carries the authority's signature and certificates: 3 to 8 KB, depending on its chain. */
    private static final int RESERVED_TOKEN_BYTES = 12_288;

    private final TimestampAuthority timestamps;

    public DocumentTimestamper(TimestampAuthority timestamps) {
        this.timestamps = Objects.requireNonNull(timestamps, "timestamps");
    }

    /**
     * @return the PDF with the time-stamp appended
     * @throws TimestampUnavailableException when the authority gives no token
     */
    public byte[] timestamp(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions();
             ByteArrayOutputStream stamped = new ByteArrayOutputStream(pdf.length + 2 * RESERVED_TOKEN_BYTES + 4_096)) {
            PDSignature timestamp = new PDSignature();
            timestamp.setType(COSName.DOC_TIME_STAMP);
            timestamp.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            timestamp.setSubFilter(RFC3161);
            options.setPreferredSignatureSize(RESERVED_TOKEN_BYTES);
            document.addSignature(timestamp, options);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(stamped);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(external.getContent().readAllBytes());
            external.setSignature(timestamps.timestampSha256(digest));
            return stamped.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot add the document time-stamp", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
