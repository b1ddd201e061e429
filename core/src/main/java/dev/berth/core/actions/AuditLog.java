package dev.berth.core.actions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local record of every mutation Berth sent or refused, one JSON object per line in
 * {@code audit.jsonl}: time, user, context, action, target, before, after, result. It holds what a
 * preview showed (counts, revisions, reasons), never credentials or environment values.
 */
public final class AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    /** Made on first use: a mapper is a twentieth of a second of a start that writes no audit line. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Path file;

    public AuditLog(Path file) {
        this.file = file;
    }

    /** Appends one line; a failure to write is logged, never thrown (the action already happened). */
    public synchronized void record(Instant at, String user, String context, ActionRequest request, List<Change> changes,
                                    String result) {
        ObjectNode line = Json.MAPPER.createObjectNode();
        line.put("time", at.toString());
        line.put("user", user);
        line.put("context", context);
        line.put("action", request.describe());
        line.put("cluster", request.cluster());
        line.put("target", request.targetName());
        ObjectNode before = line.putObject("before");
        ObjectNode after = line.putObject("after");
        for (Change c : changes) {
            before.put(c.what(), c.before());
            after.put(c.what(), c.after());
        }
        line.put("result", result);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Json.MAPPER.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            LOG.warn("could not append to the audit log {}", file, e);
        }
    }

    /** The lines written so far, parsed (for tests and an audit view). */
    public synchronized ArrayNode read() throws IOException {
        ArrayNode out = Json.MAPPER.createArrayNode();
        if (Files.exists(file)) {
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!l.isBlank()) {
                    out.add(Json.MAPPER.readTree(l));
                }
            }
        }
        return out;
    }
}
