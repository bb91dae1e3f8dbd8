package vn.vanban.reports.sign.revocation;

import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.vanban.reports.sign.SigningKey;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;

/**
 * Certificate revocation lists (RFC 5280) that a certificate authority of the portal's own issues, so that a
 * validator outside the portal can tell that a signer's certificate was not revoked when it signed.
 */
public final class RevocationLists {

    private RevocationLists() {
    }

    /**
     * @param authority  the issuing CA's key and certificate
     * @param thisUpdate when the list is issued; its number is this time in seconds, so that later lists number higher
     * @param validity   until the next list is due
     * @param revoked    serial numbers of the certificates revoked, all as of {@code thisUpdate}
     * @return the DER encoding
     */
    public static byte[] issue(SigningKey authority, Instant thisUpdate, Duration validity, Collection<BigInteger> revoked)
            throws GeneralSecurityException {
        try {
            X509CertificateHolder issuer = new X509CertificateHolder(authority.certificate().getEncoded());
            X509v2CRLBuilder builder = new X509v2CRLBuilder(issuer.getSubject(), Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(thisUpdate.plus(validity)));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(thisUpdate.getEpochSecond())));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(authority.certificate().getPublicKey()));
            for (BigInteger serial : revoked) {
                builder.addCRLEntry(serial, Date.from(thisUpdate), CRLReason.unspecified);
            }
            return builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(authority.privateKey())).getEncoded();
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException("Cannot issue the revocation list", e);
        }
    }
}
