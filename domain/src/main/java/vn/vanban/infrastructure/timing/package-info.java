/**
 * How long a request's expensive steps took, for the Server-Timing header.
 */
package vn.vanban.infrastructure.timing;
