package vn.vanban.domain.model.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-03-19T01:30:00.123456789Z");

    @Test
    void aChainOfLinkedEntriesVerifiesAndItsHeadIsTheLastHash() {
        List<AuditEntry> chain = chain(5);

        AuditVerification verdict = verify(chain);

        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.sealed()).isEqualTo(5);
        assertThat(verdict.head()).isEqualTo(chain.get(4).getHash());
        assertThat(chain).extracting(AuditEntry::getPosition).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(chain.get(0).getPreviousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(chain.get(3).getPreviousHash()).isEqualTo(chain.get(2).getHash());
    }

    @Test
    void theTimeIsKeptToTheMillisecondSoThatTheStoredEntryHashesAlike() {
        assertThat(chain(1).get(0).getAt()).isEqualTo(Instant.parse("2026-03-19T01:30:00.123Z"));
    }

    @Test
    void anAlteredDetailIsFoundAtItsPosition() {
        List<AuditEntry> chain = chain(4);
        AuditEntry original = chain.get(2);
        AuditEntry altered = new AuditEntry(original.getAt(), original.getActor(), AuditAction.DOCUMENT_ISSUED,
                original.getSubject(), "Số 99-TB/BCĐ");
        altered.seal(original.getPosition(), original.getPreviousHash(), original.getHash());
        chain.set(2, altered);

        AuditVerification verdict = verify(chain);

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBreak().position()).isEqualTo(3);
        assertThat(verdict.firstBreak().problem()).isEqualTo("ENTRY_ALTERED");
        assertThat(verdict.head()).isNull();
    }

    @Test
    void aRemovedEntryLeavesAGap() {
        List<AuditEntry> chain = chain(4);
        chain.remove(1);

        AuditVerification verdict = verify(chain);

        assertThat(verdict.firstBreak().position()).isEqualTo(2);
        assertThat(verdict.firstBreak().problem()).isEqualTo("MISSING_ENTRY");
    }

    @Test
    void anEntryRehashedAfterAChangeNoLongerLinksToTheNextOne() {
        List<AuditEntry> chain = chain(3);
        AuditEntry original = chain.get(1);
        AuditEntry forged = new AuditEntry(original.getAt(), "someone.else", AuditAction.DOCUMENT_ISSUED,
                original.getSubject(), original.getDetail());
        AuditChain.link(chain.get(0), forged);
        chain.set(1, forged);

        AuditVerification verdict = verify(chain);

        assertThat(verdict.firstBreak().position()).isEqualTo(3);
        assertThat(verdict.firstBreak().problem()).isEqualTo("LINK_BROKEN");
    }

    @Test
    void fieldsAreEncodedWithTheirLengthsSoThatMovingTextBetweenThemChangesTheHash() {
        AuditEntry a = new AuditEntry(T0, "ab", AuditAction.DOCUMENT_SAVED, "document:1", "c");
        AuditEntry b = new AuditEntry(T0, "a", AuditAction.DOCUMENT_SAVED, "document:1", "bc");
        AuditEntry withoutDetail = new AuditEntry(T0, "a", AuditAction.DOCUMENT_SAVED, "document:1", null);
        AuditEntry emptyDetail = new AuditEntry(T0, null, AuditAction.DOCUMENT_SAVED, "document:1", null);

        assertThat(AuditChain.hash(1, AuditChain.GENESIS, a)).isNotEqualTo(AuditChain.hash(1, AuditChain.GENESIS, b));
        assertThat(AuditChain.hash(1, AuditChain.GENESIS, withoutDetail))
                .isNotEqualTo(AuditChain.hash(1, AuditChain.GENESIS, emptyDetail));
    }

    @Test
    void aSealedEntryCannotBeSealedAgain() {
        AuditEntry entry = chain(1).get(0);

        assertThatThrownBy(() -> AuditChain.link(null, entry))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLongDetailIsShortenedNotRefused() {
        AuditEntry entry = new AuditEntry(T0, "vanthu", AuditAction.DOCUMENT_SAVED, "document:1", "ư".repeat(5000));

        assertThat(entry.getDetail()).hasSize(AuditEntry.DETAIL_LENGTH);
    }

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> chain = new ArrayList<>();
        AuditEntry previous = null;
        for (int i = 0; i < length; i++) {
            AuditEntry entry = new AuditEntry(T0.plusSeconds(i), "vanthu", AuditAction.DOCUMENT_ISSUED,
                    "document:" + (10 + i), "Số %d-TB/BCĐ".formatted(i + 1));
            AuditChain.link(previous, entry);
            chain.add(entry);
            previous = entry;
        }
        return chain;
    }

    private static AuditVerification verify(List<AuditEntry> chain) {
        var verifier = new AuditChain.Verifier();
        chain.forEach(verifier::accept);
        return verifier.result(0);
    }
}
