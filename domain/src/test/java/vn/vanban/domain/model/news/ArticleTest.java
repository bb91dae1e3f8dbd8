package vn.vanban.domain.model.news;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.text.Normalizer;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleTest {

    private static final UserAccount AUTHOR =
            new UserAccount("vanthu", "Ngô Thị Hồng Nhung", null, "hash", EnumSet.of(Role.SECRETARIAT));

    private static Article draft(String title, String body) {
        return new Article(AUTHOR, new ArticleContent(title, "Tóm tắt", body, List.of()));
    }

    @Test
    void theBodyIsSanitisedAndTheTextNormalised() {
        Article article = draft(Normalizer.normalize("Giao ban quý I", Normalizer.Form.NFD),
                "<p onclick=\"x()\">Hội nghị <script>alert(1)</script><strong>giao ban</strong></p>");

        assertThat(article.getTitle()).isEqualTo("Giao ban quý I");
        assertThat(article.getBody()).isEqualTo("<p>Hội nghị <strong>giao ban</strong></p>");
        assertThat(article.searchableText()).contains("Giao ban quý I").contains("Hội nghị giao ban");
    }

    @Test
    void aTitleIsRequired() {
        assertThatThrownBy(() -> draft("  ", "<p>x</p>")).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).getCode()).isEqualTo(ErrorCode.TITLE_REQUIRED));
    }

    @Test
    void publishingKeepsTheFirstPublicationDateWhenPublishedAgain() {
        Article article = draft("Tin", "<p>x</p>");
        Instant first = Instant.parse("2026-03-21T01:35:00Z");

        article.publish(first);
        article.unpublish();
        article.publish(first.plusSeconds(86_400));

        assertThat(article.isPublished()).isTrue();
        assertThat(article.getPublishedAt()).isEqualTo(first);
    }

    @Test
    void publishingTwiceOrTakingDownADraftIsRefused() {
        Article article = draft("Tin", "<p>x</p>");

        assertThatThrownBy(article::unpublish).isInstanceOf(DomainException.class);
        article.publish(Instant.now());
        assertThatThrownBy(() -> article.publish(Instant.now())).isInstanceOf(DomainException.class);
    }
}
