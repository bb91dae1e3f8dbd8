package vn.vanban.reports.verify;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a COS object of the revision a signature covers and one of the final file say the same, compared through
 * their references and never by object number: an incremental update may give an object number new content, or
 * point a reference at another object prepared before signing (the shadow attack). Streams are compared by their
 * dictionary and raw bytes; {@code /Parent} back-links are not followed. Pages are compared as positions (a reference
 * to page 3 equals a reference to page 3), since their content is compared page by page elsewhere and an
 * annotation's link to its page must not drag the whole page in. A file built to make the walk endless (nesting,
 * millions of objects, streams read over and over) ends it with {@link TooComplexException}.
 */
final class CosComparison {

    static final int MAX_DEPTH = 100;
    /** Far above what the pages, annotations and form of a real 20 MB file need, counted over all comparisons. */
    static final int MAX_VISITS = 2_000_000;

    private final Map<COSBase, Integer> olderPages;
    private final Map<COSBase, Integer> newerPages;
    private final ComparisonBudget budget;
    /** Pairs a completed comparison found equal: every pair an equal walk visited is equal, cycles included. */
    private final Set<Pair> provenSame = new HashSet<>();
    private final Map<Pair, Boolean> sameBytes = new HashMap<>();
    private int visits;

    /**
     * @param olderPages the page dictionaries of the signed revision with their index, by identity
     * @param newerPages the same for the final file
     * @param budget     the bytes it may read, shared with the comparison of decoded page content
     */
    CosComparison(Map<COSBase, Integer> olderPages, Map<COSBase, Integer> newerPages, ComparisonBudget budget) {
        this.olderPages = olderPages;
        this.newerPages = newerPages;
        this.budget = budget;
    }

    ComparisonBudget budget() {
        return budget;
    }

    boolean same(COSBase older, COSBase newer) throws IOException {
        Set<Pair> visited = new HashSet<>();
        boolean same = same(older, newer, 0, visited);
        if (same) {
            provenSame.addAll(visited);
        }
        return same;
    }

    static COSBase resolve(COSBase value) {
        COSBase resolved = value instanceof COSObject reference ? reference.getObject() : value;
        return resolved instanceof COSNull ? null : resolved;
    }

    private boolean same(COSBase olderValue, COSBase newerValue, int depth, Set<Pair> visited) throws IOException {
        COSBase older = resolve(olderValue);
        COSBase newer = resolve(newerValue);
        if (older == null || newer == null) {
            return older == newer;
        }
        if (++visits > MAX_VISITS || depth > MAX_DEPTH) {
            throw new TooComplexException();
        }
        Integer olderPage = olderPages.get(older);
        Integer newerPage = newerPages.get(newer);
        if (olderPage != null || newerPage != null) {
            return Objects.equals(olderPage, newerPage);
        }
        if (older.getClass() != newer.getClass()) {
            return false;
        }
        if (older instanceof COSString olderString) {
            return Arrays.equals(olderString.getBytes(), ((COSString) newer).getBytes());
        }
        if (!(older instanceof COSDictionary) && !(older instanceof COSArray)) {
            return older.equals(newer);
        }
        Pair pair = new Pair(older, newer);
        if (provenSame.contains(pair) || !visited.add(pair)) {
            // Visited and not yet found different: on a cycle, the pair is equal if everything else is.
            return true;
        }
        if (older instanceof COSArray olderArray) {
            return sameArrays(olderArray, (COSArray) newer, depth, visited);
        }
        if (older instanceof COSStream olderStream && !sameBytes(olderStream, (COSStream) newer, pair)) {
            return false;
        }
        return sameDictionaries((COSDictionary) older, (COSDictionary) newer, depth, visited);
    }

    private boolean sameArrays(COSArray older, COSArray newer, int depth, Set<Pair> visited) throws IOException {
        if (older.size() != newer.size()) {
            return false;
        }
        for (int i = 0; i < older.size(); i++) {
            if (!same(older.get(i), newer.get(i), depth + 1, visited)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameDictionaries(COSDictionary older, COSDictionary newer, int depth, Set<Pair> visited)
            throws IOException {
        Set<COSName> keys = new HashSet<>(older.keySet());
        keys.addAll(newer.keySet());
        boolean stream = older instanceof COSStream;
        for (COSName key : keys) {
            if (key.equals(COSName.PARENT) || stream && key.equals(COSName.LENGTH)) {
                continue;
            }
            if (!same(older.getItem(key), newer.getItem(key), depth + 1, visited)) {
                return false;
            }
        }
        return true;
    }

    /** The encoded bytes; the dictionary (with its filters) is compared apart, so equal bytes decode equally. */
    private boolean sameBytes(COSStream older, COSStream newer, Pair pair) throws IOException {
        Boolean known = sameBytes.get(pair);
        if (known != null) {
            return known;
        }
        boolean same;
        try (InputStream olderBytes = older.createRawInputStream();
             InputStream newerBytes = newer.createRawInputStream()) {
            same = budget.sameBytes(olderBytes, newerBytes);
        }
        sameBytes.put(pair, same);
        return same;
    }

    /** Two objects, one of each file, by identity: PDFBox keeps one instance per object of a loaded file. */
    private record Pair(COSBase older, COSBase newer) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Pair pair && pair.older == older && pair.newer == newer;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(older) + System.identityHashCode(newer);
        }
    }

    /** The comparison was given a structure too deep or too large to finish; the caller cannot call it unchanged. */
    static final class TooComplexException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooComplexException() {
            super("Too deep or too many objects to compare", null, false, false);
        }
    }
}
