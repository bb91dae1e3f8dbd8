package vn.vanban.reports.verify;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Values a page inherits from its page tree nodes, and a form field from its parent fields: looked up the
 * {@code /Parent} chain, at most {@value #MAX_LEVELS} levels and never round a cycle, which a hostile file may hold.
 */
final class Inheritance {

    static final int MAX_LEVELS = 64;

    private Inheritance() {
    }

    /** The value of {@code key} in {@code node} or its nearest ancestor; null when none has it. */
    static COSBase get(COSDictionary node, COSName key) {
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        COSDictionary at = node;
        for (int level = 0; at != null && level < MAX_LEVELS && seen.add(at); level++) {
            COSBase value = CosComparison.resolve(at.getItem(key));
            if (value != null) {
                return value;
            }
            at = CosComparison.resolve(at.getItem(COSName.PARENT)) instanceof COSDictionary parent ? parent : null;
        }
        return null;
    }

    static boolean isSignatureField(COSDictionary field) {
        return COSName.SIG.equals(get(field, COSName.FT));
    }

    /** A signature field holding a signature: a signature dictionary as its value. */
    static boolean isSignedSignatureField(COSDictionary field) {
        return isSignatureField(field) && get(field, COSName.V) instanceof COSDictionary;
    }
}
