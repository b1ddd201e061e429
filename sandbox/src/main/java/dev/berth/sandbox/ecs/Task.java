package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * One task: where it runs, its lifecycle timestamps (0 = not yet) and containers. Ids of its network
 * attachment are derived from the task id rather than stored, to keep 50,000 tasks lean.
 */
final class Task {
    final String id;
    final Cluster cluster;
    final EcsService service;
    /** The deployment that started it; null for tasks of a task set or run by hand. */
    final Deployment deployment;
    /** The task set it belongs to (EXTERNAL services), or null. */
    final TaskSet taskSet;
    final TaskDefinition definition;
    final LaunchType launchType;
    final String startedBy;
    final String group;
    final Container[] containers;
    final JsonNode overrides;
    /** Propagated (immutable, shared) or own tags; null when none. */
    Map<String, String> tags;
    ContainerInstance instance;
    /** FARGATE or FARGATE_SPOT when placed by a capacity provider strategy, else null. */
    String capacityProvider;
    String availabilityZone;
    String subnet;
    int privateIp;

    TaskStatus lastStatus;
    boolean stopRequested;
    /** Bumped when the task's path changes (a stop request), so transitions planned before it are dropped. */
    int plan;
    long version = 1;
    String health = "UNKNOWN";
    long createdAt;
    long connectivityAt;
    long pullStartedAt;
    long pullStoppedAt;
    long startedAt;
    long stoppingAt;
    long executionStoppedAt;
    long stoppedAt;
    StopCode stopCode;
    String stoppedReason;
    /** Position in the log writer's list of logging tasks, -1 when not writing. */
    int logSlot = -1;
    /** Registered with its service's target groups and registries (until it leaves RUNNING). */
    boolean attached;
    /** A load balancer's failing health checks were reported in the service's events. */
    boolean unhealthyReported;

    Task(String id, Cluster cluster, EcsService service, Deployment deployment, TaskSet taskSet, TaskDefinition definition,
         LaunchType launchType, String startedBy, String group, JsonNode overrides) {
        this.id = id;
        this.cluster = cluster;
        this.service = service;
        this.deployment = deployment;
        this.taskSet = taskSet;
        this.definition = definition;
        this.launchType = launchType;
        this.startedBy = startedBy;
        this.group = group;
        this.overrides = overrides;
        this.containers = definition.containers.stream().map(Container::new).toArray(Container[]::new);
    }

    String arn() {
        return cluster.region().arn("ecs", "task/" + cluster.name + "/" + id);
    }

    boolean stopped() {
        return lastStatus == TaskStatus.STOPPED;
    }

    /** Still wanted: desiredStatus RUNNING. */
    boolean wanted() {
        return !stopRequested;
    }

    String desiredStatus() {
        return stopRequested ? "STOPPED" : "RUNNING";
    }

    boolean everRan() {
        return startedAt > 0;
    }

    /** The target groups and registries the task goes into: its task set's, else its service's. */
    ServiceLinks links() {
        return taskSet != null ? taskSet.links : service != null ? service.links : ServiceLinks.NONE;
    }

    String attachmentId() {
        return UUID.nameUUIDFromBytes((id + "/eni").getBytes(StandardCharsets.UTF_8)).toString();
    }

    String privateIpText() {
        return ((privateIp >>> 24) & 0xff) + "." + ((privateIp >>> 16) & 0xff) + "." + ((privateIp >>> 8) & 0xff) + "."
                + (privateIp & 0xff);
    }

    ObjectNode toJson(boolean withTags) {
        ObjectNode out = Json.object();
        ArrayNode attachments = out.putArray("attachments");
        if (privateIp != 0) {
            attachments.add(eniAttachment());
        }
        out.putArray("attributes").addObject().put("name", "ecs.cpu-architecture").put("value", "x86_64");
        out.put("availabilityZone", availabilityZone);
        if (capacityProvider != null) {
            out.put("capacityProviderName", capacityProvider);
        }
        out.put("clusterArn", cluster.arn);
        if (connectivityAt > 0) {
            out.put("connectivity", stopped() ? "DISCONNECTED" : "CONNECTED");
            Json.time(out, "connectivityAt", connectivityAt);
        }
        if (instance != null) {
            out.put("containerInstanceArn", instance.arn);
        }
        ArrayNode cs = out.putArray("containers");
        for (Container c : containers) {
            cs.add(c.toJson(this));
        }
        out.put("cpu", Integer.toString(definition.reservedCpu()));
        Json.time(out, "createdAt", createdAt);
        out.put("desiredStatus", desiredStatus());
        out.put("enableExecuteCommand", false);
        Json.time(out, "executionStoppedAt", executionStoppedAt);
        out.put("group", group);
        out.put("healthStatus", health);
        out.put("lastStatus", lastStatus.name());
        out.put("launchType", launchType.name());
        out.put("memory", Integer.toString(definition.reservedMemory()));
        out.set("overrides", overrides);
        if (launchType == LaunchType.FARGATE) {
            out.put("platformVersion", "1.4.0");
            out.put("platformFamily", "Linux");
            out.putObject("ephemeralStorage").put("sizeInGiB", 20);
            out.putObject("fargateEphemeralStorage").put("sizeInGiB", 20);
        }
        Json.time(out, "pullStartedAt", pullStartedAt);
        Json.time(out, "pullStoppedAt", pullStoppedAt);
        Json.time(out, "startedAt", startedAt);
        if (startedBy != null) {
            out.put("startedBy", startedBy);
        }
        if (stopCode != null) {
            out.put("stopCode", stopCode.wire());
        }
        Json.time(out, "stoppedAt", stoppedAt);
        if (stoppedReason != null) {
            out.put("stoppedReason", stoppedReason);
        }
        Json.time(out, "stoppingAt", stoppingAt);
        if (withTags) {
            out.set("tags", Tags.toJson(tags));
        }
        out.put("taskArn", arn());
        out.put("taskDefinitionArn", definition.arn);
        out.put("version", version);
        return out;
    }

    private ObjectNode eniAttachment() {
        ObjectNode eni = Json.object();
        eni.put("id", attachmentId());
        eni.put("type", "ElasticNetworkInterface");
        eni.put("status", switch (lastStatus) {
            case PROVISIONING -> "PRECREATED";
            case DEPROVISIONING -> "DETACHING";
            case STOPPED -> "DELETED";
            default -> "ATTACHED";
        });
        String hex = attachmentId().replace("-", "");
        String ip = privateIpText();
        ArrayNode details = eni.putArray("details");
        details.addObject().put("name", "subnetId").put("value", subnet);
        details.addObject().put("name", "networkInterfaceId").put("value", "eni-" + hex.substring(0, 17));
        details.addObject().put("name", "macAddress").put("value", "0a:" + hex.substring(17, 19) + ":" + hex.substring(19, 21)
                + ":" + hex.substring(21, 23) + ":" + hex.substring(23, 25) + ":" + hex.substring(25, 27));
        details.addObject().put("name", "privateDnsName").put("value", Placement.privateDnsName(cluster.region().name(), ip));
        details.addObject().put("name", "privateIPv4Address").put("value", ip);
        return eni;
    }
}
