/**
 * The benchmarks' clients of a running portal, over HTTP as a browser or an API caller would use it: the scripts in
 * {@code bench/} build this module and run them (numbering, signed minutes and notices, the cluster's failover and
 * replication, search over incoming documents, a member's session cookie for wrk and Lighthouse).
 */
package vn.vanban.bench;
