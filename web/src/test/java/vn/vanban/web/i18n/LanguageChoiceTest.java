package vn.vanban.web.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageChoiceTest {

    @Test
    void aPageOfThePortalIsWhereTheVisitorGoesBack() {
        assertThat(LanguageChoice.safeTarget("/article.xhtml?id=5&page=2", "")).isEqualTo("/article.xhtml?id=5&page=2");
        assertThat(LanguageChoice.safeTarget("/vanban/login.xhtml", "/vanban")).isEqualTo("/vanban/login.xhtml");
    }

    @Test
    void anythingElseGoesToTheHomePage() {
        assertThat(LanguageChoice.safeTarget(null, "")).isEqualTo("/");
        assertThat(LanguageChoice.safeTarget("https://evil.example/", "")).isEqualTo("/");
        assertThat(LanguageChoice.safeTarget("//evil.example/", "")).isEqualTo("/");
        assertThat(LanguageChoice.safeTarget("/\\evil.example/", "")).isEqualTo("/");
        assertThat(LanguageChoice.safeTarget("/index.xhtml\r\nSet-Cookie: a=b", "")).isEqualTo("/");
        assertThat(LanguageChoice.safeTarget("/other-app/", "/vanban")).isEqualTo("/vanban/");
    }
}
