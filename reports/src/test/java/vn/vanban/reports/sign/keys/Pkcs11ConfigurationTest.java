package vn.vanban.reports.sign.keys;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.security.GeneralSecurityException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Pkcs11ConfigurationTest {

    @Test
    void aSlotIdIsWrittenAsSlotAndOtherwiseTheListIndex() {
        assertThat(Pkcs11Configuration.slot(Path.of("/usr/lib/vendor/p11.so"), 1234).sunPkcs11("vanban-1"))
                .isEqualTo("name = vanban-1\nlibrary = /usr/lib/vendor/p11.so\nslot = 1234\n");
        assertThat(Pkcs11Configuration.firstSlot(Path.of("/usr/lib/vendor/p11.so")).sunPkcs11("vanban-2"))
                .isEqualTo("name = vanban-2\nlibrary = /usr/lib/vendor/p11.so\nslotListIndex = 0\n");
    }

    @Test
    void aMissingLibraryIsAClearSecurityError() {
        Pkcs11Configuration missing = Pkcs11Configuration.firstSlot(Path.of("/nonexistent/libvendor-p11.so"));

        assertThatThrownBy(() -> Pkcs11Token.open(missing, "1234".toCharArray()))
                .isInstanceOf(GeneralSecurityException.class).hasMessageContaining("PKCS#11");
    }
}
