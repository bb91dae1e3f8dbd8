package vn.vanban.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times what the portal does for the minutes of a meeting once they are approved: render them to PDF/A-2b at issue,
 * then the chair's certifying visible signature and the secretary's, through the API of a running portal (three
 * requests, timed one after the other from this client on the same machine). Every run is a new meeting of the demo
 * committee whose minutes carry exactly the text of the demo minutes. Writes the same minutes as a DOCX for
 * LibreOffice to convert.
 * <p>
 * Usage: {@code MinutesBenchmark BASE_URL RUNS WARMUPS DOCX}
 */
public final class MinutesBenchmark {

    private MinutesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int runs = Integer.parseInt(args[1]);
        int warmups = Integer.parseInt(args[2]);
        Path docx = Path.of(args[3]);

        Portal admin = Portal.loggedIn(base, "admin");
        Portal secretariat = Portal.loggedIn(base, "vanthu");
        Portal chair = Portal.loggedIn(base, "hung.tv");
        Portal secretary = Portal.loggedIn(base, "mai.vt");

        Portal.Reply demo = secretariat.get("api/documents/" + demoMinutesId(secretariat)).expect(200);
        Portal.Reply meeting = secretariat.get("api/meetings/" + meetingOf(secretariat, demo.id())).expect(200);
        Portal.Reply issuer = admin.get("api/admin/issuers/" + demo.number("issuerId")).expect(200);
        MinutesDocx.write(docx, MinutesDocx.Minutes.of(demo, issuer));

        String schedule = """
                {"committeeId":%d,"kind":"QUARTERLY_REVIEW","title":"%s","startsAt":"%s","endsAt":"%s","place":"%s",
                 "chairId":%d,"chairPosition":"%s","secretaryId":%d,"secretaryPosition":"%s"}""".formatted(
                meeting.number("committeeId"), meeting.raw("title"), meeting.raw("startsAt"), meeting.raw("endsAt"),
                meeting.raw("place"), admin.userId("hung.tv"), meeting.raw("chairPosition"), admin.userId("mai.vt"),
                meeting.raw("secretaryPosition"));
        String issueDate = "{\"issueDate\":\"" + demo.string("issueDate") + "\"}";

        double[] total = new double[runs];
        double[] issue = new double[runs];
        double[] firstSignature = new double[runs];
        double[] secondSignature = new double[runs];
        double[] inServer = new double[runs];
        String[] steps = {"number-tx", "pdf-tx", "render", "store", "total"};
        String[] signingSteps = {"sign-tx", "sign", "store", "total"};
        double[][] issueSteps = new double[steps.length][runs];
        double[][] signSteps = new double[signingSteps.length][2 * runs];
        long lastId = 0;
        for (int i = -warmups; i < runs; i++) {
            long id = approvedMinutes(secretariat, chair, schedule, demo);
            long t0 = System.nanoTime();
            Portal.Reply issued = secretariat.post("api/documents/" + id + "/issue", issueDate).expect(200);
            long t1 = System.nanoTime();
            Portal.Reply first = chair.post("api/documents/" + id + "/sign", "").expect(200);
            long t2 = System.nanoTime();
            Portal.Reply signed = secretary.post("api/documents/" + id + "/sign", "").expect(200);
            long t3 = System.nanoTime();
            if (!signed.body().contains("\"signedBy\":[\"hung.tv\",\"mai.vt\"]")) {
                throw new IllegalStateException("Not signed by both: " + signed.body());
            }
            if (i >= 0) {
                total[i] = (t3 - t0) / 1e6;
                issue[i] = (t1 - t0) / 1e6;
                firstSignature[i] = (t2 - t1) / 1e6;
                secondSignature[i] = (t3 - t2) / 1e6;
                inServer[i] = serverTiming(issued, "render") + serverTiming(first, "sign") + serverTiming(signed, "sign");
                for (int s = 0; s < steps.length; s++) {
                    issueSteps[s][i] = serverTiming(issued, steps[s]);
                }
                for (int s = 0; s < signingSteps.length; s++) {
                    signSteps[s][2 * i] = serverTiming(first, signingSteps[s]);
                    signSteps[s][2 * i + 1] = serverTiming(signed, signingSteps[s]);
                }
            }
            lastId = id;
        }
        byte[] pdf = secretariat.bytes("api/documents/" + lastId + "/pdf");
        Path pdfCopy = docx.resolveSibling("minutes-portal.pdf");
        Files.write(pdfCopy, pdf);

