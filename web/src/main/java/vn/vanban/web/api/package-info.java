/**
 * The JSON API under /api (JAX-RS): the application, its role checks, bounded request bodies, and error answers that
 * all share one shape, {code, message, field}, with the message in the caller's language. The resources of each area
 * are in the subpackages.
 */
package vn.vanban.web.api;
