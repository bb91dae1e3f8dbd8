package vn.vanban.domain.service.search;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.shared.DomainException;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchQueryTest {

    @Test
    void foldingDropsToneAndVowelMarksAndReadsDStrokeAsD() {
        assertThat(Folding.fold("Nghị quyết 09-NQ/TU")).isEqualTo("nghi quyet 09-nq/tu");
        assertThat(Folding.fold("Đường ĐỨC đức")).isEqualTo("duong duc duc");
        assertThat(Folding.fold("Ưu tiên Ơn Ă Â Ê Ô")).isEqualTo("uu tien on a a e o");
    }

    @Test
    void decomposedInputFoldsAndMatchesLikeComposedInput() {
        String decomposed = Normalizer.normalize("Quyết định", Normalizer.Form.NFD);

        assertThat(Folding.fold(decomposed)).isEqualTo("quyet dinh");
        assertThat(Folding.exact(decomposed)).isEqualTo("quyết định");
    }

    @Test
    void aNumberSplitsIntoWordsThatAreEachFindable() {
        assertThat(Words.of("Số 09-NQ/TU")).extracting(Word::term).containsExactly("so", "09", "nq", "tu");
    }

    @Test
    void queryWithoutDiacriticsFindsTheNumberedResolution() {
        SearchQuery query = SearchQuery.parse("nghi quyet 09");

        assertThat(query.matches("Nghị quyết 09-NQ/TU của Thành ủy")).isTrue();
        assertThat(query.matches("Nghị quyết 15-NQ/TU")).isFalse();
        assertThat(query.matches("Quyết định 09")).isFalse();
    }

    @Test
    void dMatchesDStrokeInBothDirections() {
        assertThat(SearchQuery.parse("dang vien").matches("Đảng viên")).isTrue();
        assertThat(SearchQuery.parse("đảng").matches("dang")).isTrue();
    }

    @Test
    void everyWholeWordMustOccur() {
        assertThat(SearchQuery.parse("giao ban quy").matches("Giao ban quý I")).isTrue();
        assertThat(SearchQuery.parse("gia ban").matches("Giao ban quý I")).isFalse();
        assertThat(SearchQuery.parse("giao hop").matches("Giao ban quý I")).isFalse();
    }

    @Test
    void theIndexKeepsEveryExactFormOfAFoldedWordOnce() {
        var stored = IndexedWords.of(Words.of("Đường Dương, đường dương DUONG"));

        assertThat(stored).containsOnlyKeys("duong");
        assertThat(stored.get("duong")).isEqualTo("đường dương duong");
        assertThat(IndexedWords.hasExact(stored.get("duong"), "dương")).isTrue();
        assertThat(IndexedWords.hasExact(stored.get("duong"), "đuong")).isFalse();
    }

    @Test
    void exactDiacriticsCountOnlyWhenTypedExactly() {
        SearchQuery query = SearchQuery.parse("đường");

        assertThat(query.exactMatches("Con đường phát triển")).isEqualTo(1);
        assertThat(query.exactMatches("Dương Văn Minh")).isZero();
        assertThat(query.matches("Dương Văn Minh")).isTrue();
        assertThat(SearchQuery.parse("duong").exactMatches("Con đường phát triển")).isZero();
    }

    @Test
    void exactDiacriticMatchesRankAboveNewerFoldedOnlyMatches() {
        SearchQuery query = SearchQuery.parse("đường");
        Instant older = Instant.parse("2026-01-01T00:00:00Z");
        Instant newer = Instant.parse("2026-06-01T00:00:00Z");
        List<RankedItem> items = new ArrayList<>(List.of(
                new RankedItem(SearchHit.Kind.DOCUMENT, 1, query.exactMatches("Phố Dương Quang"), newer),
                new RankedItem(SearchHit.Kind.ARTICLE, 2, query.exactMatches("Mở rộng đường Nguyễn Văn Cừ"), older),
                new RankedItem(SearchHit.Kind.DOCUMENT, 3, query.exactMatches("Đường Ngọc Lâm"), newer)));

        items.sort(RankedItem.RANKING);

        assertThat(items).extracting(RankedItem::id).containsExactly(3L, 2L, 1L);
    }

    @Test
    void amongEquallyExactHitsTheNewestComesFirst() {
        Instant january = Instant.parse("2026-01-01T00:00:00Z");
        Instant march = Instant.parse("2026-03-01T00:00:00Z");
        List<RankedItem> items = new ArrayList<>(List.of(
                new RankedItem(SearchHit.Kind.DOCUMENT, 1, 0, january),
                new RankedItem(SearchHit.Kind.DOCUMENT, 2, 0, march),
                new RankedItem(SearchHit.Kind.ARTICLE, 3, 0, null)));

        items.sort(RankedItem.RANKING);

        assertThat(items).extracting(RankedItem::id).containsExactly(2L, 1L, 3L);
    }

    @Test
    void repeatedWordsCountOnceAndVeryLongQueriesAreCutToEightWords() {
        assertThat(SearchQuery.parse("Đảng đảng dang").words()).hasSize(1);
        assertThat(SearchQuery.parse("a b c d e f g h i j k").words()).hasSize(SearchQuery.MAX_WORDS);
    }

    @Test
    void aBlankOrPunctuationOnlyQueryIsRefusedOnTheQueryField() {
        assertThatThrownBy(() -> SearchQuery.parse("  -/ ")).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).getField()).contains("q"));
        assertThatThrownBy(() -> SearchQuery.parse(null)).isInstanceOf(DomainException.class);
    }
}