        System.out.println("portal: issue (render PDF/A-2b) + chair's signature + secretary's signature, " + warmups
                + " warm-up runs");
        System.out.println("  total:            " + Figures.ofMillis(total));
        System.out.println("  issue:            " + Figures.ofMillis(issue));
        System.out.println("  first signature:  " + Figures.ofMillis(firstSignature));
        System.out.println("  second signature: " + Figures.ofMillis(secondSignature));
        System.out.println("  signed minutes:   " + pdf.length / 1024 + " KB, " + pdfCopy);
        System.out.println("  in the server (Server-Timing: render + sign + sign): " + Figures.ofMillis(inServer));
        System.out.println("  where an issue's time goes (Server-Timing; number-tx and pdf-tx are the two transactions,"
                + " render and store (the PDF written) are inside pdf-tx, total is the whole request in the server):");
        for (int s = 0; s < steps.length; s++) {
            System.out.println("    " + steps[s] + ": " + Figures.ofMillis(issueSteps[s]));
        }
        System.out.println("  where a signature's time goes (sign-tx is the transaction, with sign, the PAdES signature, and store, the signed PDF written, inside it):");
        for (int s = 0; s < signingSteps.length; s++) {
            System.out.println("    " + signingSteps[s] + ": " + Figures.ofMillis(signSteps[s]));
        }
        System.out.printf(java.util.Locale.ROOT, "PORTAL_MEDIAN_MS=%.1f%nPORTAL_MIN_MS=%.1f%nSERVER_MEDIAN_MS=%.1f%n",
                Figures.ofMillis(total).median(), Figures.ofMillis(total).min(), Figures.ofMillis(inServer).median());
    }

    /** The duration of {@code step} in the reply's Server-Timing header ({@code render;dur=41.2}). */
    private static double serverTiming(Portal.Reply reply, String step) {
        Matcher m = Pattern.compile("\\b" + step + ";dur=([0-9.]+)").matcher(reply.header("Server-Timing"));
        if (!m.find()) {
            throw new IllegalStateException("No " + step + " in Server-Timing: " + reply.header("Server-Timing"));
        }
        return Double.parseDouble(m.group(1));
    }

    private static long demoMinutesId(Portal secretariat) {
        return secretariat.get("api/documents?type=BB&status=PUBLISHED&first=0&max=1").expect(200).number("id");
    }

    /** Read page by page: on a portal that earlier runs left running, the demo meeting is far down the list. */
    private static long meetingOf(Portal secretariat, long minutesId) {
        Pattern withMinutes = Pattern.compile("\"id\":(\\d+),[^{}]*\"minutesDocumentId\":" + minutesId + "\\b");
        for (int first = 0; ; first += 200) {
            String meetings = secretariat.get("api/meetings?first=" + first + "&max=200").expect(200).body();
            Matcher m = withMinutes.matcher(meetings);
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
            if (!meetings.contains("\"id\":")) {
                throw new IllegalStateException("No meeting with minutes " + minutesId);
            }
        }
    }

    /** A new meeting of the demo committee, its minutes drafted, given the demo text, submitted and approved. */
    private static long approvedMinutes(Portal secretariat, Portal chair, String schedule, Portal.Reply demo) {
        long meeting = secretariat.post("api/meetings", schedule).expect(201).id();
        Portal.Reply draft = secretariat.post("api/meetings/" + meeting + "/minutes", "").expect(201);
        long id = draft.id();
        secretariat.put("api/documents/" + id, """
                {"basedOnVersion":%d,"summary":"%s","body":"%s","signerId":%d,"signerPosition":"%s","recipients":"%s",
                 "audience":"%s","committeeIds":[%d]}""".formatted(draft.number("currentVersion"), demo.raw("summary"),
                demo.raw("body"), demo.number("signerId"), demo.raw("signerPosition"), demo.raw("recipients"),
                demo.raw("audience"), meetingCommittee(demo))).expect(200);
        secretariat.post("api/documents/" + id + "/submit", "{}").expect(200);
        chair.post("api/documents/" + id + "/approve", "{}").expect(200);
        return id;
    }

    private static long meetingCommittee(Portal.Reply demo) {
        Matcher m = Pattern.compile("\"committeeIds\":\\[(\\d+)").matcher(demo.body());
        return m.find() ? Long.parseLong(m.group(1)) : 1;
    }

    static String dateLine(String place, LocalDate date) {
        return "%s, ngày %d tháng %d năm %d".formatted(place, date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
