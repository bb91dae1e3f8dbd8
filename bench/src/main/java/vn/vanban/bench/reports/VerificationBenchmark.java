package vn.vanban.bench.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.vanban.reports.sign.Minutes;
import vn.vanban.reports.sign.PadesSigner;
import vn.vanban.reports.sign.SignatureAppearance;
import vn.vanban.reports.sign.SigningKey;
import vn.vanban.reports.sign.development.DevelopmentCertificates;
import vn.vanban.reports.verify.PdfSignatureVerifier;
import vn.vanban.reports.verify.SignatureReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Prints how long verifying signed minutes takes on a warm JVM (median and 90th percentile of {@code runs} after
 * {@code warmup}), each file signed visibly by the chair and then the secretary, so that the chair's revision is
 * loaded on its own and compared page by page with the whole file: the one-page minutes; the minutes with 21
 * scanned appendix pages of incompressible images, just under the portal's 20 MB limit; and minutes of 1,000
 * pages. Not a test: run it with {@code mvn -q -pl bench -am package -DskipTests -Pbench
 * -Dbench.main=vn.vanban.bench.reports.VerificationBenchmark}.
 */
public final class VerificationBenchmark {

    /** A grey A4 scan at 100 dpi is about 1 MB of pixels; noise keeps Flate from making it smaller. */
    private static final int SCAN_WIDTH = 827;
    private static final int SCAN_HEIGHT = 1169;
    private static final int SCANNED_PAGES = 21;
    private static final int LONG_MINUTES_PAGES = 1_000;

    private VerificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        DevelopmentCertificates ca = DevelopmentCertificates.newRoot(Minutes.ORGANISATION);
        SigningKey chair = ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION);
        SigningKey secretary = ca.issueSigner(Minutes.SECRETARY, Minutes.ORGANISATION);
        byte[] minutes = Minutes.rendered();
        SignatureAppearance chairs = Minutes.chairAppearance(minutes);
        SignatureAppearance secretarys = Minutes.secretaryAppearance();
        PadesSigner signer = new PadesSigner();
        PdfSignatureVerifier verifier = new PdfSignatureVerifier(List.of(ca.root()));

        for (Case file : List.of(new Case("one-page minutes", minutes),
                new Case(SCANNED_PAGES + " scanned pages of incompressible images", withScannedPages(minutes)),
                new Case(LONG_MINUTES_PAGES + " pages", withPages(minutes, LONG_MINUTES_PAGES)))) {
            byte[] once = signer.sign(file.pdf(), chair, Minutes.chairRequest(), chairs);
            byte[] twice = signer.sign(once, secretary, Minutes.secretaryRequest(), secretarys);
            measure("verify " + file.name() + ", signed twice", warmup, runs, twice, verifier);
        }
    }

    private static void measure(String what, int warmup, int runs, byte[] pdf, PdfSignatureVerifier verifier)
            throws Exception {
        List<SignatureReport> reports = null;
        for (int i = 0; i < warmup; i++) {
            reports = verifier.verify(pdf);
        }
        long[] micros = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            reports = verifier.verify(pdf);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf("%-62s median %7.1f ms, p90 %7.1f ms, min %7.1f ms (%d runs after %d warm-up; %.1f MB; %s)%n",
                what, micros[runs / 2] / 1000.0, micros[runs * 9 / 10] / 1000.0, micros[0] / 1000.0, runs, warmup,
                pdf.length / 1024.0 / 1024.0,
                reports.stream().map(r -> r.modification() + " " + r.level()).toList());
    }

    /** The minutes followed by pages that each show one scanned image of its own. */
    private static byte[] withScannedPages(byte[] minutes) throws IOException {
        Random noise = new Random(19);
        try (PDDocument document = Loader.loadPDF(minutes)) {
            for (int i = 0; i < SCANNED_PAGES; i++) {
                byte[] pixels = new byte[SCAN_WIDTH * SCAN_HEIGHT];
                noise.nextBytes(pixels);
                COSStream image = document.getDocument().createCOSStream();
                try (OutputStream out = image.createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(pixels);
                }
                image.setItem(COSName.TYPE, COSName.XOBJECT);
                image.setItem(COSName.SUBTYPE, COSName.IMAGE);
                image.setInt(COSName.WIDTH, SCAN_WIDTH);
                image.setInt(COSName.HEIGHT, SCAN_HEIGHT);
                image.setInt(COSName.BITS_PER_COMPONENT, 8);
                image.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(new PDImageXObject(new PDStream(image), null), 0, 0, PDRectangle.A4.getWidth(),
                            PDRectangle.A4.getHeight());
                }
            }
            return saved(document);
        }
    }

    /** The minutes' page repeated: page dictionaries of their own, drawing the same content. */
    private static byte[] withPages(byte[] minutes, int pages) throws IOException {
        try (PDDocument document = Loader.loadPDF(minutes)) {
            COSDictionary first = document.getPage(0).getCOSObject();
            for (int i = 1; i < pages; i++) {
                COSDictionary copy = new COSDictionary();
                copy.setItem(COSName.TYPE, COSName.PAGE);
                for (COSName key : List.of(COSName.MEDIA_BOX, COSName.CONTENTS, COSName.RESOURCES)) {
                    copy.setItem(key, first.getItem(key));
                }
                document.addPage(new PDPage(copy));
            }
            return saved(document);
        }
    }

    private static byte[] saved(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private record Case(String name, byte[] pdf) {
    }
}
