package dev.berth.sandbox.discovery;

import dev.berth.sandbox.ecs.RegistryLink;
import dev.berth.sandbox.ecs.TaskEndpoint;
import dev.berth.sandbox.sim.Region;
import dev.berth.sandbox.sim.RegionState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One region's AWS Cloud Map: namespaces, services and their instances, plus the operations that
 * created them (namespace creation and instance registration answer an operation id). Shares the
 * region's ECS lock: ECS registers each running task of a service with {@code serviceRegistries}
 * here, with its health, and takes it out when the task stops.
 */
public final class CloudMapState extends RegionState implements RegistryLink {
    /** By id. */
    final NavigableMap<String, Namespace> namespaces = new TreeMap<>();
    /** By id. */
    final NavigableMap<String, RegistryService> services = new TreeMap<>();
    /** Operation id to its record, for GetOperation. */
    final Map<String, OperationRecord> operations = new LinkedHashMap<>();

    public CloudMapState(Region region) {
        super(region, 29);
    }

    /** A service by id or ARN, or null. */
    RegistryService service(String reference) {
        String id = reference.startsWith("arn:") ? reference.substring(reference.lastIndexOf('/') + 1) : reference;
        return services.get(id);
    }

    /** A namespace by id or ARN, or null. */
    Namespace namespace(String reference) {
        String id = reference.startsWith("arn:") ? reference.substring(reference.lastIndexOf('/') + 1) : reference;
        return namespaces.get(id);
    }

    int serviceCount(Namespace ns) {
        return (int) services.values().stream().filter(s -> s.namespace == ns).count();
    }

    /** Records a finished operation (the sandbox does everything at once) and answers its id. */
    String operation(String type, String targetKind, String targetId) {
        String id = ids().hex(32) + "-" + ids().hex(8);
        operations.put(id, new OperationRecord(id, type, ecs().now(), Map.of(targetKind, targetId)));
        return id;
    }

    @Override
    public String refusal(String registryArn, boolean withPort) {
        RegistryService s = service(registryArn);
        if (s == null || !registryArn.equals(s.arn)) {
            return "The service registry " + registryArn + " does not exist.";
        }
        if (s.hasSrv() && !withPort) {
            return "When specifying a service registry with an SRV record, you must specify a containerName and containerPort "
                    + "combination or a port value.";
        }
        return null;
    }

    @Override
    public void register(String registryArn, TaskEndpoint endpoint) {
        RegistryService s = service(registryArn);
        if (s == null) {
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("AVAILABILITY_ZONE", endpoint.availabilityZone());
        String health = !s.customHealth() ? "UNKNOWN" : endpoint.health().passes() ? "HEALTHY" : "UNHEALTHY";
        attributes.put("AWS_INIT_HEALTH_STATUS", health.equals("UNKNOWN") ? "HEALTHY" : health);
        if (endpoint.address() != null && endpoint.address().matches("[0-9.]+")) {
            attributes.put("AWS_INSTANCE_IPV4", endpoint.address());
        }
        if (endpoint.port() > 0) {
            attributes.put("AWS_INSTANCE_PORT", Integer.toString(endpoint.port()));
        }
        attributes.put("ECS_CLUSTER_NAME", endpoint.cluster());
        attributes.put("ECS_SERVICE_NAME", endpoint.service());
        attributes.put("ECS_TASK_DEFINITION_FAMILY", endpoint.family());
        attributes.put("REGION", region().name());
        s.instances.put(endpoint.taskId(), new Instance(endpoint.taskId(), attributes, health, null));
    }

    @Override
    public void deregister(String registryArn, String taskId) {
        RegistryService s = service(registryArn);
        if (s != null) {
            s.instances.remove(taskId);
        }
    }
}
