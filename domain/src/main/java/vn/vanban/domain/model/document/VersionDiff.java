package vn.vanban.domain.model.document;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word-level comparison of two versions of a text: what stayed, what was inserted, what was deleted. */
public final class VersionDiff {

    public enum Change { SAME, INSERTED, DELETED }

    /** Serializable: a page keeps the diff it shows in its view, which is replicated with the session. */
    public record Segment(Change change, String text) implements Serializable {
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private VersionDiff() {
    }

    /** Compares the visible text of two HTML bodies (or two plain texts), word by word. */
    public static List<Segment> between(String oldHtml, String newHtml) {
        List<String> before = tokens(DocumentBody.plainText(oldHtml));
        List<String> after = tokens(DocumentBody.plainText(newHtml));
        Patch<String> patch = DiffUtils.diff(before, after);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, Change.SAME, before.subList(position, start));
            add(segments, Change.DELETED, delta.getSource().getLines());
            add(segments, Change.INSERTED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(segments, Change.SAME, before.subList(position, before.size()));
        return segments;
    }

    private static void add(List<Segment> segments, Change change, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).change() == change) {
            segments.set(last, new Segment(change, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(change, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
