package vn.vanban.domain.model.archive;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchiveQuotaTest {

    @Test
    void someoneWithNothingRunningMayStartWhileFewerThanTheMaximumRun() {
        assertThatCode(() -> ArchiveQuota.check(0, ArchiveQuota.MAX_RUNNING - 1)).doesNotThrowAnyException();
    }

    @Test
    void aPersonPacksOneArchiveAtATime() {
        assertThatThrownBy(() -> ArchiveQuota.check(1, 1)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).getCode()).isEqualTo(ErrorCode.ARCHIVE_RUNNING);
    }

    @Test
    void noOneStartsOnceTheMaximumRunsInTheWholeCluster() {
        assertThatThrownBy(() -> ArchiveQuota.check(0, ArchiveQuota.MAX_RUNNING)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).getCode()).isEqualTo(ErrorCode.SERVER_BUSY);
    }
}
