/**
 * What the instances of a cluster share through Payara's data grid: short values with compare-and-set and expiry,
 * messages after a commit, and the briefly remembered answers those messages clear. A server running alone keeps the
 * same in its own memory.
 */
package vn.vanban.infrastructure.grid;
