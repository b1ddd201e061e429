package dev.berth.core.sources;

import dev.berth.core.model.DiscoveryInstance;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.servicediscovery.model.InstanceSummary;

/** SDK Cloud Map shapes to Berth records. */
final class DiscoveryMapper {
    /** ECS registers a task under its id: 32 hex digits (or the older UUID form). */
    private static final Pattern TASK_ID = Pattern.compile("[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private DiscoveryMapper() {
    }

    static DiscoveryInstance instance(InstanceSummary i, String health) {
        Map<String, String> a = i.attributes();
        String port = a.get("AWS_INSTANCE_PORT");
        Integer parsedPort = port == null || !port.matches("\\d{1,5}") ? null : Integer.parseInt(port);
        boolean task = a.containsKey("ECS_CLUSTER_NAME") || TASK_ID.matcher(i.id()).matches();
        return new DiscoveryInstance(i.id(), a.get("AWS_INSTANCE_IPV4"), parsedPort, a.get("AVAILABILITY_ZONE"),
                health == null ? "UNKNOWN" : health, task ? i.id() : null, a);
    }
}
