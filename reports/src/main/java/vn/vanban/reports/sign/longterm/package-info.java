/**
 * Takes signed PDFs to PAdES B-LT and B-LTA, so that their signatures can still be checked after the certificates
 * expire: the validation data in the document security store, then a document time-stamp over it, each an incremental
 * update that leaves every earlier signature covering exactly what it covered.
 */
package vn.vanban.reports.sign.longterm;
