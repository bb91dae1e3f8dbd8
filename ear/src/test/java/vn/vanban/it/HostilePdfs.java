package vn.vanban.it;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** PDFs written to hurt a parser: loops, lies about lengths, bombs, nesting, encryption, truncation, noise. */
public final class HostilePdfs {

    private HostilePdfs() {
    }

    /** A PDF of the given objects, numbered from 1 (the first is the catalog), with a classic cross-reference. */
    public static byte[] of(String... objects) {
        StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append("%010d 00000 n \n".formatted(offset)));
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return latin1(pdf.toString());
    }

    public static byte[] valid() {
        return of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    }

    public static byte[] referenceLoop() {
        return of("2 0 R", "1 0 R");
    }

    public static byte[] pageTreeLoop() {
        return of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>");
    }

    public static byte[] signatureFieldLoop() {
        return of("<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R] >> >>",
                "<< /Type /Pages /Kids [] /Count 0 >>", "<< /FT /Sig /T (a) /Kids [3 0 R] /Parent 3 0 R >>");
    }

    public static byte[] gigabyteLength() {
        return of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>",
                "<< /Length 1073741824 >>\nstream\nabc\nendstream");
    }

    public static byte[] signatureWithGigabyteRange() {
        return of("<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R] >> >>",
                "<< /Type /Pages /Kids [] /Count 0 >>", "<< /FT /Sig /T (s) /V 4 0 R >>",
                "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [0 1073741824 1073741900 1073741824] /Contents <3082> >>");
    }

    public static byte[] fieldsNestedDeep(int depth) {
        String[] objects = new String[depth + 2];
        objects[0] = "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R] >> >>";
        objects[1] = "<< /Type /Pages /Kids [] /Count 0 >>";
        for (int i = 2; i < objects.length; i++) {
            objects[i] = i + 1 < objects.length ? "<< /T (f" + i + ") /Kids [" + (i + 2) + " 0 R] >>" : "<< /FT /Sig /T (z) >>";
        }
        return of(objects);
    }

    /** A cross-reference stream of a megabyte that inflates to a gigabyte of zeros. */
    public static byte[] crossReferenceBomb() {
        byte[] bomb = deflatedZeros(1024);
        String head = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(latin1(head + "3 0 obj\n<< /Type /XRef /Size 4 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length "
                + bomb.length + " >>\nstream\n"));
        pdf.writeBytes(bomb);
        pdf.writeBytes(latin1("\nendstream\nendobj\nstartxref\n" + head.length() + "\n%%EOF\n"));
        return pdf.toByteArray();
    }

    /** A content stream that inflates to a gigabyte: nobody needs to inflate it to check signatures. */
    public static byte[] contentBomb() {
        byte[] bomb = deflatedZeros(1024);
        byte[] prefix = latin1("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
                + "4 0 obj\n<< /Filter /FlateDecode /Length " + bomb.length + " >>\nstream\n");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(prefix);
        pdf.writeBytes(bomb);
        pdf.writeBytes(latin1("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"));
        return pdf.toByteArray();
    }

    public static byte[] hugeCrossReference() {
        return latin1("%PDF-1.7\nxref\n0 2000000000\ntrailer\n<< /Size 2000000000 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n");
    }

    public static byte[] encrypted() {
        try (PDDocument document = Loader.loadPDF(valid()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", "mat-khau", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] truncated(byte[] pdf) {
        return Arrays.copyOf(pdf, pdf.length / 2);
    }

    /** {@code size} bytes of noise behind a PDF header. */
    public static byte[] noise(int size) {
        byte[] noise = new byte[size];
        new Random(7).nextBytes(noise);
        System.arraycopy(latin1("%PDF-1.7\n"), 0, noise, 0, 9);
        return noise;
    }

    private static byte[] deflatedZeros(int megabytes) {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                out.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deflated.toByteArray();
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
