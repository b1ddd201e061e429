package dev.berth.core.context;

import java.util.function.Consumer;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RecordSuccessResponse;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The SDK's standard retries with backoff, plus a word to Berth's limiter each time an attempt is
 * throttled, so the shared budget slows down even when a retry then succeeds.
 */
final class ThrottleAwareRetryStrategy implements RetryStrategy {
    private final RetryStrategy delegate;
    private final Consumer<Throwable> onThrottled;

    ThrottleAwareRetryStrategy(RetryStrategy delegate, Consumer<Throwable> onThrottled) {
        this.delegate = delegate;
        this.onThrottled = onThrottled;
    }

    @Override
    public AcquireInitialTokenResponse acquireInitialToken(AcquireInitialTokenRequest request) {
        return delegate.acquireInitialToken(request);
    }

    @Override
    public RefreshRetryTokenResponse refreshRetryToken(RefreshRetryTokenRequest request) {
        if (AwsErrors.throttling(request.failure())) {
            onThrottled.accept(request.failure());
        }
        return delegate.refreshRetryToken(request);
    }

    @Override
    public RecordSuccessResponse recordSuccess(RecordSuccessRequest request) {
        return delegate.recordSuccess(request);
    }

    @Override
    public int maxAttempts() {
        return delegate.maxAttempts();
    }

    /** Builders lose the throttle hook; the SDK only rebuilds strategies that ask for client defaults. */
    @Override
    public Builder<?, ?> toBuilder() {
        return delegate.toBuilder();
    }
}
