package vn.vanban.web.i18n;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.reports.verify.ChangeCode;
import vn.vanban.reports.verify.ModificationVerdict;
import vn.vanban.reports.verify.PadesLevel;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTest {

    private static final ResourceBundle VIETNAMESE = ResourceBundle.getBundle(Texts.BUNDLE, Texts.VIETNAMESE);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH);

    @Test
    void everyErrorCodeHasAMessageInBothLanguages() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(VIETNAMESE.containsKey("error." + code.name())).as("vi: %s", code).isTrue();
            assertThat(ENGLISH.containsKey("error." + code.name())).as("en: %s", code).isTrue();
        }
    }

    @Test
    void everyVerdictChangeAndLevelOfTheVerificationPageHasATextInBothLanguages() {
        Stream<String> keys = Stream.of(
                Arrays.stream(ModificationVerdict.values()).map(v -> "public_verify.modification." + v.name()),
                Arrays.stream(ChangeCode.values()).map(c -> "public_verify.change." + c.name()),
                Arrays.stream(PadesLevel.values()).map(l -> "public_verify.level." + l.name()),
                Arrays.stream(PadesLevel.values()).map(l -> "public_verify.levelHint." + l.name()))
                .flatMap(s -> s);
        assertThat(keys).allSatisfy(key -> {
            assertThat(VIETNAMESE.containsKey(key)).as("vi: %s", key).isTrue();
            assertThat(ENGLISH.containsKey(key)).as("en: %s", key).isTrue();
        });
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(ENGLISH.keySet()).containsExactlyInAnyOrderElementsOf(VIETNAMESE.keySet());
    }

    @Test
    void vietnameseIsServedWhenTheServerSpeaksAnotherLanguage() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Texts.get(Texts.VIETNAMESE, "login.title")).isEqualTo("Đăng nhập");
            assertThat(Texts.get(Locale.FRENCH, "login.title")).isEqualTo("Đăng nhập");
            assertThat(Texts.get(Locale.ENGLISH, "login.title")).isEqualTo("Log in");
        } finally {
            Locale.setDefault(previous);
        }
    }
}
