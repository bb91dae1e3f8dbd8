/**
 * The JPA implementations of the aggregates' repositories, and the few writes that need a transaction of their own (a
 * new register series, stored file or signing credential) so that two racing requests cannot abort each other's work.
 * No query is built by concatenating input.
 */
package vn.vanban.infrastructure.persistence;
