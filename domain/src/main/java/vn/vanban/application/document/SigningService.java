package vn.vanban.application.document;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vanban.application.Actor;
import vn.vanban.application.audit.AuditTrail;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.account.UserAccountRepository;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.file.FileStore;
import vn.vanban.domain.model.file.StoredFile;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.signing.SigningCredential;
import vn.vanban.domain.model.signing.SigningCredentialRepository;
import vn.vanban.infrastructure.file.FileCache;
import vn.vanban.infrastructure.persistence.SigningCredentialCreator;
import vn.vanban.infrastructure.signing.KeystorePassword;
import vn.vanban.infrastructure.signing.SigningToken;
import vn.vanban.infrastructure.timing.ServerTiming;
import vn.vanban.reports.render.SignatureBlock;
import vn.vanban.reports.sign.PadesSigner;
import vn.vanban.reports.sign.SignatureAppearance;
import vn.vanban.reports.sign.SignatureBox;
import vn.vanban.reports.sign.SignatureRequest;
import vn.vanban.reports.sign.SigningKey;
import vn.vanban.reports.sign.development.DevelopmentCertificates;
import vn.vanban.reports.sign.development.DevelopmentImages;
import vn.vanban.reports.sign.keys.Pkcs12;
import vn.vanban.reports.sign.longterm.LongTermSigner;
import vn.vanban.reports.sign.longterm.ValidationData;
import vn.vanban.reports.sign.longterm.ValidationMaterial;
import vn.vanban.reports.sign.revocation.FetchedRevocationLists;
import vn.vanban.reports.sign.revocation.PublishedRevocationLists;
import vn.vanban.reports.sign.revocation.RevocationLists;
import vn.vanban.reports.sign.timestamp.HttpTimestampAuthority;
import vn.vanban.reports.sign.timestamp.TimestampAuthority;
import vn.vanban.reports.sign.timestamp.TimestampUnavailableException;

import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The signers' digital signatures on an issued document (PAdES B-B, or B-T with a time-stamping authority, over
 * the issued PDF), visible where the document's layout puts each signer's block. Each signer has a key of their own; without configured key material the portal makes development keys, certified by a development root CA
 * that it creates at first use, and marks them DEVELOPMENT. The root and each signer's key are made once, however
 * many instances need them at the same moment: the first one stored is the one every instance uses.
 */
@Stateless
public class SigningService {

    private static final Logger LOG = Logger.getLogger(SigningService.class.getName());
    private static final Duration TSA_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REVOCATION_LIST_VALIDITY = Duration.ofDays(7);

    @Inject
    private AuditTrail audit;

    @Inject
    private DocumentService documents;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private FileStore files;

    @Inject
    private FileCache fileCache;

    @Inject
    private SigningCredentialRepository storedCredentials;

    @Inject
    private SigningCredentialCreator credentials;

    @Inject
    private KeystorePassword password;

    @Inject
    private SigningToken token;

    @Inject
    @ConfigProperty(name = "vanban.tsa.url")
    private Optional<String> timestampAuthorityUrl;

    /** Where the signer certificates say the root and its revocation list are published ({@code /ca/root.crl}). */
    @Inject
    @ConfigProperty(name = "vanban.public-url", defaultValue = "http://localhost:8080/")
    private String publicUrl;

    private final Clock clock = Clock.systemUTC();

