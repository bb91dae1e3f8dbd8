/**
 * The member's screens: documents published to them or sent for their opinion, the incoming documents they deal with,
 * and the meetings they are invited to.
 */
package vn.vanban.web.member;
