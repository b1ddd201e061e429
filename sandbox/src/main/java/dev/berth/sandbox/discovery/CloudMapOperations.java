package dev.berth.sandbox.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.AwsException;
import dev.berth.sandbox.wire.Call;
import dev.berth.sandbox.wire.Input;
import dev.berth.sandbox.wire.JsonCodec;
import dev.berth.sandbox.wire.Operation;
import dev.berth.sandbox.wire.TokenPaging;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Cloud Map's namespaces, services and instances as ECS service discovery uses them: create and
 * read namespaces and services, register instances (by hand; ECS registers its tasks itself), list
 * them with their health, report custom health, and discover instances by name.
 */
final class CloudMapOperations {
    private static final TokenPaging PAGING = new TokenPaging("NextToken", "NextToken", "MaxResults", 100, "InvalidInput");
    private static final Set<String> HEALTH = Set.of("HEALTHY", "UNHEALTHY");

    private final World world;

    CloudMapOperations(World world) {
        this.world = world;
    }

    void register(Map<String, Operation> ops) {
        ops.put("CreatePrivateDnsNamespace", call -> createNamespace(call, "DNS_PRIVATE"));
        ops.put("CreatePublicDnsNamespace", call -> createNamespace(call, "DNS_PUBLIC"));
        ops.put("CreateHttpNamespace", call -> createNamespace(call, "HTTP"));
        ops.put("GetOperation", this::getOperation);
        ops.put("ListNamespaces", this::listNamespaces);
        ops.put("GetNamespace", this::getNamespace);
        ops.put("CreateService", this::createService);
        ops.put("ListServices", this::listServices);
        ops.put("GetService", this::getService);
        ops.put("RegisterInstance", this::registerInstance);
        ops.put("DeregisterInstance", this::deregisterInstance);
        ops.put("ListInstances", this::listInstances);
        ops.put("GetInstance", this::getInstance);
        ops.put("GetInstancesHealthStatus", this::healthStatus);
        ops.put("UpdateInstanceCustomHealthStatus", this::updateHealth);
        ops.put("DiscoverInstances", this::discover);
    }

    private CloudMapState state(Call call) {
        return world.region(call.region()).discovery();
    }

    private JsonNode createNamespace(Call call, String type) {
        Input in = call.input();
        String name = in.requireString("Name");
        if (!type.equals("HTTP") && !name.matches("[A-Za-z0-9.-]{1,253}")) {
            throw invalid("Namespace name " + name + " is not a valid DNS domain name.");
        }
        if (type.equals("DNS_PRIVATE")) {
            in.requireString("Vpc");
        }
        long ttl = in.object("Properties").object("DnsProperties").object("SOA").longValue("TTL") == null ? 15
                : in.object("Properties").object("DnsProperties").object("SOA").longValue("TTL");
        CloudMapState cm = state(call);
        return cm.write(() -> {
            for (Namespace existing : cm.namespaces.values()) {
                if (existing.name().equals(name)) {
                    throw AwsException.client("NamespaceAlreadyExists", "Namespace " + name + " already exists.");
                }
            }
            String id = "ns-" + cm.ids().hex(16);
            Namespace ns = new Namespace(id, cm.region().arn("servicediscovery", "namespace/" + id), cm.region().account(), name,
                    type, in.string("Description"), type.equals("HTTP") ? null : "Z0" + cm.ids().hex(18).toUpperCase(), ttl,
                    cm.ecs().now(), in.string("CreatorRequestId"));
            cm.namespaces.put(id, ns);
            ObjectNode out = object();
            out.put("OperationId", cm.operation("CREATE_NAMESPACE", "NAMESPACE", id));
            return out;
        });
    }

    private JsonNode getOperation(Call call) {
        String id = call.input().requireString("OperationId");
        CloudMapState cm = state(call);
        return cm.read(() -> {
            OperationRecord op = cm.operations.get(id);
            if (op == null) {
                throw AwsException.client("OperationNotFound", "No operation exists with the specified ID.");
            }
            ObjectNode out = object();
            out.set("Operation", op.toJson());
            return out;
        });
    }

