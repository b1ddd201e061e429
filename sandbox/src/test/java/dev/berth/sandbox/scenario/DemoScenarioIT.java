package dev.berth.sandbox.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.sandbox.RunningSandbox;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxClients;
import dev.berth.sandbox.SandboxControl;
import dev.berth.sandbox.SandboxOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;
import software.amazon.awssdk.services.applicationautoscaling.model.ServiceNamespace;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ContainerInstance;
import software.amazon.awssdk.services.ecs.model.Deployment;
import software.amazon.awssdk.services.ecs.model.DesiredStatus;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.Resource;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.ServiceEvent;
import software.amazon.awssdk.services.ecs.model.ServiceField;
import software.amazon.awssdk.services.ecs.model.Task;

class DemoScenarioIT {
    private static final Instant START = Instant.parse("2025-03-12T09:30:00Z");
    private static RunningSandbox sandbox;
    private static EcsClient ecs;
    private static ApplicationAutoScalingClient scaling;
    private static SandboxControl control;

    @BeforeAll
    static void start() {
        sandbox = RunningSandbox.start(demo(42));
        ecs = sandbox.ecs();
        scaling = sandbox.scaling();
        control = sandbox.control();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static SandboxOptions demo(long seed) {
        return SandboxOptions.defaults().withSeed(seed).withStart(START).withSpeed(0.001);
    }

    private static List<Task> stoppedTasks(String cluster, String service) {
        List<String> arns = ecs.listTasks(b -> b.cluster(cluster).serviceName(service).desiredStatus(DesiredStatus.STOPPED))
                .taskArns();
        return arns.isEmpty() ? List.of() : ecs.describeTasks(b -> b.cluster(cluster).tasks(arns)).tasks();
    }

    @Test
    void threeClustersOfTaggedServices() {
        assertThat(ecs.listClusters().clusterArns()).extracting(a -> a.substring(a.lastIndexOf('/') + 1))
                .containsExactly("batch-ec2", "prod", "staging");
        List<String> prod = ecs.listServices(b -> b.cluster("prod").maxResults(100)).serviceArns();
        assertThat(prod).hasSizeGreaterThanOrEqualTo(6);
        List<Service> services = ecs.describeServices(b -> b.cluster("prod").services(prod).include(ServiceField.TAGS)).services();
        assertThat(services).allSatisfy(s -> assertThat(s.tags()).extracting(t -> t.key()).contains("team", "env"));
        Service web = services.stream().filter(s -> s.serviceName().equals("web")).findFirst().orElseThrow();
        assertThat(web.runningCount()).isEqualTo(3);
        assertThat(web.events().get(0).message()).isEqualTo("(service web) has reached a steady state.");
    }

    @Test
    void historyAlreadyHoldsEachKindOfStoppedTask() {
        List<Task> worker = stoppedTasks("prod", "notifications-worker");
        assertThat(worker).isNotEmpty().allSatisfy(t -> {
            assertThat(t.stopCodeAsString()).isEqualTo("EssentialContainerExited");
            assertThat(t.stoppedReason()).isEqualTo("Essential container in task exited");
            assertThat(t.containers().get(0).exitCode()).isEqualTo(1);
        });
        assertThat(stoppedTasks("staging", "orders-api")).isNotEmpty().anySatisfy(t -> {
            assertThat(t.containers().get(0).exitCode()).isEqualTo(137);
            assertThat(t.containers().get(0).reason()).isEqualTo("OutOfMemoryError: Container killed due to memory usage");
        });
        assertThat(stoppedTasks("staging", "reports-api")).isNotEmpty().allSatisfy(t -> {
            assertThat(t.stopCodeAsString()).isEqualTo("TaskFailedToStart");
            assertThat(t.stoppedReason()).startsWith("CannotPullContainerError: ").contains("reports-api:2.0.0-rc3");
        });
        Service worker2 = ecs.describeServices(b -> b.cluster("prod").services("notifications-worker")).services().get(0);
        assertThat(worker2.events()).extracting(ServiceEvent::message).contains("(service notifications-worker) is unable "
                + "to consistently start tasks successfully. For more information, see the Troubleshooting section of the "
                + "Amazon ECS Developer Guide.");
    }

    @Test
    void paymentsDeploymentFailsWithinMinutesRollsBackAndDoesSoAgainWhenRepeated() {
        assertThat(rollbackOf("payments-api:2")).isTrue();
        ecs.updateService(b -> b.cluster("prod").service("payments-api").taskDefinition("payments-api:2"));
        assertThat(rollbackOf("payments-api:2")).as("repeatable by UpdateService to the bad revision").isTrue();
        var history = ecs.listServiceDeployments(b -> b.cluster("prod").service("payments-api")).serviceDeployments();
        assertThat(history).extracting(h -> h.statusAsString())
                .startsWith("ROLLBACK_SUCCESSFUL", "ROLLBACK_SUCCESSFUL").contains("SUCCESSFUL");
    }

    /** Steps up to ten minutes until a deployment of {@code revision} has FAILED and the service runs revision 1 again. */
    private static boolean rollbackOf(String revision) {
        boolean sawFailure = false;
        for (int step = 0; step < 120; step++) {
            control.advance(Duration.ofSeconds(5));
            Service s = ecs.describeServices(b -> b.cluster("prod").services("payments-api")).services().get(0);
            for (Deployment d : s.deployments()) {
                sawFailure |= d.taskDefinition().endsWith(revision) && "FAILED".equals(d.rolloutStateAsString());
            }
            if (sawFailure && s.deployments().size() == 1 && "COMPLETED".equals(s.deployments().get(0).rolloutStateAsString())) {
                assertThat(s.taskDefinition()).endsWith("payments-api:1");
                assertThat(s.events()).extracting(ServiceEvent::message)
                        .anyMatch(m -> m.matches("\\(service payments-api\\) \\(deployment ecs-svc/\\d{19}\\) deployment failed: tasks failed to start\\."))
                        .anyMatch(m -> m.matches("\\(service payments-api\\) rolling back to deployment ecs-svc/\\d{19}\\."));
                return true;
            }
        }
        return false;
    }

    @Test
    void targetTrackingHasAlreadyScaledCheckout() {
        var activities = scaling.describeScalingActivities(b -> b.serviceNamespace(ServiceNamespace.ECS)
                .resourceId("service/prod/checkout-api")).scalingActivities();
        assertThat(activities).isNotEmpty();
        assertThat(activities).anySatisfy(a -> assertThat(a.cause()).startsWith("monitor alarm TargetTracking-service/prod/checkout-api-AlarmHigh-")
                .endsWith(" in state ALARM triggered policy checkout-api-cpu-target"));
        assertThat(ecs.describeServices(b -> b.cluster("prod").services("checkout-api")).services().get(0).desiredCount())
                .isGreaterThan(2);
        assertThat(scaling.describeScalableTargets(b -> b.serviceNamespace(ServiceNamespace.ECS)).scalableTargets())
                .singleElement().satisfies(t -> assertThat(t.maxCapacity()).isEqualTo(8));
    }

    @Test
    void ec2ClusterRunsOnContainerInstancesWithRealCapacityAccountingAndOneAgentDisconnected() {
        List<String> arns = ecs.listContainerInstances(b -> b.cluster("batch-ec2")).containerInstanceArns();
        assertThat(arns).hasSize(4)
                .allMatch(a -> a.matches("arn:aws:ecs:us-east-1:123456789012:container-instance/batch-ec2/[0-9a-f]{32}"));
        List<ContainerInstance> instances = ecs.describeContainerInstances(b -> b.cluster("batch-ec2").containerInstances(arns))
                .containerInstances();
        int usedCpu = 0;
        int tasks = 0;
        for (ContainerInstance i : instances) {
            assertThat(i.status()).isEqualTo("ACTIVE");
            assertThat(i.versionInfo().agentVersion()).isNotBlank();
            assertThat(i.ec2InstanceId()).matches("i-0[0-9a-f]{16}");
            usedCpu += cpu(i.registeredResources()) - cpu(i.remainingResources());
            tasks += i.runningTasksCount();
        }
        assertThat(instances).filteredOn(i -> !i.agentConnected()).as("one agent lost its connection").hasSize(1);
        assertThat(tasks).as("etl-worker 3 + ledger-sync 1").isEqualTo(4);
        assertThat(usedCpu).isEqualTo(3 * 512 + 256);
        List<String> taskArns = ecs.listTasks(b -> b.cluster("batch-ec2").serviceName("ledger-sync")).taskArns();
        Task ledger = ecs.describeTasks(b -> b.cluster("batch-ec2").tasks(taskArns)).tasks().get(0);
        assertThat(arns).contains(ledger.containerInstanceArn());
        assertThat(ledger.containers().get(0).networkBindings()).singleElement()
                .satisfies(nb -> assertThat(nb.hostPort()).isGreaterThanOrEqualTo(32768));
        assertThat(ecs.listTasks(b -> b.cluster("batch-ec2").containerInstance(ledger.containerInstanceArn())).taskArns())
                .contains(ledger.taskArn());

        var missing = ecs.describeContainerInstances(b -> b.cluster("batch-ec2").containerInstances("0123456789abcdef0123456789abcdef"));
        assertThat(missing.failures()).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo("MISSING"));
        List<String> tooMany = IntStream.range(0, 101).mapToObj(i -> String.format("%032x", i)).toList();
        assertThatThrownBy(() -> ecs.describeContainerInstances(b -> b.cluster("batch-ec2").containerInstances(tooMany)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("instanceIds can have at most 100 items.");
    }

    @Test
    void aStagingSpotTaskWasInterruptedAndReplaced() {
        assertThat(stoppedTasks("staging", "web")).anySatisfy(t -> {
            assertThat(t.stopCodeAsString()).isEqualTo("SpotInterruption");
            assertThat(t.stoppedReason()).isEqualTo("Your Spot Task was interrupted.");
            assertThat(t.capacityProviderName()).isEqualTo("FARGATE_SPOT");
        });
        assertThat(ecs.describeServices(b -> b.cluster("staging").services("web")).services().get(0).runningCount()).isEqualTo(1);
    }

    @Test
    void checkoutMixesFargateAndSpotAndTalksThroughServiceConnect() {
        Service checkout = ecs.describeServices(b -> b.cluster("prod").services("checkout-api")).services().get(0);
        assertThat(checkout.capacityProviderStrategy()).extracting(c -> c.capacityProvider() + " w" + c.weight() + " b" + c.base())
                .containsExactly("FARGATE w1 b1", "FARGATE_SPOT w2 b0");
        assertThat(checkout.launchType()).isNull();
        List<String> arns = ecs.listTasks(b -> b.cluster("prod").serviceName("checkout-api")).taskArns();
        assertThat(ecs.describeTasks(b -> b.cluster("prod").tasks(arns)).tasks()).extracting(Task::capacityProviderName)
                .as("the base task runs on FARGATE").contains("FARGATE");
        var connect = checkout.deployments().get(0).serviceConnectConfiguration();
        assertThat(connect.enabled()).isTrue();
        assertThat(connect.namespace()).isEqualTo("prod.internal");
        assertThat(connect.services().get(0).clientAliases().get(0).dnsName()).isEqualTo("checkout.prod.internal");
    }

    @Test
    void storefrontRunsBlueAndGreenTaskSetsBehindA90To10Split() {
        control.advance(Duration.ofMinutes(1));
        Service storefront = ecs.describeServices(b -> b.cluster("prod").services("storefront")).services().get(0);
        assertThat(storefront.deploymentController().typeAsString()).isEqualTo("EXTERNAL");
        assertThat(storefront.deployments()).isEmpty();
        assertThat(storefront.taskDefinition()).endsWith("storefront:1");
        assertThat(storefront.taskSets()).extracting(t -> t.status() + " " + t.taskDefinition().replaceAll(".*/", "") + " "
                        + t.computedDesiredCount() + " " + t.runningCount() + " " + t.stabilityStatusAsString())
                .containsExactlyInAnyOrder("PRIMARY storefront:1 2 2 STEADY_STATE", "ACTIVE storefront:2 2 2 STEADY_STATE");
        assertThat(storefront.taskSets()).allSatisfy(t -> assertThat(t.scale().value()).isEqualTo(100.0));
        try (var elb = sandbox.clients().elb()) {
            String lb = elb.describeLoadBalancers(b -> b.names("prod-web")).loadBalancers().get(0).loadBalancerArn();
            var split = elb.describeListeners(b -> b.loadBalancerArn(lb)).listeners().stream().filter(l -> l.port() == 8080)
                    .findFirst().orElseThrow().defaultActions().get(0).forwardConfig().targetGroups();
            assertThat(split).extracting(t -> t.targetGroupArn().replaceAll(".*targetgroup/([^/]+)/.*", "$1") + "=" + t.weight())
                    .containsExactly("prod-storefront-blue=90", "prod-storefront-green=10");
        }
    }

    @Test
    void catalogFailsItsHealthChecksSoEcsKeepsReplacingItsTasksWhileWebIsHealthy() {
        try (var elb = sandbox.clients().elb()) {
            var groups = elb.describeTargetGroups(b -> b.names("prod-catalog", "prod-web")).targetGroups();
            var catalog = elb.describeTargetHealth(b -> b.targetGroupArn(groups.get(0).targetGroupArn())).targetHealthDescriptions();
            assertThat(catalog).isNotEmpty().allSatisfy(t -> assertThat(t.targetHealth().stateAsString())
                    .isIn("initial", "unhealthy", "draining"));
            var web = elb.describeTargetHealth(b -> b.targetGroupArn(groups.get(1).targetGroupArn())).targetHealthDescriptions();
            assertThat(web).hasSize(3).allSatisfy(t -> assertThat(t.targetHealth().stateAsString()).isEqualTo("healthy"));
        }
        assertThat(stoppedTasks("prod", "catalog-api")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.stoppedReason()).startsWith("Task failed ELB health checks in (target-group "));
    }

    @Test
    void cloudMapKeepsARecordOfAStoppedOrdersTaskAndMarksCatalogUnhealthy() {
        try (var discovery = sandbox.clients().discovery()) {
            var services = discovery.listServices().services();
            assertThat(services).extracting(s -> s.name() + " " + s.dnsConfig().dnsRecords().get(0).typeAsString() + " "
                    + s.dnsConfig().dnsRecords().get(0).ttl()).containsExactlyInAnyOrder("orders A 10", "payments SRV 60", "catalog A 10");
            String orders = services.stream().filter(s -> s.name().equals("orders")).findFirst().orElseThrow().id();
            List<String> running = ecs.listTasks(b -> b.cluster("prod").serviceName("orders-api")).taskArns().stream()
                    .map(a -> a.substring(a.lastIndexOf('/') + 1)).toList();
            var instances = discovery.listInstances(b -> b.serviceId(orders)).instances();
            assertThat(instances).hasSize(3);
            assertThat(instances).filteredOn(i -> !running.contains(i.id())).singleElement()
                    .satisfies(i -> assertThat(stoppedTasks("prod", "orders-api")).extracting(Task::taskArn)
                            .anyMatch(a -> a.endsWith(i.id())));
            String catalog = services.stream().filter(s -> s.name().equals("catalog")).findFirst().orElseThrow().id();
            assertThat(discovery.getInstancesHealthStatus(b -> b.serviceId(catalog)).statusAsStrings().values())
                    .isNotEmpty().containsOnly("UNHEALTHY");
        }
    }

    @Test
    void paymentsKeepsReceiptsOnEfsAndReadsSecretsByReference() {
        var td = ecs.describeTaskDefinition(b -> b.taskDefinition("payments-api:1")).taskDefinition();
        assertThat(td.volumes()).extracting(v -> v.name()).containsExactly("receipts", "scratch");
        var efs = td.volumes().get(0).efsVolumeConfiguration();
        assertThat(efs.transitEncryptionAsString()).isEqualTo("ENABLED");
        assertThat(efs.authorizationConfig().accessPointId()).startsWith("fsap-");
        var container = td.containerDefinitions().get(0);
        assertThat(container.mountPoints()).extracting(m -> m.sourceVolume() + ":" + m.containerPath())
                .contains("receipts:/var/lib/payments/receipts");
        assertThat(container.secrets()).extracting(x -> x.name()).containsExactly("DB_PASSWORD", "STRIPE_API_KEY");
        assertThat(container.secrets().get(0).valueFrom()).startsWith("arn:aws:secretsmanager:");
        assertThat(td.executionRoleArn()).endsWith(":role/ecsTaskExecutionRole");
        assertThat(td.taskRoleArn()).endsWith(":role/payments-api-task");
    }

    @Test
    void theSearchCpuAlarmIsInAlarmAndTheOthersAreOk() {
        control.advance(Duration.ofSeconds(5));
        try (var cloudWatch = sandbox.clients().cloudWatch()) {
            assertThat(cloudWatch.describeAlarms().metricAlarms())
                    .extracting(a -> a.alarmName() + " " + a.stateValueAsString())
                    .contains("prod-search-api-cpu-high ALARM", "prod-web-cpu-high OK", "prod-orders-api-memory-high OK");
        }
    }

    private static int cpu(List<Resource> resources) {
        return resources.stream().filter(r -> r.name().equals("CPU")).findFirst().orElseThrow().integerValue();
    }

    @Test
    void runningContainersWriteAccessJsonAndStackTraceLinesToTheirStreams() {
        control.advance(Duration.ofMinutes(1));
        JsonNode streams = control.logStreams("us-east-1");
        List<String> webTasks = ecs.listTasks(b -> b.cluster("prod").serviceName("web")).taskArns();
        for (String arn : webTasks) {
            JsonNode s = stream(streams, "/ecs/prod/web", "ecs/web/" + arn.substring(arn.lastIndexOf('/') + 1));
            assertThat(s.get("lines").asInt()).isGreaterThan(4);
        }
        assertThat(lastMessages(streams, "/ecs/prod/web"))
                .anyMatch(m -> m.matches("10\\.0\\.\\d+\\.\\d+ - - \\[.+\\] \"(GET|POST) /.* HTTP/1\\.1\" \\d{3} \\d+ \"-\" \".+\""));
        assertThat(lastMessages(streams, "/ecs/prod/orders-api"))
                .anyMatch(m -> m.matches("\\{\"@timestamp\":\"[^\"]+\",\"level\":\"(INFO|WARN|ERROR)\",.*\"message\":\".+\"}"));
        assertThat(lastMessages(streams, "/ecs/prod/notifications-worker"))
                .anyMatch(m -> m.startsWith("\t... ") && m.endsWith("common frames omitted"));
    }

    @Test
    void ecsMetricsHaveThreeHoursOfHistoryAndContainerInsightsOnlyWhereEnabled() {
        JsonNode metrics = control.metrics("us-east-1");
        JsonNode webCpu = series(metrics, "AWS/ECS", "CPUUtilization", "prod", "web");
        assertThat(webCpu.get("datapoints").asInt()).isGreaterThanOrEqualTo(180);
        assertThat(Instant.parse(webCpu.get("first").asText())).isBeforeOrEqualTo(START.minus(Duration.ofMinutes(179)));
        assertThat(webCpu.get("unit").asText()).isEqualTo("Percent");
        assertThat(series(metrics, "AWS/ECS", "CPUUtilization", "prod", "search-api").get("lastAverage").asDouble())
                .as("the hot service").isGreaterThan(75);
        assertThat(series(metrics, "AWS/ECS", "MemoryUtilization", "prod", null).get("datapoints").asInt()).isGreaterThanOrEqualTo(180);
        for (String name : List.of("CpuUtilized", "MemoryUtilized", "RunningTaskCount")) {
            assertThat(series(metrics, "ECS/ContainerInsights", name, "prod", "orders-api").get("datapoints").asInt()).isPositive();
        }
        assertThat(metrics).noneMatch(m -> m.get("namespace").asText().equals("ECS/ContainerInsights")
                && m.get("dimensions").path("ClusterName").asText().equals("staging"));
    }

    @Test
    void theSameSeedTellsTheSameStoryAndAnotherSeedAnother() {
        try (Sandbox one = Sandbox.start(demo(42)); Sandbox twin = Sandbox.start(demo(42)); Sandbox other = Sandbox.start(demo(7))) {
            try (EcsClient oneEcs = new SandboxClients(one.endpoint()).ecs();
                 EcsClient twinEcs = new SandboxClients(twin.endpoint()).ecs();
                 EcsClient otherEcs = new SandboxClients(other.endpoint()).ecs()) {
                List<String> story = story(oneEcs);
                assertThat(story).hasSizeGreaterThan(10);
                assertThat(story(twinEcs)).isEqualTo(story);
                assertThat(story(otherEcs)).isNotEqualTo(story);
            }
        }
    }

    /** Ids of the start: staging's tasks (running and stopped) and its services' first deployments. */
    private static List<String> story(EcsClient client) {
        List<String> out = new ArrayList<>();
        out.addAll(client.listTasks(b -> b.cluster("staging")).taskArns());
        out.addAll(client.listTasks(b -> b.cluster("staging").desiredStatus(DesiredStatus.STOPPED)).taskArns());
        client.describeServices(b -> b.cluster("staging").services("web", "reports-api", "orders-api")).services()
                .forEach(s -> out.add(s.deployments().get(0).id()));
        return out;
    }

    private static JsonNode stream(JsonNode streams, String group, String name) {
        for (JsonNode s : streams) {
            if (s.get("logGroupName").asText().equals(group) && s.get("logStreamName").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no stream " + name + " in " + group);
    }

    private static List<String> lastMessages(JsonNode streams, String group) {
        List<String> out = new ArrayList<>();
        streams.forEach(s -> {
            if (s.get("logGroupName").asText().equals(group) && s.hasNonNull("lastMessage")) {
                out.add(s.get("lastMessage").asText());
            }
        });
        return out;
    }

    private static JsonNode series(JsonNode metrics, String namespace, String name, String cluster, String service) {
        for (JsonNode m : metrics) {
            JsonNode dims = m.get("dimensions");
            if (m.get("namespace").asText().equals(namespace) && m.get("metricName").asText().equals(name)
                    && dims.path("ClusterName").asText().equals(cluster)
                    && (service == null ? !dims.has("ServiceName") : dims.path("ServiceName").asText().equals(service))) {
                return m;
            }
        }
        throw new AssertionError("no series " + namespace + " " + name + " " + cluster + "/" + service);
    }
}
