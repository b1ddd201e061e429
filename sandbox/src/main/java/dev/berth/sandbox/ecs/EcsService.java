package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A service: what it asks for (desired count, revision, rollout bounds), its deployments, its tasks
 * and its event log, plus the scheduler's bookkeeping (restart throttle, steady state).
 */
final class EcsService {
    static final int MAX_EVENTS = 100;
    /** ECS's tasks-per-service quota. */
    static final int MAX_TASKS = 5_000;

    final Cluster cluster;
    final String name;
    final String arn;
    final LaunchType launchType;
    final long createdAt;
    /** {ClusterName, ServiceName}, sorted as the metric store keeps dimensions (built once, put every minute). */
    final SortedMap<String, String> metricDimensions;
    String status = "ACTIVE";
    int desiredCount;
    TaskDefinition taskDefinition;
    DeploymentConfiguration deploymentConfiguration;
    NetworkConfiguration network;
    /** The capacity provider strategy tasks are placed by, or null when the service names a launch type. */
    CapacityProviderStrategy capacityProviders;
    final Map<String, String> tags = new LinkedHashMap<>();
    /** ECS (rolling), or EXTERNAL: task sets created by an outside tool. */
    final String deploymentController;
    /** Where the service's tasks are registered (for EXTERNAL services each task set has its own). */
    ServiceLinks links = ServiceLinks.NONE;
    /** The Service Connect configuration new deployments take, or null. */
    JsonNode serviceConnect;
    /** Task sets of an EXTERNAL service, oldest first. */
    final List<TaskSet> taskSets = new ArrayList<>();
    JsonNode placementConstraints = Json.array();
    JsonNode placementStrategy = Json.array();
    int healthCheckGracePeriodSeconds;
    boolean enableEcsManagedTags;
    String propagateTags = "NONE";
    boolean enableExecuteCommand;
    String availabilityZoneRebalancing = "DISABLED";
    /** The primary first, then older deployments newest first; inactive ones are dropped, as ECS does. */
    final List<Deployment> deployments = new ArrayList<>();
    /** The last deployment that completed, what the circuit breaker rolls back to. */
    Deployment lastCompleted;
    final List<ServiceDeployment> serviceDeployments = new ArrayList<>();
    /** Every task of the service still listed, stopped ones included, by id. */
    final NavigableMap<String, Task> tasks = new TreeMap<>();
    /** Tasks not yet STOPPED. */
    final Set<Task> live = new LinkedHashSet<>();
    private final ArrayDeque<ServiceEvent> events = new ArrayDeque<>();
    /** This service's random draws (task timings, capacity providers), apart from every other service's. */
    final SplittableRandom story;
    /** CPU demand in percent of one task, spread over however many tasks run. */
    double load;

    boolean steady;
    int failStreak;
    long launchNotBefore;
    long lastThrottleEventAt;
    long lastPlacementEventAt;
    boolean reconcileQueued;
    int subnetCursor;

