package vn.vanban.bench.reports;

import vn.vanban.reports.sign.LocalTimestampAuthority;
import vn.vanban.reports.sign.Minutes;
import vn.vanban.reports.sign.PadesSigner;
import vn.vanban.reports.sign.SignatureAppearance;
import vn.vanban.reports.sign.SigningKey;
import vn.vanban.reports.sign.development.DevelopmentCertificates;
import vn.vanban.reports.sign.longterm.LongTermSigner;
import vn.vanban.reports.sign.longterm.ValidationMaterial;
import vn.vanban.reports.sign.revocation.RevocationLists;
import vn.vanban.reports.sign.timestamp.HttpTimestampAuthority;
import vn.vanban.reports.sign.timestamp.TimestampAuthority;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Prints how long the long-term steps take on a warm JVM (median and 90th percentile of {@code runs} after
 * {@code warmup}) and how many bytes each adds, on the minutes signed visibly and time-stamped (B-T) by chair and
 * secretary: their validation data (B-LT), a document time-stamp from a TSA on the loopback interface (B-LTA), and
 * that time-stamp's own validation data. Not a test: run it with {@code mvn -q -pl bench -am package -DskipTests
 * -Pbench -Dbench.main=vn.vanban.bench.reports.LongTermBenchmark}.
 */
public final class LongTermBenchmark {

    private LongTermBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        DevelopmentCertificates ca = DevelopmentCertificates.newRoot(Minutes.ORGANISATION);
        SigningKey chair = ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION);
        SigningKey secretary = ca.issueSigner(Minutes.SECRETARY, Minutes.ORGANISATION);
        byte[] minutes = Minutes.rendered();
        SignatureAppearance chairs = Minutes.chairAppearance(minutes);
        SignatureAppearance secretarys = Minutes.secretaryAppearance();

        try (LocalTimestampAuthority tsa = new LocalTimestampAuthority(ca)) {
            TimestampAuthority timestamps = new HttpTimestampAuthority(tsa.uri(), Duration.ofSeconds(10));
            PadesSigner signer = new PadesSigner(timestamps);
            byte[] signed = signer.sign(signer.sign(minutes, chair, Minutes.chairRequest(), chairs), secretary,
                    Minutes.secretaryRequest(), secretarys);
            ValidationMaterial material = ValidationMaterial.ofRevocationLists(
                    RevocationLists.issue(ca.rootKey(), Instant.now(), Duration.ofDays(7), List.of()));
            LongTermSigner longTerm = new LongTermSigner(timestamps);
            System.out.printf("two visible time-stamped signatures (B-T): %d bytes%n", signed.length);

            byte[] withValidationData = measure("validation data of both signatures (B-LT)", warmup, runs,
                    signed.length, () -> longTerm.withValidationData(signed, material));
            byte[] archived = measure("document time-stamp, loopback TSA (B-LTA)", warmup, runs,
                    withValidationData.length, () -> longTerm.archive(withValidationData));
            measure("validation data of the document time-stamp", warmup, runs, archived.length,
                    () -> longTerm.withValidationData(archived, material));
        }
    }

    private static byte[] measure(String what, int warmup, int runs, int before, Supplier<byte[]> work) {
        TimedRuns<byte[]> timed = TimedRuns.of(warmup, runs, work);
        System.out.printf("%-46s %s; adds %d bytes%n", what, timed.figures(), timed.result().length - before);
        return timed.result();
    }
}
