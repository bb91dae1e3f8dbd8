/**
 * A member's home in one call: what was published to them, their tasks, meetings and incoming documents.
 */
package vn.vanban.web.api.inbox;
