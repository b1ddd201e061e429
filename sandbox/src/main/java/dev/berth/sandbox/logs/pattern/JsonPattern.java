package dev.berth.sandbox.logs.pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * {@code { $.level = "ERROR" && ($.status >= 500 || $.user.id IS NULL) }}: matches events whose
 * message is a JSON object or array satisfying the condition; other messages never match.
 * {@code &&} binds tighter than {@code ||}.
 */
final class JsonPattern implements Predicate<String> {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final IntPredicate BARE_VALUE = c -> !Character.isWhitespace(c) && "(){}&|\"%".indexOf(c) < 0;
    private static final int MAX_REGEXES = 2;

    private final JsonCondition condition;

    private JsonPattern(JsonCondition condition) {
        this.condition = condition;
    }

    static JsonPattern parse(PatternReader r) {
        r.expect("{");
        JsonCondition condition = or(r);
        r.skipSpace();
        r.expect("}");
        r.skipSpace();
        if (!r.atEnd()) {
            throw r.fail("nothing may follow the closing '}'");
        }
        if (condition.regexCount() > MAX_REGEXES) {
            throw r.fail("at most " + MAX_REGEXES + " regular expressions per pattern");
        }
        return new JsonPattern(condition);
    }

    private static JsonCondition or(PatternReader r) {
        return junction(r, "||", JsonPattern::and);
    }

    private static JsonCondition and(PatternReader r) {
        return junction(r, "&&", JsonPattern::primary);
    }

    /** One or more parts joined by {@code operator}. */
    private static JsonCondition junction(PatternReader r, String operator, Function<PatternReader, JsonCondition> part) {
        List<JsonCondition> parts = new ArrayList<>();
        parts.add(part.apply(r));
        while (true) {
            r.skipSpace();
            if (!r.consume(operator)) {
                break;
            }
            parts.add(part.apply(r));
        }
        return parts.size() == 1 ? parts.getFirst() : new JsonCondition.Junction(parts, operator.equals("&&"));
    }

    private static JsonCondition primary(PatternReader r) {
        r.skipSpace();
        if (r.consume("(")) {
            JsonCondition inner = or(r);
            r.skipSpace();
            r.expect(")");
            return inner;
        }
        if (r.peek() != '$') {
            throw r.fail("expected a selector like $.field or '('");
        }
        JsonSelector selector = JsonSelector.read(r);
        r.skipSpace();
        if (r.consumeKeyword("IS")) {
            r.skipSpace();
            if (r.consumeKeyword("NULL")) {
                return new JsonCondition.Check(selector, JsonCondition.Check.Kind.IS_NULL);
            }
            if (r.consumeKeyword("TRUE")) {
                return new JsonCondition.Check(selector, JsonCondition.Check.Kind.IS_TRUE);
            }
            if (r.consumeKeyword("FALSE")) {
                return new JsonCondition.Check(selector, JsonCondition.Check.Kind.IS_FALSE);
            }
            throw r.fail("expected NULL, TRUE or FALSE after IS");
        }
        if (r.consumeKeyword("NOT")) {
            r.skipSpace();
            if (!r.consumeKeyword("EXISTS")) {
                throw r.fail("expected EXISTS after NOT");
            }
            return new JsonCondition.Check(selector, JsonCondition.Check.Kind.NOT_EXISTS);
        }
        if (r.consumeKeyword("EXISTS")) {
            return new JsonCondition.Check(selector, JsonCondition.Check.Kind.EXISTS);
        }
        Comparison.Operator op = Comparison.Operator.read(r);
        if (op == null) {
            throw r.fail("expected a comparison (=, !=, <, <=, >, >=), IS or NOT EXISTS");
        }
        return new JsonCondition.Compare(selector, Comparison.read(r, op, BARE_VALUE));
    }

    @Override
    public boolean test(String message) {
        String trimmed = message.strip();
        if (trimmed.isEmpty() || (trimmed.charAt(0) != '{' && trimmed.charAt(0) != '[')) {
            return false;
        }
        try {
            JsonNode event = MAPPER.readTree(trimmed);
            return event != null && event.isContainerNode() && condition.test(event);
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
