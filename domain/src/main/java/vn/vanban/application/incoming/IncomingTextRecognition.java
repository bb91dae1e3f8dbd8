package vn.vanban.application.incoming;

import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vanban.application.search.SearchIndexer;
import vn.vanban.domain.model.file.FileStore;
import vn.vanban.domain.model.file.StoredFile;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingFileKind;
import vn.vanban.domain.model.incoming.IncomingRepository;
import vn.vanban.domain.model.incoming.IncomingText;
import vn.vanban.domain.model.incoming.IncomingTextRepository;
import vn.vanban.domain.model.incoming.TextFailure;
import vn.vanban.domain.model.incoming.TextSource;
import vn.vanban.infrastructure.database.ClusterLocks;
import vn.vanban.infrastructure.ocr.OcrFailed;
import vn.vanban.infrastructure.ocr.Tesseract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Recognises the text of scanned incoming documents in the background, on every instance: right after a receipt of a
 * scan has committed ({@link IncomingTextTrigger}) and every 15 seconds for whatever is left (a receipt whose
 * instance stopped, documents received before recognition existed). One round at a time per instance, since
 * recognition takes a processor for seconds a page. A PDF is first read for a text layer; otherwise its pages, at
 * most {@code vanban.ocr.max-pages} (20 unless set), are drawn ({@link PdfPageImages}) and read by Tesseract
 * ({@code vanban.ocr.command}, {@code vanban.ocr.languages}: tesseract, vie), {@code vanban.ocr.page-timeout-seconds}
 * (120) at most each; an image is read as it is.
 * <p>
 * Each document is claimed in a short transaction (status RUNNING, this instance's round, a heartbeat), skipping rows
 * that other rounds are claiming, so that two instances never recognise the same document; each page done is
 * recorded in a transaction of its own, which moves the heartbeat on and shows the progress; the text, or why there is
 * none, is stored with the claim checked, and the document re-indexed for search under
 * {@link ClusterLocks#SEARCH_INDEX}. A claim whose round has been silent for {@link IncomingText#STALE_AFTER} (its
 * instance died) is taken over; after {@link IncomingText#MAX_ATTEMPTS} rounds the document is given up.
 */
@Singleton
@DependsOn("PortalDataSource")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IncomingTextRecognition {

    /** One round stops after this many documents; the next one goes on. */
    static final int MAX_PER_ROUND = 100;
    private static final Logger LOG = Logger.getLogger(IncomingTextRecognition.class.getName());

    /** What a round took: the document's file, to read outside any transaction. */
    public record Claimed(long incomingId, IncomingFileKind kind, byte[] content) {
    }

    @Inject
    private IncomingTextRepository texts;

    @Inject
    private IncomingRepository incoming;

    @Inject
    private FileStore files;

    @Inject
    private SearchIndexer searchIndex;

    @Inject
    private ClusterLocks locks;

    @Inject
    @ConfigProperty(name = "vanban.ocr.command", defaultValue = "tesseract")
    private String command;

    @Inject
    @ConfigProperty(name = "vanban.ocr.languages", defaultValue = "vie")
    private String languages;

    @Inject
    @ConfigProperty(name = "vanban.ocr.page-timeout-seconds", defaultValue = "120")
    private int pageTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "vanban.ocr.max-pages", defaultValue = "20")
    private int maxPages;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean busy = new AtomicBoolean();
    /** Who holds a claim: this instance in this run; a restarted instance's old claims become stale like others'. */
    private final String round = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void recogniseOnSchedule() {
        recognisePending();
    }

    /** Recognises what is waiting, unless a round of this instance is at it already; returns how many were taken. */
    public int recognisePending() {
        if (!busy.compareAndSet(false, true)) {
            return 0;
        }
        try {
            IncomingTextRecognition self = context.getBusinessObject(IncomingTextRecognition.class);
            int taken = 0;
            Optional<Claimed> next;
            while (taken < MAX_PER_ROUND && (next = self.claimNext()).isPresent()) {
                recognise(self, next.get());
                taken++;
            }
            return taken;
        } finally {
            busy.set(false);
        }
    }

    /** Claims the next document waiting; one tried too often on the way is given up and passed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Claimed> claimNext() {
        while (true) {
            Optional<IncomingText> waiting = texts.claimNext(clock.instant().minus(IncomingText.STALE_AFTER));
            if (waiting.isEmpty()) {
                return Optional.empty();
            }
            IncomingText text = waiting.get();
            if (!text.claim(round, clock.instant())) {
                LOG.warning(() -> "Text of incoming document " + text.getId() + " given up: " + text.getFailureDetail());
                continue;
            }
            Optional<byte[]> content = incoming.find(text.getId()).flatMap(d -> files.find(d.getFileSha256()))
                    .map(StoredFile::getContent);
            if (content.isEmpty()) {
                text.failed(round, TextFailure.FILE_UNREADABLE, "the document's file is missing", clock.instant());
                continue;
            }
            IncomingDocument document = incoming.find(text.getId()).orElseThrow();
            return Optional.of(new Claimed(text.getId(), document.getFileKind(), content.get()));
        }
    }

    private void recognise(IncomingTextRecognition self, Claimed claimed) {
        long id = claimed.incomingId();
        Path work = null;
        try {
            if (claimed.kind() == IncomingFileKind.PDF) {
                PdfTextLayer.Extracted layer = PdfTextLayer.STANDARD.read(claimed.content());
                if (layer.usable()) {
                    self.finish(id, TextSource.PDF_TEXT, layer.text());
                    return;
                }
            }
            work = Files.createTempDirectory("vanban-ocr-");
            Tesseract tesseract = new Tesseract(command, languages, Duration.ofSeconds(pageTimeoutSeconds));
            String text = claimed.kind() == IncomingFileKind.PDF ? pages(self, id, claimed.content(), tesseract, work)
                    : image(self, id, claimed, tesseract, work);
            if (text != null) {
                self.finish(id, TextSource.OCR, text);
            }
        } catch (OcrFailed failed) {
            LOG.warning(() -> "Text of incoming document " + id + " not recognised: " + failed.reason() + " "
                    + failed.getMessage());
            self.fail(id, failed.reason(), failed.getMessage());
        } catch (IOException | RuntimeException unreadable) {
            LOG.log(Level.WARNING, "Text of incoming document " + id + " not recognised", unreadable);
            self.fail(id, TextFailure.FILE_UNREADABLE, unreadable.toString());
        } finally {
            delete(work);
        }
    }

    /** The text of every page drawn, in order; null when the claim was lost to another round meanwhile. */
    private String pages(IncomingTextRecognition self, long id, byte[] pdf, Tesseract tesseract, Path work)
            throws IOException, OcrFailed {
        StringBuilder text = new StringBuilder();
        try (PdfPageImages images = PdfPageImages.open(pdf, maxPages)) {
            int total = images.pages();
            if (!self.progress(id, 0, total)) {
                return null;
            }
            for (int page = 0; page < total; page++) {
                Optional<Path> image = images.write(page, work.resolve("page-" + (page + 1) + ".png"));
                if (image.isPresent()) {
                    text.append(tesseract.recognise(image.get())).append('\n');
                    Files.delete(image.get());
                }
                if (!self.progress(id, page + 1, total)) {
                    return null;
                }
            }
        }
        return text.toString();
    }

    private String image(IncomingTextRecognition self, long id, Claimed claimed, Tesseract tesseract, Path work)
            throws IOException, OcrFailed {
        if (!self.progress(id, 0, 1)) {
            return null;
        }
        if (BlankImages.isBlankScan(claimed.content())) {
            return "";
        }
        Path image = Files.write(work.resolve("scan." + claimed.kind().extension()), claimed.content());
        return tesseract.recognise(image);
    }

    /** Records pages done and moves the heartbeat on; false when another round holds the claim now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean progress(long id, int done, int total) {
        return texts.find(id).map(text -> text.progress(round, done, total, clock.instant())).orElse(false);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long id, TextSource source, String recognised) {
        locks.hold(ClusterLocks.SEARCH_INDEX);
        IncomingText text = texts.find(id).orElseThrow();
        if (text.recognised(round, source, recognised, clock.instant())) {
            incoming.find(id).ifPresent(searchIndex::index);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long id, TextFailure reason, String detail) {
        texts.find(id).ifPresent(text -> text.failed(round, reason, detail, clock.instant()));
    }

    private static void delete(Path work) {
        if (work == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.FINE, "Temporary files of recognition left in " + work, e);
        }
    }
}
