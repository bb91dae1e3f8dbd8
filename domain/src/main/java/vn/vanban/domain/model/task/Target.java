package vn.vanban.domain.model.task;

import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.math.BigDecimal;

/**
 * A quantified target such as "thành lập từ 02-03 tổ chức đảng": at least {@code min}, ideally {@code max}, counted
 * in {@code unit}. A single figure has min = max.
 */
public record Target(BigDecimal min, BigDecimal max, String unit) {

    public Target {
        if (min == null || min.signum() < 0 || (max != null && max.compareTo(min) < 0)) {
            throw new DomainException(ErrorCode.TARGET_INVALID, "target");
        }
        max = max == null ? min : max;
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    public boolean isMetBy(BigDecimal achieved) {
        return achieved != null && achieved.compareTo(min) >= 0;
    }

    /** {@code 2–3 tổ chức đảng}, or {@code 5 buổi} when min = max. */
    public String describe() {
        String range = min.compareTo(max) == 0 ? plain(min) : plain(min) + "–" + plain(max);
        return unit == null ? range : range + " " + unit;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
