package vn.vanban.web.secretariat.document;

/**
 * Told to the sections of the workbench that exist in the view when its document was read again after a change, so
 * that each drops what it showed of the old one.
 */
public record DocumentReloaded(long id) {
}
