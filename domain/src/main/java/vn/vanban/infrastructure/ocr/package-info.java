/**
 * Text recognition of scanned pages with the Tesseract program and its Vietnamese data, one image at a time.
 */
package vn.vanban.infrastructure.ocr;
