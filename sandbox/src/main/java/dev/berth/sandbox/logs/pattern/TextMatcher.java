package dev.berth.sandbox.logs.pattern;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * How a pattern value matches text: exactly, with {@code *} wildcards, or as a {@code %regex%}.
 * Exact and wildcard values must match the whole text; a regex may match anywhere in it.
 */
final class TextMatcher {
    private final String source;
    private final Pattern pattern;
    private final boolean regex;

    private TextMatcher(String source, Pattern pattern, boolean regex) {
        this.source = source;
        this.pattern = pattern;
        this.regex = regex;
    }

    /** A literal value in which {@code *} stands for any run of characters. */
    static TextMatcher wildcard(String value) {
        String re = Arrays.stream(value.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return new TextMatcher(value, Pattern.compile(re, Pattern.DOTALL), false);
    }

    /**
     * A CloudWatch regex body: letters, digits, the symbols {@code : _ # = @ / ; , -} and space, and
     * the operators {@code ^ $ ? [ ] { } | \ * + .}. Groups and multi-byte characters are refused, as
     * CloudWatch refuses them.
     */
    static TextMatcher regex(String body, PatternReader where) {
        if (body.isEmpty()) {
            throw where.fail("empty regular expression");
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean ok = (c < 0x80 && Character.isLetterOrDigit(c)) || ":_#=@/;,- ^$?[]{}|\\*+.".indexOf(c) >= 0;
            if (!ok) {
                throw where.fail("character '" + c + "' is not allowed in a regular expression");
            }
        }
        try {
            return new TextMatcher("%" + body + "%", Pattern.compile(body), true);
        } catch (PatternSyntaxException e) {
            throw where.fail("bad regular expression: " + e.getDescription());
        }
    }

    boolean matches(String text) {
        return regex ? pattern.matcher(text).find() : pattern.matcher(text).matches();
    }

    boolean isRegex() {
        return regex;
    }

    @Override
    public String toString() {
        return source;
    }
}
