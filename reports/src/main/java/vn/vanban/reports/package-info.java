/**
 * The document engine: renders documents and registers to PDF/A, signs and verifies them. Depends on no entity and no
 * server, so that it can be tested and benchmarked alone; this package holds only what its parts share: a small
 * bounded cache, and the warm-up that runs rendering and signing together.
 */
package vn.vanban.reports;
