package vn.vanban.bench.search;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.vanban.infrastructure.ocr.Tesseract;
import vn.vanban.reports.render.DocumentPage;
import vn.vanban.reports.render.PdfRenderer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Text recognition of a scanned incoming document: the portal renders a one-page A4 notice of Vietnamese text (the
 * seed's conclusions), {@code pdftoppm} rasterises it at 300 dpi in greyscale as a scanner would, and Tesseract reads
 * it with the portal's own runner ({@code -l vie}, one thread). Prints the time per page and the character accuracy
 * against the text of the rendered PDF (1 − edit distance / length, whitespace collapsed). Not a test.
 * <p>
 * {@code mvn -q -pl bench -am package -DskipTests -Pbench -Dbench.main=vn.vanban.bench.search.OcrBenchmark}
 * (see docs/benchmarks.md); {@code -Dbench.runs=N}.
 */
public final class OcrBenchmark {

    private static final String BODY = """
            <p>Chiều ngày 19/3/2019, Ban chỉ đạo xây dựng Đảng và đoàn thể nhân dân trong các doanh nghiệp ngoài khu vực \
            Nhà nước tổ chức giao ban nhằm đánh giá kết quả triển khai, thực hiện nhiệm vụ trong quý I, triển khai \
            nhiệm vụ quý II năm 2019.</p>
            <p>Hội nghị đã nghe báo cáo kết quả thực hiện Nghị quyết 09-NQ/TU của Thành ủy trên địa bàn quận quý I, \
            nhiệm vụ trọng tâm quý II năm 2019; tổng hợp danh sách các doanh nghiệp ngoài khu vực Nhà nước trên địa bàn \
            quận hiện có từ 1-3 đảng viên đang làm việc trong doanh nghiệp.</p>
            <p>1. Khảo sát, đánh giá tình hình hoạt động và cơ cấu tổ chức của một số chi bộ cơ sở trực thuộc quận ủy \
            báo cáo Ban Thường vụ Quận ủy quyết định chuyển giao về trực thuộc Đảng bộ Khối doanh nghiệp cho phù hợp \
            với mô hình tổ chức và yêu cầu thực tiễn.</p>
            <p>2. Thành viên Ban chỉ đạo căn cứ Thông báo phân công nhiệm vụ, chủ động phối hợp Đảng ủy các phường được \
            phân công theo dõi thực hiện việc tuyên truyền, rà soát, gặp gỡ, vận động thành lập tổ chức đảng trong \
            doanh nghiệp ngoài khu vực nhà nước có đảng viên, phấn đấu quý II thành lập từ 02-03 tổ chức đảng.</p>
            <p>3. Tiếp tục hướng dẫn tổ chức Đảng trong doanh nghiệp ngoài khu vực Nhà nước thực hiện các giải pháp \
            nhằm nâng cao chất lượng sinh hoạt chi bộ; chất lượng công tác phát triển đảng viên mới.</p>
            """;

    private OcrBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        DocumentPage page = new DocumentPage(true, "QUẬN ỦY LONG BIÊN", "BAN CHỈ ĐẠO XÂY DỰNG ĐẢNG", "Số 12-TB/BCĐ",
                "Long Biên", LocalDate.of(2019, 3, 19), "THÔNG BÁO", "Kết luận của đồng chí Trưởng Ban chỉ đạo", BODY,
                "T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Nguyễn Huy Thắng", List.of("- Các đồng chí thành viên,", "- Lưu VP."),
                "https://vanban.example.vn/xac-thuc/1");
        byte[] pdf = new PdfRenderer().render(page);
        Path work = Files.createTempDirectory("ocr-bench");
        Path file = work.resolve("page.pdf");
        Files.write(file, pdf);
        String source;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            source = stripper.getText(document);
        }
        Process rasterise = new ProcessBuilder("pdftoppm", "-r", "300", "-gray", "-png", "-f", "1", "-l", "1",
                "-singlefile", file.toString(), work.resolve("page").toString()).inheritIO().start();
        if (rasterise.waitFor() != 0) {
            throw new IllegalStateException("pdftoppm failed");
        }
        Path image = work.resolve("page.png");
        Tesseract tesseract = new Tesseract("tesseract", "vie", Duration.ofMinutes(5));
        tesseract.recognise(image);
        double[] millis = new double[runs];
        String read = "";
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            read = tesseract.recognise(image);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        String expected = normalised(source);
        String recognised = normalised(read);
        int distance = editDistance(expected, recognised);
        System.out.printf(Locale.ROOT, "one A4 page at 300 dpi greyscale (%d KB PNG, %d characters of text), %s, %d runs"
                        + " after 1: median %.0f ms, min %.0f ms, max %.0f ms per page%n", Files.size(image) / 1024,
                expected.length(), version(), runs, millis[runs / 2], millis[0], millis[runs - 1]);
        System.out.printf(Locale.ROOT, "character accuracy: %.2f %% (%d edits over %d characters); words of the text"
                        + " found: %.1f %%%n", 100.0 * (1 - (double) distance / expected.length()), distance,
                expected.length(), wordsFound(expected, recognised));
    }

    private static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    private static double wordsFound(String expected, String recognised) {
        List<String> words = Arrays.asList(expected.split(" "));
        List<String> read = Arrays.asList(recognised.split(" "));
        return 100.0 * words.stream().filter(read::contains).count() / words.size();
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String version() throws Exception {
        Process process = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
        String first = new String(process.getInputStream().readAllBytes()).lines().findFirst().orElse("tesseract");
        process.waitFor();
        return first;
    }
}
