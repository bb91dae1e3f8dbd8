package vn.vanban.it;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Validators that know nothing of the portal but what it publishes: EU DSS and poppler's pdfsig, each trusting only
 * the root certificate (and revocation list) fetched from the portal's public addresses.
 */
public final class OutsideValidators {

    private OutsideValidators() {
    }

    /** DSS's verdict for each signature, by signer name, and why when it is not a pass. */
    public static Map<String, String> dss(byte[] pdf, byte[] rootCertificate, byte[] revocationList) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf, "signed.pdf"));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(DSSUtils.loadCertificate(rootCertificate).getCertificate()));
        verifier.setTrustedCertSources(trusted);
        verifier.setCrlSource(new ExternalResourcesCRLSource(new InMemoryDocument(revocationList)));
        verifier.setOcspSource(null);
        verifier.setAIASource(null);
        validator.setCertificateVerifier(verifier);
        SimpleReport report = validator.validateDocument().getSimpleReport();
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (String id : report.getSignatureIdList()) {
            Indication indication = report.getIndication(id);
            String why = indication == Indication.TOTAL_PASSED ? "" : " " + report.getAdESValidationErrors(id).stream()
                    .map(message -> message.getKey() + ": " + message.getValue()).toList();
            verdicts.put(report.getSignedBy(id), indication + why);
        }
        return verdicts;
    }

    /** What pdfsig says with the root installed in a fresh NSS database (certutil, from libnss3-tools). */
    public static String pdfsigTrusting(byte[] pdf, byte[] rootCertificate) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("vanban-nss");
        try {
            Path root = Files.write(directory.resolve("root.cer"), rootCertificate);
            Path file = Files.write(directory.resolve("signed.pdf"), pdf);
            String database = "sql:" + directory;
            run("certutil", "-N", "-d", database, "--empty-password");
            run("certutil", "-A", "-d", database, "-n", "vanban-root", "-t", "C,C,C", "-i", root.toString());
            return run("pdfsig", "-nssdir", database, file.toString());
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** The area, in square points, of each signature's widget, by signer name: 0 for an invisible signature. */
    public static Map<String, Float> signatureAreas(byte[] pdf) throws IOException {
        Map<String, Float> areas = new LinkedHashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignatureField field : document.getSignatureFields()) {
                PDRectangle rectangle = field.getWidgets().get(0).getRectangle();
                areas.put(field.getSignature().getName(),
                        rectangle == null ? 0f : rectangle.getWidth() * rectangle.getHeight());
            }
        }
        return areas;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + new String(output, StandardCharsets.UTF_8));
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}
