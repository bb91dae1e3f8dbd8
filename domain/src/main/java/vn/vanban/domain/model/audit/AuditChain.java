package vn.vanban.domain.model.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain over the audit trail. Each sealed entry has a position (1, 2, 3 … without gaps), the hash of the
 * entry before it and its own hash: SHA-256 over its position, the previous hash and every field, each written with
 * its length so that no two different entries encode alike. Changing a sealed entry changes its hash; removing one
 * leaves a gap; recomputing the hashes after a change means rewriting every later entry, which the published chain
 * head (the last hash, shown to the administrator) then betrays.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Seals {@code next} as the entry after {@code previous} ({@code null}: the chain is empty). */
    public static void link(AuditEntry previous, AuditEntry next) {
        long position = previous == null ? 1 : previous.getPosition() + 1;
        String previousHash = previous == null ? GENESIS : previous.getHash();
        next.seal(position, previousHash, hash(position, previousHash, next));
    }

    static String hash(long position, String previousHash, AuditEntry entry) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        sha256.update(ByteBuffer.allocate(2 * Long.BYTES).putLong(position).putLong(entry.getAt().toEpochMilli()).array());
        for (String field : new String[]{previousHash, entry.getActor(), entry.getAction(), entry.getSubject(),
                entry.getDetail()}) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(field == null ? -1 : bytes.length).array());
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Checks sealed entries handed over in the order of their positions, from the first; pages at a time. */
    public static final class Verifier {

        private long expectedPosition = 1;
        private String expectedPrevious = GENESIS;
        private long checked;
        private AuditVerification.Break broken;

        public void accept(AuditEntry entry) {
            if (broken != null) {
                return;
            }
            checked++;
            if (entry.getPosition() == null || entry.getPosition() != expectedPosition) {
                broken = new AuditVerification.Break(expectedPosition, entry.getId(), "MISSING_ENTRY");
            } else if (!expectedPrevious.equals(entry.getPreviousHash())) {
                broken = new AuditVerification.Break(expectedPosition, entry.getId(), "LINK_BROKEN");
            } else if (!hash(expectedPosition, expectedPrevious, entry).equals(entry.getHash())) {
                broken = new AuditVerification.Break(expectedPosition, entry.getId(), "ENTRY_ALTERED");
            } else {
                expectedPosition++;
                expectedPrevious = entry.getHash();
            }
        }

        public boolean isBroken() {
            return broken != null;
        }

        /** The verdict; {@code unsealed}: entries written but not yet linked, which the chain does not cover yet. */
        public AuditVerification result(long unsealed) {
            return new AuditVerification(checked, unsealed, broken == null ? expectedPrevious : null, broken);
        }
    }
}
