package vn.vanban.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;

/**
 * A kind of document (NQ nghị quyết, TB thông báo, ...): reference data kept in the database, with the title
 * printed on the document and the body a new draft starts from.
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

    protected DocumentType() {
    }

    public DocumentType(String code, String name, String title, String template) {
        this.code = code;
        this.name = name;
        this.title = title;
        this.template = template;
    }

    public String getCode() {
        return code;
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