    private JsonNode listNamespaces(Call call) {
        Input in = call.input();
        Predicate<Namespace> keep = ns -> true;
        for (Input f : in.list("Filters")) {
            List<String> values = f.strings("Values");
            String condition = f.string("Condition", "EQ");
            keep = keep.and(switch (f.requireString("Name")) {
                case "TYPE" -> ns -> values.contains(ns.type());
                case "NAME" -> ns -> condition.equals("BEGINS_WITH") ? ns.name().startsWith(values.get(0)) : values.contains(ns.name());
                default -> throw invalid("The sandbox filters namespaces by TYPE and NAME.");
            });
        }
        Predicate<Namespace> chosen = keep;
        CloudMapState cm = state(call);
        return cm.read(() -> PAGING.page(in, "Namespaces", "namespaces",
                cm.namespaces.values().stream().filter(chosen).toList(), Namespace::id, ns -> ns.toJson(cm.serviceCount(ns), false)));
    }

    private JsonNode getNamespace(Call call) {
        String id = call.input().requireString("Id");
        CloudMapState cm = state(call);
        return cm.read(() -> {
            Namespace ns = namespace(cm, id);
            ObjectNode out = object();
            out.set("Namespace", ns.toJson(cm.serviceCount(ns), true));
            return out;
        });
    }

    private JsonNode createService(Call call) {
        Input in = call.input();
        String name = in.requireString("Name");
        Input dns = in.object("DnsConfig");
        String namespaceId = in.string("NamespaceId", dns.string("NamespaceId"));
        if (namespaceId == null) {
            throw invalid("NamespaceId is required.");
        }
        List<RegistryService.DnsRecord> records = new ArrayList<>();
        for (Input r : dns.list("DnsRecords")) {
            String type = r.requireString("Type");
            if (!Set.of("A", "AAAA", "SRV", "CNAME").contains(type)) {
                throw invalid("DNS record type " + type + " is not valid.");
            }
            Long ttl = r.longValue("TTL");
            if (ttl == null || ttl < 0 || ttl > 2_147_483_647L) {
                throw invalid("A TTL between 0 and 2147483647 is required for each DNS record.");
            }
            records.add(new RegistryService.DnsRecord(type, ttl));
        }
        String routing = dns.string("RoutingPolicy", "MULTIVALUE");
        Integer threshold = in.has("HealthCheckCustomConfig") ? in.object("HealthCheckCustomConfig").integer("FailureThreshold", 1) : null;
        CloudMapState cm = state(call);
        return cm.write(() -> {
            Namespace ns = namespace(cm, namespaceId);
            if (ns.dns() && records.isEmpty()) {
                throw invalid("DnsConfig with at least one DNS record is required for services in a DNS namespace.");
            }
            if (!ns.dns() && !records.isEmpty()) {
                throw invalid("Services in an HTTP namespace cannot have DNS records.");
            }
            for (RegistryService existing : cm.services.values()) {
                if (existing.namespace == ns && existing.name.equals(name)) {
                    throw AwsException.client("ServiceAlreadyExists", "Service " + name + " already exists in namespace " + ns.name() + ".");
                }
            }
            String id = "srv-" + cm.ids().hex(16);
            RegistryService s = new RegistryService(id, cm.region().arn("servicediscovery", "service/" + id), cm.region().account(),
                    name, ns, in.string("Description"), routing, records, threshold, cm.ecs().now(), in.string("CreatorRequestId"));
            cm.services.put(id, s);
            ObjectNode out = object();
            out.set("Service", s.toJson(true));
            return out;
        });
    }

    private JsonNode listServices(Call call) {
        Input in = call.input();
        Predicate<RegistryService> keep = s -> true;
        for (Input f : in.list("Filters")) {
            if (!"NAMESPACE_ID".equals(f.requireString("Name"))) {
                throw invalid("The sandbox filters services by NAMESPACE_ID.");
            }
            List<String> values = f.strings("Values");
            keep = keep.and(s -> values.contains(s.namespace.id()));
        }
        Predicate<RegistryService> chosen = keep;
        CloudMapState cm = state(call);
        return cm.read(() -> PAGING.page(in, "Services", "services", cm.services.values().stream().filter(chosen).toList(),
                s -> s.id, s -> s.toJson(false)));
    }

    private JsonNode getService(Call call) {
        String id = call.input().requireString("Id");
        CloudMapState cm = state(call);
        return cm.read(() -> {
            ObjectNode out = object();
            out.set("Service", service(cm, id).toJson(true));
            return out;
        });
    }

