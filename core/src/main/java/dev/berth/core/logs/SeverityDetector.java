package dev.berth.core.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.model.Severity;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses how bad a log line is: a JSON {@code level} (or {@code severity}, {@code lvl}), a
 * {@code level=} field, upper-case level words, stack-trace lines, process exit lines and HTTP
 * status codes in access logs. Lower-case "error" in prose is deliberately not enough.
 */
public final class SeverityDetector {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] JSON_FIELDS = {"level", "severity", "lvl", "log.level", "loglevel", "levelname"};
    private static final Pattern KEY_VALUE = Pattern.compile("(?i)\\b(?:level|severity|lvl)[=:]\\s*\"?([a-z]+)");
    private static final Pattern WORD = Pattern.compile("\\b(FATAL|CRITICAL|CRIT|PANIC|EMERG|ALERT|ERROR|ERR|SEVERE|WARNING|WARN|INFO|NOTICE|DEBUG|TRACE)\\b");
    private static final Pattern STACK = Pattern.compile("^(\\s+at [\\w$.<>]+\\(.*\\)|Caused by: .*|Traceback \\(most recent call last\\):.*|Exception in thread .*|\\s+File \".*\", line \\d+.*|goroutine \\d+ \\[.*|panic: .*)");
    private static final Pattern EXCEPTION = Pattern.compile("^[\\w$.]+(Exception|Error)(: .*)?$");
    private static final Pattern EXIT = Pattern.compile("(?i)\\b(?:exited with (?:code|status)|exit (?:code|status))[ :]*(-?\\d+)");
    private static final Pattern HTTP_STATUS = Pattern.compile("\" ([1-5]\\d\\d) ");

    private SeverityDetector() {
    }

    public static Severity detect(String message) {
        if (message == null || message.isEmpty()) {
            return Severity.UNKNOWN;
        }
        String trimmed = message.strip();
        if (trimmed.startsWith("{")) {
            Severity s = fromJson(trimmed);
            if (s != null) {
                return s;
            }
        }
        Matcher kv = KEY_VALUE.matcher(message);
        if (kv.find()) {
            Severity s = level(kv.group(1));
            if (s != null) {
                return s;
            }
        }
        if (STACK.matcher(message).find() || EXCEPTION.matcher(trimmed).matches()) {
            return Severity.ERROR;
        }
        Matcher exit = EXIT.matcher(message);
        if (exit.find()) {
            return exit.group(1).equals("0") ? Severity.INFO : Severity.ERROR;
        }
        Matcher word = WORD.matcher(message);
        if (word.find()) {
            return level(word.group(1));
        }
        Matcher http = HTTP_STATUS.matcher(message);
        if (http.find()) {
            char c = http.group(1).charAt(0);
            return c == '5' ? Severity.ERROR : c == '4' ? Severity.WARN : Severity.INFO;
        }
        return Severity.UNKNOWN;
    }

    private static Severity fromJson(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                return null;
            }
            for (String f : JSON_FIELDS) {
                JsonNode v = f.contains(".") ? node.path(f.substring(0, f.indexOf('.'))).path(f.substring(f.indexOf('.') + 1))
                        : node.get(f);
                if (v != null && v.isTextual()) {
                    Severity s = level(v.asText());
                    if (s != null) {
                        return s;
                    }
                }
                if (v != null && v.isNumber()) {
                    return bunyan(v.asInt());
                }
            }
            return null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Numeric levels as bunyan and pino write them (10 trace ... 60 fatal). */
    private static Severity bunyan(int n) {
        if (n >= 60) {
            return Severity.CRITICAL;
        }
        if (n >= 50) {
            return Severity.ERROR;
        }
        if (n >= 40) {
            return Severity.WARN;
        }
        return n >= 30 ? Severity.INFO : Severity.DEBUG;
    }

    private static Severity level(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "fatal", "critical", "crit", "panic", "emerg", "emergency", "alert" -> Severity.CRITICAL;
            case "error", "err", "severe" -> Severity.ERROR;
            case "warn", "warning" -> Severity.WARN;
            case "info", "notice", "information" -> Severity.INFO;
            case "debug", "trace", "fine", "finer", "finest" -> Severity.DEBUG;
            default -> null;
        };
    }
}
