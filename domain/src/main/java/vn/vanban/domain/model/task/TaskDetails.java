package vn.vanban.domain.model.task;

import vn.vanban.domain.model.account.UserAccount;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a task asks, of whom, by when: a due date, a quarter (due on its last day), or both.
 *
 * @param responsible the members or units in charge as the conclusion names them ("Đảng ủy các phường")
 * @param assignees   the portal users who report progress on it
 */
public record TaskDetails(String text, String responsible, Set<UserAccount> assignees, LocalDate dueDate,
                          Quarter quarter, Target target) {
}
