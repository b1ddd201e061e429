package dev.berth.core.it;

import static dev.berth.core.it.WatchersIT.first;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.berth.core.Session;
import dev.berth.core.config.BerthConfig;
import dev.berth.core.config.Pacing;
import dev.berth.core.model.Alarm;
import dev.berth.core.model.CostEstimate;
import dev.berth.core.model.Discovery;
import dev.berth.core.model.DiscoveryInstance;
import dev.berth.core.model.DiscoveryRegistry;
import dev.berth.core.model.LoadBalancing;
import dev.berth.core.model.Rightsizing;
import dev.berth.core.model.SecretNames;
import dev.berth.core.model.Service;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetHealth;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskSet;
import dev.berth.core.model.Volume;
import dev.berth.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The slices of what surrounds a service, against the demo sandbox over HTTP with the real SDK. */
class SurroundingsIT {
    @RegisterExtension
    static final SandboxSessions sandbox = new SandboxSessions(SandboxOptions.defaults().withScenario("demo").withSpeed(10));

    private static Session session;

    /** Quick paces, so waiting for a fresh account-wide alarm sweep takes seconds, not the default half minute. */
    private static synchronized Session session() {
        if (session == null) {
            session = sandbox.open(new BerthConfig(null, new Pacing(Duration.ofSeconds(1), Duration.ofSeconds(3), null, null,
                    null, Duration.ofSeconds(5)), null, null, null, null), false);
        }
        return session;
    }

