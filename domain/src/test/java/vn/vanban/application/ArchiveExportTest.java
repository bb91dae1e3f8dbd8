package vn.vanban.application;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.shared.ErrorCode;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveExportTest {

    private static final Instant START = Instant.parse("2026-11-27T03:00:00Z");
    private final ArchiveExport export = new ArchiveExport("e1", "vanthu", Path.of("e1.zip"), 3, START);

    @Test
    void progressCountsPackedFilesAndReachesAHundredOnlyWhenTheArchiveIsComplete() {
        assertThat(export.getPercent()).isZero();
        export.packedOne();
        assertThat(export.getPercent()).isEqualTo(33);
        export.packedOne();
        export.printingTheBook();
        export.packedOne();
        assertThat(export.getPercent()).isEqualTo(99);
        assertThat(export.getStep()).isEqualTo(ArchiveExport.Step.REGISTER_BOOK);
        assertThat(export.isRunning()).isTrue();

        export.succeeded(START.plusSeconds(5));
        assertThat(export.getPercent()).isEqualTo(100);
        assertThat(export.isDone()).isTrue();
        assertThat(export.endedBefore(START.plusSeconds(6))).isTrue();
    }

    @Test
    void aFailedExportSaysWhyAndBelongsToWhoeverStartedIt() {
        export.failed(ErrorCode.ARCHIVE_FAILED, START.plusSeconds(1));
        assertThat(export.getState()).isEqualTo(ArchiveExport.State.FAILED);
        assertThat(export.getFailure()).isEqualTo(ErrorCode.ARCHIVE_FAILED);
        assertThat(export.ownedBy(new Actor("vanthu", Set.of()))).isTrue();
        assertThat(export.ownedBy(new Actor("lan.nt", Set.of()))).isFalse();
        assertThat(export.ownedBy(Actor.ANONYMOUS)).isFalse();
    }

    @Test
    void aRunningExportHasNotEnded() {
        assertThat(export.endedBefore(START.plusSeconds(3600))).isFalse();
    }
}
