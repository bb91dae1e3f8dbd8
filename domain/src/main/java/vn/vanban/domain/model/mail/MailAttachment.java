package vn.vanban.domain.model.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/**
 * A file sent with an outgoing mail: either a stored file, named by its SHA-256 (a signed PDF is kept once however
 * many invitees receive it), or a short text written for this one mail (an iCalendar file).
 */
@Embeddable
public class MailAttachment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 200)
    private String contentType;

    @Column(name = "stored_file_sha256", length = 64)
    private String storedFileSha256;

    @Column(name = "text_content", length = 1_000_000)
    private String textContent;

    protected MailAttachment() {
    }

    private MailAttachment(String fileName, String contentType, String storedFileSha256, String textContent) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.storedFileSha256 = storedFileSha256;
        this.textContent = textContent;
    }

    public static MailAttachment storedFile(String fileName, String contentType, String sha256) {
        return new MailAttachment(fileName, contentType, Objects.requireNonNull(sha256, "sha256"), null);
    }

    public static MailAttachment text(String fileName, String contentType, String text) {
        return new MailAttachment(fileName, contentType, null, Objects.requireNonNull(text, "text"));
    }

    /** The same file as a value of its own, for another mail. */
    MailAttachment copy() {
        return new MailAttachment(fileName, contentType, storedFileSha256, textContent);
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    /** The stored file's SHA-256, or null for a text attachment. */
    public String getStoredFileSha256() {
        return storedFileSha256;
    }

    /** The text of a text attachment, or null for a stored file. */
    public String getTextContent() {
        return textContent;
    }
}
