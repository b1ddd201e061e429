package dev.berth.sandbox.elb;

import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.AwsService;
import dev.berth.sandbox.wire.Operation;
import dev.berth.sandbox.wire.Protocol;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Elastic Load Balancing v2 (awsQuery, signing name {@code elasticloadbalancing}) over each region's {@link ElbState}. */
public final class ElbApi {
    private static final Set<String> MUTATING = Set.of("CreateLoadBalancer", "CreateTargetGroup", "ModifyTargetGroupAttributes",
            "CreateListener", "ModifyListener", "RegisterTargets", "DeregisterTargets");

    private ElbApi() {
    }

    public static AwsService service(World world) {
        Map<String, Operation> ops = new HashMap<>();
        new ElbOperations(world).register(ops);
        return new AwsService("elasticloadbalancing", null, "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/",
                "2015-12-01", "ValidationError", Set.of(Protocol.AWS_QUERY), ops, MUTATING);
    }
}
