package vn.vanban.web.secretariat.document;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.document.InboxService;
import vn.vanban.domain.model.document.DownloadRecord;

import java.io.Serializable;
import java.util.List;

/** The receipts section of the workbench: who of a published document's audience read it, and its downloads. */
@Named
@ViewScoped
public class DocumentReceiptsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InboxService inbox;

    @Inject
    private Actor actor;

    @Inject
    private DocumentBacking workbench;

    private List<InboxService.Reader> readers;
    private List<DownloadRecord> downloads;

    void forget(@Observes(notifyObserver = Reception.IF_EXISTS) DocumentReloaded reloaded) {
        readers = null;
        downloads = null;
    }

    /** Read receipts of a published document: its audience, and when each first opened it. */
    public List<InboxService.Reader> getReaders() {
        if (readers == null) {
            readers = isIssued() ? inbox.readers(actor, workbench.getId()) : List.of();
        }
        return readers;
    }

    public long getReadCount() {
        return getReaders().stream().filter(r -> r.readAt() != null).count();
    }

    public List<DownloadRecord> getDownloads() {
        if (downloads == null) {
            downloads = isIssued() ? inbox.downloads(actor, workbench.getId()) : List.of();
        }
        return downloads;
    }

    private boolean isIssued() {
        return workbench.getDocument().getStatus().isIssued();
    }
}
