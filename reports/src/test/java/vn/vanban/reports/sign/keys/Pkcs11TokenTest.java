package vn.vanban.reports.sign.keys;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.reports.sign.Minutes;
import vn.vanban.reports.sign.PadesSigner;
import vn.vanban.reports.sign.Pdfsig;
import vn.vanban.reports.sign.SigningKey;
import vn.vanban.reports.sign.SoftHsm;
import vn.vanban.reports.sign.development.DevelopmentCertificates;
import vn.vanban.reports.verify.PdfSignatureVerifier;
import vn.vanban.reports.verify.SignatureReport;

import java.security.GeneralSecurityException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A signer's key on a PKCS#11 token (SoftHSM2), used through SunPKCS11 without leaving the token. */
class Pkcs11TokenTest {

    private static final char[] PIN = "246810".toCharArray();

    private static DevelopmentCertificates ca;
    private static SigningKey software;
    private static Pkcs11Configuration configuration;

    @BeforeAll
    static void putADevelopmentKeyOnAFreshToken() throws Exception {
        Assumptions.assumeTrue(SoftHsm.available(),
                "SoftHSM2 (apt-get install softhsm2 opensc) is not installed or SOFTHSM2_CONF is not set");
        long slot = SoftHsm.initialiseToken("vanban-test", new String(PIN), "13579111");
        configuration = Pkcs11Configuration.slot(SoftHsm.LIBRARY, slot);
        ca = DevelopmentCertificates.newRoot(Minutes.ORGANISATION);
        software = ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION);
        try (Pkcs11Token token = Pkcs11Token.open(configuration, PIN)) {
            token.store("chair", software);
        }
    }

    @Test
    void theKeyComesBackWithItsWholeChainAndCannotBeRead() throws Exception {
        try (Pkcs11Token token = Pkcs11Token.open(configuration, PIN)) {
            assertThat(token.keyAliases()).containsExactly("chair");
            SigningKey onToken = token.onlyKey();

            assertThat(onToken.chain()).containsExactlyElementsOf(software.chain());
            assertThat(onToken.provider()).isNotNull();
            assertThat(onToken.provider().getName()).startsWith("SunPKCS11");
            assertThat(onToken.privateKey().getEncoded()).as("a sensitive key never leaves the token").isNull();
        }
    }

    @Test
    void aPdfSignedThroughTheTokenVerifiesAndPdfsigAgrees() throws Exception {
        byte[] signed;
        try (Pkcs11Token token = Pkcs11Token.open(configuration, PIN)) {
            signed = new PadesSigner().sign(Minutes.rendered(), token.key("chair"), Minutes.chairRequest());
        }

        List<SignatureReport> reports = new PdfSignatureVerifier(List.of(ca.root())).verify(signed);
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.intact()).isTrue();
            assertThat(r.trusted()).isTrue();
            assertThat(r.certificateSubject()).contains(Minutes.CHAIR);
        });
        if (Pdfsig.installed()) {
            assertThat(Pdfsig.validSignatures(Pdfsig.report(signed))).isEqualTo(1);
        }
    }

    @Test
    void aWrongPinIsRefused() {
        assertThatThrownBy(() -> Pkcs11Token.open(configuration, "000000".toCharArray()))
                .isInstanceOf(GeneralSecurityException.class).hasMessageContaining("refused the PIN");
    }

    @Test
    void anUnknownAliasIsNamedInTheError() throws Exception {
        try (Pkcs11Token token = Pkcs11Token.open(configuration, PIN)) {
            assertThatThrownBy(() -> token.key("secretary"))
                    .isInstanceOf(GeneralSecurityException.class).hasMessageContaining("secretary");
        }
    }
}
