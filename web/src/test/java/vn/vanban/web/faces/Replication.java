package vn.vanban.web.faces;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Set;

/**
 * What happens to a view's or a session's content when its instance dies: Payara wrote it with Java serialization at
 * the end of the last request, and the other instance of the group reads it back.
 */
public final class Replication {

    private Replication() {
    }

    /** {@code state} as the other instance reads it back. */
    @SuppressWarnings("unchecked")
    public static <T> T moved(T state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        } catch (IOException e) {
            throw new AssertionError("cannot be replicated: " + e, e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError("cannot be read back: " + e, e);
        }
    }

    /**
     * The class of every object that replicating {@code state} writes, services aside: in production they are the
     * container's proxies, written as handles, and a fake's data is not the page's.
     */
    public static Set<Class<?>> classesWritten(Object state) {
        Set<Class<?>> written = new HashSet<>();
        try (ObjectOutputStream out = new RecordingStream(OutputStream.nullOutputStream(), written)) {
            out.writeObject(state);
        } catch (IOException e) {
            throw new AssertionError("cannot be replicated: " + e, e);
        }
        return written;
    }

    /** Sets a field as the container would inject it. */
    public static <T> T inject(T bean, String field, Object value) {
        for (Class<?> type = bean.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field declared = type.getDeclaredField(field);
                declared.setAccessible(true);
                declared.set(bean, value);
                return bean;
            } catch (NoSuchFieldException notHere) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(bean.getClass() + " has no field " + field);
    }

    /** What a field holds: a page's injected service, say. */
    @SuppressWarnings("unchecked")
    public static <T> T field(Object bean, String field) {
        for (Class<?> type = bean.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field declared = type.getDeclaredField(field);
                declared.setAccessible(true);
                return (T) declared.get(bean);
            } catch (NoSuchFieldException notHere) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(bean.getClass() + " has no field " + field);
    }

    /** Gives an entity the id the database would. */
    public static <T> T withId(T entity, long id) {
        return inject(entity, "id", id);
    }

    private static final class RecordingStream extends ObjectOutputStream {

        private final Set<Class<?>> written;

        RecordingStream(OutputStream out, Set<Class<?>> written) throws IOException {
            super(out);
            this.written = written;
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            if (obj == null || isService(obj.getClass())) {
                return null;
            }
            written.add(obj.getClass());
            return obj;
        }

        private static boolean isService(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                if (c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class)) {
                    return true;
                }
            }
            return false;
        }
    }
}
