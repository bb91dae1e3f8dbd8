package vn.vanban.bench.reports;

import vn.vanban.reports.render.SignatureBlock;
import vn.vanban.reports.sign.LocalTimestampAuthority;
import vn.vanban.reports.sign.Minutes;
import vn.vanban.reports.sign.PadesSigner;
import vn.vanban.reports.sign.SignatureAppearance;
import vn.vanban.reports.sign.SignatureBox;
import vn.vanban.reports.sign.SigningKey;
import vn.vanban.reports.sign.SoftHsm;
import vn.vanban.reports.sign.development.DevelopmentCertificates;
import vn.vanban.reports.sign.development.DevelopmentImages;
import vn.vanban.reports.sign.keys.Pkcs11Configuration;
import vn.vanban.reports.sign.keys.Pkcs11Token;
import vn.vanban.reports.sign.timestamp.HttpTimestampAuthority;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Prints how long signing takes on a warm JVM (median and 90th percentile of {@code runs} after {@code warmup}):
 * rendering the minutes and signing them visibly twice (chair with seal, then secretary), and one signature
 * invisible, visible, time-stamped by a TSA on the loopback interface, and through a SoftHSM2 token. Not a test: run
 * it with {@code SOFTHSM2_CONF=$PWD/reports/target/softhsm/softhsm2.conf mvn -q -pl bench -am package -DskipTests
 * -Pbench -Dbench.main=vn.vanban.bench.reports.SigningBenchmark} (without SOFTHSM2_CONF the
 * token line is left out).
 */
public final class SigningBenchmark {

    private static final char[] PIN = "246810".toCharArray();

    private SigningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        DevelopmentCertificates ca = DevelopmentCertificates.newRoot(Minutes.ORGANISATION);
        SigningKey chair = ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION);
        SigningKey secretary = ca.issueSigner(Minutes.SECRETARY, Minutes.ORGANISATION);
        byte[] minutes = Minutes.rendered();
        SignatureBox box = SignatureBlock.find(minutes, Minutes.CHAIR).orElseThrow();
        SignatureAppearance chairs = new SignatureAppearance(box, DevelopmentImages.signature(Minutes.CHAIR),
                DevelopmentImages.seal(Minutes.ORGANISATION), Minutes.ORGANISATION);
        SignatureAppearance secretarys = new SignatureAppearance(Minutes.secretaryBox(),
                DevelopmentImages.signature(Minutes.SECRETARY), null, Minutes.ORGANISATION);
        PadesSigner signer = new PadesSigner();

        measure("render minutes + two visible signatures", warmup, runs, () -> {
            byte[] once = signer.sign(Minutes.rendered(), chair, Minutes.chairRequest(), chairs);
            return signer.sign(once, secretary, Minutes.secretaryRequest(), secretarys);
        });
        measure("one invisible signature (B-B)", warmup, runs,
                () -> signer.sign(minutes, chair, Minutes.chairRequest()));
        measure("one visible signature with seal (B-B)", warmup, runs,
                () -> signer.sign(minutes, chair, Minutes.chairRequest(), chairs));
        try (LocalTimestampAuthority tsa = new LocalTimestampAuthority(ca)) {
            PadesSigner stamped = new PadesSigner(new HttpTimestampAuthority(tsa.uri(), Duration.ofSeconds(10)));
            measure("one visible signature, time-stamped by a loopback TSA (B-T)", warmup, runs,
                    () -> stamped.sign(minutes, chair, Minutes.chairRequest(), chairs));
        }
        measure("development signature image + seal image (PNG)", warmup, runs, () -> {
            byte[] signature = DevelopmentImages.signature(Minutes.CHAIR);
            byte[] seal = DevelopmentImages.seal(Minutes.ORGANISATION);
            return Arrays.copyOf(signature, signature.length + seal.length);
        });
        if (SoftHsm.available()) {
            long slot = SoftHsm.initialiseToken("vanban-bench", new String(PIN), "13579111");
            Pkcs11Configuration configuration = Pkcs11Configuration.slot(SoftHsm.LIBRARY, slot);
            try (Pkcs11Token token = Pkcs11Token.open(configuration, PIN)) {
                token.store("chair", chair);
            }
            try (Pkcs11Token token = Pkcs11Token.open(configuration, PIN)) {
                SigningKey onToken = token.key("chair");
                measure("one invisible signature through SoftHSM2 (PKCS#11)", warmup, runs,
                        () -> signer.sign(minutes, onToken, Minutes.chairRequest()));
                measure("one visible signature through SoftHSM2 (PKCS#11)", warmup, runs,
                        () -> signer.sign(minutes, onToken, Minutes.chairRequest(), chairs));
            }
        } else {
            System.out.println("SoftHSM2 not available or SOFTHSM2_CONF not set: no PKCS#11 figures");
        }
    }

    private static void measure(String what, int warmup, int runs, Supplier<byte[]> work) {
        TimedRuns<byte[]> timed = TimedRuns.of(warmup, runs, work);
        System.out.printf("%-62s %s; %d bytes%n", what, timed.figures(), timed.result().length);
    }
}
