package dev.berth.sandbox.logs.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Space-delimited events such as access logs:
 * {@code [ip, user, username, timestamp, request = "*html*", status_code = 4*, bytes > 1000]}.
 * The message splits at spaces; text in double quotes or square brackets is one field (without
 * them). Each pattern field names a position and may test it ({@code =}, {@code !=}, numeric
 * comparisons, joined with {@code &&} / {@code ||}); {@code ...} stands for any number of fields.
 * Without {@code ...} the message must have exactly as many fields as the pattern.
 */
final class DelimitedPattern implements Predicate<String> {
    private static final IntPredicate NAME = c -> Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '$' || c == '@';
    private static final IntPredicate BARE_VALUE = c -> !Character.isWhitespace(c) && ",]&|\"%".indexOf(c) < 0;
    private static final int MAX_REGEXES = 2;

    /** One pattern position: {@code ...} (null tests), or a field with its tests in OR-of-AND form. */
    private record Field(boolean ellipsis, List<List<Comparison>> anyOfAll) {
        boolean test(String value) {
            if (anyOfAll.isEmpty()) {
                return true;
            }
            for (List<Comparison> all : anyOfAll) {
                if (all.stream().allMatch(c -> c.isNumeric() ? numberMatches(c, value) : c.testText(value))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean numberMatches(Comparison c, String value) {
            Double number = Comparison.parseNumber(value);
            return number != null && c.testNumber(number);
        }
    }

    private final List<Field> fields;

    private DelimitedPattern(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    static DelimitedPattern parse(PatternReader r) {
        r.expect("[");
        List<Field> fields = new ArrayList<>();
        int regexes = 0;
        do {
            r.skipSpace();
            if (r.consume("...")) {
                fields.add(new Field(true, List.of()));
            } else {
                Field f = field(r);
                regexes += (int) f.anyOfAll.stream().flatMap(List::stream).filter(Comparison::usesRegex).count();
                fields.add(f);
            }
            r.skipSpace();
        } while (r.consume(","));
        r.expect("]");
        r.skipSpace();
        if (!r.atEnd()) {
            throw r.fail("nothing may follow the closing ']'");
        }
        if (regexes > MAX_REGEXES) {
            throw r.fail("at most " + MAX_REGEXES + " regular expressions per pattern");
        }
        return new DelimitedPattern(fields);
    }

    /** {@code name}, or tests on one name: {@code name = a || name = b && name != c}. */
    private static Field field(PatternReader r) {
        String name = null;
        List<List<Comparison>> anyOfAll = new ArrayList<>();
        List<Comparison> all = new ArrayList<>();
        while (true) {
            r.skipSpace();
            String n = r.word(NAME);
            if (n.isEmpty()) {
                throw r.fail("expected a field name or '...'");
            }
            if (name != null && !name.equals(n)) {
                throw r.fail("one field's tests must all name '" + name + "'");
            }
            name = n;
            r.skipSpace();
            Comparison.Operator op = Comparison.Operator.read(r);
            if (op != null) {
                all.add(Comparison.read(r, op, BARE_VALUE));
                r.skipSpace();
            }
            if (r.consume("&&")) {
                requireTest(r, op);
            } else if (r.consume("||")) {
                requireTest(r, op);
                anyOfAll.add(List.copyOf(all));
                all.clear();
            } else {
                if (!all.isEmpty()) {
                    anyOfAll.add(List.copyOf(all));
                }
                return new Field(false, anyOfAll);
            }
        }
    }

    private static void requireTest(PatternReader r, Comparison.Operator op) {
        if (op == null) {
            throw r.fail("&& and || join tests such as status = 500");
        }
    }

    @Override
    public boolean test(String message) {
        return matchFrom(0, split(message), 0);
    }

    private boolean matchFrom(int fieldIndex, List<String> tokens, int tokenIndex) {
        if (fieldIndex == fields.size()) {
            return tokenIndex == tokens.size();
        }
        Field f = fields.get(fieldIndex);
        if (f.ellipsis) {
            for (int skip = tokenIndex; skip <= tokens.size(); skip++) {
                if (matchFrom(fieldIndex + 1, tokens, skip)) {
                    return true;
                }
            }
            return false;
        }
        return tokenIndex < tokens.size() && f.test(tokens.get(tokenIndex))
                && matchFrom(fieldIndex + 1, tokens, tokenIndex + 1);
    }

    /** Splits at spaces; "quoted text" and [bracketed text] are single fields without their delimiters. */
    static List<String> split(String message) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = message.length();
        while (i < n) {
            char c = message.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            char close = c == '"' ? '"' : c == '[' ? ']' : 0;
            int end = close == 0 ? -1 : message.indexOf(close, i + 1);
            if (end > 0) {
                tokens.add(message.substring(i + 1, end));
                i = end + 1;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(message.charAt(i))) {
                    i++;
                }
                tokens.add(message.substring(start, i));
            }
        }
        return tokens;
    }
}
