/**
 * The demo story an empty database gets when demo data is asked for (never in production): an invented district
 * steering committee with its people, documents, incoming letters, meetings and news, created through the
 * services a user would call; otherwise a single administrator.
 */
package vn.vanban.application.demo;
