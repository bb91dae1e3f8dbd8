/**
 * User accounts and their roles: the login name's form, and the lock-out rule that each login attempt is decided by.
 */
package vn.vanban.domain.model.account;
