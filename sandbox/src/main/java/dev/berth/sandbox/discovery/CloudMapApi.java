package dev.berth.sandbox.discovery;

import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.AwsService;
import dev.berth.sandbox.wire.Operation;
import dev.berth.sandbox.wire.Protocol;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** AWS Cloud Map (awsJson 1.1, {@code Route53AutoNaming_v20170314}, signing name {@code servicediscovery}). */
public final class CloudMapApi {
    private static final Set<String> MUTATING = Set.of("CreatePrivateDnsNamespace", "CreatePublicDnsNamespace",
            "CreateHttpNamespace", "CreateService", "RegisterInstance", "DeregisterInstance", "UpdateInstanceCustomHealthStatus");

    private CloudMapApi() {
    }

    public static AwsService service(World world) {
        Map<String, Operation> ops = new HashMap<>();
        new CloudMapOperations(world).register(ops);
        return new AwsService("servicediscovery", "Route53AutoNaming_v20170314", null, "2017-03-14", "InvalidInput",
                Set.of(Protocol.AWS_JSON_1_1), ops, MUTATING);
    }
}
