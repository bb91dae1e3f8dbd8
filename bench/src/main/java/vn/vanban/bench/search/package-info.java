/**
 * Search benchmarks in process, on the portal's own statements and runners: the word index at 100,000 documents on
 * H2 and PostgreSQL, the generated incoming documents that {@code bench/incoming-search.sh} loads, and text
 * recognition of a scanned page.
 */
package vn.vanban.bench.search;
