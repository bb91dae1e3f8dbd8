package vn.vanban.application;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The register's issued PDFs packed as a ZIP for handing over to the archive (nộp lưu): every PDF of what the
 * register's filters keep, checked against its SHA-256 on the way in, the register book of the same entries, and a
 * list of contents with every file's hash. Packing up to {@value #MAX_DOCUMENTS} documents takes a while, so it runs
 * on the server's managed executor and the screen follows its progress. An export belongs to whoever started it;
 * its file is deleted an hour after it ended. Directory: {@code vanban.archive.dir}, by default
 * {@code vanban-archives} in the server's temporary directory.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ArchiveExports {

    static final int MAX_DOCUMENTS = RegisterBooks.MAX_ROWS;
    static final String REGISTER_BOOK = "So-dang-ky-van-ban-di.pdf";
    /** Each export keeps a core busy while it runs; beyond three the portal's pages would slow down for everyone. */
    static final int MAX_RUNNING = 3;
    static final Duration KEPT = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(ArchiveExports.class.getName());

    @Inject
    private DocumentService documents;

    @Inject
    private RegisterBooks books;

    @Inject
    private IssuedPdfService issuedPdfs;

    @Inject
    private AuditTrail audit;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "vanban.archive.dir")
    private Optional<String> configuredDirectory;

    private final Map<String, ArchiveExport> exports = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();
    private Path directory;

    private record Part(long documentId, String name, String sha256) {
    }

    /** Starts packing what the register shows for these filters; the caller follows it with {@link #find}. */
    public ArchiveExport start(Actor actor, Long issuerId, String typeCode, LocalDate from, LocalDate to) {
        List<Part> parts = documents.register(actor, issuerId, typeCode, from, to, 0, MAX_DOCUMENTS).stream()
                .filter(d -> d.getPdfSha256() != null)
                .map(d -> new Part(d.getId(), PdfFileNames.of(d), d.getPdfSha256())).toList();
        forgetEnded();
        ArchiveExport export;
        synchronized (exports) {
            if (exports.values().stream().anyMatch(e -> e.isRunning() && e.ownedBy(actor))) {
                throw new DomainException(ErrorCode.ARCHIVE_RUNNING);
            }
            if (exports.values().stream().filter(ArchiveExport::isRunning).count() >= MAX_RUNNING) {
                throw new DomainException(ErrorCode.SERVER_BUSY);
            }
            String id = UUID.randomUUID().toString();
            export = new ArchiveExport(id, actor.username(), directory().resolve(id + ".zip"), parts.size() + 1,
                    clock.instant());
            exports.put(id, export);
        }
        ArchiveExport started = export;
        try {
            audit.record(actor, AuditAction.ARCHIVE_EXPORTED, AuditTrail.REGISTER,
                    detail(parts.size(), issuerId, typeCode, from, to));
            executor.execute(() -> pack(started, parts, () -> books.pdf(actor, issuerId, typeCode, from, to, MAX_DOCUMENTS)));
        } catch (RejectedExecutionException busy) {
            started.failed(ErrorCode.SERVER_BUSY, clock.instant());
            throw new DomainException(ErrorCode.SERVER_BUSY);
        } catch (RuntimeException e) {
            // An export that never started must not hold its owner's (or the server's) turn.
            started.failed(ErrorCode.ARCHIVE_FAILED, clock.instant());
            throw e;
        }
        return export;
    }

    /** The caller's export {@code id}; someone else's is as unknown as one that never was. */
    public ArchiveExport find(Actor actor, String id) {
        ArchiveExport export = id == null ? null : exports.get(id);
        if (export == null || !export.ownedBy(actor)) {
            throw new NotFoundException(ErrorCode.ARCHIVE_NOT_FOUND);
        }
        return export;
    }

    /** The caller's newest export still kept, for a screen opened again while one runs. */
    public Optional<ArchiveExport> latest(Actor actor) {
        return exports.values().stream().filter(e -> e.ownedBy(actor))
                .max(Comparator.comparing(ArchiveExport::getStarted));
    }

    /** The finished ZIP of the caller's export {@code id}. */
    public Path zip(Actor actor, String id) {
        ArchiveExport export = find(actor, id);
        if (export.getState() == ArchiveExport.State.FAILED) {
            throw new DomainException(export.getFailure());
        }
        if (!export.isDone() || !Files.isRegularFile(export.file())) {
            throw new DomainException(ErrorCode.ARCHIVE_NOT_READY);
        }
        return export.file();
    }

    private void pack(ArchiveExport export, List<Part> parts, Supplier<byte[]> registerBook) {
        Path partial = export.file().resolveSibling(export.getId() + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 256 * 1024);
                 ArchiveZip zip = new ArchiveZip(out)) {
                for (Part part : parts) {
                    try (InputStream pdf = Files.newInputStream(issuedPdfs.localCopy(part.sha256()))) {
                        if (!zip.add(part.name(), pdf).sha256().equals(part.sha256())) {
                            LOG.severe(() -> "the local copy of document " + part.documentId() + " does not match its SHA-256");
                            throw new DomainException(ErrorCode.ARCHIVE_FAILED);
                        }
                    }
                    export.packedOne();
                }
                export.printingTheBook();
                zip.add(REGISTER_BOOK, new ByteArrayInputStream(registerBook.get()));
                export.packedOne();
                zip.finish();
            }
            Files.move(partial, export.file(), StandardCopyOption.ATOMIC_MOVE);
            export.succeeded(clock.instant());
        } catch (DomainException e) {
            export.failed(e.getCode(), clock.instant());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "archive export " + export.getId() + " failed", e);
            export.failed(ErrorCode.ARCHIVE_FAILED, clock.instant());
        } finally {
            deleteQuietly(partial);
        }
    }

    /** {@code 12 PDF · TB · Từ ngày 01/01/2026}: how much, of what, for the audit trail. */
    static String detail(int count, Long issuerId, String typeCode, LocalDate from, LocalDate to) {
        String filters = RegisterBooks.period(from, to, typeCode == null || typeCode.isBlank() ? null : typeCode);
        return count + " PDF" + (issuerId == null ? "" : " · issuer " + issuerId) + (filters == null ? "" : " · " + filters);
    }

    private void forgetEnded() {
        Instant limit = clock.instant().minus(KEPT);
        exports.values().removeIf(export -> {
            if (!export.endedBefore(limit)) {
                return false;
            }
            deleteQuietly(export.file());
            return true;
        });
    }

    private Path directory() {
        if (directory == null) {
            try {
                directory = Files.createDirectories(configuredDirectory.map(Path::of)
                        .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "vanban-archives")));
                forgetEarlierRuns(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return directory;
    }

    /** Files left by a server that stopped while packing or within the hour: no export of this one knows them. */
    private static void forgetEarlierRuns(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            files.filter(f -> f.getFileName().toString().matches("[0-9a-f-]{36}\\.(zip|part)"))
                    .forEach(ArchiveExports::deleteQuietly);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete " + file, e);
        }
    }
}
