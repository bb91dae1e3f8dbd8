/**
 * Certificate revocation lists: those the portal's own certificate authority issues, and those other authorities
 * publish at their certificates' distribution points, fetched within timeouts and size limits so that an outside
 * server can neither stall nor flood the portal. A list that cannot be had comes back as a reason, never as an
 * exception.
 */
package vn.vanban.reports.sign.revocation;
