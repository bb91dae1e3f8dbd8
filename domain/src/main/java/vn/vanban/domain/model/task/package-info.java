/**
 * The task aggregate: what a conclusion asks, of whom, by when (a date or a quarter), with an optional quantified
 * target, its progress reports and the reviews of later meetings. Overdue is worked out from the due date, never
 * stored.
 */
package vn.vanban.domain.model.task;
