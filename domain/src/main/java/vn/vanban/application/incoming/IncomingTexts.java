package vn.vanban.application.incoming;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.vanban.application.search.SearchIndexer;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingFileKind;
import vn.vanban.domain.model.incoming.IncomingText;
import vn.vanban.domain.model.incoming.IncomingTextRepository;

import java.time.Clock;

/**
 * Starts getting the text of a document just received, in the receiving transaction, at the desk or from the intake
 * mailbox: a PDF with a text layer gives its text at once ({@link PdfTextLayer}, bounded); a scan (an image, or a PDF
 * without usable text) is left PENDING for {@link IncomingTextRecognition}, which a committed receipt starts at once.
 * Either way the document enters the search index in the same transaction, so that its number, sender and summary
 * are found from the moment it exists, its body as soon as the text is had.
 */
@Stateless
public class IncomingTexts {

    @Inject
    private IncomingTextRepository texts;

    @Inject
    private SearchIndexer searchIndex;

    @Inject
    private Event<IncomingTextQueued> queued;

    private final Clock clock = Clock.systemUTC();

    public void begin(IncomingDocument document, byte[] content) {
        PdfTextLayer.Extracted layer = document.getFileKind() == IncomingFileKind.PDF
                ? PdfTextLayer.STANDARD.read(content) : PdfTextLayer.Extracted.NONE;
        if (layer.usable()) {
            texts.add(IncomingText.fromTextLayer(document.getId(), layer.text(), layer.pages(), clock.instant()));
        } else {
            texts.add(IncomingText.toRecognise(document.getId()));
            queued.fire(new IncomingTextQueued(document.getId()));
        }
        searchIndex.index(document);
    }
}
