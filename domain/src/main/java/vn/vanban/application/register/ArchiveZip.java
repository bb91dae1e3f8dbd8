package vn.vanban.application.register;

import vn.vanban.application.document.PdfFileNames;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP of files handed over for keeping: each file under a name of its own, and last a list of the contents with
 * each file's size and SHA-256, so that whoever receives it can check that nothing was changed on the way.
 */
final class ArchiveZip implements Closeable {

    static final String CONTENTS = "danh-muc-tep.csv";
    /** Long enough for a number and a summary, short enough for the path limits of the desktops that unpack it. */
    static final int MAX_NAME = 150;

    record Item(String name, long bytes, String sha256) {
    }

    private final ZipOutputStream zip;
    private final Set<String> taken = new HashSet<>();
    private final List<Item> items = new ArrayList<>();

    ArchiveZip(OutputStream out) {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // PDFs are compressed already: the fastest level keeps the time on copying, not on squeezing.
        zip.setLevel(Deflater.BEST_SPEED);
    }

    /** Adds {@code content} under {@code name}, or a numbered variant of it if the name is taken. */
    Item add(String name, InputStream content) throws IOException {
        String unique = unique(PdfFileNames.safe(name));
        zip.putNextEntry(new ZipEntry(unique));
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[64 * 1024];
        long bytes = 0;
        for (int n; (n = content.read(buffer)) > 0; bytes += n) {
            zip.write(buffer, 0, n);
            sha256.update(buffer, 0, n);
        }
        zip.closeEntry();
        Item item = new Item(unique, bytes, HexFormat.of().formatHex(sha256.digest()));
        items.add(item);
        return item;
    }

    /** Writes the list of contents (CSV, UTF-8 with a BOM for Excel) and ends the archive. */
    void finish() throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFFSTT,Tệp,Số byte,SHA-256\r\n");
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            csv.append(i + 1).append(',').append(RegisterCsv.quoted(item.name())).append(',')
                    .append(item.bytes()).append(',').append(item.sha256()).append("\r\n");
        }
        zip.putNextEntry(new ZipEntry(CONTENTS));
        zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    List<Item> items() {
        return List.copyOf(items);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private String unique(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot) : "";
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (stem.isEmpty()) {
            stem = "tep";
        }
        for (int copy = 1; ; copy++) {
            String suffix = copy == 1 ? "" : " (" + copy + ")";
            String candidate = shortened(stem, MAX_NAME - extension.length() - suffix.length()) + suffix + extension;
            if (taken.add(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
    }

    private static String shortened(String stem, int max) {
        if (stem.length() <= max) {
            return stem;
        }
        int end = Character.isLowSurrogate(stem.charAt(max)) ? max - 1 : max;
        return stem.substring(0, end).strip();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
