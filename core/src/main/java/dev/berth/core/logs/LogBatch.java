package dev.berth.core.logs;

import dev.berth.core.model.LogLine;
import java.util.List;

/**
 * New lines from a tail, in time order. {@code reset} means "drop what you hold first" (the query
 * changed, or the buffer was cleared).
 */
public record LogBatch(List<LogLine> lines, boolean reset) {
    public LogBatch {
        lines = List.copyOf(lines);
    }
}
