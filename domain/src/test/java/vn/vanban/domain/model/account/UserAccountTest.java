package vn.vanban.domain.model.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-03-19T07:00:00Z");

    private static UserAccount account() {
        return new UserAccount("Lan.NT", "Nguyễn Thị Lan", "lan@example.vn", "hash", EnumSet.of(Role.MEMBER));
    }

    @Test
    void usernameIsStoredInLowerCase() {
        assertThat(account().getUsername()).isEqualTo("lan.nt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "lan nt", "lan/nt", "nguyễn", "-lan"})
    void refusesUsernamesThatCannotBeTypedReliably(String username) {
        assertThatThrownBy(() -> Username.of(username)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getCode()).isEqualTo(ErrorCode.USERNAME_INVALID));
    }

    @Test
    void fourFailedLoginsDoNotLock() {
        UserAccount account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(NOW);
        }
        assertThat(account.isLockedAt(NOW)).isFalse();
    }

    @Test
    void fifthFailedLoginLocksTheAccountForFifteenMinutes() {
        UserAccount account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(NOW);
        }
        assertThat(account.isLockedAt(NOW)).isTrue();
        assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(14)).plusSeconds(59))).isTrue();
        assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(account.getLockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void successfulLoginStartsTheCountAgain() {
        UserAccount account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(NOW);
        }
        account.recordSuccessfulLogin();
        account.recordFailedLogin(NOW);
        assertThat(account.isLockedAt(NOW)).isFalse();
        assertThat(account.getFailedLogins()).isEqualTo(1);
    }

    @Test
    void passwordResetLiftsTheLock() {
        UserAccount account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(NOW);
        }
        account.changePassword("new-hash");
        assertThat(account.isLockedAt(NOW)).isFalse();
        assertThat(account.getPasswordHash()).isEqualTo("new-hash");
    }

    @Test
    void aUserWithoutRolesIsRefused() {
        assertThatThrownBy(() -> new UserAccount("lan.nt", "Lan", null, "hash", Set.of()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getCode()).isEqualTo(ErrorCode.ROLES_EMPTY));
    }

    @Test
    void malformedEmailIsRefusedOnTheEmailField() {
        assertThatThrownBy(() -> account().describe("Nguyễn Thị Lan", "lan at example"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(ErrorCode.EMAIL_INVALID);
                    assertThat(e.getField()).contains("email");
                });
    }
}
