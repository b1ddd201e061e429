package dev.berth.sandbox.logs.pattern;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The condition inside a JSON filter pattern's braces, tested against a parsed event. */
sealed interface JsonCondition {
    boolean test(JsonNode event);

    /** How many {@code %regex%} values the condition uses (CloudWatch allows two). */
    int regexCount();

    /** Conditions joined by {@code &&} ({@code all}) or by {@code ||}. */
    record Junction(List<JsonCondition> parts, boolean all) implements JsonCondition {
        @Override
        public boolean test(JsonNode event) {
            return all ? parts.stream().allMatch(p -> p.test(event)) : parts.stream().anyMatch(p -> p.test(event));
        }

        @Override
        public int regexCount() {
            return parts.stream().mapToInt(JsonCondition::regexCount).sum();
        }
    }

    /**
     * {@code $.x op value}: true if some selected value is of the compared kind (a number for a
     * number, a string for text) and the comparison holds. A missing property matches nothing,
     * not even {@code !=}.
     */
    record Compare(JsonSelector selector, Comparison comparison) implements JsonCondition {
        @Override
        public boolean test(JsonNode event) {
            for (JsonNode v : selector.select(event)) {
                boolean holds = comparison.isNumeric()
                        ? v.isNumber() && comparison.testNumber(v.asDouble())
                        : v.isTextual() && comparison.testText(v.asText());
                if (holds) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public int regexCount() {
            return comparison.usesRegex() ? 1 : 0;
        }
    }

    /** {@code IS NULL}, {@code IS TRUE}, {@code IS FALSE}, {@code EXISTS} and {@code NOT EXISTS}. */
    record Check(JsonSelector selector, Kind kind) implements JsonCondition {
        enum Kind { IS_NULL, IS_TRUE, IS_FALSE, EXISTS, NOT_EXISTS }

        @Override
        public boolean test(JsonNode event) {
            List<JsonNode> values = selector.select(event);
            return switch (kind) {
                case NOT_EXISTS -> values.isEmpty();
                case EXISTS -> !values.isEmpty();
                case IS_NULL -> values.stream().anyMatch(JsonNode::isNull);
                case IS_TRUE -> values.stream().anyMatch(v -> v.isBoolean() && v.booleanValue());
                case IS_FALSE -> values.stream().anyMatch(v -> v.isBoolean() && !v.booleanValue());
            };
        }

        @Override
        public int regexCount() {
            return 0;
        }
    }
}
