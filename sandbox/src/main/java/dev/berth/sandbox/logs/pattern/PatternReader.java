package dev.berth.sandbox.logs.pattern;

import java.util.function.IntPredicate;

/** A cursor over pattern text with the few token readers the three pattern syntaxes share. */
final class PatternReader {
    private final String text;
    private int pos;

    PatternReader(String text) {
        this.text = text;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    char peek() {
        return atEnd() ? '\0' : text.charAt(pos);
    }

    int position() {
        return pos;
    }

    void skipSpace() {
        while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    boolean startsWith(String token) {
        return text.startsWith(token, pos);
    }

    /** Consumes {@code token} if it comes next. */
    boolean consume(String token) {
        if (startsWith(token)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    /** Consumes a keyword (any case) if it comes next as a whole word. */
    boolean consumeKeyword(String keyword) {
        int end = pos + keyword.length();
        if (end <= text.length() && text.regionMatches(true, pos, keyword, 0, keyword.length())
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    void expect(String token) {
        if (!consume(token)) {
            throw fail("expected '" + token + "'");
        }
    }

    /** A double-quoted string (the reader is at the opening quote); backslash escapes the next character. */
    String quoted() {
        expect("\"");
        StringBuilder out = new StringBuilder();
        while (!atEnd()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\' && !atEnd()) {
                c = text.charAt(pos++);
            }
            out.append(c);
        }
        throw fail("unterminated quoted string");
    }

    /** The body of a {@code %regex%} (the reader is at the opening percent sign). */
    String regex() {
        expect("%");
        int end = text.indexOf('%', pos);
        if (end < 0) {
            throw fail("unterminated regular expression");
        }
        String body = text.substring(pos, end);
        pos = end + 1;
        return body;
    }

    /** The longest run of characters accepted by {@code allowed}; may be empty. */
    String word(IntPredicate allowed) {
        int start = pos;
        while (!atEnd() && allowed.test(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    InvalidFilterPatternException fail(String why) {
        return new InvalidFilterPatternException(why + " at position " + pos + " of '" + text + "'");
    }
}
