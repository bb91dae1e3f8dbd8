package vn.vanban.reports.sign.revocation;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.reports.sign.DistributionPointCertificates;
import vn.vanban.reports.sign.LocalDistributionPoints;
import vn.vanban.reports.sign.Minutes;
import vn.vanban.reports.sign.development.DevelopmentCertificates;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Revocation lists fetched from distribution points on a local server that answers well and badly. */
class PublishedRevocationListsTest {

    private static final Duration PATIENT = Duration.ofSeconds(10);

    private static DevelopmentCertificates ca;
    private static DevelopmentCertificates sameNameOtherKey;
    private static DevelopmentCertificates otherAuthority;
    private static LocalDistributionPoints server;
    private static PublishedRevocationLists lists;

    @BeforeAll
    static void startDistributionPoints() throws Exception {
        ca = DevelopmentCertificates.newRoot(Minutes.ORGANISATION);
        sameNameOtherKey = DevelopmentCertificates.newRoot(Minutes.ORGANISATION);
        otherAuthority = DevelopmentCertificates.newRoot("Tổ chức khác");
        server = new LocalDistributionPoints();
        server.serve(DevelopmentCertificates.REVOCATION_LIST_PATH, () -> listOf(ca));
        lists = new PublishedRevocationLists(PATIENT, PATIENT);
    }

    @AfterAll
    static void stopDistributionPoints() {
        server.close();
    }

    @Test
    void theListAtThePortalsDistributionPointIsFetchedForASignerItIssued() throws Exception {
        X509Certificate signer = ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION, server.base()).certificate();

        FetchedRevocationLists fetched = lists.fetchFor(List.of(signer, ca.root()));