    EcsService(Cluster cluster, String name, LaunchType launchType, String deploymentController, long createdAt) {
        this.cluster = cluster;
        this.name = name;
        this.arn = cluster.region().arn("ecs", "service/" + cluster.name + "/" + name);
        this.launchType = launchType;
        this.deploymentController = deploymentController;
        this.createdAt = createdAt;
        this.story = cluster.region().ecs().storyOf(arn);
        this.metricDimensions = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of("ClusterName", cluster.name,
                "ServiceName", name)));
    }

    /** Live, running and pending task counts of one deployment, or of the whole service. */
    record Counts(int live, int running, int pending) {
    }

    boolean active() {
        return status.equals("ACTIVE");
    }

    /** What the scheduler aims for: the desired count, or none once the service is being deleted. */
    int targetCount() {
        return active() ? desiredCount : 0;
    }

    Deployment primary() {
        return deployments.isEmpty() ? null : deployments.get(0);
    }

    boolean external() {
        return deploymentController.equals("EXTERNAL");
    }

    /** The PRIMARY task set of an EXTERNAL service, or null. */
    TaskSet primaryTaskSet() {
        return taskSets.stream().filter(t -> t.status.equals("PRIMARY")).findFirst().orElse(null);
    }

    void event(String id, long at, String message) {
        events.addFirst(new ServiceEvent(id, at, message));
        while (events.size() > MAX_EVENTS) {
            events.removeLast();
        }
    }

    /** Counts over the wanted (desiredStatus RUNNING) tasks of one deployment, or of all when null. */
    Counts counts(Deployment deployment) {
        return countsWhere(t -> deployment == null || t.deployment == deployment);
    }

    /** Counts over the wanted (desiredStatus RUNNING) tasks {@code which} accepts. */
    Counts countsWhere(Predicate<Task> which) {
        int live = 0;
        int running = 0;
        int pending = 0;
        for (Task t : this.live) {
            if (!t.wanted() || !which.test(t)) {
                continue;
            }
            live++;
            if (t.lastStatus == TaskStatus.RUNNING) {
                running++;
            } else if (t.lastStatus.starting()) {
                pending++;
            }
        }
        return new Counts(live, running, pending);
    }

    private Map<Deployment, Counts> countsByDeployment() {
        Map<Deployment, int[]> raw = new HashMap<>();
        for (Task t : live) {
            if (!t.wanted()) {
                continue;
            }
            int[] c = raw.computeIfAbsent(t.deployment, d -> new int[3]);
            c[0]++;
            if (t.lastStatus == TaskStatus.RUNNING) {
                c[1]++;
            } else if (t.lastStatus.starting()) {
                c[2]++;
            }
        }
        Map<Deployment, Counts> out = new HashMap<>();
        raw.forEach((d, c) -> out.put(d, new Counts(c[0], c[1], c[2])));
        return out;
    }

    /** A service placed by capacity providers shows its strategy; one with a launch type shows that. */
    void putPlacement(ObjectNode out) {
        if (capacityProviders != null) {
            out.set("capacityProviderStrategy", capacityProviders.items());
        } else {
            out.putArray("capacityProviderStrategy");
            out.put("launchType", launchType.name());
        }
    }

    ObjectNode toJson(boolean withTags) {
        Map<Deployment, Counts> byDeployment = countsByDeployment();
        Counts none = new Counts(0, 0, 0);
        int running = 0;
        int pending = 0;
        for (Counts c : byDeployment.values()) {
            running += c.running();
            pending += c.pending();
        }
        ObjectNode out = Json.object();
        out.put("serviceArn", arn);
        out.put("serviceName", name);
        out.put("clusterArn", cluster.arn);
        out.set("loadBalancers", links.loadBalancersJson());
        out.set("serviceRegistries", links.registriesJson());
        out.put("status", status);
        out.put("desiredCount", desiredCount);
        out.put("runningCount", running);
        out.put("pendingCount", pending);
        putPlacement(out);
        if (launchType == LaunchType.FARGATE) {
            out.put("platformVersion", "LATEST");
            out.put("platformFamily", "Linux");
        }
        if (taskDefinition != null) {
            out.put("taskDefinition", taskDefinition.arn);
        }
        out.set("deploymentConfiguration", deploymentConfiguration.toJson());
        ArrayNode sets = out.putArray("taskSets");
        taskSets.forEach(t -> sets.add(t.toJson()));
        ArrayNode ds = out.putArray("deployments");
        ArrayNode revisions = Json.array();
        for (Deployment d : deployments) {
            Counts c = byDeployment.getOrDefault(d, none);
            ds.add(d.toJson(this, c));
            revisions.addObject().put("arn", d.revisionArn).put("requestedTaskCount", d.desiredCount(this, c))
                    .put("runningTaskCount", c.running()).put("pendingTaskCount", c.pending());
        }
        out.put("roleArn", "arn:aws:iam::" + cluster.region().account()
                + ":role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS");
        ArrayNode es = out.putArray("events");
        for (ServiceEvent e : events) {
            ObjectNode event = es.addObject().put("id", e.id());
            Json.time(event, "createdAt", e.createdAt());
            event.put("message", e.message());
        }
        Json.time(out, "createdAt", createdAt);
        if (!serviceDeployments.isEmpty()) {
            out.put("currentServiceDeployment", serviceDeployments.get(serviceDeployments.size() - 1).arn);
        }
        out.set("currentServiceRevisions", revisions);
        out.set("placementConstraints", placementConstraints);
        out.set("placementStrategy", placementStrategy);
        if (network != null) {
            out.set("networkConfiguration", network.toJson());
        }
        out.put("healthCheckGracePeriodSeconds", healthCheckGracePeriodSeconds);
        out.put("schedulingStrategy", "REPLICA");
        out.putObject("deploymentController").put("type", deploymentController);
        if (withTags) {
            out.set("tags", Tags.toJson(tags));
        }
        out.put("createdBy", "arn:aws:iam::" + cluster.region().account() + ":user/berth-sandbox");
        out.put("enableECSManagedTags", enableEcsManagedTags);
        out.put("propagateTags", propagateTags);
        out.put("enableExecuteCommand", enableExecuteCommand);
        out.put("availabilityZoneRebalancing", availabilityZoneRebalancing);
        return out;
    }
}
