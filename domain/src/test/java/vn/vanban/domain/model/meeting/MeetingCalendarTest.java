package vn.vanban.domain.model.meeting;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingCalendarTest {

    private static final MeetingCalendar.Event QUARTERLY = new MeetingCalendar.Event(
            MeetingCalendar.uid(42, "vanban.example"), 0, Instant.parse("2026-03-10T02:00:00Z"),
            Instant.parse("2026-03-19T01:00:00Z"), Instant.parse("2026-03-19T04:30:00Z"),
            "Hội nghị giao ban quý I năm 2026 của Ban chỉ đạo xây dựng tổ chức đảng trong doanh nghiệp",
            "Phòng họp số 2, Quận ủy Long Biên; tầng 3", "1. Báo cáo kết quả quý I, nhiệm vụ quý II\n"
            + "2. Ý kiến của các thành viên, kết luận của đồng chí Trưởng ban",
            new MeetingCalendar.Person("Văn phòng Quận ủy", "vanphong@longbien.example.vn"),
            List.of(new MeetingCalendar.Person("Trần Văn Hưng", "hung.tv@longbien.example.vn"),
                    new MeetingCalendar.Person("Nguyễn Thị \"Lan\"", "lan.nt@longbien.example.vn")));

    @BeforeAll
    static void noTimeZoneDownloads() {
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    }

    @Test
    void aRequestCarriesTheMeetingInVietnamTimeWithItsOwnTimeZone() {
        String ics = unfolded(MeetingCalendar.request(QUARTERLY));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("\r\nMETHOD:REQUEST\r\n")
                .contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\n")
                .contains("\r\nTZOFFSETTO:+0700\r\n")
                .contains("\r\nUID:meeting-42@vanban.example\r\n")
                .contains("\r\nSEQUENCE:0\r\n")
                .contains("\r\nDTSTAMP:20260310T020000Z\r\n")
                .contains("\r\nDTSTART;TZID=Asia/Ho_Chi_Minh:20260319T080000\r\n")
                .contains("\r\nDTEND;TZID=Asia/Ho_Chi_Minh:20260319T113000\r\n")
                .contains("\r\nSTATUS:CONFIRMED\r\n")
                .contains("\r\nATTENDEE;CN=\"Nguyễn Thị Lan\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:"
                        + "mailto:lan.nt@longbien.example.vn\r\n");
    }

    @Test
    void everyLineEndsInCrlfAndNoLineIsLongerThan75Octets() {
        String ics = MeetingCalendar.request(QUARTERLY);

        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(Arrays.asList(ics.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        assertThat(ics).contains("\r\n ").as("the long Vietnamese summary is folded");
        assertThat(unfolded(ics)).contains("SUMMARY:Hội nghị giao ban quý I năm 2026 của Ban chỉ đạo xây dựng tổ chức "
                + "đảng trong doanh nghiệp\r\n");
    }

    @Test
    void foldingNeverSplitsACharacter() {
        StringBuilder out = new StringBuilder();
        MeetingCalendar.line(out, "DESCRIPTION:" + "Đảng bộ ".repeat(30));

        for (String line : out.toString().split("\r\n")) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).isLessThanOrEqualTo(75);
            assertThat(new String(octets, StandardCharsets.UTF_8)).isEqualTo(line);
        }
        assertThat(unfolded(out.toString())).isEqualTo("DESCRIPTION:" + "Đảng bộ ".repeat(30) + "\r\n");
    }

    @Test
    void textIsEscapedAsRfc5545Says() {
        assertThat(MeetingCalendar.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
        assertThat(unfolded(MeetingCalendar.request(QUARTERLY)))
                .contains("\r\nLOCATION:Phòng họp số 2\\, Quận ủy Long Biên\\; tầng 3\r\n")
                .contains("\r\nDESCRIPTION:1. Báo cáo kết quả quý I\\, nhiệm vụ quý II\\n2. Ý kiến");
    }

    @Test
    void aCancellationNamesTheSameEventWithAHigherSequence() {
        MeetingCalendar.Event cancelled = new MeetingCalendar.Event(QUARTERLY.uid(), 2,
                Instant.parse("2026-03-15T02:00:00Z"), QUARTERLY.start(), QUARTERLY.end(), QUARTERLY.title(),
                QUARTERLY.place(), null, QUARTERLY.organizer(), QUARTERLY.invitees());

        String ics = unfolded(MeetingCalendar.cancel(cancelled));

        assertThat(ics).contains("\r\nMETHOD:CANCEL\r\n").contains("\r\nSTATUS:CANCELLED\r\n")
                .contains("\r\nUID:meeting-42@vanban.example\r\n").contains("\r\nSEQUENCE:2\r\n")
                .doesNotContain("DESCRIPTION");
        assertThatThrownBy(() -> new MeetingCalendar.Event("u", -1, Instant.EPOCH, Instant.EPOCH, null, "t", null,
                null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalendarLibraryReadsTheFileBack() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(MeetingCalendar.request(QUARTERLY)));
        calendar.validate();

        assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
        VEvent event = (VEvent) calendar.getComponent(Component.VEVENT);
        assertThat(event.getUid().getValue()).isEqualTo("meeting-42@vanban.example");
        assertThat(event.getSequence().getSequenceNo()).isZero();
        assertThat(event.getSummary().getValue()).isEqualTo(QUARTERLY.title());
        assertThat(event.getLocation().getValue()).isEqualTo(QUARTERLY.place());
        assertThat(event.getDescription().getValue()).isEqualTo(QUARTERLY.description());
        DtStart start = event.getStartDate();
        assertThat(start.getDate().toInstant()).isEqualTo(QUARTERLY.start());
        assertThat(start.getTimeZone().getID()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(event.getEndDate().getDate().toInstant()).isEqualTo(QUARTERLY.end());
        assertThat(event.getProperties("ATTENDEE")).hasSize(2);
        assertThat(event.getProperty("ATTENDEE").getParameter("CN").getValue()).isEqualTo("Trần Văn Hưng");

        Calendar cancel = new CalendarBuilder().build(new StringReader(MeetingCalendar.cancel(QUARTERLY)));
        assertThat(cancel.getMethod().getValue()).isEqualTo("CANCEL");
    }

    /** The content lines as RFC 5545 3.1 unfolds them: a CRLF followed by one space or tab is removed. */
    private static String unfolded(String ics) {
        return ics.replaceAll("\r\n[ \t]", "");
    }
}
