package vn.vanban.application.incoming;

/** A scan is waiting for its text to be recognised; once its transaction has committed, a round can take it. */
public record IncomingTextQueued(long incomingId) {
}
