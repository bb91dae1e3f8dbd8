package vn.vanban.web.faces;

import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import org.junit.jupiter.api.Test;
import org.primefaces.model.LazyDataModel;
import vn.vanban.web.security.SessionUser;

import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a view or the session keeps is Java-serialized at the end of a request and read back on the other
 * instance of the deployment group when this one dies. This walks every view-, session-, conversation- or
 * flow-scoped bean of the web module, every lazy data model (a page keeps it in its view) and what the login keeps
 * in the session, and names each field that would break that: a type that is not Serializable (a plain
 * {@code Supplier}, an {@code Optional}, a record that forgot the interface), or an entity with lazy collections,
 * which cannot load them any more once it has been read back on another instance (keep its id and reload it).
 * Allowed besides Serializable types: primitives, the standard collection interfaces (their elements are checked),
 * references to EJBs and normal-scoped beans (the container replaces them by handles), and injected interfaces.
 * Transient fields are not checked: each must be rebuilt on first use after it comes back empty.
 */
class ReplicatedStateGuardTest {

    private static final List<Class<? extends Annotation>> REPLICATED_SCOPES =
            List.of(ViewScoped.class, SessionScoped.class, ConversationScoped.class, FlowScoped.class);
    private static final Set<Class<?>> CONTAINERS = Set.of(Collection.class, List.class, Set.class, Map.class);

    @Test
    void everythingAViewOrTheSessionKeepsCanMoveToAnotherInstance() throws Exception {
        List<Class<?>> kept = keptInViewsOrSessions();
        assertThat(kept).as("classes found in the web module").extracting(Class::getSimpleName)
                .contains("DocumentBacking", "DocumentsBacking", "PagedDataModel", "SessionUser");

        List<String> problems = new ArrayList<>();
        Set<Class<?>> checked = new HashSet<>();
        for (Class<?> type : kept) {
            if (!Serializable.class.isAssignableFrom(type)) {
                problems.add(type.getName() + " is not Serializable");
            }
            checkFields(type, checked, problems);
        }

        assertThat(problems).as("fields that would not survive moving to another instance").isEmpty();
    }

    private static List<Class<?>> keptInViewsOrSessions() throws IOException, URISyntaxException {
        Path classes = Path.of(SessionUser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> kept = new ArrayList<>();
        kept.add(SessionUser.class);
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = load(name.substring(0, name.length() - ".class".length()));
                boolean scoped = REPLICATED_SCOPES.stream().anyMatch(type::isAnnotationPresent);
                if (scoped || LazyDataModel.class.isAssignableFrom(type)) {
                    kept.add(type);
                }
            }
        }
        return kept;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ReplicatedStateGuardTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkFields(Class<?> type, Set<Class<?>> checked, List<String> problems) {
        for (Class<?> c = type; c != null && ours(c); c = c.getSuperclass()) {
            if (!checked.add(c)) {
                continue;
            }
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                    continue;
                }
                boolean injected = field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class);
                String where = c.getName() + "." + field.getName();
                check(field.getGenericType(), injected, where, checked, problems);
            }
        }
    }

    private static void check(Type type, boolean injected, String where, Set<Class<?>> checked, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            check(raw, injected, where, checked, problems);
            if (raw.getName().startsWith("java.")) {
                for (Type argument : parameterized.getActualTypeArguments()) {
                    check(argument, false, where + " (element " + argument.getTypeName() + ")", checked, problems);
                }
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), false, where, checked, problems);
        } else if (type instanceof WildcardType wildcard) {
            check(wildcard.getUpperBounds()[0], false, where, checked, problems);
        } else if (type instanceof TypeVariable<?> variable) {
            check(variable.getBounds()[0], false, where, checked, problems);
        } else if (type instanceof Class<?> c) {
            checkClass(c, injected, where, checked, problems);
        }
    }

    private static void checkClass(Class<?> c, boolean injected, String where, Set<Class<?>> checked,
                                   List<String> problems) {
        if (c.isPrimitive() || CONTAINERS.contains(c) || containerReference(c)) {
            return;
        }
        if (c.isArray()) {
            checkClass(c.getComponentType(), false, where, checked, problems);
            return;
        }
        if (injected && (c.isInterface() || Modifier.isAbstract(c.getModifiers()))) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(where + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (c.isAnnotationPresent(Entity.class)) {
            if (hasLazyCollections(c)) {
                problems.add(where + ": entity " + c.getSimpleName()
                        + " has lazy collections that cannot load once read back on another instance; keep its id");
            }
            return;
        }
        if (ours(c)) {
            checkFields(c, checked, problems);
        }
    }

    /** An EJB or a normal-scoped bean: what is injected is a proxy the container serializes as a handle. */
    private static boolean containerReference(Class<?> c) {
        if (c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class)
                || c.isAnnotationPresent(Stateful.class)) {
            return true;
        }
        return Stream.of(c.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(NormalScope.class));
    }

    private static boolean hasLazyCollections(Class<?> entity) {
        for (Class<?> c = entity; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                OneToMany oneToMany = field.getAnnotation(OneToMany.class);
                ManyToMany manyToMany = field.getAnnotation(ManyToMany.class);
                ElementCollection elements = field.getAnnotation(ElementCollection.class);
                if ((oneToMany != null && oneToMany.fetch() == FetchType.LAZY)
                        || (manyToMany != null && manyToMany.fetch() == FetchType.LAZY)
                        || (elements != null && elements.fetch() == FetchType.LAZY)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean ours(Class<?> c) {
        return c.getName().startsWith("vn.vanban.");
    }
}
