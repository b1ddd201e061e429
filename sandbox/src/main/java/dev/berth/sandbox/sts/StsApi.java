package dev.berth.sandbox.sts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.AwsService;
import dev.berth.sandbox.wire.JsonCodec;
import dev.berth.sandbox.wire.Protocol;
import java.util.Map;
import java.util.Set;

/** STS, awsQuery: just enough for a client to learn which account it is talking to. */
public final class StsApi {
    private StsApi() {
    }

    public static AwsService service(World world) {
        return new AwsService("sts", null, "https://sts.amazonaws.com/doc/2011-06-15/", "2011-06-15",
                "ValidationError", Set.of(Protocol.AWS_QUERY),
                Map.of("GetCallerIdentity", call -> {
                    ObjectNode out = JsonCodec.MAPPER.createObjectNode();
                    out.put("UserId", "AIDASANDBOXBERTH0000001");
                    out.put("Account", world.account());
                    out.put("Arn", "arn:aws:iam::" + world.account() + ":user/berth-sandbox");
                    return out;
                }),
                Set.of());
    }
}
