/**
 * Stand-in key material for a portal started without real keys and scans, and for tests: a development certificate
 * authority, its signer certificates, and drawn signature and seal images. Everything here says DEVELOPMENT, so that
 * nobody takes it for the real thing.
 */
package vn.vanban.reports.sign.development;
