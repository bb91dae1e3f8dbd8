package vn.vanban.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * Where the issued PDF's layout left one signer the space for their visible signature, recorded when the PDF is
 * rendered: in PDF points from the lower-left corner of the page, the page counted from 0.
 */
@Embeddable
public class SignaturePlace {

    @Column(name = "signer", nullable = false, length = 64)
    private String signer;

    @Column(name = "page_index", nullable = false)
    private int pageIndex;

    @Column(name = "x", nullable = false)
    private float x;

    @Column(name = "y", nullable = false)
    private float y;

    @Column(name = "width", nullable = false)
    private float width;

    @Column(name = "height", nullable = false)
    private float height;

    protected SignaturePlace() {
    }

    public SignaturePlace(String signer, int pageIndex, float x, float y, float width, float height) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.pageIndex = pageIndex;
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
    }

    public String getSigner() {
        return signer;
    }

    public int getPageIndex() {
        return pageIndex;
    }

    public float getX() {
        return x;
    }

    public float getY() {
        return y;
    }

    public float getWidth() {
        return width;
    }

    public float getHeight() {
        return height;
    }
}
