package vn.vanban.web.health;

import jakarta.resource.ResourceException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;

/**
 * Recognises a failure that means the database cannot be reached (as opposed to a refused rule or a bug), wherever
 * it sits in the chain of causes: the pool could not open a connection, or an open one broke, also when it broke at
 * the commit (the connector's XA wrapper then reports a resource manager failure and drops the cause). Such a failure
 * is the server's temporary state, answered with 503 rather than 500.
 */
public final class DatabaseUnavailable {

    private static final int MAX_CAUSES = 30;
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
            if (isConnectionFailure(current)) {
                return true;
            }
            // Not EJBException.getCausedByException(): it casts the cause to Exception and fails on an Error.
            current = current.getCause();
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable failure) {
        return failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLException sql && sql.getSQLState() != null
                        && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)
                || failure instanceof ResourceException
                || failure instanceof ConnectException
                || failure instanceof XAException xa
                        && (xa.errorCode == XAException.XAER_RMERR || xa.errorCode == XAException.XAER_RMFAIL);
    }
}