    public Document sign(Actor actor, long id) {
        Document document = documents.get(actor, id);
        if (!document.isRequiredSigner(actor.username())) {
            throw new DomainException(ErrorCode.NOT_THE_SIGNER);
        }
        if (document.hasSigned(actor.username())) {
            throw new DomainException(ErrorCode.ALREADY_SIGNED);
        }
        if (!document.nextSigner().map(p -> p.getUsername().equals(actor.username())).orElse(false)) {
            throw new DomainException(ErrorCode.NOT_YOUR_TURN_TO_SIGN);
        }
        byte[] issued = Optional.ofNullable(document.getPdfSha256()).map(this::content)
                .orElseThrow(() -> new DomainException(ErrorCode.PDF_NOT_FOUND));
        UserAccount person = accounts.findByUsername(actor.username()).orElseThrow();
        SigningKey key = keyOf(person, document.getIssuer().getName());
        Instant now = clock.instant();
        boolean first = document.getSignatures().isEmpty();
        SignatureRequest request = new SignatureRequest(person.getDisplayName(),
                "Ký ban hành " + document.getNumberText(), document.getIssuer().getPlaceName(),
                ZonedDateTime.ofInstant(now, DocumentService.VIETNAM), document.isNextSignatureCertifying());
        boolean last = document.isNextSignatureTheLast();
        byte[] signed;
        try {
            byte[] withSignature = ServerTiming.time("sign", () -> signer().sign(issued, key, request,
                    appearance(box(document, issued, person), person.getDisplayName(),
                            document.getIssuer().getName(), first)));
            signed = last ? ServerTiming.time("ltv", () -> forTheYears(withSignature)) : withSignature;
        } catch (TimestampUnavailableException e) {
            throw new DomainException(ErrorCode.TSA_UNAVAILABLE);
        }
        StoredFile stored = ServerTiming.time("store", () -> files.storeMadeNow(new StoredFile(signed, IssuedPdfService.PDF, now)));
        document.recordSignature(actor.username(), key.certificate().getSubjectX500Principal().getName(),
                stored.getSha256(), now);
        audit.record(actor, AuditAction.DOCUMENT_SIGNED, AuditTrail.document(id), stored.getSha256());
        return document;
    }

    /**
     * The file the next signature goes on: from this server's memory when it stored the file itself (the issue or the
     * previous signature, an instant before), else from its local copy or the database.
     */
    private byte[] content(String sha256) {
        return fileCache.bytesOf(sha256, () -> storedContent(sha256)).orElseGet(() -> storedContent(sha256));
    }

    private byte[] storedContent(String sha256) {
        return files.find(sha256).map(StoredFile::getContent).orElseThrow(() -> new DomainException(ErrorCode.PDF_NOT_FOUND));
    }

    /**
     * The visible signature of Decree 30 in the signer's block of the PDF: their signature image and, on the first
     * signature, the organisation's seal over its left third (the secretary's signature on minutes has no seal).
     * Development images stand in for scanned ones. A PDF without the signer's block is refused rather than signed
     * invisibly: a member holding it would see no signature and no seal.
     */
    static SignatureAppearance appearance(SignatureBox box, String signerName, String organisation, boolean withSeal) {
        return new SignatureAppearance(box, DevelopmentImages.signature(signerName),
                withSeal ? DevelopmentImages.seal(organisation) : null, organisation);
    }

    /**
     * Where the signer's block is: as the layout recorded it when the PDF was rendered, or, for a document issued
     * before that was recorded, as found in the text of the file.
     */
    static SignatureBox box(Document document, byte[] pdf, UserAccount signer) {
        return document.signaturePlaceOf(signer.getUsername())
                .map(place -> new SignatureBox(place.getPageIndex(), place.getX(), place.getY(), place.getWidth(),
                        place.getHeight()))
                .or(() -> SignatureBlock.find(pdf, signer.getDisplayName()))
                .orElseThrow(() -> new DomainException(ErrorCode.SIGNATURE_BLOCK_NOT_FOUND));
    }

    /** B-T when a time-stamping authority is configured ({@code vanban.tsa.url}), otherwise B-B. */
    private PadesSigner signer() {
        return timestampAuthority().map(PadesSigner::new).orElseGet(PadesSigner::new);
    }

    private Optional<TimestampAuthority> timestampAuthority() {
        return timestampAuthorityUrl.filter(url -> !url.isBlank())
                .map(url -> new HttpTimestampAuthority(URI.create(url), TSA_TIMEOUT));
    }

    /**
     * The fully signed file made checkable for years, once its last signer has signed: with a time-stamping
     * authority and the development root, PAdES B-LT (the chains and the root's revocation list, issued after the
     * signatures' time-stamps, in the file's document security store), then B-LTA (a document time-stamp over all
     * of it, with its own chain added). Members download that file from publication on. Without an authority the
     * signatures stay B-B, and the verification report says what that means for a reader; with a token of a real
     * CA the portal has no revocation data to embed, and the signatures stay B-T.
     */
    private byte[] forTheYears(byte[] signed) {
        Optional<TimestampAuthority> authority = timestampAuthority();
        Optional<byte[]> revocationList = authority.isPresent() && !token.isConfigured() ? revocationList() : Optional.empty();
        if (authority.isEmpty() || revocationList.isEmpty()) {
            return signed;
        }
        List<byte[]> revocationLists = new ArrayList<>(List.of(revocationList.get()));
        revocationLists.addAll(publishedRevocationLists(signed));
        return new LongTermSigner(authority.get()).completed(signed, new ValidationMaterial(revocationLists, List.of()));
    }

