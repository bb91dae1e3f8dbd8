package vn.vanban.domain.model.document;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one sanitising policy for rich-text bodies, applied to everything that is stored, from the editor and from
 * the API alike: paragraphs, headings, bold, italic, underline, strike-through, numbered and bulleted lists, line
 * breaks, and the editor's alignment, indent and list-kind attributes. Scripts, event handlers, styles and links are dropped.
 */
public final class DocumentBody {

    private static final Pattern EDITOR_CLASSES = Pattern.compile("(ql-(align-(center|right|justify)|indent-[1-8])\\s*)+");

    /** The editor (Quill 2) writes every list as {@code <ol>} and tells bullets from numbers on each item. */
    private static final Pattern LIST_KINDS = Pattern.compile("ordered|bullet");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "s", "ol", "ul", "li", "h2", "h3", "h4",
                    "blockquote", "sub", "sup")
            .allowAttributes("class").matching(EDITOR_CLASSES).onElements("p", "li", "h2", "h3", "h4")
            .allowAttributes("data-list").matching(LIST_KINDS).onElements("li")
            .toFactory();

    private DocumentBody() {
    }

    /** Sanitised and NFC-normalised HTML; never null. */
    public static String sanitise(String html) {
        if (html == null) {
            return "";
        }
        String nfc = Normalizer.normalize(html.replace("\u0000", ""), Normalizer.Form.NFC);
        return POLICY.sanitize(nfc).strip();
    }

    /** The words of a body without markup, for diffs and search. */
    public static String plainText(String html) {
        if (html == null) {
            return "";
        }
        String withBreaks = html.replaceAll("(?i)</(p|li|h[2-4]|blockquote)>|<br\\s*/?>", "\n");
        String text = withBreaks.replaceAll("<[^>]*>", "");
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
