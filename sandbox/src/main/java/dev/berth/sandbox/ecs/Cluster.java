package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.sim.Region;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A cluster and everything in it. Task counts per launch type are kept up to date by the task
 * lifecycle, so DescribeClusters never walks 50,000 tasks.
 */
final class Cluster {
    final String name;
    final String arn;
    private final Region region;
    /** {ClusterName}, sorted as the metric store keeps dimensions. */
    final SortedMap<String, String> metricDimensions;
    String status = "ACTIVE";
    Map<String, String> tags = new LinkedHashMap<>();
    String containerInsights = "disabled";
    List<String> capacityProviders = List.of();
    JsonNode defaultCapacityProviderStrategy = Json.array();
    JsonNode configuration;
    final NavigableMap<String, EcsService> services = new TreeMap<>();
    final NavigableMap<String, Task> tasks = new TreeMap<>();
    final NavigableMap<String, ContainerInstance> instances = new TreeMap<>();
    private final int[] running = new int[LaunchType.values().length];
    private final int[] pending = new int[LaunchType.values().length];

    Cluster(String name, Region region) {
        this.name = name;
        this.region = region;
        this.arn = region.arn("ecs", "cluster/" + name);
        this.metricDimensions = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of("ClusterName", name)));
    }

    Region region() {
        return region;
    }

    boolean active() {
        return status.equals("ACTIVE");
    }

    /** Moves a task between the pending and running counts as its lastStatus changes. */
    void count(Task task, TaskStatus from, TaskStatus to) {
        int lt = task.launchType.ordinal();
        if (from != null && from.starting()) {
            pending[lt]--;
        } else if (from == TaskStatus.RUNNING) {
            running[lt]--;
        }
        if (to.starting()) {
            pending[lt]++;
        } else if (to == TaskStatus.RUNNING) {
            running[lt]++;
        }
    }

    boolean hasLiveTasks() {
        return tasks.values().stream().anyMatch(t -> !t.stopped());
    }

    int activeServices() {
        return (int) services.values().stream().filter(EcsService::active).count();
    }

    ObjectNode toJson(Set<String> include) {
        ObjectNode out = Json.object();
        out.put("clusterArn", arn);
        out.put("clusterName", name);
        if (configuration != null) {
            out.set("configuration", configuration);
        }
        out.put("status", status);
        out.put("registeredContainerInstancesCount", instances.size());
        out.put("runningTasksCount", sum(running));
        out.put("pendingTasksCount", sum(pending));
        out.put("activeServicesCount", activeServices());
        out.set("statistics", include.contains("STATISTICS") ? Json.nameValues(statistics()) : Json.array());
        out.set("tags", include.contains("TAGS") ? Tags.toJson(tags) : Json.array());
        if (include.contains("SETTINGS")) {
            out.set("settings", Json.nameValues(Map.of("containerInsights", containerInsights)));
        }
        out.set("capacityProviders", Json.strings(capacityProviders));
        out.set("defaultCapacityProviderStrategy", defaultCapacityProviderStrategy);
        return out;
    }

    private Map<String, String> statistics() {
        int[] activeServices = new int[LaunchType.values().length];
        int[] drainingServices = new int[LaunchType.values().length];
        for (EcsService s : services.values()) {
            if (s.active()) {
                activeServices[s.launchType.ordinal()]++;
            } else if (s.status.equals("DRAINING")) {
                drainingServices[s.launchType.ordinal()]++;
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (LaunchType lt : LaunchType.values()) {
            out.put("running" + lt.statisticsName() + "TasksCount", Integer.toString(running[lt.ordinal()]));
        }
        for (LaunchType lt : LaunchType.values()) {
            out.put("pending" + lt.statisticsName() + "TasksCount", Integer.toString(pending[lt.ordinal()]));
        }
        for (LaunchType lt : LaunchType.values()) {
            out.put("active" + lt.statisticsName() + "ServiceCount", Integer.toString(activeServices[lt.ordinal()]));
        }
        for (LaunchType lt : LaunchType.values()) {
            out.put("draining" + lt.statisticsName() + "ServiceCount", Integer.toString(drainingServices[lt.ordinal()]));
        }
        return out;
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        return total;
    }
}
