package vn.vanban.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import vn.vanban.domain.model.shared.ErrorCode;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One refused input as the API reports it: the stable code the constraint's message names
 * ({@code {vn.vanban.error.SUMMARY_REQUIRED}}; {@code VALIDATION_FAILED} for any other message) and the JSON property
 * at fault, none when the whole body is (a missing body).
 */
record InputViolation(ErrorCode code, String field, int position) {

    private static final Pattern CODE = Pattern.compile("\\{vn\\.vanban\\.error\\.([A-Z_]+)}");
    private static final int WHOLE_BODY = -1;

    static InputViolation of(ConstraintViolation<?> violation) {
        Path.Node leaf = null;
        for (Path.Node node : violation.getPropertyPath()) {
            leaf = node;
        }
        boolean property = leaf != null && leaf.getKind() == ElementKind.PROPERTY;
        return new InputViolation(code(violation.getMessageTemplate()), property ? leaf.getName() : null,
                property ? positionIn(violation.getLeafBean(), leaf.getName()) : WHOLE_BODY);
    }

    /**
     * The violation answered when several are: a missing body first, then the first property in the order the
     * input record declares them, which is the order the API has always checked them in; one answer per request,
     * the same every time.
     */
    static InputViolation firstOf(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(InputViolation::of)
                .min(Comparator.comparingInt(InputViolation::position)
                        .thenComparing(v -> v.field() == null ? "" : v.field())
                        .thenComparing(v -> v.code().name()))
                .orElseThrow(() -> new IllegalArgumentException("No violation to report"));
    }

    private static ErrorCode code(String messageTemplate) {
        Matcher named = CODE.matcher(messageTemplate == null ? "" : messageTemplate);
        return named.matches() ? ErrorCode.valueOf(named.group(1)) : ErrorCode.VALIDATION_FAILED;
    }

    private static int positionIn(Object bean, String property) {
        if (bean == null || !bean.getClass().isRecord()) {
            return Integer.MAX_VALUE;
        }
        List<String> names = Arrays.stream(bean.getClass().getRecordComponents())
                .map(RecordComponent::getName).toList();
        int index = names.indexOf(property);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
