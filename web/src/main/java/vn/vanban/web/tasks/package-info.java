/**
 * The tasks screen, for a member's own tasks and for all of them in the secretariat, with progress reports and the
 * quarterly report.
 */
package vn.vanban.web.tasks;
