package dev.berth.sandbox.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatapointTest {
    private static double p(Datapoint d, String stat) {
        return Statistic.parse(stat).orElseThrow().of(d);
    }

    @Test
    void singleValuesMergeIntoSamplesForPercentiles() {
        Datapoint d = Datapoint.of(10, "Count");
        for (int v = 20; v <= 100; v += 10) {
            d = d.merge(Datapoint.of(v, null));
        }
        assertThat(d.count()).isEqualTo(10);
        assertThat(d.sum()).isEqualTo(550);
        assertThat(d.unit()).isEqualTo("Count");
        assertThat(p(d, "p50")).isEqualTo(50);
        assertThat(p(d, "p90")).isEqualTo(90);
        assertThat(p(d, "p91")).isEqualTo(100);
        assertThat(p(d, "p0")).isEqualTo(10);
        assertThat(p(d, "p100")).isEqualTo(100);
        assertThat(p(d, "Average")).isEqualTo(55);
    }

    @Test
    void equalValuesNeedNoSamples() {
        Datapoint d = Datapoint.of(4, null).merge(Datapoint.of(4, null)).merge(Datapoint.ofStatistics(3, 12, 4, 4, null));
        assertThat(d.samples()).isNull();
        assertThat(p(d, "p99")).isEqualTo(4);
        assertThat(d.count()).isEqualTo(5);
    }

    @Test
    void statisticSetsAndNegativeValuesHaveNoPercentiles() {
        Datapoint set = Datapoint.ofStatistics(4, 10, 1, 4, null);
        assertThat(Statistic.parse("p50").orElseThrow().of(set)).isNull();
        assertThat(Statistic.parse("p50").orElseThrow().of(set.merge(Datapoint.of(2, null)))).isNull();
        Datapoint negative = Datapoint.ofValues(new double[] {-1, 5}, new double[] {1, 1}, null);
        assertThat(Statistic.parse("p50").orElseThrow().of(negative)).isNull();
        assertThat(Statistic.parse("Minimum").orElseThrow().of(negative)).isEqualTo(-1);
    }

    @Test
    void onlyKnownStatisticsParse() {
        assertThat(Statistic.parse("p99.9")).isPresent();
        assertThat(Statistic.parse("p100.1")).isEmpty();
        assertThat(Statistic.parse("tm99")).isEmpty();
        assertThat(Statistic.parse("average")).isEmpty();
        assertThat(Statistic.percentile("Sum")).isEmpty();
    }
}