    private JsonNode registerInstance(Call call) {
        Input in = call.input();
        String serviceId = in.requireString("ServiceId");
        String instanceId = in.requireString("InstanceId");
        Map<String, String> attributes = new LinkedHashMap<>();
        in.object("Attributes").node().properties().forEach(e -> attributes.put(e.getKey(), e.getValue().asText()));
        if (attributes.isEmpty()) {
            throw invalid("Attributes are required.");
        }
        CloudMapState cm = state(call);
        return cm.write(() -> {
            RegistryService s = service(cm, serviceId);
            if (s.namespace.dns() && !attributes.containsKey("AWS_INSTANCE_IPV4") && !attributes.containsKey("AWS_INSTANCE_CNAME")) {
                throw invalid("AWS_INSTANCE_IPV4 is required for instances of services with A or SRV records.");
            }
            if (s.hasSrv() && !attributes.containsKey("AWS_INSTANCE_PORT")) {
                throw invalid("AWS_INSTANCE_PORT is required for instances of services with SRV records.");
            }
            String health = !s.customHealth() ? "UNKNOWN" : attributes.getOrDefault("AWS_INIT_HEALTH_STATUS", "HEALTHY");
            s.instances.put(instanceId, new Instance(instanceId, attributes, health, in.string("CreatorRequestId")));
            ObjectNode out = object();
            out.put("OperationId", cm.operation("REGISTER_INSTANCE", "INSTANCE", instanceId));
            return out;
        });
    }

    private JsonNode deregisterInstance(Call call) {
        Input in = call.input();
        String serviceId = in.requireString("ServiceId");
        String instanceId = in.requireString("InstanceId");
        CloudMapState cm = state(call);
        return cm.write(() -> {
            RegistryService s = service(cm, serviceId);
            if (s.instances.remove(instanceId) == null) {
                throw instanceNotFound(instanceId);
            }
            ObjectNode out = object();
            out.put("OperationId", cm.operation("DEREGISTER_INSTANCE", "INSTANCE", instanceId));
            return out;
        });
    }

    private JsonNode listInstances(Call call) {
        Input in = call.input();
        String serviceId = in.requireString("ServiceId");
        CloudMapState cm = state(call);
        return cm.read(() -> {
            RegistryService s = service(cm, serviceId);
            ObjectNode out = PAGING.page(in, "Instances", "instances/" + s.id, List.copyOf(s.instances.values()), i -> i.id, i -> {
                ObjectNode row = object();
                row.put("Id", i.id);
                row.set("Attributes", i.attributesJson());
                row.put("CreatedByAccount", s.account);
                return row;
            });
            out.put("ResourceOwner", s.account);
            return out;
        });
    }

    private JsonNode getInstance(Call call) {
        Input in = call.input();
        String serviceId = in.requireString("ServiceId");
        String instanceId = in.requireString("InstanceId");
        CloudMapState cm = state(call);
        return cm.read(() -> {
            RegistryService s = service(cm, serviceId);
            Instance i = s.instances.get(instanceId);
            if (i == null) {
                throw instanceNotFound(instanceId);
            }
            ObjectNode out = object();
            out.put("ResourceOwner", s.account);
            ObjectNode instance = out.putObject("Instance");
            instance.put("Id", i.id);
            if (i.creatorRequestId != null) {
                instance.put("CreatorRequestId", i.creatorRequestId);
            }
            instance.set("Attributes", i.attributesJson());
            instance.put("CreatedByAccount", s.account);
            return out;
        });
    }

    private JsonNode healthStatus(Call call) {
        Input in = call.input();
        String serviceId = in.requireString("ServiceId");
        List<String> wanted = in.strings("Instances");
        CloudMapState cm = state(call);
        return cm.read(() -> {
            RegistryService s = service(cm, serviceId);
            List<Instance> chosen = new ArrayList<>();
            for (String id : wanted) {
                Instance i = s.instances.get(id);
                if (i == null) {
                    throw instanceNotFound(id);
                }
                chosen.add(i);
            }
            if (wanted.isEmpty()) {
                chosen.addAll(s.instances.values());
            }
            ObjectNode out = PAGING.page(in, "Status", "health/" + s.id, chosen, i -> i.id, i -> TextNode.valueOf(i.id));
            ObjectNode status = object();
            List<String> onPage = new ArrayList<>();
            out.get("Status").forEach(n -> onPage.add(n.asText()));
            for (Instance i : chosen) {
                if (onPage.contains(i.id)) {
                    status.put(i.id, i.health);
                }
            }
            out.set("Status", status);
            return out;
        });
    }

