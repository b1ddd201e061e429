package dev.berth.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Cluster;
import software.amazon.awssdk.services.ecs.model.DescribeClustersRequest;
import software.amazon.awssdk.services.ecs.model.DescribeClustersResponse;
import software.amazon.awssdk.services.ecs.model.DescribeServicesRequest;
import software.amazon.awssdk.services.ecs.model.DescribeServicesResponse;
import software.amazon.awssdk.services.ecs.model.DescribeTasksRequest;
import software.amazon.awssdk.services.ecs.model.DescribeTasksResponse;
import software.amazon.awssdk.services.ecs.model.Failure;
import software.amazon.awssdk.services.ecs.model.ListClustersRequest;
import software.amazon.awssdk.services.ecs.model.ListClustersResponse;
import software.amazon.awssdk.services.ecs.model.ListServicesRequest;
import software.amazon.awssdk.services.ecs.model.ListServicesResponse;
import software.amazon.awssdk.services.ecs.model.ListTasksRequest;
import software.amazon.awssdk.services.ecs.model.ListTasksResponse;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.Task;

/**
 * An in-memory ECS behind the real SDK interface, for unit tests of paging, batching and pacing:
 * it answers List and Describe calls from its maps, honours page sizes and the Describe limits as
 * AWS does (refusing oversized batches), and records every call.
 */
public final class FakeEcs implements EcsClient {
    public static final String ACCOUNT = "123456789012";
    private final Map<String, Map<String, Service>> services = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Task>> tasks = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    /** One recorded call: operation and the names or ARNs it carried. */
    public record Call(String operation, List<String> items) {
    }

    public static String serviceArn(String cluster, String name) {
        return "arn:aws:ecs:us-east-1:" + ACCOUNT + ":service/" + cluster + "/" + name;
    }

    public static String clusterArn(String cluster) {
        return "arn:aws:ecs:us-east-1:" + ACCOUNT + ":cluster/" + cluster;
    }

    /** Adds (or replaces) services named {@code prefix-0000 ...}, each with the given counts. */
    public FakeEcs withServices(String cluster, String prefix, int count, int desired, int running) {
        for (int i = 0; i < count; i++) {
            putService(cluster, String.format("%s-%04d", prefix, i), desired, running);
        }
        return this;
    }

    public void putService(String cluster, String name, int desired, int running) {
        services.computeIfAbsent(cluster, c -> Collections.synchronizedMap(new TreeMap<>())).put(name, Service.builder()
                .serviceArn(serviceArn(cluster, name)).serviceName(name).clusterArn(clusterArn(cluster))
                .status("ACTIVE").desiredCount(desired).runningCount(running).pendingCount(0)
                .taskDefinition("arn:aws:ecs:us-east-1:" + ACCOUNT + ":task-definition/" + name + ":1")
                .createdAt(Instant.parse("2024-01-01T00:00:00Z"))
                .build());
    }

    public void removeService(String cluster, String name) {
        services.getOrDefault(cluster, Map.of()).remove(name);
    }

    public void putTask(String cluster, Task task) {
        tasks.computeIfAbsent(cluster, c -> new ConcurrentHashMap<>()).put(task.taskArn(), task);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public long count(String operation) {
        return calls.stream().filter(c -> c.operation.equals(operation)).count();
    }

    public void clearCalls() {
        calls.clear();
    }

    @Override
    public ListClustersResponse listClusters(ListClustersRequest request) {
        List<String> arns = services.keySet().stream().sorted().map(FakeEcs::clusterArn).toList();
        calls.add(new Call("ListClusters", arns));
        return ListClustersResponse.builder().clusterArns(arns).build();
    }

    @Override
    public DescribeClustersResponse describeClusters(DescribeClustersRequest request) {
        limit("DescribeClusters", request.clusters().size(), 100);
        calls.add(new Call("DescribeClusters", request.clusters()));
        List<Cluster> out = new ArrayList<>();
        for (String c : request.clusters()) {
            String name = c.substring(c.lastIndexOf('/') + 1);
            if (services.containsKey(name)) {
                out.add(Cluster.builder().clusterArn(clusterArn(name)).clusterName(name).status("ACTIVE")
                        .activeServicesCount(services.get(name).size()).build());
            }
        }
        return DescribeClustersResponse.builder().clusters(out).build();
    }

    @Override
    public ListServicesResponse listServices(ListServicesRequest request) {
        List<String> all = new ArrayList<>(services.getOrDefault(request.cluster(), Map.of()).keySet());
        Collections.sort(all);
        return page("ListServices", all, request.nextToken(), request.maxResults(), 100,
                (items, token) -> ListServicesResponse.builder()
                        .serviceArns(items.stream().map(n -> serviceArn(request.cluster(), n)).toList())
                        .nextToken(token).build());
    }

    @Override
    public DescribeServicesResponse describeServices(DescribeServicesRequest request) {
        limit("DescribeServices", request.services().size(), 10);
        calls.add(new Call("DescribeServices", request.services()));
        Map<String, Service> in = services.getOrDefault(request.cluster(), Map.of());
        List<Service> found = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (String s : request.services()) {
            Service svc = in.get(s.substring(s.lastIndexOf('/') + 1));
            if (svc == null) {
                failures.add(Failure.builder().arn(s).reason("MISSING").build());
            } else {
                found.add(svc);
            }
        }
        return DescribeServicesResponse.builder().services(found).failures(failures).build();
    }

    @Override
    public ListTasksResponse listTasks(ListTasksRequest request) {
        boolean stopped = "STOPPED".equals(request.desiredStatusAsString());
        List<String> arns = tasks.getOrDefault(request.cluster(), Map.of()).values().stream()
                .filter(t -> request.serviceName() == null || ("service:" + request.serviceName()).equals(t.group()))
                .filter(t -> stopped == "STOPPED".equals(t.desiredStatus()))
                .map(Task::taskArn).sorted().toList();
        return page("ListTasks", arns, request.nextToken(), request.maxResults(), 100,
                (items, token) -> ListTasksResponse.builder().taskArns(items).nextToken(token).build());
    }

    @Override
    public DescribeTasksResponse describeTasks(DescribeTasksRequest request) {
        limit("DescribeTasks", request.tasks().size(), 100);
        calls.add(new Call("DescribeTasks", request.tasks()));
        Map<String, Task> in = tasks.getOrDefault(request.cluster(), Map.of());
        return DescribeTasksResponse.builder()
                .tasks(request.tasks().stream().map(in::get).filter(t -> t != null).toList()).build();
    }

    private <R> R page(String operation, List<String> all, String token, Integer maxResults, int max,
                       java.util.function.BiFunction<List<String>, String, R> build) {
        int size = maxResults == null ? max : Math.min(maxResults, max);
        int from = token == null ? 0 : Integer.parseInt(token);
        int to = Math.min(all.size(), from + size);
        List<String> items = all.subList(from, to);
        calls.add(new Call(operation, List.copyOf(items)));
        return build.apply(List.copyOf(items), to < all.size() ? String.valueOf(to) : null);
    }

    private static void limit(String operation, int size, int max) {
        if (size > max) {
            throw software.amazon.awssdk.services.ecs.model.InvalidParameterException.builder()
                    .message(operation + " takes at most " + max + " items, got " + size).build();
        }
    }

    @Override
    public String serviceName() {
        return "ecs";
    }

    @Override
    public void close() {
    }
}
