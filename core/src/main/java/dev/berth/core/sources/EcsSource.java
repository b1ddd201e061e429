package dev.berth.core.sources;

import dev.berth.core.BerthException;
import dev.berth.core.context.AwsContext;
import dev.berth.core.context.AwsErrors;
import dev.berth.core.limit.ApiCategory;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceDeployment;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.watch.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ClusterField;
import software.amazon.awssdk.services.ecs.model.DesiredStatus;
import software.amazon.awssdk.services.ecs.model.Failure;
import software.amazon.awssdk.services.ecs.model.ListServiceDeploymentsResponse;
import software.amazon.awssdk.services.ecs.model.ServiceDeploymentBrief;
import software.amazon.awssdk.services.ecs.model.ServiceField;
import software.amazon.awssdk.services.ecs.model.SortOrder;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionFamilyStatus;
import software.amazon.awssdk.services.ecs.model.TaskField;

/**
 * ECS as Berth asks it: every List call read page by page, every Describe batched at the API's
 * maximum (services 10, tasks, clusters and container instances 100), answers as records.
 */
public final class EcsSource {
    static final int DESCRIBE_SERVICES_MAX = 10;
    static final int DESCRIBE_TASKS_MAX = 100;
    static final int DESCRIBE_CLUSTERS_MAX = 100;
    static final int DESCRIBE_CONTAINER_INSTANCES_MAX = 100;
    static final int DESCRIBE_SERVICE_DEPLOYMENTS_MAX = 20;
    static final int LIST_PAGE = 100;

    private final AwsContext ctx;

    public EcsSource(AwsContext ctx) {
        this.ctx = ctx;
    }

    private EcsClient ecs() {
        return ctx.ecs();
    }

    /** Every cluster of the account and region, described. */
    public List<Cluster> clusters() {
        List<String> arns = Pages.all(ctx, ApiCategory.READ, "ecs:ListClusters",
                ecs().listClustersPaginator(r -> r.maxResults(LIST_PAGE)), r -> r.clusterArns());
        List<Cluster> out = new ArrayList<>(arns.size());
        for (List<String> batch : Pages.batches(arns, DESCRIBE_CLUSTERS_MAX)) {
            var resp = ctx.call(ApiCategory.READ, "ecs:DescribeClusters", () -> ecs().describeClusters(r -> r
                    .clusters(batch).include(ClusterField.SETTINGS, ClusterField.TAGS)));
            resp.clusters().forEach(c -> out.add(EcsMapper.cluster(c)));
        }
        return out;
    }

    /** One cluster, described; {@link Problem.Kind#NOT_FOUND} when it does not exist. */
    public Cluster cluster(String cluster) {
        var resp = ctx.call(ApiCategory.READ, "ecs:DescribeClusters", () -> ecs().describeClusters(r -> r
                .clusters(cluster).include(ClusterField.SETTINGS, ClusterField.TAGS)));
        if (resp.clusters().isEmpty()) {
            throw new BerthException(Problem.Kind.NOT_FOUND, "cluster " + cluster + " not found", null);
        }
        return EcsMapper.cluster(resp.clusters().get(0));
    }

    /** Service ARNs of a cluster, all pages. */
    public List<String> serviceArns(String cluster) {
        return Pages.all(ctx, ApiCategory.READ, "ecs:ListServices",
                ecs().listServicesPaginator(r -> r.cluster(cluster).maxResults(LIST_PAGE)), r -> r.serviceArns());
    }

    /**
     * Describes services by name or ARN, {@value #DESCRIBE_SERVICES_MAX} per call. Services that no
     * longer exist are left out of the answer.
     */
    public List<Service> describeServices(String cluster, List<String> names) {
        List<Service> out = new ArrayList<>(names.size());
        for (List<String> batch : Pages.batches(names, DESCRIBE_SERVICES_MAX)) {
            out.addAll(describeServiceBatch(cluster, batch));
        }
        return out;
    }

    /** One DescribeServices call (at most {@value #DESCRIBE_SERVICES_MAX} names). */
    public List<Service> describeServiceBatch(String cluster, List<String> batch) {
        if (batch.size() > DESCRIBE_SERVICES_MAX) {
            throw new IllegalArgumentException("DescribeServices takes at most " + DESCRIBE_SERVICES_MAX + " services");
        }
        var resp = ctx.call(ApiCategory.READ, "ecs:DescribeServices",
                () -> ecs().describeServices(r -> r.cluster(cluster).services(batch).include(ServiceField.TAGS)));
        return resp.services().stream().map(EcsMapper::service).toList();
    }

