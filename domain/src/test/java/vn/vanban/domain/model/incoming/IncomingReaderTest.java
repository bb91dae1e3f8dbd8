package vn.vanban.domain.model.incoming;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.IssuerDetails;
import vn.vanban.domain.model.organisation.NumberingRule;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IncomingReaderTest {

    private static final Instant ARRIVED = Instant.parse("2026-03-19T02:30:00Z");
    private static final long STEERING_ID = 7;
    private static final DocumentType RESOLUTION = new DocumentType("NQ", "Nghị quyết", "NGHỊ QUYẾT", "<p>...</p>");

    private static final IncomingReader SECRETARIAT = new IncomingReader("vanthu", true, true, Set.of());
    private static final IncomingReader HEAD = new IncomingReader("hung.tv", true, false, Set.of(STEERING_ID));
    private static final IncomingReader OTHER_SIGNER = new IncomingReader("son.lv", true, false, Set.of(99L));
    private static final IncomingReader MEMBER = new IncomingReader("lan.nt", false, false, Set.of());
    private static final IncomingReader ASSISTING_MEMBER = new IncomingReader("mai.vt", false, false, Set.of());

    private static IncomingDocument received(Confidentiality confidentiality) {
        Issuer steering = new Issuer(new IssuerDetails("BAN CHỈ ĐẠO", "QUẬN ỦY LONG BIÊN", "BCĐ", "Long Biên",
                NumberingRule.PARTY_PER_TYPE_PER_TERM, LocalDate.of(2025, 10, 20), null));
        withId(steering, STEERING_ID);
        Receipt receipt = new Receipt("Thành ủy Hà Nội", "09-NQ/TU", LocalDate.of(2026, 3, 10),
                "Về tăng cường công tác phát triển đảng viên", Urgency.NORMAL, confidentiality, Medium.PAPER, ARRIVED,
                "Văn phòng", null);
        return new IncomingDocument(steering, RESOLUTION, receipt, "a".repeat(64), "nq-09.pdf", IncomingFileKind.PDF,
                "vanthu");
    }

    /** The id the database would give; the rule compares receiving bodies by it. */
    private static void withId(Issuer issuer, long id) {
        try {
            Field field = Issuer.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(issuer, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IncomingDocument routedTo(Confidentiality confidentiality) {
        IncomingDocument document = received(confidentiality);
        document.register(1, "vanthu", ARRIVED);
        document.route(new Assignee("lan.nt", "Nguyễn Thị Lan"), List.of(new Assignee("mai.vt", "Vũ Thị Mai")), null,
                "Chủ trì tham mưu", null, "hung.tv", ARRIVED);
        return document;
    }

    @Test
    void staffReadWhatIsNotConfidentialAndMembersOnlyWhatIsAssignedToThem() {
        IncomingDocument unrouted = received(Confidentiality.NONE);
        IncomingDocument routed = routedTo(Confidentiality.NONE);

        assertThat(List.of(SECRETARIAT, HEAD, OTHER_SIGNER)).allMatch(reader -> reader.mayRead(unrouted));
        assertThat(MEMBER.mayRead(unrouted)).isFalse();
        assertThat(MEMBER.mayRead(routed)).as("leads it").isTrue();
        assertThat(ASSISTING_MEMBER.mayRead(routed)).as("assists").isTrue();
        assertThat(new IncomingReader("tuan.pq", false, false, Set.of()).mayRead(routed)).isFalse();
    }

    @Test
    void aConfidentialDocumentIsReadByTheSecretariatTheReceivingBodysSignersAndThoseAssigned() {
        IncomingDocument secret = received(Confidentiality.SECRET);
        IncomingDocument routed = routedTo(Confidentiality.SECRET);

        assertThat(SECRETARIAT.mayRead(secret)).isTrue();
        assertThat(HEAD.mayRead(secret)).as("sits on a committee of the receiving body").isTrue();
        assertThat(OTHER_SIGNER.mayRead(secret)).as("staff, but of another body").isFalse();
        assertThat(MEMBER.mayRead(secret)).isFalse();
        assertThat(OTHER_SIGNER.mayRead(routed)).isFalse();
        assertThat(MEMBER.mayRead(routed)).isTrue();
        assertThat(ASSISTING_MEMBER.mayRead(routed)).isTrue();
    }
}
