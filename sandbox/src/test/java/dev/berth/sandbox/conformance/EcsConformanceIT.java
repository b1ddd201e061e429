package dev.berth.sandbox.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.sandbox.MotoServer;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxClients;
import dev.berth.sandbox.SandboxControl;
import dev.berth.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;
import software.amazon.awssdk.services.applicationautoscaling.model.DescribeScalableTargetsResponse;
import software.amazon.awssdk.services.applicationautoscaling.model.ScalableDimension;
import software.amazon.awssdk.services.applicationautoscaling.model.ServiceNamespace;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ClusterField;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.DeploymentControllerType;
import software.amazon.awssdk.services.ecs.model.DescribeServicesResponse;
import software.amazon.awssdk.services.ecs.model.DescribeTaskSetsResponse;
import software.amazon.awssdk.services.ecs.model.DesiredStatus;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.ListTasksResponse;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionResponse;
import software.amazon.awssdk.services.ecs.model.RunTaskResponse;
import software.amazon.awssdk.services.ecs.model.ScaleUnit;
import software.amazon.awssdk.services.ecs.model.ServiceField;
import software.amazon.awssdk.services.ecs.model.TaskField;

/**
 * The same ECS and Application Auto Scaling calls against the sandbox and against moto, an
 * independent implementation: every member moto answers, the sandbox answers too, with the same
 * wire type, and ARNs have AWS's form in both. Skipped, with the reason, where moto is absent.
 */
class EcsConformanceIT {
    /**
     * Where moto is known to differ from ECS: it answers exitCode 0 and an empty stoppedReason for
     * containers and tasks still running; ECS leaves both out until they stop, and so does the sandbox.
     */
    private static final Set<String> MOTO_ONLY = Set.of("containers[].exitCode", "stoppedReason");
    private static MotoServer moto;
    private static Sandbox sandbox;
    private static Map<String, SdkPojo> fromMoto;
    private static Map<String, SdkPojo> fromSandbox;

