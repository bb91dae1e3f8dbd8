package vn.vanban.domain.model.document;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.domain.model.document.VersionDiff.Change.DELETED;
import static vn.vanban.domain.model.document.VersionDiff.Change.INSERTED;
import static vn.vanban.domain.model.document.VersionDiff.Change.SAME;

class VersionDiffTest {

    @Test
    void marksInsertedAndDeletedWordsAndKeepsTheRest() {
        String before = "<p>Phấn đấu quý II thành lập 02 tổ chức đảng.</p>";
        String after = "<p>Phấn đấu quý II thành lập từ 02-03 tổ chức đảng.</p>";

        var diff = VersionDiff.between(before, after);

        assertThat(text(diff, DELETED)).isEqualTo("Phấn đấu quý II thành lập 02 tổ chức đảng.\n");
        assertThat(text(diff, INSERTED)).isEqualTo("Phấn đấu quý II thành lập từ 02-03 tổ chức đảng.\n");
        assertThat(diff).filteredOn(s -> s.change() == DELETED).extracting(VersionDiff.Segment::text)
                .allMatch(t -> t.contains("02")).noneMatch(t -> t.contains("tổ chức"));
        assertThat(diff).filteredOn(s -> s.change() == INSERTED).extracting(VersionDiff.Segment::text)
                .anyMatch(t -> t.contains("02-03"));
        assertThat(diff.get(0)).isEqualTo(new VersionDiff.Segment(SAME, "Phấn đấu quý II thành lập "));
    }

    /** The text on one side: unchanged segments plus the given kind of change. */
    private static String text(List<VersionDiff.Segment> diff, VersionDiff.Change side) {
        StringBuilder text = new StringBuilder();
        diff.stream().filter(s -> s.change() == SAME || s.change() == side).forEach(s -> text.append(s.text()));
        return text.toString();
    }

    @Test
    void identicalTextsAreOneUnchangedSegment() {
        assertThat(VersionDiff.between("<p>Một hai</p>", "<p>Một hai</p>"))
                .containsExactly(new VersionDiff.Segment(SAME, "Một hai\n"));
    }

    @Test
    void aDiffSurvivesTheSessionReplicationOfThePageThatShowsIt() throws Exception {
        var diff = VersionDiff.between("<p>Phấn đấu quý II</p>", "<p>Phấn đấu quý III</p>");

        assertThat(roundTrip(diff)).isEqualTo(diff);
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
