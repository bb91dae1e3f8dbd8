/**
 * Where the signers' keys live in production: a PKCS#11 token when one is configured, and the password that protects
 * the keystores in the database.
 */
package vn.vanban.infrastructure.signing;
