package vn.vanban.domain.model.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.shared.Texts;

import java.io.Serializable;
import java.time.Instant;

/**
 * A paper of an agenda item (tài liệu cuộc họp), exactly one of: an uploaded file (its content is a stored file,
 * by SHA-256, offered under the uploaded name without any path), a document of the portal (a draft for opinion,
 * a report, an issued document) or an incoming document. A paper pointing at a document only names it: who opens
 * the document needs their own right to it.
 */
@Entity
@Table(name = "meeting_paper")
public class MeetingPaper implements Serializable {

    /** The sizes of the text columns; the domain refuses or shortens text beyond them by the same numbers. */
    public static final int TITLE_LENGTH = 500;
    public static final int FILE_NAME_LENGTH = 255;

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "meeting_paper_seq", sequenceName = "meeting_paper_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_paper_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem item;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    @Column(name = "file_name", length = FILE_NAME_LENGTH)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_kind", length = 8)
    private PaperFileKind fileKind;

    @Column(name = "size_bytes")
    private Long size;

    @ManyToOne
    @JoinColumn(name = "document_id")
    private Document document;

    @ManyToOne
    @JoinColumn(name = "incoming_id")
    private IncomingDocument incoming;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected MeetingPaper() {
    }

    private MeetingPaper(AgendaItem item, int sortOrder, String title, String addedBy, Instant addedAt) {
        this.item = item;
        this.sortOrder = sortOrder;
        this.title = title;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    static MeetingPaper file(AgendaItem item, int sortOrder, String title, PaperUpload upload, String by,
                             Instant now) {
        MeetingPaper paper = new MeetingPaper(item, sortOrder, title, by, now);
        paper.fileSha256 = upload.sha256();
        paper.fileKind = upload.kind();
        paper.size = upload.size();
        paper.fileName = fileName(upload.fileName(), title, upload.kind());
        return paper;
    }

    static MeetingPaper document(AgendaItem item, int sortOrder, String title, Document document, String by,
                                 Instant now) {
        MeetingPaper paper = new MeetingPaper(item, sortOrder, title, by, now);
        paper.document = document;
        return paper;
    }

    static MeetingPaper incoming(AgendaItem item, int sortOrder, String title, IncomingDocument incoming, String by,
                                 Instant now) {
        MeetingPaper paper = new MeetingPaper(item, sortOrder, title, by, now);
        paper.incoming = incoming;
        return paper;
    }

    /**
     * The name the file is offered under: the uploaded name without any path or control characters, given the
     * extension of the kind its content really is (a PDF called {@code .exe} is downloaded as a PDF); made from the
     * title when no name came.
     */
    static String fileName(String uploaded, String title, PaperFileKind kind) {
        String name = Texts.clean(uploaded);
        if (name != null) {
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                    .replaceAll("\\p{Cntrl}", "").strip();
        }
        if (name == null || name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = title;
        }
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = "." + kind.extension();
        return Texts.shortened(base, FILE_NAME_LENGTH - extension.length()) + extension;
    }

    void moveTo(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isFile() {
        return fileSha256 != null;
    }

    public Long getId() {
        return id;
    }

    public AgendaItem getItem() {
        return item;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public String getFileName() {
        return fileName;
    }

    public PaperFileKind getFileKind() {
        return fileKind;
    }

    public Long getSize() {
        return size;
    }

    public Document getDocument() {
        return document;
    }

    public IncomingDocument getIncoming() {
        return incoming;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
