package vn.vanban.reports.verify;

import java.util.List;

/**
 * The PAdES baseline level of each signature of a file (ETSI EN 319 142-1, 5.4), from the evidence the file
 * carries: a time-stamp (its own, or a later document time-stamp's), the DSS dictionary's validation data for it,
 * and a document time-stamp over a revision that already held that data.
 */
final class PadesLevels {

    private PadesLevels() {
    }

    static PadesLevel of(ExaminedSignature signature, List<ExaminedSignature> all, SecurityStoreContents latest) {
        if (signature.end() < 0) {
            return PadesLevel.B_B;
        }
        List<ExaminedSignature> laterDocumentTimestamps = all.stream()
                .filter(other -> other.documentTimestamp() && other.timestamp() != null && other.end() > signature.end())
                .toList();
        if (signature.timestamp() == null && laterDocumentTimestamps.isEmpty()) {
            return PadesLevel.B_B;
        }
        byte[] contents = signature.contents();
        if (!latest.covers(contents)) {
            return PadesLevel.B_T;
        }
        boolean archived = laterDocumentTimestamps.stream()
                .anyMatch(timestamp -> timestamp.revision().validationData().covers(contents));
        return archived ? PadesLevel.B_LTA : PadesLevel.B_LT;
    }
}
