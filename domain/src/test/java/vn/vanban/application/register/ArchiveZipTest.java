package vn.vanban.application.register;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveZipTest {

    @Test
    void everyFileIsInTheArchiveAndListedWithItsSizeAndSha256() throws Exception {
        byte[] first = "%PDF-1.7 một".getBytes(StandardCharsets.UTF_8);
        byte[] second = new byte[200_000];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArchiveZip zip = new ArchiveZip(out)) {
            zip.add("12-TB_BCĐ Về việc giao ban.pdf", new ByteArrayInputStream(first));
            zip.add("Sổ đăng ký.pdf", new ByteArrayInputStream(second));
            zip.finish();
        }

        Map<String, byte[]> entries = unzip(out.toByteArray());
        assertThat(entries.keySet()).containsExactly("12-TB_BCĐ Về việc giao ban.pdf", "Sổ đăng ký.pdf", ArchiveZip.CONTENTS);
        assertThat(entries.get("12-TB_BCĐ Về việc giao ban.pdf")).isEqualTo(first);
        assertThat(entries.get("Sổ đăng ký.pdf")).isEqualTo(second);
        assertThat(new String(entries.get(ArchiveZip.CONTENTS), StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFSTT,Tệp,Số byte,SHA-256\r\n"
                        + "1,12-TB_BCĐ Về việc giao ban.pdf," + first.length + "," + sha256(first) + "\r\n"
                        + "2,Sổ đăng ký.pdf,200000," + sha256(second) + "\r\n");
    }

    @Test
    void sameNamesAreNumberedWhateverTheirCase() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> names = new ArrayList<>();
        try (ArchiveZip zip = new ArchiveZip(out)) {
            names.add(zip.add("van-ban-7 Báo cáo.pdf", empty()).name());
            names.add(zip.add("VAN-BAN-7 BÁO CÁO.pdf", empty()).name());
            names.add(zip.add("van-ban-7 Báo cáo.pdf", empty()).name());
            zip.finish();
        }
        assertThat(names).containsExactly("van-ban-7 Báo cáo.pdf", "VAN-BAN-7 BÁO CÁO (2).pdf", "van-ban-7 Báo cáo (3).pdf");
        assertThat(unzip(out.toByteArray())).containsKeys(names.toArray(String[]::new));
    }

    @Test
    void longAndHostileNamesAreShortenedAndCannotLeaveTheArchive() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String longName;
        String traversal;
        try (ArchiveZip zip = new ArchiveZip(out)) {
            longName = zip.add("12-KL_BCĐ " + "Kết luận của Ban chỉ đạo ".repeat(20) + ".pdf", empty()).name();
            traversal = zip.add("../../etc/passwd\u202Efdp.pdf", empty()).name();
            zip.finish();
        }
        assertThat(longName).hasSizeLessThanOrEqualTo(ArchiveZip.MAX_NAME).startsWith("12-KL_BCĐ Kết luận").endsWith(".pdf");
        assertThat(traversal).doesNotContain("/", "\\", "\u202E").isEqualTo(".._.._etc_passwd_fdp.pdf");
    }

    private static ByteArrayInputStream empty() {
        return new ByteArrayInputStream(new byte[0]);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
