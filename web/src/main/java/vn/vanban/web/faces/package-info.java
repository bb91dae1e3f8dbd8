/**
 * What every JSF page shares: dates as Vietnamese users write them, the application's refusals turned into messages
 * next to their fields, stateless public views, versioned resources, and the handling of forged posts and oversized
 * uploads.
 */
package vn.vanban.web.faces;
