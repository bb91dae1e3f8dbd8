/**
 * User accounts: their administration, the login with its lock-out rule, and the check on every request that a
 * session's account still stands as it did at login. Passwords are kept only as PBKDF2 hashes.
 */
package vn.vanban.application.account;
