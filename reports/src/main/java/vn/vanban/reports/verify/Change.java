package vn.vanban.reports.verify;

import java.io.Serializable;
import java.util.Objects;

/**
 * One change made after a signature.
 *
 * @param code   what changed
 * @param page   the page it is on, counted from 1; null when it is on no one page (a form field, the document)
 * @param detail what exactly, when a reader can use it: the PDF key for {@link ChangeCode#OTHER} ({@code OpenAction},
 *               {@code Names/JavaScript}, {@code Rotate}), the annotation's subtype ({@code Square}), the form
 *               field's name; null otherwise. Taken from the file, so never more than {@value #MAX_DETAIL} characters
 */
public record Change(ChangeCode code, Integer page, String detail) implements Serializable {

    static final int MAX_DETAIL = 80;

    public Change {
        Objects.requireNonNull(code, "code");
        if (detail != null && detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL) + "…";
        }
    }

    static Change onPage(ChangeCode code, int pageIndex, String detail) {
        return new Change(code, pageIndex + 1, detail);
    }

    static Change inDocument(ChangeCode code, String detail) {
        return new Change(code, null, detail);
    }
}
