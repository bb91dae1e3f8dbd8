package vn.vanban.application.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A task as a screen or the API sends it: assignees by id; due on a date, in a quarter ({@code quarterYear} and
 * {@code quarter} 1–4), or both; an optional numeric target.
 */
public record TaskInput(String text, String responsible, Set<Long> assigneeIds, LocalDate dueDate, Integer quarterYear,
                        Integer quarter, BigDecimal targetMin, BigDecimal targetMax, String targetUnit) {
}
