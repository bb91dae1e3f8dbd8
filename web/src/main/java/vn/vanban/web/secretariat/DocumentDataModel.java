package vn.vanban.web.secretariat;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentFilter;
import vn.vanban.web.faces.LoadedPage;
import vn.vanban.web.faces.SerializableSupplier;

import java.util.List;
import java.util.Map;

/** Documents one page at a time, narrowed by the filter the page holds. */
class DocumentDataModel extends LazyDataModel<Document> {

    private static final long serialVersionUID = 1L;

    private final DocumentService documents;
    private final Actor actor;
    private final SerializableSupplier<DocumentFilter> filter;

    DocumentDataModel(DocumentService documents, Actor actor, SerializableSupplier<DocumentFilter> filter) {
        this.documents = documents;
        this.actor = actor;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(documents.count(actor, filter.get()));
    }

    @Override
    public List<Document> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return LoadedPage.of(documents.list(actor, filter.get(), first, pageSize));
    }

    @Override
    public String getRowKey(Document document) {
        return String.valueOf(document.getId());
    }
}
