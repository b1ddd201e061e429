package dev.berth.core.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ApiLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final AtomicLong slept = new AtomicLong();
    private final ApiLimiter limiter = new ApiLimiter(now::get, nanos -> {
        slept.addAndGet(nanos);
        now.addAndGet(nanos);
    });

    private double seconds(Runnable r) {
        long before = now.get();
        r.run();
        return (now.get() - before) / 1e9;
    }

    private void calls(int n, String op) {
        for (int i = 0; i < n; i++) {
            try {
                limiter.acquire(ApiCategory.READ, op);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aBurstPassesThenCallsArePacedAtTheSustainedRate() {
        assertThat(seconds(() -> calls(45, "ecs:DescribeServices"))).isZero();
        assertThat(seconds(() -> calls(190, "ecs:DescribeServices"))).isCloseTo(10.0, org.assertj.core.data.Offset.offset(0.06));
    }

    @Test
    void eachOperationHasItsOwnBudget() {
        calls(45, "ecs:DescribeServices");
        assertThat(seconds(() -> calls(45, "ecs:ListServices"))).isZero();
    }

    @Test
    void throttlingHalvesTheRateReportsItAndRecoversWhenQuiet() {
        calls(45, "ecs:DescribeServices");
        limiter.throttled(ApiCategory.READ, "ecs:DescribeServices");
        assertThat(limiter.isThrottled()).isTrue();
        assertThat(limiter.rate(ApiCategory.READ, "ecs:DescribeServices")).isEqualTo(9.5);
        assertThat(seconds(() -> calls(19, "ecs:DescribeServices"))).isGreaterThan(1.9);

        now.addAndGet(60_000_000_000L);
        assertThat(limiter.isThrottled()).isFalse();
        assertThat(limiter.rate(ApiCategory.READ, "ecs:DescribeServices")).isEqualTo(19.0);
    }

    @Test
    void callsOfTheLastMinuteAreCounted() {
        calls(30, "ecs:ListClusters");
        assertThat(limiter.callsLastMinute()).isEqualTo(30);
        now.addAndGet(61_000_000_000L);
        assertThat(limiter.callsLastMinute()).isZero();
    }
}
