/**
 * Tasks that meetings' conclusions give: created and reviewed by the secretariat, reported on by their assignees,
 * visible to their committee's members, and the quarterly report that sums them up.
 */
package vn.vanban.application.task;
