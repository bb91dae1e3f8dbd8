package vn.vanban.reports.render;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSTextBreaker;

import java.util.regex.Matcher;

/**
 * Line break opportunities of Unicode's line breaking algorithm (UAX #14), less those that fall inside one of the
 * {@link UnbreakableForms}. One per render: it keeps the state of the text it is breaking.
 *
 * <p>The engine hands over the rest of a paragraph at every line and reads opportunities only until the line is
 * full, so forms are looked for lazily, just far enough ahead of each opportunity, not through the whole text.
 */
final class VietnameseLineBreaker implements FSTextBreaker {

    private static final ULocale VIETNAMESE = new ULocale("vi");

    private final BreakIterator opportunities = BreakIterator.getLineInstance(VIETNAMESE);
    private final Matcher forms = UnbreakableForms.PATTERN.matcher("");
    private String text = "";
    /** Every form that starts before this offset has been found. */
    private int searchedTo;
    /** The end of the furthest-reaching form found so far. */
    private int protectedTo;
    /** Where the last look for a digit stopped: at a digit, or at the end it was asked to look to. */
    private int digitFreeTo;

    VietnameseLineBreaker() {
        // A form is recognised by what stands around it, also where the search window cuts the text.
        forms.useTransparentBounds(true);
        forms.useAnchoringBounds(false);
    }

    @Override
    public void setText(String text) {
        this.text = text;
        opportunities.setText(text);
        forms.reset(text);
        searchedTo = 0;
        protectedTo = 0;
        digitFreeTo = 0;
    }

    @Override
    public int next() {
        int offset = opportunities.next();
        while (offset != BreakIterator.DONE && insideForm(offset)) {
            offset = opportunities.next();
        }
        return offset;
    }

    private boolean insideForm(int offset) {
        // A form that starts before the offset has a digit before offset + LEAD and ends before offset + LONGEST.
        // Most words have no digit near them, and then the pattern, the costly part, is not tried at all.
        if (searchedTo < offset && digitBefore(Math.min(text.length(), offset + UnbreakableForms.LEAD))) {
            forms.region(searchedTo, Math.min(text.length(), offset + UnbreakableForms.LONGEST));
            while (forms.find() && forms.start() < offset) {
                protectedTo = Math.max(protectedTo, forms.end());
            }
        }
        searchedTo = Math.max(searchedTo, Math.max(offset, protectedTo));
        return offset < protectedTo;
    }

    /** Whether a digit stands between {@link #searchedTo} and {@code end}; each character is looked at once. */
    private boolean digitBefore(int end) {
        int at = Math.max(searchedTo, digitFreeTo);
        while (at < end && !isAsciiDigit(text.charAt(at))) {
            at++;
        }
        digitFreeTo = at;
        return at < end;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
