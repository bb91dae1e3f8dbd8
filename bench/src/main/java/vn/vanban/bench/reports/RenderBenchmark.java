package vn.vanban.bench.reports;

import vn.vanban.reports.render.DocumentPage;
import vn.vanban.reports.render.PdfRenderer;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Prints how long rendering a two-page notice to PDF/A-2b takes on a warm JVM (median and 90th percentile of
 * {@code runs} renders after {@code warmup}). Not a test: run it with
 * {@code mvn -q -pl bench -am package -DskipTests -Pbench -Dbench.main=vn.vanban.bench.reports.RenderBenchmark}.
 */
public final class RenderBenchmark {

    private RenderBenchmark() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        String paragraph = "<p>Thành viên Ban chỉ đạo căn cứ Thông báo phân công nhiệm vụ, chủ động phối hợp Đảng ủy các phường "
                + "theo dõi việc tuyên truyền, rà soát, gặp gỡ, vận động thành lập tổ chức đảng trong doanh nghiệp ngoài khu "
                + "vực Nhà nước có đảng viên; phấn đấu quý II thành lập từ 02-03 tổ chức đảng.</p>";
        DocumentPage page = new DocumentPage(true, "QUẬN ỦY LONG BIÊN",
                "BAN CHỈ ĐẠO XÂY DỰNG TỔ CHỨC ĐẢNG, ĐOÀN THỂ TRONG DOANH NGHIỆP NGOÀI KHU VỰC NHÀ NƯỚC", "Số 01-TB/BCĐ",
                "Long Biên", LocalDate.of(2026, 3, 19), "THÔNG BÁO",
                "Kết luận của đồng chí Trưởng Ban chỉ đạo tại hội nghị giao ban quý I năm 2026", paragraph.repeat(14),
                "T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Trần Văn Hưng",
                List.of("- Thường trực Quận ủy (để b/c),", "- Các đồng chí thành viên BCĐ,", "- Lưu VP."),
                "http://localhost:8080/verify.xhtml?document=1");
        PdfRenderer renderer = new PdfRenderer();
        byte[] pdf = null;
        for (int i = 0; i < warmup; i++) {
            pdf = renderer.render(page);
        }
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            pdf = renderer.render(page);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("render 2-page notice to PDF/A-2b: median %d ms, p90 %d ms, min %d ms (%d runs after %d warm-up; %d bytes)%n",
                millis[runs / 2], millis[runs * 9 / 10], millis[0], runs, warmup, pdf.length);
    }
}
