/**
 * Renders documents and register books to PDF/A-2b from the engine's own input model, in the layouts of
 * Party documents (36-HD/VPTW) and of Decree 30/2020: Liberation Serif embedded, Vietnamese lines broken where
 * Vietnamese allows, and the space each signer's visible signature will take recorded as it is laid out.
 */
package vn.vanban.reports.render;
