package vn.vanban.web.security;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.web.faces.Replication.moved;

class SessionUserReplicationTest {

    @Test
    void whoIsLoggedInMovesWithTheSessionSoNobodyLogsInAgain() {
        SessionUser user = new SessionUser("vanthu", new HashSet<>(Set.of("SECRETARIAT", "MEMBER")), "9f86d081884c7d65");

        assertThat(moved(user)).isEqualTo(user);
    }
}
