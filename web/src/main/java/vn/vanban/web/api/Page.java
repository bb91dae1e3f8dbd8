package vn.vanban.web.api;

import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.util.List;

/** One page of a list in the API: the total, where the page starts, its size, and its items. */
public record Page<T>(long total, int first, int max, List<T> items) {

    /** The largest page the API serves; clients ask again with {@code first} for more. */
    public static final int MAX_SIZE = 200;

    /** Refuses a page outside 0 ≤ first and 1 ≤ max ≤ {@link #MAX_SIZE} as VALIDATION_FAILED on that parameter. */
    public static void check(int first, int max) {
        if (first < 0) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "first");
        }
        if (max < 1 || max > MAX_SIZE) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "max");
        }
    }
}
