package vn.vanban.web.faces;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.vanban.domain.model.shared.BaseEntity;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A table's rows read one page at a time from a paged query, each row keyed by its id. The page hands in how to count
 * and how to read a page as lambdas that read its filters when they are called; they are serializable, so the model
 * moves with the view to another instance, while the rows it loaded do not ({@link LoadedPage}).
 */
public class PagedDataModel<T extends BaseEntity> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows the page's filters let through. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long rows();
    }

    /** At most {@code size} of those rows, from position {@code first} on. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> rows(int first, int size);
    }

    private final Count count;
    private final Page<T> page;

    public PagedDataModel(Count count, Page<T> page) {
        this.count = count;
        this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(count.rows());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return LoadedPage.of(page.rows(first, pageSize));
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(row.getId());
    }
}
