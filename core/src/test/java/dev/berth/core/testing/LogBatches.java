package dev.berth.core.testing;

import dev.berth.core.logs.LogBatch;
import dev.berth.core.model.LogLine;
import java.util.ArrayList;
import java.util.List;

/** What a viewer of a tail holds after a run of batches: reset batches replace, others append. */
public final class LogBatches {
    private LogBatches() {
    }

    public static List<LogLine> held(List<LogBatch> batches) {
        List<LogLine> out = new ArrayList<>();
        for (LogBatch b : batches) {
            if (b.reset()) {
                out.clear();
            }
            out.addAll(b.lines());
        }
        return out;
    }
}
