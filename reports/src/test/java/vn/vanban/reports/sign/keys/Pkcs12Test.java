package vn.vanban.reports.sign.keys;

import org.junit.jupiter.api.Test;
import vn.vanban.reports.sign.SigningKey;
import vn.vanban.reports.sign.development.DevelopmentCertificates;

import java.io.IOException;
import java.security.GeneralSecurityException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Pkcs12Test {

    private static final char[] PASSWORD = "mat-khau-kho-khoa".toCharArray();

    @Test
    void aKeystoreIsUnlockedOnceAndTheSameKeyServesEverySignatureAfter() throws Exception {
        SigningKey key = DevelopmentCertificates.newRoot("BAN CHỈ ĐẠO").issueSigner("Trần Văn Hưng", "BAN CHỈ ĐẠO");
        byte[] keystore = Pkcs12.write(key, PASSWORD);

        SigningKey first = Pkcs12.read(keystore, PASSWORD);
        SigningKey again = Pkcs12.read(keystore.clone(), PASSWORD.clone());

        assertThat(first.certificate()).isEqualTo(key.certificate());
        assertThat(first.privateKey().getEncoded()).isEqualTo(key.privateKey().getEncoded());
        assertThat(again).isSameAs(first);
    }

    @Test
    void aWrongPasswordIsRefusedEvenWhenTheKeystoreWasUnlockedBefore() throws Exception {
        byte[] keystore = Pkcs12.write(DevelopmentCertificates.newRoot("BAN CHỈ ĐẠO")
                .issueSigner("Vũ Thị Mai", "BAN CHỈ ĐẠO"), PASSWORD);
        Pkcs12.read(keystore, PASSWORD);

        assertThatThrownBy(() -> Pkcs12.read(keystore, "doan-sai".toCharArray()))
                .isInstanceOfAny(GeneralSecurityException.class, IOException.class);
    }
}
