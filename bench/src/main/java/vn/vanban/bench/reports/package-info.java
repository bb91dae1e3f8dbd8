/**
 * Benchmarks of the document engine in process: rendering to PDF/A-2b, signing (B-B, B-T, PKCS#11), the long-term
 * steps (B-LT, B-LTA) and verification, on the minutes the engine's tests sign.
 */
package vn.vanban.bench.reports;