        URI location = server.uri(DevelopmentCertificates.REVOCATION_LIST_PATH);
        assertThat(fetched.obtained()).containsOnlyKeys(location);
        assertThat(fetched.obtained().get(location).getIssuerX500Principal()).isEqualTo(ca.root().getSubjectX500Principal());
        fetched.obtained().get(location).verify(ca.root().getPublicKey());
        assertThat(fetched.failures()).isEmpty();
        assertThat(fetched.withoutDistributionPoint()).isEmpty();
    }

    @Test
    void aListServedAsPemIsGivenDerEncoded() throws Exception {
        byte[] der = listOf(ca);
        String pem = "-----BEGIN X509 CRL-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END X509 CRL-----\n";
        URI location = server.serve("/pem.crl", () -> pem.getBytes(StandardCharsets.US_ASCII));

        FetchedRevocationLists fetched = lists.fetchFor(List.of(issuedByCa(location.toString())));

        assertThat(fetched.encoded()).containsExactly(der);
        assertThat(parse(fetched.encoded().get(0)).getIssuerX500Principal())
                .isEqualTo(ca.root().getSubjectX500Principal());
    }

    @Test
    void twoCertificatesNamingOneAddressCauseOneRequest() throws Exception {
        URI location = server.serve("/shared.crl", () -> listOf(ca));
        X509Certificate first = issuedByCa(location.toString());
        X509Certificate second = issuedByCa(location.toString());

        FetchedRevocationLists fetched = lists.fetchFor(List.of(first, second, ca.root()));

        assertThat(server.requests("/shared.crl")).isEqualTo(1);
        assertThat(fetched.obtained()).containsOnlyKeys(location);
        assertThat(fetched.failures()).isEmpty();
    }

    @Test
    void aSelfSignedRootNeedsNoListEvenWhenItNamesADistributionPoint() throws Exception {
        URI location = server.serve("/root-of-its-own.crl", () -> listOf(ca));

        FetchedRevocationLists fetched = lists.fetchFor(List.of(
                DistributionPointCertificates.selfSigned("Root", location.toString()), ca.root()));

        assertThat(server.requests("/root-of-its-own.crl")).isZero();
        assertThat(fetched.obtained()).isEmpty();
        assertThat(fetched.failures()).isEmpty();
        assertThat(fetched.withoutDistributionPoint()).isEmpty();
    }

    @Test
    void aCertificateNamingNoDistributionPointIsReportedAsSuch() throws Exception {
        X509Certificate signer = ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION).certificate();

        FetchedRevocationLists fetched = lists.fetchFor(List.of(signer));

        assertThat(fetched.withoutDistributionPoint()).containsExactly(signer);
        assertThat(fetched.obtained()).isEmpty();
        assertThat(fetched.failures()).isEmpty();
    }

    @Test
    void anAddressAnsweringNotFoundIsAFailure() throws Exception {
        URI location = server.status("/missing.crl", 404);

        assertThat(failuresFor(location.toString())).containsExactly(entry(location.toString(), "answered HTTP 404"));
    }

    @Test
    void anAddressAnsweringSomethingElseThanAListIsAFailure() throws Exception {
        URI location = server.serve("/garbage.crl", () -> "<html>Not here</html>".getBytes(StandardCharsets.UTF_8));

        assertThat(failuresFor(location.toString())).containsExactly(
                entry(location.toString(), "answered something that is not an X.509 revocation list"));
    }

    @Test
    void anAnswerAnnouncingMoreThanTheLimitIsRefused() throws Exception {
        URI location = server.announcing("/huge.crl", PublishedRevocationLists.DEFAULT_SIZE_LIMIT + 1);

        assertThat(failuresFor(location.toString())).containsExactly(
                entry(location.toString(), "answers more than " + PublishedRevocationLists.DEFAULT_SIZE_LIMIT + " bytes"));
    }

    @Test
    void anAnswerThatGoesOnPastTheLimitIsCutOff() throws Exception {
        URI location = server.endless("/endless.crl");
        PublishedRevocationLists small = new PublishedRevocationLists(PATIENT, PATIENT, 100_000);

        FetchedRevocationLists fetched = small.fetchFor(List.of(issuedByCa(location.toString())));

        assertThat(fetched.failures()).containsExactly(entry(location.toString(), "answers more than 100000 bytes"));
    }

    @Test
    void anAddressWhereNobodyListensIsAFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String location = "http://127.0.0.1:" + closedPort + "/root.crl";

        assertThat(failuresFor(location)).hasEntrySatisfying(location,
                reason -> assertThat(reason).startsWith("cannot be connected to"));
    }

    @Test
    void aServerThatKeepsTheAnswerBackIsGivenUpAfterTheTimeout() throws Exception {
        URI location = server.silent("/silent.crl");
        PublishedRevocationLists impatient = new PublishedRevocationLists(PATIENT, Duration.ofMillis(300));

        FetchedRevocationLists fetched = impatient.fetchFor(List.of(issuedByCa(location.toString())));

        assertThat(fetched.failures()).hasEntrySatisfying(location.toString(),
                reason -> assertThat(reason).startsWith("gave no answer in time"));
    }

    @Test
    void anLdapAddressIsReportedAndNotFetched() throws Exception {
        String ldap = "ldap://directory.example.vn/cn=Root,o=Test?certificateRevocationList";

        assertThat(failuresFor(ldap)).containsExactly(
                entry(ldap, "not fetched: only valid http and https addresses are"));
    }

    @Test
    void whenOneAddressOfACertificateGivesAListTheOthersAreNoFailures() throws Exception {
        URI missing = server.status("/gone.crl", 404);
        URI present = server.uri(DevelopmentCertificates.REVOCATION_LIST_PATH);

        FetchedRevocationLists fetched = lists.fetchFor(List.of(
                issuedByCa("ldap://directory.example.vn/cn=Root", missing.toString(), present.toString())));

        assertThat(fetched.obtained()).containsOnlyKeys(present);
        assertThat(fetched.failures()).isEmpty();
    }

    @Test
    void aRedirectIsFollowedAndTheListKeptUnderTheAddressTheCertificateNames() throws Exception {
        URI moved = server.redirect("/moved.crl", DevelopmentCertificates.REVOCATION_LIST_PATH);

        FetchedRevocationLists fetched = lists.fetchFor(List.of(issuedByCa(moved.toString()), ca.root()));

        assertThat(fetched.obtained()).containsOnlyKeys(moved);
        assertThat(fetched.failures()).isEmpty();
    }

    @Test
    void redirectsInALoopAreGivenUpAfterAFew() throws Exception {
        URI loop = server.redirect("/loop.crl", "/loop.crl");

        assertThat(failuresFor(loop.toString())).containsExactly(entry(loop.toString(),
                "redirected more than " + RevocationListDownloads.MOST_REDIRECTS + " times"));
        assertThat(server.requests("/loop.crl")).isEqualTo(RevocationListDownloads.MOST_REDIRECTS + 1);
    }

    @Test
    void aListOfAnotherAuthorityIsRefused() throws Exception {
        URI location = server.serve("/other.crl", () -> listOf(otherAuthority));

        assertThat(failuresFor(location.toString())).hasEntrySatisfying(location.toString(),
                reason -> assertThat(reason).startsWith("answered a list of " + otherAuthority.root()
                        .getSubjectX500Principal() + ", not of " + ca.root().getSubjectX500Principal()));
    }

    @Test
    void aListInTheIssuersNameThatItsKeyDidNotSignIsRefusedWhenTheIssuerIsGiven() throws Exception {
        URI location = server.serve("/forged.crl", () -> listOf(sameNameOtherKey));
        X509Certificate certificate = issuedByCa(location.toString());

        FetchedRevocationLists fetched = lists.fetchFor(List.of(certificate, ca.root()));

        assertThat(fetched.obtained()).isEmpty();
        assertThat(fetched.failures()).hasEntrySatisfying(location.toString(),
                reason -> assertThat(reason).endsWith("that its key did not sign"));
    }

    /** The validator checks the signature against the issuer it finds; without one here, the name has to do. */
    @Test
    void withoutTheIssuersCertificateAListIsCheckedByNameOnly() throws Exception {
        URI location = server.serve("/unverifiable.crl", () -> listOf(sameNameOtherKey));

        FetchedRevocationLists fetched = lists.fetchFor(List.of(issuedByCa(location.toString())));

        assertThat(fetched.obtained()).containsOnlyKeys(location);
    }

    private static Map<String, String> failuresFor(String location) throws Exception {
        FetchedRevocationLists fetched = lists.fetchFor(List.of(issuedByCa(location), ca.root()));
        assertThat(fetched.obtained()).isEmpty();
        return fetched.failures();
    }

    private static X509Certificate issuedByCa(String... locations) throws Exception {
        return DistributionPointCertificates.issuedBy(ca.rootKey(), "Signer", locations);
    }

    private static byte[] listOf(DevelopmentCertificates authority) throws Exception {
        return RevocationLists.issue(authority.rootKey(), Instant.now(), Duration.ofDays(7), List.of());
    }

    private static X509CRL parse(byte[] der) throws Exception {
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
    }
}
