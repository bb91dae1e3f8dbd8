package vn.vanban.web.tasks;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.task.Quarter;
import vn.vanban.domain.model.task.Task;
import vn.vanban.domain.model.task.TaskFilter;
import vn.vanban.domain.model.task.TaskStatus;
import vn.vanban.web.PortalFakes;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.web.PortalFakes.SECRETARIAT;
import static vn.vanban.web.faces.Replication.classesWritten;
import static vn.vanban.web.faces.Replication.field;
import static vn.vanban.web.faces.Replication.inject;
import static vn.vanban.web.faces.Replication.moved;

class TasksBackingReplicationTest {

    @Test
    void theTasksListMovesWithItsFiltersAndLoadsTheListAgainWithThem() {
        TasksBacking page = new TasksBacking();
        inject(page, "tasks", new PortalFakes.Tasks());
        inject(page, "organisation", new PortalFakes.Organisation());
        inject(page, "actor", SECRETARIAT);
        page.init();
        page.setCommitteeId(5L);
        page.setStatus(TaskStatus.OVERDUE);
        page.setQuarter(1);
        page.showAll();
        page.setFigure(new BigDecimal("2.5"));
        page.setNote("Đã thành lập 01 tổ chức");

        TasksBacking after = moved(page);

        assertThat(after.isMine()).isFalse();
        assertThat(after.getCommitteeId()).isEqualTo(5L);
        assertThat(after.getQuarterYear()).isEqualTo(2026);
        assertThat(after.getFigure()).isEqualByComparingTo("2.5");
        assertThat(after.getNote()).isEqualTo("Đã thành lập 01 tổ chức");
        assertThat(after.getReportPath()).isEqualTo(page.getReportPath());
        assertThat(after.getList()).isEmpty();
        PortalFakes.Tasks tasks = field(after, "tasks");
        assertThat(tasks.askedFor).last().isEqualTo(
                new TaskFilter(5L, null, null, TaskStatus.OVERDUE, new Quarter(2026, 1), null).toString());
        assertThat(after.getCommittees()).extracting(Committee::getId).containsExactly(5L);
        assertThat(classesWritten(page)).doesNotContain(Task.class, Committee.class);
    }
}
