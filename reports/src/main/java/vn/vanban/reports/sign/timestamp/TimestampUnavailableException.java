package vn.vanban.reports.sign.timestamp;

/**
 * The time-stamping authority did not give a usable token: unreachable, too slow, an HTTP error, a refusal or an
 * answer that does not match the request. Nothing was signed; trying again later may work.
 */
public class TimestampUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TimestampUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
