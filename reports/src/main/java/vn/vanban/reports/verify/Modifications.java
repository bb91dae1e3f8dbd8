package vn.vanban.reports.verify;

import java.util.List;
import java.util.Objects;

/** What was done after one signature: the verdict and, when the content changed, what changed. */
record Modifications(ModificationVerdict verdict, List<Change> changes) {

    static final Modifications NOTHING_APPENDED = new Modifications(ModificationVerdict.NONE, List.of());
    static final Modifications UNREADABLE = new Modifications(ModificationVerdict.CONTENT_CHANGED,
            List.of(Change.inDocument(ChangeCode.UNREADABLE_REVISION, null)));

    Modifications {
        Objects.requireNonNull(verdict, "verdict");
        changes = List.copyOf(changes);
    }

    static Modifications of(List<Change> changes, boolean signaturesAdded) {
        if (!changes.isEmpty()) {
            return new Modifications(ModificationVerdict.CONTENT_CHANGED, changes);
        }
        return signaturesAdded ? new Modifications(ModificationVerdict.SIGNATURES_ONLY, List.of()) : NOTHING_APPENDED;
    }
}
