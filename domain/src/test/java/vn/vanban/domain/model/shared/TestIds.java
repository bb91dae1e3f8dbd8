package vn.vanban.domain.model.shared;

import java.lang.reflect.Field;

/** Gives entities the ids the database would, so that unit tests can address them as the application does. */
public final class TestIds {

    private TestIds() {
    }

    public static <T> T assign(T entity, long id) {
        try {
            Class<?> type = entity.getClass();
            while (type != null) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.getName().equals("id")) {
                        field.setAccessible(true);
                        field.set(entity, id);
                        return entity;
                    }
                }
                type = type.getSuperclass();
            }
            throw new IllegalArgumentException(entity.getClass() + " has no id field");
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
