package vn.vanban.reports.render;

import java.util.regex.Pattern;

/**
 * The forms official Vietnamese documents never break across lines: dates ({@code 04/7/2017}, {@code 7/2017}),
 * number ranges ({@code 02-03}), document numbers and symbols ({@code Số 09-TB/BCĐ}, {@code Số: 09/TB-UBND},
 * {@code 30/2020/NĐ-CP}) and the calendar words with their numbers ({@code ngày 19 tháng 3 năm 2019}). Text is
 * expected in NFC, as {@link Xml} gives it.
 */
final class UnbreakableForms {

    /** More than any match can span: every part of the pattern has a bounded length. */
    static final int LONGEST = 128;

    /** Every form holds a digit, at most this far from its start: {@code tháng} and three spaces before it. */
    static final int LEAD = 8;

    // Collapsed white space is one space; a no-break space typed into the editor counts too.
    private static final String SPACE = "\\h{1,3}";

    private static final String JOINER = "[-/\u2013]";

    /** A day, a month, a year, or several joined as a date or a range: 19, 04/7/2017, 7/2017, 02-03, 2019–2020. */
    private static final String NUMBER = "\\d{1,4}(?:" + JOINER + "\\d{1,4}){0,2}";

    private static final String JOINED_NUMBERS = "\\d{1,4}(?:" + JOINER + "\\d{1,4}){1,2}";

    /** One part of a symbol, in capitals: NQ, TU, BCĐ, UBND, NĐ, QH14; TTg (the Prime Minister) ends in a small g. */
    private static final String SYMBOL = "\\p{Lu}[\\p{Lu}\\d]{0,7}\\p{Ll}?";

    /**
     * Party style {@code 09-NQ/TU}, state style {@code 09/TB-UBND} and {@code 30/2020/NĐ-CP}, with the word
     * {@code Số} that may stand before them: at least two symbol parts (or a year and one) tell a document number
     * from a number followed by a capitalised word.
     */
    private static final String DOCUMENT_NUMBER = "(?:(?iu:số):?" + SPACE + ")?\\d{1,5}(?:-" + SYMBOL + "/|/" + SYMBOL
            + "-|/\\d{4}/)" + SYMBOL + "(?:[-/]" + SYMBOL + "){0,3}";

    /** {@code ngày 19}, {@code tháng 3}, {@code năm 2019}, and a whole written date as one form. */
    private static final String CALENDAR = "(?iu:ngày|tháng|năm)" + SPACE + NUMBER
            + "(?:" + SPACE + "(?iu:tháng|năm)" + SPACE + NUMBER + "){0,2}";

    /**
     * Alternatives from the longest reach, so that a document number wins over the date-like number it starts with.
     * A form starts and ends at a word's edge: never inside {@code 12345/6} or {@code vận động}.
     */
    static final Pattern PATTERN = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + DOCUMENT_NUMBER + "|" + CALENDAR + "|"
            + JOINED_NUMBERS + ")(?![\\p{L}\\p{N}])");

    private UnbreakableForms() {
    }
}
