package vn.vanban.web.faces;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A supplier that a view may keep: a lambda or method reference given as this type is compiled serializable, so
 * that a lazy data model reading its page's filters through it moves with the session to another instance.
 */
@FunctionalInterface
public interface SerializableSupplier<T> extends Supplier<T>, Serializable {
}
