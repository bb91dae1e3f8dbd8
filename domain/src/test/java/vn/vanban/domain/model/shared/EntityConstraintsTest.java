package vn.vanban.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.meeting.AgendaItem;
import vn.vanban.domain.model.meeting.Conclusion;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.Opinion;
import vn.vanban.domain.model.news.Article;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.Membership;
import vn.vanban.domain.model.task.Task;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Bean Validation constraints EclipseLink checks before every insert and update back the domain's own checks:
 * never stricter than the columns (the same constants), and refusing what the columns would.
 */
class EntityConstraintsTest {

    private static final List<Class<?>> CONSTRAINED = List.of(Document.class, Task.class, Meeting.class,
            AgendaItem.class, Opinion.class, Conclusion.class, IncomingDocument.class, Article.class, Committee.class,
            Membership.class, Issuer.class, UserAccount.class);

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void everyConstraintIsTheColumnsOwnLimit() {
        int constrained = 0;
        for (Class<?> entity : CONSTRAINED) {
            for (Field field : entity.getDeclaredFields()) {
                Column column = field.getAnnotation(Column.class);
                Size size = field.getAnnotation(Size.class);
                if (size != null) {
                    assertThat(column).as(field.toString()).isNotNull();
                    assertThat(size.max()).as(field.toString()).isEqualTo(column.length());
                    constrained++;
                }
                if (field.isAnnotationPresent(NotNull.class)) {
                    assertThat(column.nullable()).as(field + " may be null in its column").isFalse();
                }
            }
        }
        assertThat(constrained).isGreaterThan(30);
    }

    @Test
    void aCommitteeIsRefusedWhatItsColumnsWouldRefuse() throws ReflectiveOperationException {
        Committee committee = new Committee("Ban chỉ đạo", null, null);
        assertThat(VALIDATOR.validate(committee)).isEmpty();

        set(committee, "name", "x".repeat(Committee.NAME_LENGTH + 1));
        Set<ConstraintViolation<Committee>> tooLong = VALIDATOR.validate(committee);
        assertThat(tooLong).extracting(v -> v.getPropertyPath().toString()).containsExactly("name");

        set(committee, "name", null);
        assertThat(VALIDATOR.validate(committee)).extracting(v -> v.getPropertyPath().toString())
                .containsExactly("name");
    }

    private static void set(Object entity, String field, Object value) throws ReflectiveOperationException {
        Field declared = entity.getClass().getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(entity, value);
    }
}