    @BeforeAll
    static void runBoth() throws Exception {
        moto = MotoServer.startOrSkip();
        sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("empty").withSpeed(0.001));
        SandboxControl control = new SandboxControl(sandbox.endpoint());
        MotoDefaultVpc vpc = new MotoDefaultVpc(moto.endpoint());
        fromMoto = scenario(new SandboxClients(moto.endpoint()), vpc.subnetsInTwoZones().get(0), vpc.securityGroup(), d -> { });
        fromSandbox = scenario(new SandboxClients(sandbox.endpoint()), "subnet-0a11111111111111a", "sg-0123456789abcdef0",
                control::advance);
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
        if (moto != null) {
            moto.close();
        }
    }

    /** The calls both implementations support, in the order a client makes them; each answer kept by call name. */
    private static Map<String, SdkPojo> scenario(SandboxClients clients, String subnet, String securityGroup,
                                                 Consumer<Duration> wait) {
        Map<String, SdkPojo> out = new LinkedHashMap<>();
        try (EcsClient ecs = clients.ecs(); ApplicationAutoScalingClient scaling = clients.autoScaling()) {
            out.put("CreateCluster", ecs.createCluster(b -> b.clusterName("conf").tags(t -> t.key("team").value("a"))));
            out.put("ListClusters", ecs.listClusters());
            out.put("DescribeClusters", ecs.describeClusters(b -> b.clusters("conf").include(ClusterField.TAGS, ClusterField.SETTINGS)));
            out.put("RegisterTaskDefinition", ecs.registerTaskDefinition(b -> b.family("conf-app")
                    .networkMode(NetworkMode.AWSVPC).requiresCompatibilities(Compatibility.FARGATE).cpu("256").memory("512")
                    .containerDefinitions(c -> c.name("app").image("nginx:1.27").memory(512)
                            .portMappings(p -> p.containerPort(80)))));
            out.put("DescribeTaskDefinition", ecs.describeTaskDefinition(b -> b.taskDefinition("conf-app")));
            out.put("ListTaskDefinitions", ecs.listTaskDefinitions());
            out.put("CreateService", ecs.createService(b -> b.cluster("conf").serviceName("web").taskDefinition("conf-app")
                    .desiredCount(1).launchType(LaunchType.FARGATE)
                    .networkConfiguration(n -> n.awsvpcConfiguration(v -> v.subnets(subnet).securityGroups(securityGroup)))));
            out.put("UpdateService", ecs.updateService(b -> b.cluster("conf").service("web").desiredCount(2)));
            out.put("ListServices", ecs.listServices(b -> b.cluster("conf")));
            out.put("RunTask", ecs.runTask(b -> b.cluster("conf").taskDefinition("conf-app").launchType(LaunchType.FARGATE)
                    .startedBy("conformance")
                    .networkConfiguration(n -> n.awsvpcConfiguration(v -> v.subnets(subnet).securityGroups(securityGroup)))));
            wait.accept(Duration.ofMinutes(2));
            out.put("DescribeServices", ecs.describeServices(b -> b.cluster("conf").services("web").include(ServiceField.TAGS)));
            var tasks = ecs.listTasks(b -> b.cluster("conf"));
            out.put("ListTasks", tasks);
            out.put("DescribeTasks", ecs.describeTasks(b -> b.cluster("conf").tasks(tasks.taskArns()).include(TaskField.TAGS)));
            String task = tasks.taskArns().get(0);
            out.put("StopTask", ecs.stopTask(b -> b.cluster("conf").task(task).reason("conformance")));
            out.put("ListStoppedTasks", ecs.listTasks(b -> b.cluster("conf").desiredStatus(DesiredStatus.STOPPED)));
            String cluster = "arn:aws:ecs:us-east-1:123456789012:cluster/conf";
            out.put("TagResource", ecs.tagResource(b -> b.resourceArn(cluster).tags(t -> t.key("env").value("test"))));
            out.put("ListTagsForResource", ecs.listTagsForResource(b -> b.resourceArn(cluster)));
            out.put("RegisterScalableTarget", scaling.registerScalableTarget(b -> b.serviceNamespace(ServiceNamespace.ECS)
                    .resourceId("service/conf/web").scalableDimension(ScalableDimension.ECS_SERVICE_DESIRED_COUNT)
                    .minCapacity(1).maxCapacity(4)));
            out.put("DescribeScalableTargets", scaling.describeScalableTargets(b -> b.serviceNamespace(ServiceNamespace.ECS)));
            out.put("CreateExternalService", ecs.createService(b -> b.cluster("conf").serviceName("bg").desiredCount(2)
                    .launchType(LaunchType.FARGATE).deploymentController(c -> c.type(DeploymentControllerType.EXTERNAL))
                    .networkConfiguration(n -> n.awsvpcConfiguration(v -> v.subnets(subnet).securityGroups(securityGroup)))));
            var taskSet = ecs.createTaskSet(b -> b.cluster("conf").service("bg").taskDefinition("conf-app").externalId("blue")
                    .launchType(LaunchType.FARGATE).scale(x -> x.value(100.0).unit(ScaleUnit.PERCENT))
                    .networkConfiguration(n -> n.awsvpcConfiguration(v -> v.subnets(subnet).securityGroups(securityGroup))));
            out.put("CreateTaskSet", taskSet);
            out.put("UpdateServicePrimaryTaskSet", ecs.updateServicePrimaryTaskSet(b -> b.cluster("conf").service("bg")
                    .primaryTaskSet(taskSet.taskSet().taskSetArn())));
            out.put("DescribeTaskSets", ecs.describeTaskSets(b -> b.cluster("conf").service("bg")));
        }
        return out;
    }

    @Test
    void everyMemberMotoAnswersTheSandboxAnswersWithTheSameType() {
        assertThat(fromSandbox.keySet()).containsExactlyElementsOf(fromMoto.keySet());
        assertThat(Shapes.missing(fromMoto, fromSandbox, path -> MOTO_ONLY.stream().anyMatch(path::endsWith)))
                .as("members moto answers that the sandbox does not (call → member → type)").isEmpty();
    }

    @Test
    void sandboxTasksUseTodaysIdFormatAndServicesRunTheirTasks() {
        var tasks = (ListTasksResponse) fromSandbox.get("ListTasks");
        assertThat(tasks.taskArns()).as("two service tasks and one RunTask task").hasSize(3)
                .allMatch(a -> a.matches("arn:aws:ecs:us-east-1:123456789012:task/conf/[0-9a-f]{32}"));
    }

    @Test
    void bothRunATaskSetOfAnExternalServiceAsItsPrimary() {
        for (Map<String, SdkPojo> answers : List.of(fromMoto, fromSandbox)) {
            var sets = (DescribeTaskSetsResponse) answers.get("DescribeTaskSets");
            assertThat(sets.taskSets()).singleElement().satisfies(t -> {
                assertThat(t.status()).isEqualTo("PRIMARY");
                assertThat(t.taskSetArn()).startsWith("arn:aws:ecs:us-east-1:123456789012:task-set/conf/bg/");
                assertThat(t.scale().value()).isEqualTo(100.0);
                assertThat(t.externalId()).isEqualTo("blue");
            });
        }
    }

    @Test
    void arnsHaveAwsFormInBoth() {
        for (Map<String, SdkPojo> answers : List.of(fromMoto, fromSandbox)) {
            var service = (DescribeServicesResponse) answers.get("DescribeServices");
            assertThat(service.services().get(0).serviceArn()).isEqualTo("arn:aws:ecs:us-east-1:123456789012:service/conf/web");
            assertThat(service.services().get(0).clusterArn()).isEqualTo("arn:aws:ecs:us-east-1:123456789012:cluster/conf");
            assertThat(service.services().get(0).deployments().get(0).id()).matches("ecs-svc/\\d+");
            var tasks = (ListTasksResponse) answers.get("ListTasks");
            var run = (RunTaskResponse) answers.get("RunTask");
            assertThat(tasks.taskArns()).contains(run.tasks().get(0).taskArn())
                    .allMatch(a -> a.matches("arn:aws:ecs:us-east-1:123456789012:task/conf/[0-9a-f-]{32,36}"));
            var td = (RegisterTaskDefinitionResponse) answers.get("RegisterTaskDefinition");
            assertThat(td.taskDefinition().taskDefinitionArn()).isEqualTo("arn:aws:ecs:us-east-1:123456789012:task-definition/conf-app:1");
            var stopped = (ListTasksResponse) answers.get("ListStoppedTasks");
            assertThat(stopped.taskArns()).hasSize(1);
            var targets = (DescribeScalableTargetsResponse)
                    answers.get("DescribeScalableTargets");
            assertThat(targets.scalableTargets()).singleElement().satisfies(t -> {
                assertThat(t.resourceId()).isEqualTo("service/conf/web");
                assertThat(t.minCapacity()).isEqualTo(1);
            });
        }
    }
}