    /** The roots whose certificates the portal trusts when it verifies a signature: today its development root. */
    public List<X509Certificate> trustedRoots() {
        try {
            Optional<SigningCredential> root = credential(SigningCredential.ROOT);
            return root.isPresent() ? List.of(Pkcs12.read(root.get().getKeystore(), password.get()).certificate()) : List.of();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The development root cannot be read", e);
        }
    }

    /**
     * The root certificate that outside validators anchor trust in, as the portal publishes it: the development
     * root, once the portal has made one. Empty before the first signing key exists.
     */
    public Optional<X509Certificate> publishedRoot() {
        return trustedRoots().stream().findFirst();
    }

    /**
     * A revocation list of the development root, issued now and due again in {@link #REVOCATION_LIST_VALIDITY}, so
     * that a validator outside the portal can tell that no signer certificate was revoked. The portal revokes none:
     * a signer who leaves keeps their earlier signatures valid, and loses their key with their account.
     */
    public Optional<byte[]> revocationList() {
        try {
            Optional<SigningCredential> root = credential(SigningCredential.ROOT);
            if (root.isEmpty()) {
                return Optional.empty();
            }
            SigningKey rootKey = Pkcs12.read(root.get().getKeystore(), password.get());
            return Optional.of(RevocationLists.issue(rootKey, clock.instant(), REVOCATION_LIST_VALIDITY, List.of()));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The development root cannot issue its revocation list", e);
        }
    }

    /**
     * The revocation lists that the time-stamping authority's certificates name (their CRL distribution points),
     * fetched now so that the file carries them: without them a validator could not conclude on the time-stamps in
     * years. The portal's own certificates need none fetched. What cannot be fetched is logged and left out; the file
     * is then B-LT for the signatures and the time-stamps' status is left to the validator.
     */
    private List<byte[]> publishedRevocationLists(byte[] signed) {
        List<X509Certificate> outside = ValidationData.certificatesIn(signed).stream()
                .filter(certificate -> trustedRoots().stream().noneMatch(root ->
                        root.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())))
                .toList();
        FetchedRevocationLists fetched = new PublishedRevocationLists(TSA_TIMEOUT, TSA_TIMEOUT).fetchFor(outside);
        fetched.failures().forEach((address, reason) ->
                LOG.warning(() -> "No revocation list from " + address + ": " + reason));
        return fetched.encoded();
    }

    private SigningKey keyOf(UserAccount person, String organisation) {
        if (token.isConfigured()) {
            return token.key(person.getUsername());
        }
        try {
            Optional<SigningCredential> own = credential(person.getUsername());
            if (own.isPresent()) {
                return Pkcs12.read(own.get().getKeystore(), password.get());
            }
            return keep(person.getUsername(), developmentRoot(organisation).issueSigner(person.getDisplayName(),
                    organisation, URI.create(publicUrl)));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The signing key of " + person.getUsername() + " cannot be used", e);
        }
    }

    private DevelopmentCertificates developmentRoot(String organisation) throws GeneralSecurityException, IOException {
        Optional<SigningCredential> stored = credential(SigningCredential.ROOT);
        if (stored.isPresent()) {
            return DevelopmentCertificates.of(Pkcs12.read(stored.get().getKeystore(), password.get()));
        }
        return DevelopmentCertificates.of(keep(SigningCredential.ROOT,
                DevelopmentCertificates.newRoot(organisation).rootKey()));
    }

    /**
     * Stores the new key of {@code owner} in a transaction of its own and returns it; if another transaction stored
     * a key of the same owner first (the owner is unique), returns that one instead, so that everybody signs with it.
     */
    private SigningKey keep(String owner, SigningKey key) throws GeneralSecurityException, IOException {
        try {
            credentials.create(new SigningCredential(owner, key.certificate().getSubjectX500Principal().getName(),
                    Pkcs12.write(key, password.get()), true, clock.instant()));
            return key;
        } catch (EJBException storedMeanwhile) {
            SigningCredential first = credential(owner).orElseThrow(() -> new IllegalStateException(
                    "The signing key of " + owner + " could not be stored", storedMeanwhile));
            return Pkcs12.read(first.getKeystore(), password.get());
        }
    }

    private Optional<SigningCredential> credential(String owner) {
        return storedCredentials.findByOwner(owner);
    }
}
