package vn.vanban.web.health;

import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void aLostConnectionInsideAnEjbFailureIsFound() {
        var failure = new EJBException("could not reach the database",
                new IllegalStateException(new SQLTransientConnectionException("Connection refused", "08001")));

        assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
    }

    @Test
    void anErrorInsideAnEjbFailureIsNoConnectionFailureAndNoCrashEither() {
        // The server wraps an OutOfMemoryError of a bean in an EJBException whose getCausedByException() then fails
        // with a ClassCastException: found in CI, where it turned the API's JSON error into the HTML 500 page.
        var failure = new EJBException("Java heap space");
        failure.initCause(new OutOfMemoryError("Java heap space"));

        assertThat(DatabaseUnavailable.causedBy(failure)).isFalse();
    }
}
