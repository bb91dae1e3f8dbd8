package vn.vanban.domain.model.archive;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.shared.ErrorCode;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchiveExportTest {

    private static final Instant START = Instant.parse("2026-11-27T03:00:00Z");
    private final ArchiveExport export = new ArchiveExport("e1", "vanthu", "2 PDF", 3, "vanban-1", START);

    @Test
    void progressCountsPackedFilesAndReachesAHundredOnlyWhenTheArchiveIsComplete() {
        assertThat(export.getPercent()).isZero();
        export.packing(1, ArchiveExport.Step.DOCUMENTS, START.plusSeconds(1));
        assertThat(export.getPercent()).isEqualTo(33);
        export.packing(3, ArchiveExport.Step.REGISTER_BOOK, START.plusSeconds(2));
        assertThat(export.getPercent()).isEqualTo(99);
        assertThat(export.getStep()).isEqualTo(ArchiveExport.Step.REGISTER_BOOK);
        assertThat(export.isRunning()).isTrue();

        export.succeeded(4096, START.plusSeconds(5));
        assertThat(export.getPercent()).isEqualTo(100);
        assertThat(export.getPacked()).isEqualTo(3);
        assertThat(export.getStep()).isEqualTo(ArchiveExport.Step.FINISHED);
        assertThat(export.getZipBytes()).isEqualTo(4096);
        assertThat(export.isDone()).isTrue();
        assertThat(export.endedBefore(START.plusSeconds(6))).isTrue();
    }

    @Test
    void aFailedExportSaysWhyAndBelongsToWhoeverStartedIt() {
        export.failed(ErrorCode.ARCHIVE_FAILED, START.plusSeconds(1));
        assertThat(export.getState()).isEqualTo(ArchiveExport.State.FAILED);
        assertThat(export.getFailure()).isEqualTo(ErrorCode.ARCHIVE_FAILED);
        assertThat(export.ownedBy("vanthu")).isTrue();
        assertThat(export.ownedBy("lan.nt")).isFalse();
        assertThat(export.ownedBy(null)).isFalse();
    }

    @Test
    void aRunningExportHasNotEnded() {
        assertThat(export.endedBefore(START.plusSeconds(3600))).isFalse();
    }

    @Test
    void aRunningExportWhoseInstanceGaveNoSignOfLifeForThirtySecondsIsStale() {
        assertThat(export.isStale(START.plus(ArchiveExport.STALE_AFTER))).isFalse();
        assertThat(export.isStale(START.plus(ArchiveExport.STALE_AFTER).plusMillis(1))).isTrue();
    }

    @Test
    void eachSignOfLifeKeepsTheExportFreshForAnotherThirtySeconds() {
        Instant later = START.plusSeconds(600);
        export.packing(2, ArchiveExport.Step.DOCUMENTS, later.minusSeconds(20));
        assertThat(export.isStale(later)).isFalse();
        export.beat(later);
        assertThat(export.isStale(later.plus(ArchiveExport.STALE_AFTER))).isFalse();
        assertThat(export.getHeartbeat()).isEqualTo(later);
    }

    @Test
    void theHeartbeatIsGivenSeveralTimesWithinTheTimeThatMakesAnExportStale() {
        assertThat(ArchiveExport.STALE_AFTER.dividedBy(ArchiveExport.HEARTBEAT)).isGreaterThanOrEqualTo(5);
    }

    @Test
    void anEndedExportIsNeverStaleAndChangesNoMore() {
        export.succeeded(10, START.plusSeconds(1));
        assertThat(export.isStale(START.plusSeconds(3600))).isFalse();
        assertThatThrownBy(() -> export.failed(ErrorCode.ARCHIVE_INTERRUPTED, START.plusSeconds(40)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> export.beat(START.plusSeconds(2))).isInstanceOf(IllegalStateException.class);
        assertThat(export.getState()).isEqualTo(ArchiveExport.State.DONE);
    }
}
