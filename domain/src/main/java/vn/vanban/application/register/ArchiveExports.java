package vn.vanban.application.register;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.document.IssuedPdfService;
import vn.vanban.application.document.PdfFileNames;
import vn.vanban.domain.model.archive.ArchiveExport;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The register's issued PDFs packed as a ZIP for handing over to the archive (nộp lưu): every PDF of what the
 * register's filters keep, checked against its SHA-256 on the way in, the register book of the same entries, and a
 * list of contents with every file's hash. Packing up to {@value #MAX_DOCUMENTS} documents takes a while, so it runs
 * on the server's managed executor and the screen follows its progress.
 * <p>
 * Exports live in the database the instances share (state, progress, owner, and the ZIP in chunks), so any instance
 * answers their progress and their download. The instance that packs one gives a sign of life every
 * {@link ArchiveExport#HEARTBEAT}; one silent for {@link ArchiveExport#STALE_AFTER} is failed by whoever sees it
 * next, never left running. At most one export per person and {@link vn.vanban.domain.model.archive.ArchiveQuota#MAX_RUNNING}
 * in all run at once, in the whole cluster. An export belongs to whoever started it; it is deleted
 * {@link ArchiveExport#KEPT} after it ended.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ArchiveExports {

    static final int MAX_DOCUMENTS = RegisterBooks.MAX_ROWS;
    static final String REGISTER_BOOK = "So-dang-ky-van-ban-di.pdf";
    /** A megabyte: a few hundred rows for the largest archive, one short insert each, little memory to pack. */
    static final int CHUNK_BYTES = 1024 * 1024;
    /** The screen asks every second; writing the progress of every PDF would only load the database. */
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(ArchiveExports.class.getName());

    @Inject
    private DocumentService documents;

    @Inject
    private RegisterBooks books;

    @Inject
    private IssuedPdfService issuedPdfs;

    @Inject
    private ArchiveExportRecords records;

    @Resource
    private ManagedExecutorService executor;

    /** The exports this instance is packing, whose heartbeat it moves on. */
    private final Set<String> packingHere = ConcurrentHashMap.newKeySet();
    private final Clock clock = Clock.systemUTC();
    private final String instance = System.getProperty("com.sun.aas.instanceName", "server");

    private record Part(long documentId, String name, String sha256) {
    }

    /** Starts packing what the register shows for these filters; the caller follows it with {@link #find}. */
    public ArchiveExport start(Actor actor, Long issuerId, String typeCode, LocalDate from, LocalDate to) {
        List<Part> parts = documents.register(actor, issuerId, typeCode, from, to, 0, MAX_DOCUMENTS).stream()
                .filter(d -> d.getPdfSha256() != null)
                .map(d -> new Part(d.getId(), PdfFileNames.of(d), d.getPdfSha256())).toList();
        ArchiveExport export = records.start(actor, detail(parts.size(), issuerId, typeCode, from, to),
                parts.size() + 1, instance, clock.instant());
        String id = export.getId();
        packingHere.add(id);
        try {
            executor.execute(() -> pack(id, parts, () -> books.pdf(actor, issuerId, typeCode, from, to, MAX_DOCUMENTS)));
        } catch (RejectedExecutionException busy) {
            giveUp(id, ErrorCode.SERVER_BUSY);
            throw new DomainException(ErrorCode.SERVER_BUSY);
        } catch (RuntimeException e) {
            // An export that never started must not hold its owner's (or the cluster's) turn.
            giveUp(id, ErrorCode.ARCHIVE_FAILED);
            throw e;
        }
        return export;
    }

    /** The caller's export {@code id}; someone else's is as unknown as one that never was. */
    public ArchiveExport find(Actor actor, String id) {
        return Optional.ofNullable(id).flatMap(known -> records.find(known, clock.instant()))
                .filter(export -> export.ownedBy(actor.username()))
                .orElseThrow(() -> new NotFoundException(ErrorCode.ARCHIVE_NOT_FOUND));
    }

    /** The caller's newest export still kept, for a screen opened again while one runs. */
    public Optional<ArchiveExport> latest(Actor actor) {
        return Optional.ofNullable(actor.username()).flatMap(owner -> records.latestOf(owner, clock.instant()));
    }

    /** The finished ZIP of the caller's export {@code id}. */
    public ArchiveDownload zip(Actor actor, String id) {
        ArchiveExport export = find(actor, id);
        if (export.getState() == ArchiveExport.State.FAILED) {
            throw new DomainException(export.getFailure());
        }
        if (!export.isDone()) {
            throw new DomainException(ErrorCode.ARCHIVE_NOT_READY);
        }
        return new ArchiveDownload(export.getId(), export.getZipBytes(), records);
    }

    /** Every {@link ArchiveExport#HEARTBEAT}: the exports packed here are still at work. */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void beat() {
        if (packingHere.isEmpty()) {
            return;
        }
        try {
            records.beat(Set.copyOf(packingHere), clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record that archive exports " + packingHere + " are still packing", e);
        }
    }

    /**
     * Exports whose instance stopped are failed, and those ended an hour ago deleted, even when nobody starts a new
     * one; every instance does it, and {@link ArchiveExportRecords#forgetOld} lets them.
     */
    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void forgetOld() {
        try {
            records.forgetOld(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not forget old archive exports", e);
        }
    }

    private void pack(String id, List<Part> parts, Supplier<byte[]> registerBook) {
        try {
            Progress progress = new Progress(id);
            ChunkedOutputStream out = new ChunkedOutputStream(CHUNK_BYTES, progress::chunk);
            try (ArchiveZip zip = new ArchiveZip(out)) {
                int packed = 0;
                for (Part part : parts) {
                    try (InputStream pdf = Files.newInputStream(issuedPdfs.localCopy(part.sha256()))) {
                        if (!zip.add(part.name(), pdf).sha256().equals(part.sha256())) {
                            LOG.severe(() -> "the local copy of document " + part.documentId() + " does not match its SHA-256");
                            throw new DomainException(ErrorCode.ARCHIVE_FAILED);
                        }
                    }
                    progress.packed(++packed, ArchiveExport.Step.DOCUMENTS, false);
                }
                progress.packed(packed, ArchiveExport.Step.REGISTER_BOOK, true);
                zip.add(REGISTER_BOOK, new ByteArrayInputStream(registerBook.get()));
                zip.finish();
            }
            if (!records.succeeded(id, out.size(), clock.instant())) {
                LOG.warning(() -> "archive export " + id + " was packed, but had been failed meanwhile");
            }
        } catch (Abandoned e) {
            LOG.warning(() -> "archive export " + id + " was failed while this instance packed it: stopped");
        } catch (DomainException e) {
            giveUp(id, e.getCode());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "archive export " + id + " failed", e);
            giveUp(id, ErrorCode.ARCHIVE_FAILED);
        } finally {
            packingHere.remove(id);
        }
    }

    /** Fails the export; if even that cannot be written, its silent heartbeat fails it later. */
    private void giveUp(String id, ErrorCode code) {
        packingHere.remove(id);
        try {
            records.failed(id, code, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record that archive export " + id + " failed", e);
        }
    }

    /** {@code 12 PDF · TB · Từ ngày 01/01/2026}: how much, of what, for the audit trail. */
    static String detail(int count, Long issuerId, String typeCode, LocalDate from, LocalDate to) {
        String filters = RegisterBooks.period(from, to, typeCode == null || typeCode.isBlank() ? null : typeCode);
        return count + " PDF" + (issuerId == null ? "" : " · issuer " + issuerId) + (filters == null ? "" : " · " + filters);
    }

    /** The export was ended by another instance (it found this one silent too long): packing on is pointless. */
    private static final class Abandoned extends IOException {

        private static final long serialVersionUID = 1L;

        Abandoned(String id) {
            super("archive export " + id + " no longer runs");
        }
    }

    /** What the packing thread writes of one export: its chunks, and its progress at most every second. */
    private final class Progress {

        private final String id;
        private Instant written = Instant.EPOCH;

        Progress(String id) {
            this.id = id;
        }

        void packed(int packed, ArchiveExport.Step step, boolean now) throws Abandoned {
            Instant at = clock.instant();
            if (!now && at.isBefore(written.plus(PROGRESS_EVERY))) {
                return;
            }
            if (!records.packing(id, packed, step, at)) {
                throw new Abandoned(id);
            }
            written = at;
        }

        void chunk(int seq, byte[] content) throws Abandoned {
            if (!records.addChunk(id, seq, content, clock.instant())) {
                throw new Abandoned(id);
            }
        }
    }
}
