/**
 * Verifies the signatures of any PDF, the portal's own or an upload: the signed bytes unchanged and the CMS valid,
 * what was done to the file after each signature judged object by object, and the PAdES level the file's evidence
 * supports. A file from outside is opened only after checks against decompression bombs, and says what it carries,
 * not whether it is to be trusted.
 */
package vn.vanban.reports.verify;
