package dev.berth.tui.app;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stands in for stderr while the UI owns the terminal: each line becomes a warning in the log file. */
final class StderrToLog extends OutputStream {
    private static final Logger LOG = LoggerFactory.getLogger("stderr");
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            flushLine();
        } else {
            line.write(b);
        }
    }

    @Override
    public synchronized void flush() {
        // lines are logged whole; a partial line waits for its end
    }

    private void flushLine() {
        String text = line.toString(StandardCharsets.UTF_8).stripTrailing();
        line.reset();
        if (!text.isEmpty()) {
            LOG.warn("{}", text);
        }
    }
}
