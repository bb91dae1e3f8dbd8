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
 * Text that must be there as the domain stores it ({@link Texts#clean}: NFC, trimmed, without NUL), so that the API
 * refuses exactly what the aggregate would refuse, with the same code. Unlike {@code @NotBlank}, whose idea of blank
 * ({@code trim()}) also removes control characters the domain keeps and keeps the Unicode spaces it removes.
 * The message is the error code, as {@code {vn.vanban.error.SUMMARY_REQUIRED}}.
 */
@Documented
@Constraint(validatedBy = RequiredText.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiredText {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<RequiredText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Texts.clean(value) != null;
        }
    }
}
