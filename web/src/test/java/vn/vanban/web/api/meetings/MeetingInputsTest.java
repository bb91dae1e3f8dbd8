package vn.vanban.web.api.meetings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingInputsTest {

    private static MeetingInputs.Schedule naming(Long committeeId) {
        return new MeetingInputs.Schedule(committeeId, "QUARTERLY_REVIEW", "Giao ban quý I", "2027-01-15T08:00",
                "2027-01-15T11:00", "Phòng họp số 2", 1L, "Trưởng Ban", 2L, "Thư ký");
    }

    /*
     * Ids above 127 are boxed afresh each time: compared with ==, the meeting's own committee read from JSON and from
     * the database were two committees, and every change of a meeting in the 128th committee on was refused.
     */
    @Test
    void theMeetingsOwnCommitteeIsNotAnotherOneWhateverItsId() {
        assertThat(naming(Long.valueOf(128)).namesAnotherCommitteeThan(Long.valueOf(128))).isFalse();
        assertThat(naming(Long.valueOf(70_000)).namesAnotherCommitteeThan(Long.valueOf(70_000))).isFalse();
        assertThat(naming(null).namesAnotherCommitteeThan(Long.valueOf(7))).isFalse();
        assertThat(naming(Long.valueOf(129)).namesAnotherCommitteeThan(Long.valueOf(128))).isTrue();
    }
}
