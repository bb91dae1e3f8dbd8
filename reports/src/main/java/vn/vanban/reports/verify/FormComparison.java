package vn.vanban.reports.verify;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The interactive form after a signature: every field keeps its value and settings, a new field is a signature
 * field, an empty signature field may be signed, and the form dictionary changes only where signing changes it:
 * {@code /Fields}, {@code /SigFlags}, and {@code /DR} gaining the fonts a signature's appearance uses. Fields are
 * matched by their full name, as a reader knows them; their widgets are compared as the pages' annotations.
 */
final class FormComparison {

    /** What a field holds and how it behaves (ISO 32000-2, 12.7.4); its widget's entries are compared elsewhere. */
    private static final Set<COSName> FIELD_KEYS = Stream.of("FT", "Ff", "V", "DV", "Opt", "TI", "I", "MaxLen", "AA",
            "TU", "TM", "DA", "Q", "DS", "RV", "Lock", "SV").map(COSName::getPDFName).collect(Collectors.toSet());
    private static final int MAX_FIELDS = 100_000;

    private final CosComparison cos;
    private final Findings findings;

    FormComparison(CosComparison cos, Findings findings) {
        this.cos = cos;
        this.findings = findings;
    }

    /** Either form may be null: a file without one. */
    void compare(COSDictionary olderForm, COSDictionary newerForm) throws IOException {
        Map<String, List<COSDictionary>> olderFields = fields(olderForm);
        Map<String, List<COSDictionary>> newerFields = fields(newerForm);
        Set<String> names = new LinkedHashSet<>(olderFields.keySet());
        names.addAll(newerFields.keySet());
        for (String name : names) {
            List<COSDictionary> older = olderFields.getOrDefault(name, List.of());
            List<COSDictionary> newer = newerFields.getOrDefault(name, List.of());
            for (int i = 0; i < Math.max(older.size(), newer.size()); i++) {
                compareField(name, i < older.size() ? older.get(i) : null, i < newer.size() ? newer.get(i) : null);
            }
        }
        compareSettings(olderForm == null ? new COSDictionary() : olderForm,
                newerForm == null ? new COSDictionary() : newerForm);
    }

    private void compareField(String name, COSDictionary older, COSDictionary newer) throws IOException {
        if (older == null) {
            if (Inheritance.isSignatureField(newer)) {
                findings.signatureAdded();
            } else {
                findings.changed(Change.inDocument(ChangeCode.FORM_FIELD, name));
            }
        } else if (newer == null) {
            findings.changed(Change.inDocument(ChangeCode.FORM_FIELD, name));
        } else if (!sameField(older, newer, false)) {
            boolean signedNow = Inheritance.isSignatureField(older) && !Inheritance.isSignedSignatureField(older)
                    && Inheritance.isSignedSignatureField(newer) && sameField(older, newer, true);
            if (signedNow) {
                findings.signatureAdded();
            } else {
                findings.changed(Change.inDocument(ChangeCode.FORM_FIELD, name));
            }
        }
    }

    private boolean sameField(COSDictionary older, COSDictionary newer, boolean exceptValue) throws IOException {
        for (COSName key : FIELD_KEYS) {
            if (!(exceptValue && key.equals(COSName.V)) && !cos.same(older.getItem(key), newer.getItem(key))) {
                return false;
            }
        }
        return true;
    }

    private void compareSettings(COSDictionary older, COSDictionary newer) throws IOException {
        Set<COSName> keys = new LinkedHashSet<>(older.keySet());
        keys.addAll(newer.keySet());
        for (COSName key : keys) {
            if (key.equals(COSName.FIELDS) || cos.same(older.getItem(key), newer.getItem(key))) {
                continue;
            }
            if (key.equals(COSName.SIG_FLAGS)
                    || (key.equals(COSName.DR) && onlyAdded(older.getItem(key), newer.getItem(key)))) {
                findings.signatureAdded();
            } else {
                findings.changed(Change.inDocument(ChangeCode.OTHER, "AcroForm/" + key.getName()));
            }
        }
    }

    /** Whether the newer default resources hold every older resource unchanged under its name, and maybe more. */
    private boolean onlyAdded(COSBase olderResources, COSBase newerResources) throws IOException {
        COSDictionary older = RevisionComparison.dictionary(olderResources);
        COSDictionary newer = RevisionComparison.dictionary(newerResources);
        if (older == null) {
            return newer != null;
        }
        if (newer == null) {
            return false;
        }
        for (COSName category : older.keySet()) {
            COSDictionary olderNames = RevisionComparison.dictionary(older.getItem(category));
            COSDictionary newerNames = RevisionComparison.dictionary(newer.getItem(category));
            if (olderNames == null || newerNames == null) {
                if (!cos.same(older.getItem(category), newer.getItem(category))) {
                    return false;
                }
                continue;
            }
            for (COSName name : olderNames.keySet()) {
                if (!cos.same(olderNames.getItem(name), newerNames.getItem(name))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The form's fields by full name ({@code parent.child}); a name two fields share lists both, in order. */
    private static Map<String, List<COSDictionary>> fields(COSDictionary form) {
        Map<String, List<COSDictionary>> fields = new LinkedHashMap<>();
        if (form != null) {
            Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            collect(form.getItem(COSName.FIELDS), null, 0, seen, fields);
        }
        return fields;
    }

    private static void collect(COSBase kids, String parentName, int depth, Set<COSDictionary> seen,
                                Map<String, List<COSDictionary>> fields) {
        if (!(CosComparison.resolve(kids) instanceof COSArray array)) {
            return;
        }
        if (depth > Inheritance.MAX_LEVELS) {
            throw new CosComparison.TooComplexException();
        }
        for (COSBase kid : array.toList()) {
            if (!(CosComparison.resolve(kid) instanceof COSDictionary field) || !seen.add(field)) {
                continue;
            }
            if (seen.size() > MAX_FIELDS) {
                throw new CosComparison.TooComplexException();
            }
            String partialName = field.getString(COSName.T);
            if (partialName == null) {
                // A widget of its parent field, compared with the page's annotations.
                continue;
            }
            String name = parentName == null ? partialName : parentName + "." + partialName;
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(field);
            collect(field.getItem(COSName.KIDS), name, depth + 1, seen, fields);
        }
    }
}
