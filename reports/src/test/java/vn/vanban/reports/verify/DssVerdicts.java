package vn.vanban.reports.verify;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.reports.Reports;

import static org.assertj.core.api.Assertions.assertThat;

/** What the tests expect of EU DSS's verdict on the signed minutes, with DSS's reasons when it disagrees. */
final class DssVerdicts {

    private DssVerdicts() {
    }

    /** Both signatures of the minutes have {@code level} and pass. */
    static void assertLevelAndPassed(Reports reports, SignatureLevel level) {
        SimpleReport simple = reports.getSimpleReport();
        assertThat(simple.getSignatureIdList()).hasSize(2).allSatisfy(id -> {
            assertThat(simple.getSignatureFormat(id)).isEqualTo(level);
            assertThat(simple.getIndication(id))
                    .as(() -> simple.getAdESValidationErrors(id).stream().map(m -> m.getKey() + ": " + m.getValue())
                            .toList().toString())
                    .isEqualTo(Indication.TOTAL_PASSED);
        });
    }
}
