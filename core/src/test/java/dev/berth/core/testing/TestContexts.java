package dev.berth.core.testing;

import dev.berth.core.context.AwsContext;
import dev.berth.core.context.ResolvedContext;
import dev.berth.core.limit.ApiLimiter;
import java.time.Clock;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.ecs.EcsClient;

/** Contexts for unit tests: a sandbox-like resolved context, and a limiter that never waits. */
public final class TestContexts {
    private TestContexts() {
    }

    public static ResolvedContext resolved() {
        return new ResolvedContext(null, false, false, "us-east-1", java.net.URI.create("http://127.0.0.1:9"), true,
                false, ProfileFile.aggregator().build());
    }

    /** A limiter whose waits are skipped (tests check calls, not seconds). */
    public static ApiLimiter instantLimiter() {
        return new ApiLimiter(System::nanoTime, nanos -> { });
    }

    public static AwsContext withEcs(EcsClient ecs, Clock clock) {
        return new AwsContext(resolved(), instantLimiter(), clock, ecs);
    }
}
