package vn.vanban.reports.sign.revocation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * The body of an HTTP answer read up to a limit: once it goes beyond, or declares beforehand that it will, reading
 * stops and the connection is given up, so that a server cannot make the portal hold more than the limit in memory.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final boolean wanted;
    private final long limit;
    private final long declaredLength;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    /**
     * @param declaredLength the Content-Length the answer announces; -1 when it announces none
     */
    BoundedBody(long limit, long declaredLength) {
        this(true, limit, declaredLength);
    }

    private BoundedBody(boolean wanted, long limit, long declaredLength) {
        this.wanted = wanted;
        this.limit = limit;
        this.declaredLength = declaredLength;
    }

    /** The body of an answer that nobody wants (an error, a redirect): not read at all, taken as empty. */
    static HttpResponse.BodySubscriber<byte[]> unread() {
        return new BoundedBody(false, 0, -1);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (!wanted) {
            subscription.cancel();
            body.complete(new byte[0]);
        } else if (declaredLength > limit) {
            tooLarge();
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (received.size() + (long) buffer.remaining() > limit) {
                tooLarge();
                return;
            }
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            received.writeBytes(bytes);
        }
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        body.complete(received.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    private void tooLarge() {
        subscription.cancel();
        body.completeExceptionally(new TooLargeException(limit));
    }

    /** The answer is, or says it will be, longer than the limit. */
    static final class TooLargeException extends IOException {

        TooLargeException(long limit) {
            super("answers more than " + limit + " bytes");
        }
    }
}
