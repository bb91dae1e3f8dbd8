package vn.vanban.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;

/**
 * A kind of document (NQ nghị quyết, TB thông báo, ...): reference data kept in the database, with the title
 * printed on the document, the abbreviation printed in its number and the body a new draft starts from. The code
 * keys the type and its numbering series; the abbreviation is what paper shows ({@code Số 01-QĐi/BCĐ}), kept apart
 * so that it can be corrected in the data without moving issued documents or their series.
 */
@Entity
@Table(name = "document_type")
@NamedQuery(name = DocumentType.ALL, query = "SELECT t FROM DocumentType t ORDER BY t.sortOrder")
public class DocumentType implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String ALL = "DocumentType.all";

    @Id
    @Column(name = "code", length = 8)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "template", nullable = false, length = 1_000_000)
    private String template;

    @Column(name = "abbreviation", nullable = false, length = 8)
    private String abbreviation;

    protected DocumentType() {
    }

    public DocumentType(String code, String name, String title, String template) {
        this(code, code, name, title, template);
    }

    public DocumentType(String code, String abbreviation, String name, String title, String template) {
        this.code = code;
        this.abbreviation = abbreviation;
        this.name = name;
        this.title = title;
        this.template = template;
    }

    public String getCode() {
        return code;
    }

    /** What the document's number shows for this type: {@code QĐi} in {@code Số 01-QĐi/BCĐ}. */
    public String getAbbreviation() {
        return abbreviation;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getTemplate() {
        return template;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentType type && code.equals(type.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
