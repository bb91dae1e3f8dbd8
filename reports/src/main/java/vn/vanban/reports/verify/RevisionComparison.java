package vn.vanban.reports.verify;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the final file shows that the revision a signature covers did not, compared object-wise from the catalog
 * down, so that it does not matter which objects an update wrote again, only what they now say: each page's
 * content, resources, properties and annotations, the form, and the catalog's other entries. What signing adds
 * (signed signature fields and their widgets, the DSS dictionary, the form's signature bookkeeping) is allowed;
 * everything else is a change.
 */
final class RevisionComparison {

    private static final Set<COSName> INHERITED_PAGE_KEYS = Set.of(COSName.MEDIA_BOX, COSName.CROP_BOX, COSName.ROTATE);
    private static final Set<COSName> PAGE_KEYS_COMPARED_APART = Set.of(COSName.TYPE, COSName.PARENT, COSName.ANNOTS,
            COSName.CONTENTS, COSName.RESOURCES);
    /** Validation data and the extension levels declared with it come with signatures and time-stamps. */
    private static final Set<COSName> CATALOG_KEYS_OF_SIGNING = Set.of(COSName.DSS, COSName.EXTENSIONS);

    private final PageList olderPages;
    private final PageList newerPages;
    private final CosComparison cos;
    private final Findings findings = new Findings();

    private RevisionComparison(PDDocument older, PageList newerPages, ComparisonBudget budget) {
        this.olderPages = PageList.of(older);
        this.newerPages = newerPages;
        this.cos = new CosComparison(olderPages.indexes(), newerPages.indexes(), budget);
    }

    /**
     * @param signedRevision the revision a signature covers, loaded on its own
     * @param latest         the whole file
     * @param latestPages    its pages, listed once for all its signatures
     * @param budget         the bytes the comparison may read
     */
    static Modifications compare(PDDocument signedRevision, PDDocument latest, PageList latestPages,
                                 ComparisonBudget budget) throws IOException {
        RevisionComparison comparison = new RevisionComparison(signedRevision, latestPages, budget);
        comparison.comparePages();
        COSDictionary olderCatalog = signedRevision.getDocumentCatalog().getCOSObject();
        COSDictionary newerCatalog = latest.getDocumentCatalog().getCOSObject();
        new FormComparison(comparison.cos, comparison.findings).compare(
                dictionary(olderCatalog.getItem(COSName.ACRO_FORM)), dictionary(newerCatalog.getItem(COSName.ACRO_FORM)));
        comparison.compareCatalogs(olderCatalog, newerCatalog);
        return comparison.findings.modifications();
    }

    private void comparePages() throws IOException {
        int common = Math.min(olderPages.size(), newerPages.size());
        for (int index = 0; index < common; index++) {
            comparePage(index, olderPages.get(index), newerPages.get(index));
        }
        for (int index = common; index < newerPages.size(); index++) {
            findings.changed(Change.onPage(ChangeCode.PAGE_ADDED, index, null));
        }
        for (int index = common; index < olderPages.size(); index++) {
            findings.changed(Change.onPage(ChangeCode.PAGE_REMOVED, index, null));
        }
    }

    private void comparePage(int index, COSDictionary olderPage, COSDictionary newerPage) throws IOException {
        COSBase olderContents = olderPage.getItem(COSName.CONTENTS);
        COSBase newerContents = newerPage.getItem(COSName.CONTENTS);
        if (!cos.same(olderContents, newerContents)
                && !PageContents.drawSame(olderContents, newerContents, cos.budget())) {
            findings.changed(Change.onPage(ChangeCode.PAGE_CONTENT, index, null));
        }
        if (!cos.same(Inheritance.get(olderPage, COSName.RESOURCES), Inheritance.get(newerPage, COSName.RESOURCES))) {
            findings.changed(Change.onPage(ChangeCode.PAGE_RESOURCES, index, null));
        }
        Set<COSName> keys = new LinkedHashSet<>(olderPage.keySet());
        keys.addAll(newerPage.keySet());
        keys.addAll(INHERITED_PAGE_KEYS);
        keys.removeAll(PAGE_KEYS_COMPARED_APART);
        for (COSName key : keys) {
            boolean inherited = INHERITED_PAGE_KEYS.contains(key);
            COSBase olderValue = inherited ? Inheritance.get(olderPage, key) : olderPage.getItem(key);
            COSBase newerValue = inherited ? Inheritance.get(newerPage, key) : newerPage.getItem(key);
            if (!cos.same(olderValue, newerValue)) {
                findings.changed(Change.onPage(ChangeCode.OTHER, index, key.getName()));
            }
        }
        compareAnnotations(index, olderPage, newerPage);
    }

    /**
     * Annotations are matched by object number, which an update keeps when it writes one again; direct ones by
     * their order. A signed signature field's widget is the only annotation allowed to appear, or to change from
     * an empty field's to a signed one's.
     */
    private void compareAnnotations(int index, COSDictionary olderPage, COSDictionary newerPage) throws IOException {
        Map<Object, COSDictionary> olderAnnotations = annotations(olderPage);
        for (Map.Entry<Object, COSDictionary> entry : annotations(newerPage).entrySet()) {
            COSDictionary newerAnnotation = entry.getValue();
            COSDictionary olderAnnotation = olderAnnotations.remove(entry.getKey());
            boolean signed = isWidget(newerAnnotation) && Inheritance.isSignedSignatureField(newerAnnotation);
            if (olderAnnotation == null) {
                if (signed) {
                    findings.signatureAdded();
                } else {
                    findings.changed(Change.onPage(ChangeCode.ANNOTATION_ADDED, index, subtype(newerAnnotation)));
                }
            } else if (!cos.same(olderAnnotation, newerAnnotation)) {
                if (signed && Inheritance.isSignatureField(olderAnnotation)
                        && !Inheritance.isSignedSignatureField(olderAnnotation)) {
                    findings.signatureAdded();
                } else {
                    findings.changed(Change.onPage(ChangeCode.ANNOTATION_CHANGED, index, subtype(newerAnnotation)));
                }
            }
        }
        for (COSDictionary removed : olderAnnotations.values()) {
            findings.changed(Change.onPage(ChangeCode.ANNOTATION_REMOVED, index, subtype(removed)));
        }
    }

    /** The page's annotations by object number and generation, or by position among the direct ones. */
    private static Map<Object, COSDictionary> annotations(COSDictionary page) {
        Map<Object, COSDictionary> annotations = new LinkedHashMap<>();
        if (!(CosComparison.resolve(page.getItem(COSName.ANNOTS)) instanceof COSArray array)) {
            return annotations;
        }
        int direct = 0;
        for (COSBase entry : array.toList()) {
            if (CosComparison.resolve(entry) instanceof COSDictionary annotation) {
                Object key = entry instanceof COSObject reference && reference.getKey() != null
                        ? List.of(reference.getKey().getNumber(), reference.getKey().getGeneration())
                        : "direct " + direct++;
                annotations.putIfAbsent(key, annotation);
            }
        }
        return annotations;
    }

    /**
     * Catalog entries other than the pages and the form, each by itself; the name tree of document-level
     * JavaScript, embedded files and so on by its own entries, so that the change says which.
     */
    private void compareCatalogs(COSDictionary olderCatalog, COSDictionary newerCatalog) throws IOException {
        Set<COSName> keys = new LinkedHashSet<>(olderCatalog.keySet());
        keys.addAll(newerCatalog.keySet());
        for (COSName key : keys) {
            if (key.equals(COSName.PAGES) || key.equals(COSName.ACRO_FORM)) {
                continue;
            }
            COSBase olderValue = olderCatalog.getItem(key);
            COSBase newerValue = newerCatalog.getItem(key);
            if (cos.same(olderValue, newerValue)) {
                continue;
            }
            if (CATALOG_KEYS_OF_SIGNING.contains(key)) {
                findings.signatureAdded();
            } else if (key.equals(COSName.NAMES)) {
                compareEntries("Names/", dictionary(olderValue), dictionary(newerValue));
            } else {
                findings.changed(Change.inDocument(ChangeCode.OTHER, key.getName()));
            }
        }
    }

    private void compareEntries(String prefix, COSDictionary olderValue, COSDictionary newerValue) throws IOException {
        if (olderValue == null || newerValue == null) {
            findings.changed(Change.inDocument(ChangeCode.OTHER, prefix.substring(0, prefix.length() - 1)));
            return;
        }
        List<COSName> keys = new ArrayList<>(olderValue.keySet());
        newerValue.keySet().stream().filter(key -> !keys.contains(key)).forEach(keys::add);
        for (COSName key : keys) {
            if (!cos.same(olderValue.getItem(key), newerValue.getItem(key))) {
                findings.changed(Change.inDocument(ChangeCode.OTHER, prefix + key.getName()));
            }
        }
    }

    static COSDictionary dictionary(COSBase value) {
        return CosComparison.resolve(value) instanceof COSDictionary dictionary ? dictionary : null;
    }

    private static boolean isWidget(COSDictionary annotation) {
        return COSName.WIDGET.equals(annotation.getCOSName(COSName.SUBTYPE));
    }

    private static String subtype(COSDictionary annotation) {
        COSName subtype = annotation.getCOSName(COSName.SUBTYPE);
        return subtype == null ? null : subtype.getName();
    }
}
