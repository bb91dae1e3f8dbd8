/**
 * The news of the public page: the secretariat writes, publishes and takes down articles; everybody reads the
 * published ones, and a reading counts one view per browser.
 */
package vn.vanban.application.news;