    /** One service; {@link Problem.Kind#NOT_FOUND} when it does not exist. */
    public Service service(String cluster, String name) {
        List<Service> found = describeServiceBatch(cluster, List.of(name));
        if (found.isEmpty()) {
            throw new BerthException(Problem.Kind.NOT_FOUND, "service " + name + " not found in cluster " + cluster, null);
        }
        return found.get(0);
    }

    /** Task ARNs of a cluster, or of one service when {@code service} is not null, in one desired status. */
    public List<String> taskArns(String cluster, String service, boolean stopped) {
        return Pages.all(ctx, ApiCategory.READ, "ecs:ListTasks", ecs().listTasksPaginator(r -> {
            r.cluster(cluster).maxResults(LIST_PAGE)
                    .desiredStatus(stopped ? DesiredStatus.STOPPED : DesiredStatus.RUNNING);
            if (service != null) {
                r.serviceName(service);
            }
        }), r -> r.taskArns());
    }

    /** Describes tasks, {@value #DESCRIBE_TASKS_MAX} per call; tasks ECS no longer knows are left out. */
    public List<Task> describeTasks(String cluster, List<String> arns) {
        List<Task> out = new ArrayList<>(arns.size());
        for (List<String> batch : Pages.batches(arns, DESCRIBE_TASKS_MAX)) {
            var resp = ctx.call(ApiCategory.READ, "ecs:DescribeTasks",
                    () -> ecs().describeTasks(r -> r.cluster(cluster).tasks(batch).include(TaskField.TAGS)));
            resp.tasks().forEach(t -> out.add(EcsMapper.task(t)));
        }
        return out;
    }

    public List<ContainerInstance> containerInstances(String cluster) {
        List<String> arns = Pages.all(ctx, ApiCategory.READ, "ecs:ListContainerInstances",
                ecs().listContainerInstancesPaginator(r -> r.cluster(cluster).maxResults(LIST_PAGE)),
                r -> r.containerInstanceArns());
        List<ContainerInstance> out = new ArrayList<>(arns.size());
        for (List<String> batch : Pages.batches(arns, DESCRIBE_CONTAINER_INSTANCES_MAX)) {
            var resp = ctx.call(ApiCategory.READ, "ecs:DescribeContainerInstances",
                    () -> ecs().describeContainerInstances(r -> r.cluster(cluster).containerInstances(batch)));
            resp.containerInstances().forEach(ci -> out.add(EcsMapper.containerInstance(ci)));
        }
        return out;
    }

    /** Active task-definition families, alphabetical. */
    public List<String> families() {
        return Pages.all(ctx, ApiCategory.READ, "ecs:ListTaskDefinitionFamilies",
                ecs().listTaskDefinitionFamiliesPaginator(r -> r.status(TaskDefinitionFamilyStatus.ACTIVE).maxResults(LIST_PAGE)),
                r -> r.families());
    }

    /** Active revisions of a family, newest first. */
    public List<TaskDefinitionRef> revisions(String family) {
        List<String> arns = Pages.all(ctx, ApiCategory.READ, "ecs:ListTaskDefinitions",
                ecs().listTaskDefinitionsPaginator(r -> r.familyPrefix(family).sort(SortOrder.DESC).maxResults(LIST_PAGE)),
                r -> r.taskDefinitionArns());
        return arns.stream().map(TaskDefinitionRef::parse).filter(ref -> ref.family().equals(family)).toList();
    }

    public TaskDefinition taskDefinition(String arnOrFamilyRevision) {
        var resp = ctx.call(ApiCategory.READ, "ecs:DescribeTaskDefinition",
                () -> ecs().describeTaskDefinition(r -> r.taskDefinition(arnOrFamilyRevision)));
        return EcsMapper.taskDefinition(resp.taskDefinition());
    }