    @Test
    void theWebFrontsTargetsAreHealthyAndEachStandsBesideItsTask() {
        LoadBalancing lb = first(session().loadBalancing("prod", "web"), l -> l.targetGroups().size() == 1
                && l.targetGroups().get(0).targets().size() == 3
                && l.targetGroups().get(0).targets().stream().allMatch(t -> t.healthy() && t.taskId() != null));
        assertThat(lb.healthCheckGracePeriodSeconds()).isEqualTo(30);
        TargetGroup group = lb.targetGroups().get(0);
        assertThat(group.name()).isEqualTo("prod-web");
        assertThat(group.healthCheck().path()).isEqualTo("/healthz");
        assertThat(group.healthCheck().intervalSeconds()).isEqualTo(10);
        assertThat(group.healthCheck().healthyThreshold()).isEqualTo(2);
        assertThat(group.healthCheck().unhealthyThreshold()).isEqualTo(3);
        assertThat(group.trafficPercent()).isEqualTo(100);
        assertThat(lb.loadBalancers()).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("prod-web");
            assertThat(b.scheme()).isEqualTo("internet-facing");
            assertThat(b.state()).isEqualTo("active");
        });
        List<Task> running = first(session().tasks("prod", "web"), l -> l.stream().filter(Task::running).count() == 3)
                .stream().filter(Task::running).toList();
        for (Task t : running) {
            assertThat(lb.targetsOf(t.id())).singleElement().satisfies(h -> assertThat(h.targetId()).isEqualTo(t.privateIp()));
        }
    }

    @Test
    void theCatalogsTargetsFailTheirChecksWithElbsReason() {
        LoadBalancing lb = first(session().loadBalancing("prod", "catalog-api"),
                l -> l.targetGroups().stream().anyMatch(g -> !g.unhealthyTargets().isEmpty()));
        TargetHealth bad = lb.targetGroups().get(0).unhealthyTargets().get(0);
        assertThat(bad.reason()).isEqualTo("Target.ResponseCodeMismatch");
        assertThat(bad.description()).isEqualTo("Health checks failed with these codes: [502]");
        assertThat(lb.loadBalancers()).singleElement().satisfies(b -> assertThat(b.scheme()).isEqualTo("internal"));
    }

    @Test
    void theStorefrontsTaskSetsSplitTrafficNinetyToTen() {
        Service storefront = first(session().service("prod", "storefront"), s -> s.taskSets().size() == 2);
        assertThat(storefront.deploymentController()).isEqualTo("EXTERNAL");
        TaskSet blue = storefront.primaryTaskSet();
        assertThat(blue.revision()).isEqualTo("storefront:1");
        TaskSet green = storefront.taskSets().stream().filter(t -> !t.primary()).findFirst().orElseThrow();
        assertThat(green.status()).isEqualTo("ACTIVE");
        assertThat(green.scalePercent()).isEqualTo(100.0);
        LoadBalancing lb = first(session().loadBalancing("prod", "storefront"), l -> l.targetGroups().size() == 2);
        assertThat(lb.trafficPercent(blue)).isEqualTo(90);
        assertThat(lb.trafficPercent(green)).isEqualTo(10);
    }

    @Test
    void ordersStillHasARecordOfAStoppedTask() {
        Discovery d = first(session().discovery("prod", "orders-api"), x -> !x.staleInstances().isEmpty());
        DiscoveryRegistry orders = d.registries().get(0);
        assertThat(orders.hostname()).isEqualTo("orders.prod.internal");
        assertThat(orders.records()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo("A");
            assertThat(r.ttlSeconds()).isEqualTo(10);
        });
        assertThat(orders.customHealthCheck()).isTrue();
        assertThat(orders.namespace().type()).isEqualTo("DNS_PRIVATE");
        DiscoveryInstance stale = d.staleInstances().get(0);
        assertThat(stale.health()).as("its last report stands").isEqualTo("HEALTHY");
        List<Task> tasks = first(session().tasks("prod", "orders-api"), l -> l.stream().anyMatch(Task::stopped));
        assertThat(tasks).filteredOn(t -> t.id().equals(stale.taskId())).singleElement()
                .satisfies(t -> assertThat(t.stopped()).isTrue());
        assertThat(orders.instances()).filteredOn(i -> !d.pointsNowhere(i)).hasSize(2);
        assertThat(d.serviceConnect()).isNull();
    }

    @Test
    void checkoutTalksThroughServiceConnectAndRunsPartlyOnSpot() {
        Discovery d = first(session().discovery("prod", "checkout-api"), x -> x.serviceConnect() != null);
        assertThat(d.registries()).isEmpty();
        assertThat(d.serviceConnect().namespace()).isEqualTo("prod.internal");
        assertThat(d.serviceConnect().endpoints()).singleElement().satisfies(e -> {
            assertThat(e.discoveryName()).isEqualTo("checkout");
            assertThat(e.clientAliases()).singleElement().satisfies(a -> assertThat(a.dnsName() + ":" + a.port())
                    .isEqualTo("checkout.prod.internal:8080"));
        });
        Service checkout = first(session().service("prod", "checkout-api"), Objects::nonNull);
        assertThat(checkout.capacityProviders()).extracting(c -> c.provider() + " " + c.weight() + " " + c.base())
                .containsExactly("FARGATE 1 1", "FARGATE_SPOT 2 0");
    }

    @Test
    void alarmsOnAServiceAndOnTheCluster() {
        List<Alarm> search = first(session().alarms("prod", "search-api"), l -> l.size() == 1 && l.get(0).firing());
        assertThat(search.get(0).name()).isEqualTo("prod-search-api-cpu-high");
        assertThat(search.get(0).metricName()).isEqualTo("CPUUtilization");
        assertThat(search.get(0).threshold()).isEqualTo(80.0);
        assertThat(first(session().alarms("prod", "web"), l -> !l.isEmpty())).singleElement()
                .satisfies(a -> assertThat(a.state()).isIn("OK", "INSUFFICIENT_DATA"));
        assertThat(first(session().alarms("prod", null), l -> l.size() == 3)).extracting(Alarm::name)
                .containsExactlyInAnyOrder("prod-search-api-cpu-high", "prod-web-cpu-high", "prod-orders-api-memory-high");
    }

    @Test
    void costFollowsTaskSizeCountAndSpotShareWithARightsizingHint() {
        CostEstimate web = first(session().cost("prod", "web"), c -> c.runningTasks() == 3);
        assertThat(web.estimated()).isTrue();
        assertThat(web.cpuUnits()).isEqualTo(256);
        assertThat(web.memoryMiB()).isEqualTo(512);
        assertThat(web.monthlyOnDemand()).isCloseTo(27.03, within(0.01));
        assertThat(web.priceSource()).isEqualTo("https://aws.amazon.com/fargate/pricing/");
        assertThat(web.rightsizing().verdict()).as("three hours of metrics").isNotEqualTo(Rightsizing.Verdict.NO_DATA);
        assertThat(web.rightsizing().cpuPeakPercent()).isBetween(1.0, 100.0);

        CostEstimate spot = first(session().cost("staging", "web"), c -> c.runningTasks() == 1);
        assertThat(spot.spotTasks()).isEqualTo(1);
        assertThat(spot.monthlyOnDemand()).isZero();
        assertThat(spot.monthlySpot()).isPositive().isLessThan(web.monthlyOnDemand() / 3);

        CostEstimate ec2 = first(session().cost("batch-ec2", "etl-worker"), Objects::nonNull);
        assertThat(ec2.estimated()).isFalse();
        assertThat(ec2.note()).contains("EC2");
    }

    @Test
    void tasksAndDefinitionsCarryNetworkStorageRolesAndSecretsByReference() {
        List<Task> web = first(session().tasks("prod", "web"), l -> l.stream().anyMatch(Task::running));
        assertThat(web).filteredOn(Task::running).allSatisfy(t -> {
            assertThat(t.networkInterfaceId()).matches("eni-[0-9a-f]{17}");
            assertThat(t.subnetId()).startsWith("subnet-");
            assertThat(t.availabilityZone()).startsWith("us-east-1");
        });
        TaskDefinition payments = session().taskDefinition("payments-api:1").blockingGet();
        assertThat(payments.networkMode()).isEqualTo("awsvpc");
        assertThat(payments.executionRoleArn()).endsWith(":role/ecsTaskExecutionRole");
        assertThat(payments.taskRoleArn()).endsWith(":role/payments-api-task");
        assertThat(payments.volumes()).extracting(Volume::kind).containsExactly(Volume.Kind.EFS, Volume.Kind.BIND);
        assertThat(payments.volumes().get(0).efs().accessPointId()).startsWith("fsap-");
        assertThat(payments.volumes().get(0).efs().transitEncryption()).isTrue();
        var container = payments.containers().get(0);
        assertThat(container.mountPoints()).extracting(m -> m.sourceVolume() + ":" + m.containerPath())
                .contains("receipts:/var/lib/payments/receipts");
        assertThat(container.secrets()).containsKeys("DB_PASSWORD", "STRIPE_API_KEY");
        assertThat(container.maskedEnvironment()).containsEntry("PAYMENTS_API_TOKEN", SecretNames.MASK)
                .containsEntry("LEDGER_URL", "http://ledger-sync.batch.internal:8080");
        assertThat(container.reveal("PAYMENTS_API_TOKEN")).startsWith("sandbox-token-");
        assertThat(payments.maskedJson()).doesNotContain("sandbox-token-").contains("PAYMENTS_API_TOKEN");
        TaskDefinition etl = session().taskDefinition("etl-worker:1").blockingGet();
        assertThat(etl.volumes()).extracting(v -> v.name() + " " + v.kind()).containsExactly("scratch BIND", "cache DOCKER");
        assertThat(etl.volumes().get(0).hostPath()).isEqualTo("/mnt/scratch");
    }
}
