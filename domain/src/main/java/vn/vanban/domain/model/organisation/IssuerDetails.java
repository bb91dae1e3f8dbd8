package vn.vanban.domain.model.organisation;

import java.time.LocalDate;

/** Everything an administrator sets on an issuer, as entered; {@link Issuer} validates and normalises it. */
public record IssuerDetails(String name, String parentBody, String symbol, String placeName,
                            NumberingRule numberingRule, LocalDate termStart, String termLabel) {
}
