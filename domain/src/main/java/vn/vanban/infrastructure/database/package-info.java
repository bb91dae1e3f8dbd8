/**
 * The portal's one datasource, migrated before anything uses it, and the locks every instance sharing the database
 * respects.
 */
package vn.vanban.infrastructure.database;
