/**
 * The secretariat's workbench of one document ({@code secretariat/document.xhtml}): one view-scoped bean per section
 * of the page, all sharing the loaded document through {@link vn.vanban.web.secretariat.document.DocumentBacking}.
 * What the user may do there is asked of the document itself.
 */
package vn.vanban.web.secretariat.document;
