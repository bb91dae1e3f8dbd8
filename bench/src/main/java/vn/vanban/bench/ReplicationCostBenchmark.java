package vn.vanban.bench;

import java.net.URI;

/**
 * What session replication costs a user: the time of a login through the login page (GET of the form, POST, the
 * session created) and of a member's download of a signed PDF with that session, one after another on an otherwise
 * idle portal. Run against the cluster once deployed with availability and once without, the two sets of figures
 * are the price of high availability.
 * Usage: ReplicationCostBenchmark BASE_URL PDF_PATH RUNS
 */
public final class ReplicationCostBenchmark {

    private static final int WARM_UP = 10;

    private ReplicationCostBenchmark() {
    }

    public static void main(String[] args) {
        URI base = URI.create(args[0]);
        String pdf = args[1];
        int runs = Integer.parseInt(args[2]);
        for (int i = 0; i < WARM_UP; i++) {
            Portal.loggedIn(base, "lan.nt").bytes(pdf);
        }
        double[] logins = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            Portal.loggedIn(base, "lan.nt");
            logins[i] = (System.nanoTime() - started) / 1e6;
        }
        Portal member = Portal.loggedIn(base, "lan.nt");
        double[] downloads = new double[runs];
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            bytes = member.bytes(pdf).length;
            downloads[i] = (System.nanoTime() - started) / 1e6;
        }
        System.out.println("login through the login page: " + Figures.ofMillis(logins));
        System.out.println("signed PDF download (" + bytes / 1024 + " KB) with the session: " + Figures.ofMillis(downloads));
    }
}
