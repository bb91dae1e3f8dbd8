package vn.vanban.reports.sign.development;

import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.reports.sign.Minutes;
import vn.vanban.reports.sign.SigningKey;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the signer certificates of the development CA say that the portal publishes the root and its CRL. */
class DevelopmentCertificatesTest {

    private static DevelopmentCertificates ca;

    @BeforeAll
    static void makeRoot() throws Exception {
        ca = DevelopmentCertificates.newRoot(Minutes.ORGANISATION);
    }

    @Test
    void aSignerIssuedForThePublicBaseNamesTheRootsRevocationListAndCertificateBelowIt() throws Exception {
        X509Certificate signer = ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION,
                URI.create("https://vanban.example.vn")).certificate();

        assertThat(distributionPoints(signer)).containsExactly("https://vanban.example.vn/ca/root.crl");
        assertThat(caIssuers(signer)).containsExactly("https://vanban.example.vn/ca/root.cer");
        signer.verify(ca.root().getPublicKey());
    }

    @Test
    void aSignerHasAnEcdsaP256KeyCertifiedByAnRsa3072Root() throws Exception {
        SigningKey signer = ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION);

        assertThat(signer.privateKey().getAlgorithm()).isEqualTo("EC");
        ECPublicKey key = (ECPublicKey) signer.certificate().getPublicKey();
        assertThat(key.getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
        assertThat(key.getParams().toString()).contains("secp256r1");
        assertThat(signer.certificate().getSigAlgName()).isEqualTo("SHA256withRSA");
        assertThat(((RSAPublicKey) ca.root().getPublicKey()).getModulus().bitLength()).isEqualTo(3072);
        signer.certificate().verify(ca.root().getPublicKey());
    }

    @Test
    void aContextPathIsKeptAndATrailingSlashDropped() throws Exception {
        X509Certificate signer = ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION,
                URI.create("http://127.0.0.1:8080/vanban/")).certificate();

        assertThat(distributionPoints(signer)).containsExactly("http://127.0.0.1:8080/vanban/ca/root.crl");
        assertThat(caIssuers(signer)).containsExactly("http://127.0.0.1:8080/vanban/ca/root.cer");
    }

    @Test
    void aSignerIssuedWithoutPublicBaseNamesNoLocation() throws Exception {
        X509Certificate signer = ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION).certificate();

        assertThat(signer.getExtensionValue(Extension.cRLDistributionPoints.getId())).isNull();
        assertThat(signer.getExtensionValue(Extension.authorityInfoAccess.getId())).isNull();
    }

    @Test
    void aPublicBaseThatIsNoWebAddressIsRefused() {
        for (String base : List.of("/vanban", "ldap://directory.example.vn", "https://vanban.example.vn/?x=1")) {
            assertThatThrownBy(() -> ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION, URI.create(base)))
                    .as(base).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static List<String> distributionPoints(X509Certificate certificate) throws Exception {
        CRLDistPoint points = CRLDistPoint.fromExtensions(new JcaX509CertificateHolder(certificate).getExtensions());
        List<String> uris = new ArrayList<>();
        for (DistributionPoint point : points.getDistributionPoints()) {
            uris.addAll(uris(GeneralNames.getInstance(point.getDistributionPoint().getName())));
        }
        return uris;
    }

    private static List<String> caIssuers(X509Certificate certificate) throws Exception {
        AuthorityInformationAccess access = AuthorityInformationAccess.fromExtensions(
                new JcaX509CertificateHolder(certificate).getExtensions());
        List<String> uris = new ArrayList<>();
        for (AccessDescription description : access.getAccessDescriptions()) {
            if (description.getAccessMethod().equals(AccessDescription.id_ad_caIssuers)) {
                uris.addAll(uris(new GeneralNames(description.getAccessLocation())));
            }
        }
        return uris;
    }

    private static List<String> uris(GeneralNames names) {
        List<String> uris = new ArrayList<>();
        for (GeneralName name : names.getNames()) {
            if (name.getTagNo() == GeneralName.uniformResourceIdentifier) {
                uris.add(name.getName().toString());
            }
        }
        return uris;
    }
}