    private JsonNode updateHealth(Call call) {
        Input in = call.input();
        String serviceId = in.requireString("ServiceId");
        String instanceId = in.requireString("InstanceId");
        String status = in.requireString("Status");
        if (!HEALTH.contains(status)) {
            throw invalid("Status must be HEALTHY or UNHEALTHY.");
        }
        CloudMapState cm = state(call);
        return cm.write(() -> {
            RegistryService s = service(cm, serviceId);
            Instance i = s.instances.get(instanceId);
            if (i == null) {
                throw instanceNotFound(instanceId);
            }
            if (!s.customHealth()) {
                throw AwsException.client("CustomHealthNotFound", "The service " + s.id + " has no custom health check.");
            }
            i.health = status;
            return object();
        });
    }

    private JsonNode discover(Call call) {
        Input in = call.input();
        String namespaceName = in.requireString("NamespaceName");
        String serviceName = in.requireString("ServiceName");
        String filter = in.string("HealthStatus", "HEALTHY_OR_ELSE_ALL");
        if (!Set.of("HEALTHY", "UNHEALTHY", "ALL", "HEALTHY_OR_ELSE_ALL").contains(filter)) {
            throw invalid("HealthStatus must be HEALTHY, UNHEALTHY, ALL or HEALTHY_OR_ELSE_ALL.");
        }
        int max = in.integer("MaxResults", 100);
        Map<String, String> query = new LinkedHashMap<>();
        in.object("QueryParameters").node().properties().forEach(e -> query.put(e.getKey(), e.getValue().asText()));
        CloudMapState cm = state(call);
        return cm.read(() -> {
            Namespace ns = cm.namespaces.values().stream().filter(n -> n.name().equals(namespaceName)).findFirst()
                    .orElseThrow(() -> AwsException.client("NamespaceNotFound", "No namespace exists with the name " + namespaceName + "."));
            RegistryService s = cm.services.values().stream().filter(x -> x.namespace == ns && x.name.equals(serviceName))
                    .findFirst().orElseThrow(() -> AwsException.client("ServiceNotFound", "No service exists with the name "
                            + serviceName + "."));
            List<Instance> matching = s.instances.values().stream()
                    .filter(i -> query.entrySet().stream().allMatch(q -> q.getValue().equals(i.attributes.get(q.getKey()))))
                    .toList();
            boolean anyHealthy = matching.stream().anyMatch(i -> !i.health.equals("UNHEALTHY"));
            List<Instance> chosen = matching.stream().filter(i -> switch (filter) {
                case "HEALTHY" -> !i.health.equals("UNHEALTHY");
                case "UNHEALTHY" -> i.health.equals("UNHEALTHY");
                case "ALL" -> true;
                default -> !anyHealthy || !i.health.equals("UNHEALTHY");
            }).limit(max).toList();
            ObjectNode out = object();
            ArrayNode rows = out.putArray("Instances");
            for (Instance i : chosen) {
                ObjectNode row = rows.addObject();
                row.put("InstanceId", i.id);
                row.put("NamespaceName", ns.name());
                row.put("ServiceName", s.name);
                row.put("HealthStatus", i.health);
                row.set("Attributes", i.attributesJson());
            }
            out.put("InstancesRevision", s.instances.size() + cm.operations.size());
            return out;
        });
    }

    private static Namespace namespace(CloudMapState cm, String reference) {
        Namespace ns = cm.namespace(reference);
        if (ns == null) {
            throw AwsException.client("NamespaceNotFound", "No namespace exists with the specified ID.");
        }
        return ns;
    }

    private static RegistryService service(CloudMapState cm, String reference) {
        RegistryService s = cm.service(reference);
        if (s == null) {
            throw AwsException.client("ServiceNotFound", "No service exists with the specified ID.");
        }
        return s;
    }

    private static AwsException instanceNotFound(String id) {
        return AwsException.client("InstanceNotFound", "No instance exists with the ID " + id + ".");
    }

    private static ObjectNode object() {
        return JsonCodec.MAPPER.createObjectNode();
    }

    private static AwsException invalid(String message) {
        return AwsException.client("InvalidInput", message);
    }
}
