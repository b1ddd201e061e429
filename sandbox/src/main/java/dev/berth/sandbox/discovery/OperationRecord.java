package dev.berth.sandbox.discovery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.JsonCodec;
import java.time.Instant;
import java.util.Map;

/** An asynchronous Cloud Map operation, already finished (the sandbox acts at once), as GetOperation answers it. */
record OperationRecord(String id, String type, long at, Map<String, String> targets) {

    ObjectNode toJson() {
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        out.put("Id", id);
        out.put("Type", type);
        out.put("Status", "SUCCESS");
        out.putPOJO("CreateDate", Instant.ofEpochMilli(at));
        out.putPOJO("UpdateDate", Instant.ofEpochMilli(at));
        ObjectNode t = out.putObject("Targets");
        targets.forEach(t::put);
        return out;
    }
}
