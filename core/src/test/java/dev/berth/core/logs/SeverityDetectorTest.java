package dev.berth.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityDetectorTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "{\"level\":\"warn\",\"msg\":\"slow query\"}|WARN",
            "{\"severity\":\"CRITICAL\",\"msg\":\"disk\"}|CRITICAL",
            "{\"level\":50,\"msg\":\"pino error\"}|ERROR",
            "{\"msg\":\"no level\"}|UNKNOWN",
            "time=12:00 level=error msg=\"db down\"|ERROR",
            "2025-03-01 12:00:00 INFO  Started in 2.1s|INFO",
            "2025-03-01 12:00:00 WARN  Pool almost full|WARN",
            "FATAL: out of file handles|CRITICAL",
            "0 errors found, all good|UNKNOWN",
            "\tat com.example.Orders.place(Orders.java:42)|ERROR",
            "Caused by: java.io.IOException: broken pipe|ERROR",
            "java.lang.IllegalStateException: boom|ERROR",
            "Traceback (most recent call last):|ERROR",
            "process exited with code 1|ERROR",
            "process exited with code 0|INFO",
            "10.0.1.7 - - [01/Mar/2025:12:00:00 +0000] \"GET /orders HTTP/1.1\" 503 0|ERROR",
            "10.0.1.7 - - [01/Mar/2025:12:00:00 +0000] \"GET /nope HTTP/1.1\" 404 12|WARN",
            "10.0.1.7 - - [01/Mar/2025:12:00:00 +0000] \"GET / HTTP/1.1\" 200 512|INFO"})
    void detects(String line, Severity expected) {
        assertThat(SeverityDetector.detect(line)).isEqualTo(expected);
    }
}
