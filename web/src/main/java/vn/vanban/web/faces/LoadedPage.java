package vn.vanban.web.faces;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows a lazy data model loaded for the page on screen. PrimeFaces keeps them in the model, and so in the view,
 * for the next requests of that page; they are entities, whose lazy collections could not load once read back on
 * another instance of the group. So they never move with the session: they are written as nothing, and the table,
 * finding no rows there, loads its page again from the database.
 */
public final class LoadedPage<T> extends ArrayList<T> {

    private static final long serialVersionUID = 1L;

    private LoadedPage(List<T> rows) {
        super(rows);
    }

    public static <T> LoadedPage<T> of(List<T> rows) {
        return new LoadedPage<>(rows);
    }

    private Object writeReplace() {
        return null;
    }
}
