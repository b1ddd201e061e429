package dev.berth.core.triage;

import dev.berth.core.model.Severity;
import java.time.Instant;
import java.util.List;

/**
 * One thing that is wrong right now: what, how bad, since when, the evidence (task ids, stop codes,
 * exit codes, reasons, events) and where to look.
 *
 * @param id     stable across polls while the same trouble persists (UIs notice new ones by id)
 * @param service null for cluster- or account-wide findings
 * @param taskId  the task to open as evidence, or null
 */
public record Finding(String id, FindingKind kind, Severity severity, String cluster, String service, String taskId,
                      String title, Instant since, List<String> evidence) {
    public Finding {
        if (id == null || kind == null || severity == null || title == null) {
            throw new IllegalArgumentException("id, kind, severity and title are required");
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
