package vn.vanban.reports.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseLineBreakerTest {

    private final VietnameseLineBreaker breaker = new VietnameseLineBreaker();

    /** The text cut at every break opportunity; a line may end after any piece. */
    private List<String> pieces(String text) {
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int end = breaker.next(); end >= 0; end = breaker.next()) {
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }

    @Test
    void breaksAfterEverySpaceOfOrdinaryText() {
        assertThat(pieces("Ban chỉ đạo phân công đồng chí Lan theo dõi phường Bồ Đề."))
                .containsExactly("Ban ", "chỉ ", "đạo ", "phân ", "công ", "đồng ", "chí ", "Lan ", "theo ", "dõi ",
                        "phường ", "Bồ ", "Đề.");
    }

    @Test
    void givesTheOffsetsOfTheOpportunitiesAndThenMinusOne() {
        breaker.setText("ngày 04/7/2017 tại");

        assertThat(List.of(breaker.next(), breaker.next(), breaker.next())).containsExactly(15, 18, -1);
    }

    @Test
    void keepsADateWithTheWordNgàyBeforeIt() {
        assertThat(pieces("Kế hoạch ban hành ngày 04/7/2017 tại Hà Nội"))
                .containsExactly("Kế ", "hoạch ", "ban ", "hành ", "ngày 04/7/2017 ", "tại ", "Hà ", "Nội");
    }

    @Test
    void keepsDatesWithAndWithoutLeadingZeros() {
        assertThat(pieces("họp sáng 19/3/2019, chiều 19/03/2019"))
                .containsExactly("họp ", "sáng ", "19/3/2019, ", "chiều ", "19/03/2019");
    }

    @Test
    void keepsAMonthWithItsYear() {
        assertThat(pieces("đến 7/2017 và tháng 12/2018 xong")).containsExactly("đến ", "7/2017 ", "và ", "tháng 12/2018 ", "xong");
    }

    @Test
    void keepsANumberRangeWhicheverDashJoinsIt() {
        assertThat(pieces("từ 02-03 tổ chức, 2-3 chi bộ, 2–3 đảng viên"))
                .containsExactly("từ ", "02-03 ", "tổ ", "chức, ", "2-3 ", "chi ", "bộ, ", "2–3 ", "đảng ", "viên");
    }

    @Test
    void keepsAPartyDocumentNumberWithTheWordSốBeforeIt() {
        assertThat(pieces("theo Thông báo Số 09-TB/BCĐ của Ban"))
                .containsExactly("theo ", "Thông ", "báo ", "Số 09-TB/BCĐ ", "của ", "Ban");
        assertThat(pieces("Nghị quyết số 09-NQ/TU, Hướng dẫn 36-HD/VPTW, Quy định 399-QĐ/TW."))
                .containsExactly("Nghị ", "quyết ", "số 09-NQ/TU, ", "Hướng ", "dẫn ", "36-HD/VPTW, ", "Quy ", "định ",
                        "399-QĐ/TW.");
    }

    @Test
    void keepsAStateDocumentNumberWithItsYearAndIssuer() {
        assertThat(pieces("Số: 09/TB-UBND và Nghị định 30/2020/NĐ-CP, Quyết định 05/2021/QĐ-TTg"))
                .containsExactly("Số: 09/TB-UBND ", "và ", "Nghị ", "định ", "30/2020/NĐ-CP, ", "Quyết ", "định ",
                        "05/2021/QĐ-TTg");
    }

    @Test
    void keepsAWrittenDateWhole() {
        assertThat(pieces("Long Biên, ngày 19 tháng 3 năm 2019"))
                .containsExactly("Long ", "Biên, ", "ngày 19 tháng 3 năm 2019");
    }

    @Test
    void keepsEachCalendarWordWithItsNumber() {
        assertThat(pieces("Ngày 5 họp, tháng 3 báo cáo, năm 2019 tổng kết"))
                .containsExactly("Ngày 5 ", "họp, ", "tháng 3 ", "báo ", "cáo, ", "năm 2019 ", "tổng ", "kết");
    }

    @Test
    void keepsAWordWithItsNumberAcrossNoBreakAndRepeatedSpaces() {
        assertThat(pieces("Trong tháng\u00A03 và tháng   4 năm\u00A0 2019"))
                .containsExactly("Trong ", "tháng\u00A03 ", "và ", "tháng   4 năm\u00A0 2019");
    }

    @Test
    void leavesNumbersAndWordsThatAreNoneOfTheFormsBreakable() {
        assertThat(pieces("số 5 đồng chí, năm nay, 12-Tổ trưởng, địa chỉ https://vanban.example.vn/xac-thuc/abc123"))
                .containsExactly("số ", "5 ", "đồng ", "chí, ", "năm ", "nay, ", "12-", "Tổ ", "trưởng, ", "địa ", "chỉ ",
                        "https://", "vanban.example.vn/", "xac-", "thuc/", "abc123");
    }

    @Test
    void findsFormsFarIntoALongParagraphAndForgetsThoseOfTheTextBefore() {
        List<String> forms = List.of("ngày 04/7/2017", "19/3/2019", "02-03", "Số 09-TB/BCĐ", "09-NQ/TU", "Số: 09/TB-UBND",
                "30/2020/NĐ-CP", "ngày 19 tháng 3 năm 2019");
        StringBuilder paragraph = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            for (String form : forms) {
                for (int filler = 0; filler < round % 7; filler++) {
                    paragraph.append("các phường ");
                    expected.addAll(List.of("các ", "phường "));
                }
                if (round % 3 == 0) {
                    // A digit that is no form: the breaker looks closely around it, then goes on.
                    paragraph.append("quý 2 ");
                    expected.addAll(List.of("quý ", "2 "));
                }
                paragraph.append(form).append(' ');
                expected.add(form + " ");
            }
        }
        pieces("Văn bản khác số 12-TB/BCĐ.");

        assertThat(pieces(paragraph.toString())).containsExactlyElementsOf(expected);
    }
}
