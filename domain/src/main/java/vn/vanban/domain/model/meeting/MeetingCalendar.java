package vn.vanban.domain.model.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * The iCalendar file (RFC 5545) that goes with a meeting's invitation, so that the invitee's calendar shows the
 * meeting: {@code METHOD:REQUEST} when the meeting is announced or moved, {@code METHOD:CANCEL} when it is called
 * off. Guarantees: one UID per meeting, so that every later file updates the same calendar entry; times in
 * {@code Asia/Ho_Chi_Minh} with the time zone described in the file itself (no client has to know the name); lines
 * end in CRLF, are folded at 75 octets without splitting a character, and text is escaped as the RFC says.
 */
public final class MeetingCalendar {

    public static final String ZONE_ID = "Asia/Ho_Chi_Minh";
    public static final String CONTENT_TYPE_REQUEST = "text/calendar; charset=UTF-8; method=REQUEST";
    public static final String CONTENT_TYPE_CANCEL = "text/calendar; charset=UTF-8; method=CANCEL";

    private static final ZoneId ZONE = ZoneId.of(ZONE_ID);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;

    /** Someone named in the file: the organiser or an invitee. */
    public record Person(String name, String email) {

        public Person {
            Objects.requireNonNull(email, "email");
        }
    }

    /**
     * What the file says about the meeting. {@code sequence} starts at 0 and grows each time the time or place
     * changes after the invitation went out; {@code end} may be unknown.
     */
    public record Event(String uid, int sequence, Instant stamp, Instant start, Instant end, String title,
                        String place, String description, Person organizer, List<Person> invitees) {

        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(title, "title");
            if (sequence < 0) {
                throw new IllegalArgumentException("A sequence is never negative, got " + sequence);
            }
            invitees = invitees == null ? List.of() : List.copyOf(invitees);
        }
    }

    private MeetingCalendar() {
    }

    /** The meeting announced, or moved: the calendar adds the entry, or updates it when the sequence is higher. */
    public static String request(Event event) {
        return calendar("REQUEST", "CONFIRMED", event);
    }

    /** The meeting called off: the calendar removes (or marks cancelled) the entry with the same UID. */
    public static String cancel(Event event) {
        return calendar("CANCEL", "CANCELLED", event);
    }

    /** A stable UID for a meeting, the same in every file sent about it. */
    public static String uid(long meetingId, String domain) {
        return "meeting-" + meetingId + "@" + domain;
    }

    private static String calendar(String method, String status, Event event) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "PRODID:-//vanban//Cong van ban//VI");
        line(out, "VERSION:2.0");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method);
        timeZone(out);
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + text(event.uid()));
        line(out, "DTSTAMP:" + UTC.format(event.stamp()));
        line(out, "SEQUENCE:" + event.sequence());
        line(out, "DTSTART;TZID=" + ZONE_ID + ":" + LOCAL.format(event.start().atZone(ZONE)));
        if (event.end() != null) {
            line(out, "DTEND;TZID=" + ZONE_ID + ":" + LOCAL.format(event.end().atZone(ZONE)));
        }
        line(out, "SUMMARY:" + text(event.title()));
        if (event.place() != null && !event.place().isBlank()) {
            line(out, "LOCATION:" + text(event.place()));
        }
        if (event.description() != null && !event.description().isBlank()) {
            line(out, "DESCRIPTION:" + text(event.description()));
        }
        if (event.organizer() != null) {
            line(out, "ORGANIZER" + commonName(event.organizer()) + ":mailto:" + event.organizer().email());
        }
        for (Person invitee : event.invitees()) {
            line(out, "ATTENDEE" + commonName(invitee)
                    + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:" + invitee.email());
        }
        line(out, "STATUS:" + status);
        line(out, "TRANSP:OPAQUE");
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Vietnam has kept UTC+7 without daylight saving since 1975: one standard observance describes it. */
    private static void timeZone(StringBuilder out) {
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + ZONE_ID);
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19750613T000000");
        line(out, "TZOFFSETFROM:+0700");
        line(out, "TZOFFSETTO:+0700");
        line(out, "TZNAME:ICT");
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
    }

    /** A CN parameter, quoted; a double quote cannot appear inside a quoted parameter value, so it is dropped. */
    private static String commonName(Person person) {
        if (person.name() == null || person.name().isBlank()) {
            return "";
        }
        return ";CN=\"" + person.name().replace("\"", "").replaceAll("[\\r\\n]+", " ") + "\"";
    }

    /** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as {@code \n}. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
    }

    /** Appends one content line, folded so that no physical line exceeds 75 octets of UTF-8 (RFC 5545 3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
