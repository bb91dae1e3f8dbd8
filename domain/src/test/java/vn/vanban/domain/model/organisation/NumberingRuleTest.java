package vn.vanban.domain.model.organisation;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberingRuleTest {

    private static final LocalDate TERM_START = LocalDate.of(2025, 10, 20);

    @Test
    void partyNumberReadsNumberDashTypeSlashIssuerWithTwoDigitsAtLeast() {
        assertThat(NumberingRule.PARTY_PER_TYPE_PER_TERM.format(9, "NQ", "TU")).isEqualTo("Số 09-NQ/TU");
        assertThat(NumberingRule.PARTY_PER_TYPE_PER_TERM.format(12, "TB", "BCĐ")).isEqualTo("Số 12-TB/BCĐ");
        assertThat(NumberingRule.PARTY_PER_TYPE_PER_TERM.format(105, "BC", "QU")).isEqualTo("Số 105-BC/QU");
    }

    @Test
    void stateNumberReadsNumberSlashTypeDashIssuerAfterAColon() {
        assertThat(NumberingRule.STATE_PER_CALENDAR_YEAR.format(9, "NQ", "UBND")).isEqualTo("Số: 09/NQ-UBND");
        assertThat(NumberingRule.STATE_PER_CALENDAR_YEAR.format(1, "QĐ", "UBND")).isEqualTo("Số: 01/QĐ-UBND");
    }

    @Test
    void numbersStartAtOne() {
        assertThatThrownBy(() -> NumberingRule.PARTY_PER_TYPE_PER_TERM.format(0, "NQ", "TU"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void partyRuleKeepsOneSequenceForTheWholeTermAcrossYears() {
        var rule = NumberingRule.PARTY_PER_TYPE_PER_TERM;
        assertThat(rule.period(LocalDate.of(2025, 12, 31), TERM_START))
                .isEqualTo(rule.period(LocalDate.of(2026, 1, 2), TERM_START));
        assertThat(rule.period(LocalDate.of(2026, 1, 2), TERM_START))
                .isNotEqualTo(rule.period(LocalDate.of(2031, 1, 2), LocalDate.of(2030, 10, 1)));
    }

    @Test
    void stateRuleStartsAgainOnTheFirstOfJanuary() {
        var rule = NumberingRule.STATE_PER_CALENDAR_YEAR;
        assertThat(rule.period(LocalDate.of(2025, 12, 31), TERM_START))
                .isNotEqualTo(rule.period(LocalDate.of(2026, 1, 1), TERM_START));
        assertThat(rule.period(LocalDate.of(2026, 1, 1), TERM_START))
                .isEqualTo(rule.period(LocalDate.of(2026, 12, 31), TERM_START));
    }

    @Test
    void partyRuleRefusesAnIssueDateBeforeTheCurrentTerm() {
        assertThatThrownBy(() -> NumberingRule.PARTY_PER_TYPE_PER_TERM.period(LocalDate.of(2025, 10, 19), TERM_START))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).getCode())
                .isEqualTo(ErrorCode.ISSUE_DATE_BEFORE_TERM);
    }

    @Test
    void partyRuleKeepsASeriesPerTypeAndTheStateRuleOneForAllTypes() {
        LocalDate day = LocalDate.of(2026, 3, 19);
        var party = NumberingRule.PARTY_PER_TYPE_PER_TERM;
        var state = NumberingRule.STATE_PER_CALENDAR_YEAR;
        assertThat(party.series(day, TERM_START, "TB")).isNotEqualTo(party.series(day, TERM_START, "BC"));
        assertThat(state.series(day, TERM_START, "TB")).isEqualTo(state.series(day, TERM_START, "BC"));
    }

    @Test
    void issuerFormatsWithItsOwnSymbolAndRule() {
        Issuer party = new Issuer(new IssuerDetails("BAN CHỈ ĐẠO", "QUẬN ỦY LONG BIÊN", "bcđ", "Long Biên",
                NumberingRule.PARTY_PER_TYPE_PER_TERM, TERM_START, null));
        Issuer state = new Issuer(new IssuerDetails("ỦY BAN NHÂN DÂN QUẬN", null, "UBND", "Long Biên",
                NumberingRule.STATE_PER_CALENDAR_YEAR, TERM_START, null));
        assertThat(party.formatNumber(12, "TB")).isEqualTo("Số 12-TB/BCĐ");
        assertThat(state.formatNumber(12, "TB")).isEqualTo("Số: 12/TB-UBND");
    }

    @Test
    void aDraftLeavesTheNumberOpenWithRoomForItAndTheRestOfTheLineAsIssued() {
        String open = "\u00A0".repeat(6);
        assertThat(NumberingRule.PARTY_PER_TYPE_PER_TERM.unnumbered("TB", "BCĐ")).isEqualTo("Số " + open + "-TB/BCĐ");
        assertThat(NumberingRule.STATE_PER_CALENDAR_YEAR.unnumbered("QĐ", "UBND")).isEqualTo("Số: " + open + "/QĐ-UBND");
    }
}
