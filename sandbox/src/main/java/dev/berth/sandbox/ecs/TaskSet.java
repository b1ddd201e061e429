package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A task set of a service with the EXTERNAL deployment controller (blue/green by an outside tool):
 * a revision run at a share ({@code scale}) of the service's desired count, behind its own target
 * groups. The primary task set is the one taking production traffic.
 */
final class TaskSet {
    final String id;
    final String arn;
    final EcsService service;
    final String externalId;
    final TaskDefinition taskDefinition;
    final LaunchType launchType;
    final CapacityProviderStrategy capacityProviders;
    final NetworkConfiguration network;
    final ServiceLinks links;
    final long createdAt;
    final Map<String, String> tags = new LinkedHashMap<>();
    /** PRIMARY, ACTIVE, or DRAINING once deleted (it goes when its last task has stopped). */
    String status = "ACTIVE";
    double scalePercent;
    long updatedAt;
    boolean steady;
    long stabilityStatusAt;

    TaskSet(String id, String arn, EcsService service, String externalId, TaskDefinition taskDefinition,
            LaunchType launchType, CapacityProviderStrategy capacityProviders, NetworkConfiguration network,
            ServiceLinks links, double scalePercent, long createdAt) {
        this.id = id;
        this.arn = arn;
        this.service = service;
        this.externalId = externalId;
        this.taskDefinition = taskDefinition;
        this.launchType = launchType;
        this.capacityProviders = capacityProviders;
        this.network = network;
        this.links = links;
        this.scalePercent = scalePercent;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.stabilityStatusAt = createdAt;
    }

    boolean draining() {
        return status.equals("DRAINING");
    }

    /** The tasks this set aims for: its share of the service's desired count, rounded up (none once draining). */
    int computedDesiredCount() {
        return draining() ? 0 : (int) Math.ceil(service.targetCount() * scalePercent / 100.0);
    }

    /** Live, running and pending counts over this set's wanted tasks. */
    EcsService.Counts counts() {
        return service.countsWhere(t -> t.taskSet == this);
    }

    /** Moves the stability status as the counts reach or leave the computed desired count. */
    void settle(long now) {
        EcsService.Counts c = counts();
        boolean atDesired = c.running() == computedDesiredCount() && c.pending() == 0 && c.live() == computedDesiredCount();
        if (atDesired != steady) {
            steady = atDesired;
            stabilityStatusAt = now;
        }
    }

    ObjectNode toJson() {
        EcsService.Counts c = counts();
        ObjectNode out = Json.object();
        out.put("id", id);
        out.put("taskSetArn", arn);
        out.put("serviceArn", service.arn);
        out.put("clusterArn", service.cluster.arn);
        if (externalId != null) {
            out.put("externalId", externalId);
            out.put("startedBy", externalId);
        }
        out.put("status", status);
        out.put("taskDefinition", taskDefinition.arn);
        out.put("computedDesiredCount", computedDesiredCount());
        out.put("pendingCount", c.pending());
        out.put("runningCount", c.running());
        Json.time(out, "createdAt", createdAt);
        Json.time(out, "updatedAt", updatedAt);
        if (capacityProviders != null) {
            out.set("capacityProviderStrategy", capacityProviders.items());
        } else {
            out.putArray("capacityProviderStrategy");
            out.put("launchType", launchType.name());
        }
        if (launchType == LaunchType.FARGATE) {
            out.put("platformVersion", "1.4.0");
            out.put("platformFamily", "Linux");
        }
        if (network != null) {
            out.set("networkConfiguration", network.toJson());
        }
        out.set("loadBalancers", links.loadBalancersJson());
        out.set("serviceRegistries", links.registriesJson());
        out.putObject("scale").put("value", scalePercent).put("unit", "PERCENT");
        out.put("stabilityStatus", steady ? "STEADY_STATE" : "STABILIZING");
        Json.time(out, "stabilityStatusAt", stabilityStatusAt);
        out.set("tags", Tags.toJson(tags));
        return out;
    }
}
