package dev.berth.sandbox.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MetricMathTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static TimeSeries series(double... values) {
        NavigableMap<Instant, Double> m = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                m.put(T.plusSeconds(60L * i), values[i]);
            }
        }
        return new TimeSeries(m, T, T.plusSeconds(60L * values.length), 60);
    }

    private static final Map<String, TimeSeries> IDS = Map.of(
            "a", series(1, 2, 3),
            "b", series(10, Double.NaN, 0));

    private static final MetricMath.Resolver RESOLVER = new MetricMath.Resolver() {
        @Override
        public TimeSeries series(String id) {
            return IDS.get(id);
        }

        @Override
        public List<TimeSeries> metrics(String filter) {
            return IDS.entrySet().stream().filter(e -> filter == null || e.getKey().contains(filter))
                    .map(Map.Entry::getValue).toList();
        }
    };

    private static List<Double> eval(String expression) {
        return List.copyOf(MetricMath.evaluate(expression, RESOLVER).values().values());
    }

    @Test
    void arithmeticFollowsPrecedence() {
        assertThat(eval("a + 2 * 3")).containsExactly(7.0, 8.0, 9.0);
        assertThat(eval("(a + 2) * 3")).containsExactly(9.0, 12.0, 15.0);
        assertThat(eval("-a ^ 2")).containsExactly(-1.0, -4.0, -9.0);
        assertThat(eval("a - 1 - 1")).containsExactly(-1.0, 0.0, 1.0);
    }

    @Test
    void seriesCombineWhereBothHaveValuesAndDivisionByZeroIsDropped() {
        assertThat(eval("a + b")).containsExactly(11.0, 3.0);
        assertThat(eval("a / b")).containsExactly(0.1);
        assertThat(eval("FILL(b, 5)")).containsExactly(10.0, 5.0, 0.0);
        assertThat(eval("SUM(METRICS())")).containsExactly(11.0, 2.0, 3.0);
        assertThat(eval("MAX(a, b)")).containsExactly(10.0, 2.0, 3.0);
        assertThat(eval("a * SUM(a) / 6")).containsExactly(1.0, 2.0, 3.0);
        assertThat(eval("ABS(b - 5)")).containsExactly(5.0, 5.0);
    }

    @Test
    void mistakesAreInvalidAndMissingMathIsUnsupported() {
        assertThatThrownBy(() -> eval("c + 1")).isInstanceOfSatisfying(MetricMathException.class,
                e -> assertThat(e.unsupported()).isFalse());
        assertThatThrownBy(() -> eval("a +")).isInstanceOfSatisfying(MetricMathException.class,
                e -> assertThat(e.unsupported()).isFalse());
        assertThatThrownBy(() -> eval("RATE(a)")).isInstanceOfSatisfying(MetricMathException.class,
                e -> assertThat(e.unsupported()).isTrue());
        assertThatThrownBy(() -> eval("1 + 1")).isInstanceOfSatisfying(MetricMathException.class,
                e -> assertThat(e.unsupported()).isTrue());
    }
}
