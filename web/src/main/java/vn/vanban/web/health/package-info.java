/**
 * Health of an instance for a load balancer: ready only while the database answers, a 503 page when it does not, and
 * the name of the instance that answered.
 */
package vn.vanban.web.health;
