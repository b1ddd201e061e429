package dev.berth.sandbox.logs.pattern;

import java.util.function.IntPredicate;

/**
 * {@code op value} in JSON and space-delimited patterns. A number compares numerically with any of
 * the six operators; a quoted or bare word (with {@code *} wildcards) or a {@code %regex%} compares
 * as text with {@code =} and {@code !=} only.
 */
record Comparison(Operator op, Double number, TextMatcher text) {

    enum Operator {
        EQ("="), NE("!="), LE("<="), GE(">="), LT("<"), GT(">");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /** Reads an operator; two-character ones are tried first. */
        static Operator read(PatternReader r) {
            for (Operator o : values()) {
                if (r.consume(o.symbol)) {
                    return o;
                }
            }
            return null;
        }

        boolean holds(int order) {
            return switch (this) {
                case EQ -> order == 0;
                case NE -> order != 0;
                case LT -> order < 0;
                case LE -> order <= 0;
                case GT -> order > 0;
                case GE -> order >= 0;
            };
        }
    }

    /** Reads the value after {@code op}; {@code bare} says which characters an unquoted word may hold. */
    static Comparison read(PatternReader r, Operator op, IntPredicate bare) {
        r.skipSpace();
        TextMatcher text;
        if (r.peek() == '"') {
            text = TextMatcher.wildcard(r.quoted());
        } else if (r.peek() == '%') {
            text = TextMatcher.regex(r.regex(), r);
        } else {
            String word = r.word(bare);
            if (word.isEmpty()) {
                throw r.fail("expected a value after '" + op.symbol + "'");
            }
            Double number = parseNumber(word);
            if (number != null) {
                return new Comparison(op, number, null);
            }
            text = TextMatcher.wildcard(word);
        }
        if (op != Operator.EQ && op != Operator.NE) {
            throw r.fail("'" + op.symbol + "' needs a number, not " + text);
        }
        return new Comparison(op, null, text);
    }

    static Double parseNumber(String word) {
        if (!word.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
            return null;
        }
        return Double.parseDouble(word);
    }

    boolean isNumeric() {
        return number != null;
    }

    boolean testNumber(double value) {
        // Not Double.compare: -0.0 and 0.0 are the same number here.
        return number != null && op.holds(value < number ? -1 : value > number ? 1 : 0);
    }

    boolean testText(String value) {
        if (text == null) {
            return false;
        }
        return text.matches(value) == (op == Operator.EQ);
    }

    boolean usesRegex() {
        return text != null && text.isRegex();
    }
}
