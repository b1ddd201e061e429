package dev.berth.sandbox.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Evaluates the common part of CloudWatch metric math: numbers, query ids, {@code + - * / ^},
 * parentheses, {@code METRICS()} and {@code METRICS("text")}, {@code SUM AVG MIN MAX} over several
 * series (per timestamp) or one (to a scalar), {@code ABS CEIL FLOOR}, and {@code FILL(series, number)}.
 * Two series combine at the timestamps both have; non-finite results (division by zero) are dropped.
 * Other functions raise an "unsupported" {@link MetricMathException}.
 */
final class MetricMath {
    /** Where ids and METRICS() find their series. */
    interface Resolver {
        TimeSeries series(String id);

        /** The series of all metric (not expression) queries, or of those whose id contains {@code filter}. */
        List<TimeSeries> metrics(String filter);
    }

    private sealed interface Value {
    }

    private record Scalar(double value) implements Value {
    }

    private record Series(TimeSeries series) implements Value {
    }

    private record SeriesList(List<TimeSeries> list) implements Value {
    }

    private final String text;
    private final Resolver resolver;
    private int pos;

    private MetricMath(String text, Resolver resolver) {
        this.text = text;
        this.resolver = resolver;
    }

    /** The single time series an expression yields. */
    static TimeSeries evaluate(String expression, Resolver resolver) {
        MetricMath math = new MetricMath(expression, resolver);
        Value v = math.sum();
        math.skipSpace();
        if (math.pos < expression.length()) {
            throw math.invalid("unexpected '" + expression.charAt(math.pos) + "'");
        }
        return switch (v) {
            case Series s -> s.series();
            case Scalar s -> throw new MetricMathException(
                    "the expression yields a single number, not a time series", true);
            case SeriesList l -> l.list().size() == 1 ? l.list().getFirst() : unsupported(
                    "the expression yields " + l.list().size() + " time series; the sandbox answers one per query");
        };
    }

    private Value sum() {
        Value left = product();
        while (true) {
            if (consume('+')) {
                left = combine(left, product(), Double::sum);
            } else if (consume('-')) {
                left = combine(left, product(), (a, b) -> a - b);
            } else {
                return left;
            }
        }
    }

    private Value product() {
        Value left = unary();
        while (true) {
            if (consume('*')) {
                left = combine(left, unary(), (a, b) -> a * b);
            } else if (consume('/')) {
                left = combine(left, unary(), (a, b) -> a / b);
            } else {
                return left;
            }
        }
    }

    private Value unary() {
        if (consume('-')) {
            return map(unary(), v -> -v);
        }
        Value base = primary();
        if (consume('^')) {
            return combine(base, unary(), Math::pow);
        }
        return base;
    }

    private Value primary() {
        skipSpace();
        if (consume('(')) {
            Value inner = sum();
            expect(')');
            return inner;
        }
        if (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            return new Scalar(number());
        }
        String name = identifier();
        if (name.isEmpty()) {
            throw invalid(pos < text.length() ? "unexpected '" + text.charAt(pos) + "'" : "the expression ends too early");
        }
        skipSpace();
        if (consume('(')) {
            return function(name.toUpperCase(Locale.ROOT));
        }
        TimeSeries series = resolver.series(name);
        if (series == null) {
            throw invalid("unknown id '" + name + "'");
        }
        return new Series(series);
    }

