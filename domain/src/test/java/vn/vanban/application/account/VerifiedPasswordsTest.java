package vn.vanban.application.account;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.account.LoginOutcome;
import vn.vanban.domain.model.account.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedPasswordsTest {

    private static final LoginOutcome LAN = new LoginOutcome(LoginOutcome.Status.VALID, "lan.nt", Set.of(Role.MEMBER), null);

    private final MovableClock clock = new MovableClock();
    private final VerifiedPasswords passwords = new VerifiedPasswords(clock);

    @Test
    void theSamePasswordIsRecalledAndAnyOtherIsNot() {
        passwords.remember("lan.nt", "Mat-khau-123", LAN, passwords.changes());

        assertThat(passwords.recall("lan.nt", "Mat-khau-123")).contains(LAN);
        assertThat(passwords.recall("lan.nt", "mat-khau-123")).isEmpty();
        assertThat(passwords.recall("lan.nt", "")).isEmpty();
        assertThat(passwords.recall("lan.nt", null)).isEmpty();
        assertThat(passwords.recall("hung.tv", "Mat-khau-123")).isEmpty();
    }

    @Test
    void aRefusedPasswordIsNeverRemembered() {
        passwords.remember("lan.nt", "doan-bua", LoginOutcome.invalid(), passwords.changes());

        assertThat(passwords.recall("lan.nt", "doan-bua")).isEmpty();
    }

    @Test
    void aPasswordIsForgottenAfterAMinute() {
        passwords.remember("lan.nt", "Mat-khau-123", LAN, passwords.changes());

        clock.advance(VerifiedPasswords.VALIDITY.minusSeconds(1));
        assertThat(passwords.recall("lan.nt", "Mat-khau-123")).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(passwords.recall("lan.nt", "Mat-khau-123")).isEmpty();
    }

    @Test
    void aChangedAccountIsForgottenAtOnce() {
        passwords.remember("lan.nt", "Mat-khau-123", LAN, passwords.changes());

        passwords.forget("lan.nt");

        assertThat(passwords.recall("lan.nt", "Mat-khau-123")).isEmpty();
    }

    @Test
    void aCheckThatBeganBeforeAChangeIsNotRemembered() {
        long checkBegan = passwords.changes();
        passwords.forget("lan.nt");

        passwords.remember("lan.nt", "Mat-khau-cu", LAN, checkBegan);

        assertThat(passwords.recall("lan.nt", "Mat-khau-cu")).isEmpty();
    }

    @Test
    void theNameAndThePasswordCannotBeShiftedIntoEachOther() {
        passwords.remember("lan", "nt:Mat-khau", LAN, passwords.changes());

        assertThat(passwords.recall("lan", "nt:Mat-khau")).isPresent();
        assertThat(passwords.recall("lannt", ":Mat-khau")).isEmpty();
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-27T01:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
