package vn.vanban.domain.model.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutgoingMailTest {

    private static final Instant WRITTEN = Instant.parse("2026-03-19T01:30:00Z");
    private static final MailRetries TWO_ATTEMPTS = new MailRetries(Duration.ofSeconds(10), Duration.ofMinutes(1), 2);

    private static OutgoingMail mail() {
        return new OutgoingMail("lan.nt@longbien.example.vn", "[Văn bản mới] Thông báo", "Nội dung", WRITTEN);
    }

    @Test
    void aNewMailIsPendingAndDueAtOnce() {
        OutgoingMail mail = mail();

        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.getNextAttemptAt()).isEqualTo(WRITTEN);
        assertThat(mail.getAttempts()).isZero();
    }

    @Test
    void aSentMailIsMarkedSentAndNoLongerDue() {
        OutgoingMail mail = mail();

        mail.sent(WRITTEN.plusSeconds(1));

        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(mail.getSentAt()).isEqualTo(WRITTEN.plusSeconds(1));
        assertThat(mail.getNextAttemptAt()).isNull();
        assertThat(mail.getAttempts()).isEqualTo(1);
    }

    @Test
    void aMailOnlyLoggedIsMarkedSoThatNobodySendsItLater() {
        OutgoingMail mail = mail();

        mail.logged(WRITTEN);

        assertThat(mail.getStatus()).isEqualTo(MailStatus.LOGGED);
        assertThat(mail.getSentAt()).isEqualTo(WRITTEN);
        assertThat(mail.getNextAttemptAt()).isNull();
    }

    @Test
    void aFailedAttemptKeepsTheMailPendingUntilItsNextAttemptWithTheError() {
        OutgoingMail mail = mail();

        assertThat(mail.failed(WRITTEN, "Connection refused", TWO_ATTEMPTS)).contains(WRITTEN.plusSeconds(10));

        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.getNextAttemptAt()).isEqualTo(WRITTEN.plusSeconds(10));
        assertThat(mail.getLastError()).isEqualTo("Connection refused");
        assertThat(mail.getAttempts()).isEqualTo(1);
    }

    @Test
    void theLastFailedAttemptGivesUpAndKeepsTheMailWithItsError() {
        OutgoingMail mail = mail();
        mail.failed(WRITTEN, "Connection refused", TWO_ATTEMPTS);

        assertThat(mail.failed(WRITTEN.plusSeconds(10), "550 mailbox unavailable", TWO_ATTEMPTS)).isEmpty();

        assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.getNextAttemptAt()).isNull();
        assertThat(mail.getSentAt()).isNull();
        assertThat(mail.getLastError()).isEqualTo("550 mailbox unavailable");
        assertThat(mail.getAttempts()).isEqualTo(2);
    }

    @Test
    void aLongErrorIsShortenedToWhatTheColumnHolds() {
        OutgoingMail mail = mail();

        mail.failed(WRITTEN, "x".repeat(2_000), TWO_ATTEMPTS);

        assertThat(mail.getLastError()).hasSize(OutgoingMail.ERROR_LENGTH);
    }

    @Test
    void aMailNoLongerPendingCannotBeMarkedAgain() {
        OutgoingMail mail = mail();
        mail.sent(WRITTEN);

        assertThatThrownBy(() -> mail.sent(WRITTEN)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> mail.failed(WRITTEN, "late", TWO_ATTEMPTS)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eachMailHoldsItsOwnCopyOfAFileSentToMany() {
        MailAttachment pdf = MailAttachment.storedFile("01-GM_BCĐ.pdf", "application/pdf", "ab".repeat(32));
        OutgoingMail first = new OutgoingMail("a@example.vn", "Giấy mời", "Kính mời", List.of(pdf), WRITTEN);
        OutgoingMail second = new OutgoingMail("b@example.vn", "Giấy mời", "Kính mời", List.of(pdf), WRITTEN);

        assertThat(first.getAttachments()).hasSize(1).first().isNotSameAs(second.getAttachments().get(0))
                .satisfies(file -> {
                    assertThat(file.getStoredFileSha256()).isEqualTo("ab".repeat(32));
                    assertThat(file.getFileName()).isEqualTo("01-GM_BCĐ.pdf");
                    assertThat(file.getTextContent()).isNull();
                });
    }
}
