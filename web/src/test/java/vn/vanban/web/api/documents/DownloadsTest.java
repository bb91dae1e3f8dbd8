package vn.vanban.web.api.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadsTest {

    @Test
    void givesAnAsciiFallbackAndTheVietnameseNameInUtf8() {
        String header = Downloads.attachment("01-TB_BCĐ Phân công nhiệm vụ.pdf");

        assertThat(header).isEqualTo("attachment; filename=\"01-TB_BCD Phan cong nhiem vu.pdf\"; "
                + "filename*=UTF-8''01-TB_BC%C4%90%20Ph%C3%A2n%20c%C3%B4ng%20nhi%E1%BB%87m%20v%E1%BB%A5.pdf");
    }

    @Test
    void neutralisesQuotesAndPathCharacters() {
        assertThat(Downloads.attachment("a\"b/../c\r\n.pdf")).startsWith("attachment; filename=\"a_b_.._c__.pdf\"");
    }
}
