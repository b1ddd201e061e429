package dev.berth.sandbox.logs.pattern;

import java.util.function.Predicate;

/**
 * A CloudWatch Logs filter pattern, as FilterLogEvents takes it. Four syntaxes, chosen by the
 * first character:
 * <ul>
 *   <li>nothing: every event matches;</li>
 *   <li>{@code %regex%}: the regular expression matches somewhere in the message;</li>
 *   <li>{@code { ... }}: a condition on JSON events ({@link JsonPattern});</li>
 *   <li>{@code [ ... ]}: fields of space-delimited events ({@link DelimitedPattern});</li>
 *   <li>anything else: terms and phrases in unstructured events ({@link TermsPattern}).</li>
 * </ul>
 * Matching is case-sensitive throughout, as in CloudWatch.
 */
public final class FilterPattern {
    /** The longest pattern FilterLogEvents accepts. */
    public static final int MAX_LENGTH = 1024;
    private static final FilterPattern ALL = new FilterPattern("", message -> true);

    private final String source;
    private final Predicate<String> matcher;

    private FilterPattern(String source, Predicate<String> matcher) {
        this.source = source;
        this.matcher = matcher;
    }

    /** Parses a pattern; null or blank matches everything. */
    public static FilterPattern parse(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return ALL;
        }
        if (pattern.length() > MAX_LENGTH) {
            throw new InvalidFilterPatternException("a pattern is at most " + MAX_LENGTH + " characters");
        }
        PatternReader r = new PatternReader(pattern);
        r.skipSpace();
        Predicate<String> matcher = switch (r.peek()) {
            case '{' -> JsonPattern.parse(r);
            case '[' -> DelimitedPattern.parse(r);
            case '%' -> standaloneRegex(r);
            default -> TermsPattern.parse(r);
        };
        return new FilterPattern(pattern, matcher);
    }

    private static Predicate<String> standaloneRegex(PatternReader r) {
        TextMatcher regex = TextMatcher.regex(r.regex(), r);
        r.skipSpace();
        if (!r.atEnd()) {
            throw r.fail("a %regex% pattern stands alone");
        }
        return regex::matches;
    }

    public boolean matches(String message) {
        return matcher.test(message);
    }

    @Override
    public String toString() {
        return source;
    }
}
