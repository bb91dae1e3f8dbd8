/**
 * The home page after login: what was published to the user, their tasks, incoming documents and meetings.
 */
package vn.vanban.web.home;
