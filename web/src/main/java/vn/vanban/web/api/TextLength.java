package vn.vanban.web.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import vn.vanban.domain.model.shared.Texts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text of at most {@link #max} characters as the domain stores it ({@link Texts#clean}: NFC, trimmed), the limit
 * being the aggregate's own constant. Not {@code @Size}: it counts what arrives, so white space around a value or
 * Vietnamese typed decomposed would be refused here although the aggregate takes it. A missing value is valid.
 */
@Documented
@Constraint(validatedBy = TextLength.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface TextLength {

    int max();

    String message() default "{vn.vanban.error.VALIDATION_FAILED}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<TextLength, String> {

        private int max;

        @Override
        public void initialize(TextLength constraint) {
            max = constraint.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String cleaned = Texts.clean(value);
            return cleaned == null || cleaned.length() <= max;
        }
    }
}
