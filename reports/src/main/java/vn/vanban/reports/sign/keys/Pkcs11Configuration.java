package vn.vanban.reports.sign.keys;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which PKCS#11 token to use: the vendor's library and the slot, either by its id or by its position in the
 * library's list of slots with a token. SunPKCS11 selects slots only these two ways; a token label is shown by the
 * vendor's tools ({@code softhsm2-util --show-slots}, {@code pkcs11-tool -L}) next to the slot id to configure.
 *
 * @param slotId        the slot's id; null to select by {@code slotListIndex}
 * @param slotListIndex position in the list of slots (0 for the first); ignored when {@code slotId} is given
 */
public record Pkcs11Configuration(Path library, Long slotId, int slotListIndex) {

    public Pkcs11Configuration {
        Objects.requireNonNull(library, "library");
        if (slotListIndex < 0) {
            throw new IllegalArgumentException("slotListIndex must not be negative: " + slotListIndex);
        }
    }

    public static Pkcs11Configuration slot(Path library, long slotId) {
        return new Pkcs11Configuration(library, slotId, 0);
    }

    public static Pkcs11Configuration firstSlot(Path library) {
        return new Pkcs11Configuration(library, null, 0);
    }

    /** The SunPKCS11 configuration file's text (JDK PKCS#11 reference guide). */
    String sunPkcs11(String name) {
        return "name = " + name + "\n"
                + "library = " + library.toAbsolutePath() + "\n"
                + (slotId != null ? "slot = " + slotId : "slotListIndex = " + slotListIndex) + "\n";
    }
}
