package vn.vanban.reports.verify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/** What a comparison of a signed revision with the final file has found so far, each change once. */
final class Findings {

    private final Set<Change> changes = new LinkedHashSet<>();
    private boolean signaturesAdded;

    void changed(Change change) {
        changes.add(change);
    }

    /** Something only signing adds: a signature field, its widget, validation data, form bookkeeping. */
    void signatureAdded() {
        signaturesAdded = true;
    }

    Modifications modifications() {
        return Modifications.of(new ArrayList<>(changes), signaturesAdded);
    }
}
