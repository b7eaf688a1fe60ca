package org.clausemap.ingest;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read with a size cap enforced while it streams: past {@code maxBytes} the subscription is
 * cancelled and the body fails with {@link TooLarge}, so an endless body never fills memory. A declared
 * {@code Content-Length} over the cap fails before reading anything.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body went past the cap. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final long maxBytes;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private long received;

    private CappedBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A handler that reads bodies up to {@code maxBytes}. */
    static HttpResponse.BodyHandler<byte[]> handler(long maxBytes) {
        return info -> {
            OptionalLong declared = info.headers().firstValueAsLong("content-length");
            CappedBody body = new CappedBody(maxBytes);
            if (declared.isPresent() && declared.getAsLong() > maxBytes) {
                body.received = declared.getAsLong();
                body.result.completeExceptionally(new TooLarge());
            }
            return body;
        };
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (result.isDone()) {
            subscription.cancel();
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            received += buffer.remaining();
            if (received > maxBytes) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge());
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            out.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }
}
