/**
 * What the screens that answer a meeting invitation share: the answer being typed.
 */
package vn.vanban.web.meetings;
