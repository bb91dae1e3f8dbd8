package vn.vanban.web.health;

import jakarta.ejb.EJBException;
import jakarta.transaction.SystemException;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void aLostConnectionInsideAnEjbFailureIsFound() {
        var failure = new EJBException("could not reach the database",
                new IllegalStateException(new SQLTransientConnectionException("Connection refused", "08001")));

        assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
    }

    @Test
    void aCommitOnAConnectionTheDatabaseClosedIsFound() {
        // As Payara reports it when the database goes away between a transaction's inserts and its commit: the
        // connector's XA wrapper turns the closed connection into an XAException without a cause.
        var closed = new XAException("jakarta.resource.spi.LocalTransactionException: This connection has been closed.");
        closed.errorCode = XAException.XAER_RMERR;
        var failure = new EJBException("Unable to complete container-managed transaction.",
                (Exception) new SystemException().initCause(closed));

        assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
    }

    @Test
    void aTransactionRolledBackByARuleIsNoConnectionFailure() {
        var failure = new EJBException(new XAException(XAException.XA_RBINTEGRITY));

        assertThat(DatabaseUnavailable.causedBy(failure)).isFalse();
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
