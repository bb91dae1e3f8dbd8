package vn.vanban.domain.service.search;

/** One word of indexed or searched text: its folded form, which matching uses, and its exact form, which ranks. */
public record Word(String term, String exact) {

    /** Longer words are cut: nobody types 60 letters, and the index column stays small. */
    public static final int MAX_LENGTH = 60;

    public static Word of(String token) {
        String exact = cut(Folding.exact(token));
        return new Word(cut(Folding.fold(exact)), exact);
    }

    private static String cut(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }
}
