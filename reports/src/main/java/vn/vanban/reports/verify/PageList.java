package vn.vanban.reports.verify;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The page dictionaries of a loaded PDF in reading order, and each one's index by identity. */
record PageList(List<COSDictionary> pages, Map<COSBase, Integer> indexes) {

    static PageList of(PDDocument document) {
        List<COSDictionary> pages = new ArrayList<>();
        Map<COSBase, Integer> indexes = new IdentityHashMap<>();
        for (PDPage page : document.getPages()) {
            indexes.putIfAbsent(page.getCOSObject(), pages.size());
            pages.add(page.getCOSObject());
        }
        return new PageList(List.copyOf(pages), indexes);
    }

    int size() {
        return pages.size();
    }

    COSDictionary get(int index) {
        return pages.get(index);
    }
}