    private Value function(String name) {
        List<Value> args = new ArrayList<>();
        List<String> strings = new ArrayList<>();
        skipSpace();
        if (!consume(')')) {
            do {
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == '"') {
                    strings.add(string());
                } else {
                    args.add(sum());
                }
            } while (consume(','));
            expect(')');
        }
        return switch (name) {
            case "METRICS" -> {
                if (!args.isEmpty() || strings.size() > 1) {
                    throw invalid("METRICS takes no argument or one string");
                }
                yield new SeriesList(resolver.metrics(strings.isEmpty() ? null : strings.getFirst()));
            }
            case "SUM", "AVG", "MIN", "MAX" -> aggregate(name, args);
            case "ABS" -> map(single(name, args), Math::abs);
            case "CEIL" -> map(single(name, args), Math::ceil);
            case "FLOOR" -> map(single(name, args), Math::floor);
            case "FILL" -> fill(args);
            default -> unsupported("the sandbox does not evaluate " + name + "()");
        };
    }

    private Value single(String name, List<Value> args) {
        if (args.size() != 1) {
            throw invalid(name + " takes one argument");
        }
        return args.getFirst();
    }

    /** Over one series: a scalar; over several (or METRICS()): a series per timestamp. */
    private Value aggregate(String name, List<Value> args) {
        List<TimeSeries> all = new ArrayList<>();
        for (Value v : args) {
            switch (v) {
                case Series s -> all.add(s.series());
                case SeriesList l -> all.addAll(l.list());
                case Scalar s -> throw invalid(name + " takes time series, not numbers");
            }
        }
        if (args.size() == 1 && args.getFirst() instanceof Series s) {
            List<Double> values = List.copyOf(s.series().values().values());
            if (values.isEmpty()) {
                return unsupported(name + " of an empty time series has no value");
            }
            return new Scalar(reduce(name, values));
        }
        if (all.isEmpty()) {
            return new SeriesList(List.of());
        }
        Map<Instant, List<Double>> byTime = new TreeMap<>();
        for (TimeSeries ts : all) {
            ts.values().forEach((t, v) -> byTime.computeIfAbsent(t, k -> new ArrayList<>()).add(v));
        }
        NavigableMap<Instant, Double> out = new TreeMap<>();
        byTime.forEach((t, values) -> out.put(t, reduce(name, values)));
        TimeSeries first = all.getFirst();
        return new Series(new TimeSeries(out, first.start(), first.end(), first.period()));
    }

    private static double reduce(String name, List<Double> values) {
        return switch (name) {
            case "SUM" -> values.stream().mapToDouble(Double::doubleValue).sum();
            case "AVG" -> values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            case "MIN" -> values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            default -> values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        };
    }

    /** FILL(series, number): every period of the series' grid that has no value gets the number. */
    private Value fill(List<Value> args) {
        if (args.size() != 2 || !(args.get(0) instanceof Series s) || !(args.get(1) instanceof Scalar fillValue)) {
            if (args.size() == 2 && args.get(0) instanceof Series) {
                return unsupported("the sandbox fills only with a number");
            }
            throw invalid("FILL takes a time series and a value");
        }
        TimeSeries ts = s.series();
        NavigableMap<Instant, Double> out = new TreeMap<>(ts.values());
        for (Instant t = ts.start(); t.isBefore(ts.end()); t = t.plusSeconds(ts.period())) {
            out.putIfAbsent(t, fillValue.value());
        }
        return new Series(new TimeSeries(out, ts.start(), ts.end(), ts.period()));
    }

    private Value map(Value v, DoubleUnaryOperator f) {
        return switch (v) {
            case Scalar s -> new Scalar(f.applyAsDouble(s.value()));
            case Series s -> new Series(mapSeries(s.series(), f));
            case SeriesList l -> new SeriesList(l.list().stream().map(ts -> mapSeries(ts, f)).toList());
        };
    }

    private static TimeSeries mapSeries(TimeSeries ts, DoubleUnaryOperator f) {
        NavigableMap<Instant, Double> out = new TreeMap<>();
        ts.values().forEach((t, v) -> keepFinite(out, t, f.applyAsDouble(v)));
        return new TimeSeries(out, ts.start(), ts.end(), ts.period());
    }

    private Value combine(Value a, Value b, DoubleBinaryOperator op) {
        if (a instanceof Scalar x && b instanceof Scalar y) {
            return new Scalar(op.applyAsDouble(x.value(), y.value()));
        }
        if (b instanceof Scalar y) {
            return map(a, v -> op.applyAsDouble(v, y.value()));
        }
        if (a instanceof Scalar x) {
            return map(b, v -> op.applyAsDouble(x.value(), v));
        }
        if (a instanceof Series x && b instanceof Series y) {
            NavigableMap<Instant, Double> out = new TreeMap<>();
            x.series().values().forEach((t, v) -> {
                Double w = y.series().values().get(t);
                if (w != null) {
                    keepFinite(out, t, op.applyAsDouble(v, w));
                }
            });
            TimeSeries grid = x.series();
            return new Series(new TimeSeries(out, grid.start(), grid.end(), grid.period()));
        }
        return unsupported("the sandbox does not combine arrays of time series with other series");
    }

    private static void keepFinite(NavigableMap<Instant, Double> out, Instant t, double v) {
        if (Double.isFinite(v)) {
            out.put(t, v);
        }
    }

    private double number() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        try {
            return Double.parseDouble(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw invalid("bad number '" + text.substring(start, pos) + "'");
        }
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private String string() {
        int end = text.indexOf('"', pos + 1);
        if (end < 0) {
            throw invalid("unterminated string");
        }
        String s = text.substring(pos + 1, end);
        pos = end + 1;
        return s;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean consume(char c) {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw invalid("expected '" + c + "'");
        }
    }

    private MetricMathException invalid(String why) {
        return new MetricMathException(why + " (at character " + (pos + 1) + ")", false);
    }

    private static <T> T unsupported(String why) {
        throw new MetricMathException(why, true);
    }
}
