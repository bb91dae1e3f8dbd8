/**
 * The portal's languages, Vietnamese first and English second: the visitor's choice kept in a cookie of its own
 * rather than a session, and the bundle's text where no JSF view is at hand.
 */
package vn.vanban.web.i18n;
