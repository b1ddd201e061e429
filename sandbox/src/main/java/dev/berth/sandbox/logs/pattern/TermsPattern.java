package dev.berth.sandbox.logs.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Terms in unstructured events: {@code ERROR Exception} (all present), {@code ?ERROR ?WARN} (at
 * least one present), {@code ERROR -timeout} (and not that), {@code "connection reset"} (an exact
 * phrase). Terms match case-sensitively anywhere in the message, so {@code ERROR} also matches
 * {@code ERRORCODE}, as in CloudWatch's own examples. With both kinds, all plain terms and one of
 * the {@code ?} terms must be present.
 */
final class TermsPattern implements Predicate<String> {
    private final List<String> required;
    private final List<String> anyOf;
    private final List<String> excluded;

    private TermsPattern(List<String> required, List<String> anyOf, List<String> excluded) {
        this.required = List.copyOf(required);
        this.anyOf = List.copyOf(anyOf);
        this.excluded = List.copyOf(excluded);
    }

    static TermsPattern parse(PatternReader r) {
        List<String> required = new ArrayList<>();
        List<String> anyOf = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        r.skipSpace();
        while (!r.atEnd()) {
            List<String> target = r.consume("?") ? anyOf : r.consume("-") ? excluded : required;
            target.add(term(r));
            if (!r.atEnd() && !Character.isWhitespace(r.peek())) {
                throw r.fail("terms are separated by spaces");
            }
            r.skipSpace();
        }
        return new TermsPattern(required, anyOf, excluded);
    }

    private static String term(PatternReader r) {
        if (r.peek() == '"') {
            return r.quoted();
        }
        String word = r.word(c -> !Character.isWhitespace(c) && "\"{}[]%".indexOf(c) < 0);
        if (word.isEmpty()) {
            throw r.fail(r.atEnd() ? "a term is missing" : "'" + r.peek() + "' must be inside double quotes");
        }
        return word;
    }

    @Override
    public boolean test(String message) {
        for (String term : required) {
            if (!message.contains(term)) {
                return false;
            }
        }
        for (String term : excluded) {
            if (message.contains(term)) {
                return false;
            }
        }
        if (anyOf.isEmpty()) {
            return true;
        }
        for (String term : anyOf) {
            if (message.contains(term)) {
                return true;
            }
        }
        return false;
    }
}
