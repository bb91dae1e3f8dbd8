/**
 * Local copies of stored files on the server's disk, named by their SHA-256: the database keeps the only true copy,
 * and a copy can never be stale.
 */
package vn.vanban.infrastructure.file;
