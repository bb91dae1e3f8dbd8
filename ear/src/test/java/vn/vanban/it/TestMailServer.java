package vn.vanban.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail server the portal under test sends to (GreenMail on {@code vanban.it.smtpPort}), and the waiting for its
 * messages: mail leaves through the outbox after the commit, so a suite waits for what it expects instead of reading
 * the mailbox at once.
 */
public final class TestMailServer {

    /** Longer than the outbox's first retry, for a deployment still warming up on a loaded machine. */
    private static final long PATIENCE_SECONDS = 90;

    private final GreenMail smtp;

    private TestMailServer(GreenMail smtp) {
        this.smtp = smtp;
    }

    public static TestMailServer start() {
        ServerSetup setup = new ServerSetup(Integer.getInteger("vanban.it.smtpPort", 28025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP);
        // GreenMail's default of 2 s to bind is short for a build machine busy deploying.
        setup.setServerStartupTimeout(10_000);
        GreenMail smtp = new GreenMail(setup);
        smtp.start();
        return new TestMailServer(smtp);
    }

    public void stop() {
        smtp.stop();
    }

    /** The messages received so far whose subject contains {@code subjectPart}. */
    public List<MimeMessage> received(String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(subjectPart)).toList();
    }

    /** The messages whose subject contains {@code subjectPart}, once there are {@code count} of them. */
    public List<MimeMessage> awaitReceived(String subjectPart, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        List<MimeMessage> messages = received(subjectPart);
        while (messages.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(250);
            messages = received(subjectPart);
        }
        assertThat(messages).as(subjectPart).hasSize(count);
        return messages;
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
