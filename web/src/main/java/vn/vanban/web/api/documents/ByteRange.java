package vn.vanban.web.api.documents;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an HTTP {@code Range} header (RFC 9110, 14.1.2): {@code bytes=0-499}, {@code bytes=500-} or the
 * suffix {@code bytes=-500}. Several ranges in one header are answered with the whole file, which the RFC allows.
 */
public record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /**
     * The range the header asks for within a file of {@code length} bytes: empty when there is no usable single
     * range (serve the whole file), or {@link #UNSATISFIABLE} when it starts beyond the end.
     */
    public static Optional<ByteRange> of(String header, long length) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = SINGLE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return Optional.empty();
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                return Optional.of(suffix == 0 ? UNSATISFIABLE : new ByteRange(Math.max(0, length - suffix), length - 1));
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? length - 1 : Math.min(Long.parseLong(m.group(2)), length - 1);
            if (first >= length) {
                return Optional.of(UNSATISFIABLE);
            }
            return last < first ? Optional.empty() : Optional.of(new ByteRange(first, last));
        } catch (NumberFormatException tooLong) {
            return Optional.of(UNSATISFIABLE);
        }
    }

    /** A range no byte of the file satisfies: answered 416 with the file's length. */
    public static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

    public boolean satisfiable() {
        return first >= 0;
    }

    public long length() {
        return last - first + 1;
    }

    public String contentRange(long total) {
        return satisfiable() ? "bytes " + first + "-" + last + "/" + total : "bytes */" + total;
    }
}
