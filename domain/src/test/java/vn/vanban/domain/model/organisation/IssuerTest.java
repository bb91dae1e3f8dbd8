package vn.vanban.domain.model.organisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IssuerTest {

    private static IssuerDetails details(String name, String symbol, String place) {
        return new IssuerDetails(name, "QUẬN ỦY LONG BIÊN", symbol, place,
                NumberingRule.PARTY_PER_TYPE_PER_TERM, LocalDate.of(2025, 10, 20), "2025 - 2030");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BCĐ", "QU", "UBND", "ĐU", "TU", "BCĐ-QU", "BCĐ35"})
    void acceptsSymbolsAsTheyArePrinted(String symbol) {
        assertThat(IssuerSymbol.of(symbol)).isEqualTo(symbol);
    }

    @Test
    void symbolIsUpperCasedAndNormalised() {
        String decomposed = Normalizer.normalize("bcđ", Normalizer.Form.NFD);
        assertThat(IssuerSymbol.of(" " + decomposed + " ")).isEqualTo("BCĐ");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"B CĐ", "BCĐ/QU", "-BCĐ", "BCĐ-", "BCĐ--QU", "  ", "BCĐ.", "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG"})
    void refusesSymbolsThatWouldBreakTheNumber(String symbol) {
        assertThatThrownBy(() -> IssuerSymbol.of(symbol))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(ErrorCode.SYMBOL_INVALID);
                    assertThat(e.getField()).contains("symbol");
                });
    }

    @Test
    void refusesAnEmptyNameOnTheNameField() {
        assertThatThrownBy(() -> new Issuer(details("   ", "BCĐ", "Long Biên")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(ErrorCode.NAME_REQUIRED);
                    assertThat(e.getField()).contains("name");
                });
    }

    @Test
    void refusesAMissingPlaceNameBecauseTheDateLineNeedsIt() {
        assertThatThrownBy(() -> new Issuer(details("BAN CHỈ ĐẠO", "BCĐ", null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getCode()).isEqualTo(ErrorCode.PLACE_REQUIRED));
    }

    @Test
    void refusesMissingNumberingRuleAndTermStart() {
        var noRule = new IssuerDetails("BAN", null, "BCĐ", "Long Biên", null, LocalDate.of(2025, 1, 1), null);
        var noTerm = new IssuerDetails("BAN", null, "BCĐ", "Long Biên", NumberingRule.STATE_PER_CALENDAR_YEAR, null, null);
        assertThatThrownBy(() -> new Issuer(noRule)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getCode()).isEqualTo(ErrorCode.NUMBERING_RULE_REQUIRED));
        assertThatThrownBy(() -> new Issuer(noTerm)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getCode()).isEqualTo(ErrorCode.TERM_START_REQUIRED));
    }

    @Test
    void storesNamesInNfcWithoutSurroundingSpace() {
        String decomposed = Normalizer.normalize("BAN CHỈ ĐẠO", Normalizer.Form.NFD);
        Issuer issuer = new Issuer(details("  " + decomposed + " ", "BCĐ", "Long Biên"));
        assertThat(issuer.getName()).isEqualTo("BAN CHỈ ĐẠO");
        assertThat(Normalizer.isNormalized(issuer.getName(), Normalizer.Form.NFC)).isTrue();
    }

    private static final List<String> KNOWN = List.of("NQ", "QĐ", "QĐi", "TB", "GM");

    @Test
    void aNewIssuerUsesEveryTypeIncludingOnesAddedLater() {
        Issuer issuer = new Issuer(details("BAN CHỈ ĐẠO", "BCĐ", "Long Biên"));

        assertThat(KNOWN).allMatch(issuer::usesType);
        assertThat(issuer.usesType("GGT")).isTrue();
    }

    @Test
    void choosingTypesSwitchesOffTheOthersOnly() {
        Issuer issuer = new Issuer(details("BAN CHỈ ĐẠO", "BCĐ", "Long Biên"));

        issuer.chooseTypes(List.of("TB", "GM"), KNOWN);

        assertThat(KNOWN).filteredOn(issuer::usesType).containsExactly("TB", "GM");
        assertThat(issuer.usesType("GGT")).as("a type the portal learns later").isTrue();

        issuer.chooseTypes(List.of("NQ", "TB"), KNOWN);
        assertThat(KNOWN).filteredOn(issuer::usesType).containsExactly("NQ", "TB");
    }

    @Test
    void anIssuerKeepsAtLeastOneTypeAndOnlyKnownOnes() {
        Issuer issuer = new Issuer(details("BAN CHỈ ĐẠO", "BCĐ", "Long Biên"));

        assertThatThrownBy(() -> issuer.chooseTypes(List.of(), KNOWN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getCode()).isEqualTo(ErrorCode.DOCUMENT_TYPES_REQUIRED));
        assertThatThrownBy(() -> issuer.chooseTypes(List.of("TB", "XYZ"), KNOWN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getCode()).isEqualTo(ErrorCode.DOCUMENT_TYPE_NOT_FOUND));
        assertThat(KNOWN).allMatch(issuer::usesType);
    }
}
