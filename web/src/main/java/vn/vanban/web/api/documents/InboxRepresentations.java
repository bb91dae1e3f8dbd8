package vn.vanban.web.api.documents;

import vn.vanban.application.document.InboxService;
import vn.vanban.domain.model.document.DownloadRecord;

/** Read receipts and the download log as the API shows them. */
public final class InboxRepresentations {

    private InboxRepresentations() {
    }

    public record Reader(String username, String displayName, String readAt) {

        static Reader of(InboxService.Reader r) {
            return new Reader(r.username(), r.displayName(), r.readAt() == null ? null : r.readAt().toString());
        }
    }

    public record Download(String username, String downloadedAt, String sha256) {

        static Download of(DownloadRecord d) {
            return new Download(d.getUsername(), d.getDownloadedAt().toString(), d.getSha256());
        }
    }

    public record Entry(DocumentRepresentations.Summary document, boolean read) {

        public static Entry of(InboxService.InboxEntry e) {
            return new Entry(DocumentRepresentations.Summary.of(e.document()), e.read());
        }
    }
}