    /**
     * The service's deployments, newest first, with source and target task definitions resolved
     * (ListServiceDeployments, then DescribeServiceDeployments and DescribeServiceRevisions, 20 per call).
     */
    public List<ServiceDeployment> serviceDeployments(String cluster, String service) {
        List<String> arns = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListServiceDeploymentsResponse page = ctx.call(ApiCategory.READ, "ecs:ListServiceDeployments",
                    () -> ecs().listServiceDeployments(r -> r.cluster(cluster).service(service).nextToken(next).maxResults(LIST_PAGE)));
            page.serviceDeployments().stream().map(ServiceDeploymentBrief::serviceDeploymentArn).forEach(arns::add);
            token = page.nextToken();
        } while (token != null && !token.isEmpty());

        List<software.amazon.awssdk.services.ecs.model.ServiceDeployment> details = new ArrayList<>();
        for (List<String> batch : Pages.batches(arns, DESCRIBE_SERVICE_DEPLOYMENTS_MAX)) {
            var resp = ctx.call(ApiCategory.READ, "ecs:DescribeServiceDeployments",
                    () -> ecs().describeServiceDeployments(r -> r.serviceDeploymentArns(batch)));
            details.addAll(resp.serviceDeployments());
        }
        List<String> revisionArns = details.stream()
                .flatMap(d -> java.util.stream.Stream.concat(
                        d.targetServiceRevision() == null ? java.util.stream.Stream.empty() : java.util.stream.Stream.of(d.targetServiceRevision().arn()),
                        d.sourceServiceRevisions().stream().map(s -> s.arn())))
                .filter(a -> a != null).distinct().toList();
        Map<String, String> taskDefinitionOf = new HashMap<>();
        try {
            for (List<String> batch : Pages.batches(revisionArns, DESCRIBE_SERVICE_DEPLOYMENTS_MAX)) {
                var resp = ctx.call(ApiCategory.READ, "ecs:DescribeServiceRevisions",
                        () -> ecs().describeServiceRevisions(r -> r.serviceRevisionArns(batch)));
                resp.serviceRevisions().forEach(r -> taskDefinitionOf.put(r.serviceRevisionArn(), r.taskDefinition()));
            }
        } catch (BerthException e) {
            if (!AwsErrors.unsupported(e.getCause()) && e.kind() != Problem.Kind.ACCESS_DENIED) {
                throw e;
            }
            // Endpoints without service revisions, or a policy without the action: deployments without revisions.
        }
        return details.stream()
                .map(d -> EcsMapper.serviceDeployment(d, taskDefinitionOf::get))
                .sorted(java.util.Comparator.comparing(ServiceDeployment::createdAt,
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                .toList();
    }

    /** Sets the desired count; answers the service as ECS reports it after the call. */
    public Service setDesiredCount(String cluster, String service, int desired) {
        return EcsMapper.service(ctx.call(ApiCategory.MUTATE, "ecs:UpdateService",
                () -> ecs().updateService(r -> r.cluster(cluster).service(service).desiredCount(desired))).service());
    }

    /** Starts a new deployment of the same revision. */
    public Service forceNewDeployment(String cluster, String service) {
        return EcsMapper.service(ctx.call(ApiCategory.MUTATE, "ecs:UpdateService",
                () -> ecs().updateService(r -> r.cluster(cluster).service(service).forceNewDeployment(true))).service());
    }

    /** Starts a deployment of another task-definition revision. */
    public Service changeTaskDefinition(String cluster, String service, String taskDefinition) {
        return EcsMapper.service(ctx.call(ApiCategory.MUTATE, "ecs:UpdateService",
                () -> ecs().updateService(r -> r.cluster(cluster).service(service).taskDefinition(taskDefinition))).service());
    }

    public Task stopTask(String cluster, String task, String reason) {
        return EcsMapper.task(ctx.call(ApiCategory.MUTATE, "ecs:StopTask",
                () -> ecs().stopTask(r -> r.cluster(cluster).task(task).reason(reason))).task());
    }

    /** One task; {@link Problem.Kind#NOT_FOUND} when ECS does not know it. */
    public Task task(String cluster, String task) {
        var resp = ctx.call(ApiCategory.READ, "ecs:DescribeTasks",
                () -> ecs().describeTasks(r -> r.cluster(cluster).tasks(task)));
        if (resp.tasks().isEmpty()) {
            String reason = resp.failures().stream().map(Failure::reason).findFirst().orElse("MISSING");
            throw new BerthException(Problem.Kind.NOT_FOUND, "task " + task + " not found in cluster " + cluster
                    + " (" + reason + ")", null);
        }
        return EcsMapper.task(resp.tasks().get(0));
    }
}
