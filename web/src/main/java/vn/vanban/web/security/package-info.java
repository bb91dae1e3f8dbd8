/**
 * Authentication and the request's protections: form login and HTTP Basic against the portal's own accounts, the
 * actor every layer is given, CSRF and postback checks, rate limits on guessing, and the security headers of every
 * answer.
 */
package vn.vanban.web.security;
