package vn.vanban.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.search.FlagTerm;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vanban.application.incoming.IntakeMailbox;
import vn.vanban.application.incoming.MailboxUnavailable;
import vn.vanban.domain.model.incoming.IncomingFileKind;
import vn.vanban.domain.model.incoming.IncomingMail;
import vn.vanban.domain.model.incoming.MailAttachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The intake mailbox over IMAP: {@code vanban.intake.imap.host} (environment {@code VANBAN_INTAKE_IMAP_HOST}; the
 * intake is off without it), {@code .port} (993 with SSL, 143 without), {@code .user}, {@code .password},
 * {@code .folder} (INBOX) and {@code .ssl} (true). Messages are read without setting their \Seen flag (peek), so
 * that only {@link #poll}'s caller decides when one counts as read. A message without a Message-ID is keyed by the
 * folder's UIDVALIDITY and its UID, which IMAP keeps stable.
 */
@ApplicationScoped
public class ImapMailbox implements IntakeMailbox {

    private static final Logger LOG = Logger.getLogger(ImapMailbox.class.getName());
    private static final String TIMEOUT_MS = "20000";
    /** Read one byte past the limit: enough for the file checks to refuse it as too large. */
    private static final int READ_LIMIT = IncomingFileKind.MAX_BYTES + 1;

    @Inject
    @ConfigProperty(name = "vanban.intake.imap.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "vanban.intake.imap.port")
    private Optional<Integer> port;

    // Optional, not defaultValue = "": MicroProfile Config counts an empty default as no value, and the portal then
    // failed to deploy wherever no mailbox was configured (the run command, FaultsIT's own domain).
    @Inject
    @ConfigProperty(name = "vanban.intake.imap.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "vanban.intake.imap.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "vanban.intake.imap.folder", defaultValue = "INBOX")
    private String folderName;

    @Inject
    @ConfigProperty(name = "vanban.intake.imap.ssl", defaultValue = "true")
    private boolean ssl;

    @Override
    public boolean configured() {
        return host.filter(name -> !name.isBlank()).isPresent();
    }

    @Override
    public int poll(Predicate<IncomingMail> take) throws MailboxUnavailable {
        String protocol = ssl ? "imaps" : "imap";
        Session session = Session.getInstance(properties(protocol));
        try (Store store = session.getStore(protocol)) {
            store.connect(host.orElseThrow(), port.orElse(ssl ? 993 : 143), user.orElse(""), password.orElse(""));
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_WRITE);
            try {
                return takeUnread(folder, take);
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw new MailboxUnavailable(protocol + "://" + host.orElse("") + "/" + folderName + ": " + e.getMessage(), e);
        }
    }

    private int takeUnread(Folder folder, Predicate<IncomingMail> take) throws MessagingException {
        int marked = 0;
        for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
            IncomingMail mail;
            try {
                mail = read((MimeMessage) message, folder);
            } catch (MessagingException | IOException e) {
                LOG.log(Level.WARNING, "E-mail intake: message " + message.getMessageNumber() + " unreadable", e);
                continue;
            }
            if (take.test(mail)) {
                message.setFlag(Flags.Flag.SEEN, true);
                marked++;
            }
        }
        return marked;
    }

    private static IncomingMail read(MimeMessage message, Folder folder) throws MessagingException, IOException {
        String messageId = message.getMessageID();
        if (messageId == null || messageId.isBlank()) {
            messageId = "<" + ((UIDFolder) folder).getUIDValidity() + "." + ((UIDFolder) folder).getUID(message)
                    + "@" + folder.getFullName() + ">";
        }
        Address[] from = message.getFrom();
        String name = null;
        String address = null;
        if (from != null && from.length > 0) {
            if (from[0] instanceof InternetAddress internet) {
                name = internet.getPersonal();
                address = internet.getAddress();
            } else {
                address = from[0].toString();
            }
        }
        List<MailAttachment> attachments = new ArrayList<>();
        collect(message, attachments);
        return new IncomingMail(messageId.strip(), name, address, message.getSubject(),
                message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                message.getReceivedDate() == null ? null : message.getReceivedDate().toInstant(), attachments);
    }

    /** The parts that are files (named, or given as attachments), in the order the message lists them. */
    private static void collect(Part part, List<MailAttachment> attachments) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), attachments);
            }
            return;
        }
        String fileName = part.getFileName();
        if (fileName == null && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return;
        }
        try (InputStream in = part.getInputStream()) {
            attachments.add(new MailAttachment(decoded(fileName), in.readNBytes(READ_LIMIT)));
        }
    }

    private static String decoded(String fileName) {
        if (fileName == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(fileName);
        } catch (UnsupportedEncodingException e) {
            return fileName;
        }
    }

    private static Properties properties(String protocol) {
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".peek", "true");
        properties.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
        properties.put("mail." + protocol + ".timeout", TIMEOUT_MS);
        return properties;
    }
}
