package vn.vanban.reports.sign;

/**
 * Where a visible signature goes: a rectangle on one page, in PDF points (1/72 inch) measured from the lower-left
 * corner of the page.
 *
 * @param pageIndex the page, counted from 0
 */
public record SignatureBox(int pageIndex, float x, float y, float width, float height) {

    public SignatureBox {
        if (pageIndex < 0) {
            throw new IllegalArgumentException("pageIndex must not be negative: " + pageIndex);
        }
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("A signature box needs a positive size: " + width + " x " + height);
        }
    }
}
