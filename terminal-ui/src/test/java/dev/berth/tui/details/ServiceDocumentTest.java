package dev.berth.tui.details;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.model.CapacityProviderShare;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.HealthCheckSettings;
import dev.berth.core.model.LoadBalancerRef;
import dev.berth.core.model.LoadBalancing;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskSet;
import dev.berth.core.watch.Problem;
import dev.berth.core.watch.Snapshot;
import dev.berth.tui.support.Fixtures;
import dev.berth.tui.support.Surroundings;
import dev.berth.tui.ui.Document;
import dev.berth.tui.ui.StyledLine;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service details page rendered from fixture snapshots: what an operator reads in each section. */
class ServiceDocumentTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final String HEALTHY = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private static final String FAILING = "1b2c3d4e5f60718293a4b5c6d7e8f90a";
    private static final String STOPPED = "2c3d4e5f60718293a4b5c6d7e8f90a1b";

    private static ServicePicture web(Service service, Snapshot<LoadBalancing> lb) {
        List<Task> tasks = List.of(Fixtures.task("demo", "web", HEALTHY, "RUNNING", null, null, null, NOW),
                Fixtures.task("demo", "web", FAILING, "RUNNING", null, null, null, NOW),
                Fixtures.task("demo", "web", STOPPED, "STOPPED", 137, "EssentialContainerExited", "Essential container in task exited", NOW));
        return new ServicePicture("demo", "web", Snapshot.of(service, NOW), Snapshot.of(tasks, NOW),
                Snapshot.of(Surroundings.webDefinition(NOW), NOW), lb,
                Snapshot.of(Surroundings.webDiscovery(List.of(HEALTHY, FAILING), STOPPED), NOW),
                Snapshot.of(Surroundings.webAlarms(NOW), NOW), Snapshot.of(Surroundings.webCost(), NOW),
                Snapshot.of(new ServiceMetrics("demo", "web", List.of(), List.of()), NOW),
                Snapshot.of(new Cluster("arn:aws:ecs:us-east-1:123456789012:cluster/demo", "demo", "ACTIVE", 3, 5, 0, 0, true, Map.of()), NOW));
    }

    private static ServicePicture web() {
        return web(Fixtures.service("demo", "web", 2, 2, "COMPLETED", NOW),
                Snapshot.of(Surroundings.webBalancing(HEALTHY, FAILING), NOW));
    }

    private static List<String> text(Document d) {
        return d.lines().stream().map(StyledLine::text).toList();
    }

    private static List<String> section(Document d, String name) {
        List<Document.Section> s = d.sections();
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).name().equals(name)) {
                int end = i + 1 < s.size() ? s.get(i + 1).line() : d.lines().size();
                return text(d).subList(s.get(i).line(), end);
            }
        }
        throw new AssertionError("no section " + name);
    }

    @Test
    void sectionsComeInTheOrderAnOperatorReadsThem() {
        assertThat(ServiceDocument.of(web(), NOW).sections()).extracting(Document.Section::name)
                .containsExactly("service", "rollout", "lb", "discovery", "network", "taskdef", "metrics", "alarms", "cost", "events");
    }

    @Test
    void everyTargetStandsBesideItsTaskWithElbsReasonAndTheCheckAndGracePeriod() {
        List<String> lb = section(ServiceDocument.of(web(), NOW), ServiceDocument.BALANCING);
        assertThat(lb.get(0)).contains("grace period 60 s");
        assertThat(lb).anySatisfy(l -> assertThat(l).contains("check HTTP /healthz on traffic-port every 10 s (timeout 5 s)")
                .contains("healthy after 2, unhealthy after 3"));
        assertThat(lb).anySatisfy(l -> assertThat(l).contains("✖ " + Fixtures.ip(FAILING) + ":80").contains("1b2c3d4e  unhealthy")
                .contains("Target.ResponseCodeMismatch: Health checks failed with these codes: [502]"));
        assertThat(lb).anySatisfy(l -> assertThat(l).contains("✔ " + Fixtures.ip(HEALTHY) + ":80").contains("0a1b2c3d  healthy"));
        assertThat(lb).anySatisfy(l -> assertThat(l).contains("1 of 2 targets healthy"));
        assertThat(lb).anySatisfy(l -> assertThat(l).contains("demo-web").contains("internet-facing").contains("active"));
    }

    @Test
    void aCloudMapRecordOfAStoppedTaskIsCalledOut() {
        List<String> d = section(ServiceDocument.of(web(), NOW), ServiceDocument.DISCOVERY);
        assertThat(d.get(1)).contains("web.demo.internal").contains("DNS_PRIVATE").contains("A TTL 10 s");
        assertThat(d).anySatisfy(l -> assertThat(l).contains("3 instances, 1 pointing at a task that is not running"));
        assertThat(d).anySatisfy(l -> assertThat(l).contains("✖ " + Fixtures.ip(STOPPED)).contains("2c3d4e5f")
                .contains("points at a task that is not running"));
    }

    @Test
    void environmentValuesWithSecretLookingNamesAreMaskedUntilRevealedAndSecretsOnlyByReference() {
        Document doc = ServiceDocument.of(web(), NOW);
        List<String> masked = section(doc, ServiceDocument.DEFINITION);
        assertThat(String.join("\n", text(doc))).doesNotContain(Surroundings.WEB_TOKEN);
        assertThat(masked).anySatisfy(l -> assertThat(l).contains("API_TOKEN").contains("********").contains("(masked)"));
        assertThat(masked).anySatisfy(l -> assertThat(l).contains("PORT").contains("80"));
        assertThat(masked).anySatisfy(l -> assertThat(l).contains("DB_PASSWORD ← Secrets Manager arn:aws:secretsmanager:"));
        assertThat(masked).anySatisfy(l -> assertThat(l).contains("uploads").contains("EFS fs-0123456789abcdef0")
                .contains("access point fsap-0fedcba9876543210").contains("transit encryption on"));
        assertThat(masked).anySatisfy(l -> assertThat(l).contains("Task role").contains("role/web-task"));
        assertThat(masked).anySatisfy(l -> assertThat(l).contains("uploads → /srv/uploads (read-write)"));
        assertThat(doc.revealable()).isTrue();
        assertThat(section(doc.revealed(), ServiceDocument.DEFINITION))
                .anySatisfy(l -> assertThat(l).contains("API_TOKEN").contains(Surroundings.WEB_TOKEN));
    }

    @Test
    void blueGreenTaskSetsShowStatusScaleAndTrafficWeight() {
        Service plain = Fixtures.service("prod", "storefront", 2, 4, null, NOW);
        String blueGroup = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/blue/1";
        String greenGroup = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/green/2";
        TaskSet blue = new TaskSet("ecs-svc/1", "arn:ts/1", "PRIMARY", Fixtures.taskDefArn("storefront", 1), "FARGATE", List.of(),
                2, 2, 0, 100, "STEADY_STATE", NOW, "blue-7.3.0", List.of(new LoadBalancerRef(blueGroup, null, "storefront", 8080)), NOW, NOW);
        TaskSet green = new TaskSet("ecs-svc/2", "arn:ts/2", "ACTIVE", Fixtures.taskDefArn("storefront", 2), "FARGATE", List.of(),
                2, 1, 1, 100, "STABILIZING", NOW, "green-7.4.0", List.of(new LoadBalancerRef(greenGroup, null, "storefront", 8080)), NOW, NOW);
        Service storefront = new Service(plain.arn(), "storefront", plain.clusterArn(), "ACTIVE", 2, 3, 1, null, null,
                List.of(new CapacityProviderShare("FARGATE", 1, 1), new CapacityProviderShare("FARGATE_SPOT", 2, 0)), null,
                List.of(), List.of(), null, List.of(), null, "EXTERNAL", NOW, Map.of(), List.of(green, blue), List.of(), null);
        HealthCheckSettings check = new HealthCheckSettings("HTTP", "traffic-port", "/health", 10, 5, 2, 3, "200");
        LoadBalancing lb = new LoadBalancing("prod", "storefront", 0, List.of(
                new TargetGroup(blueGroup, "blue", "HTTP", 8080, "ip", List.of(), check, 90, List.of()),
                new TargetGroup(greenGroup, "green", "HTTP", 8080, "ip", List.of(), check, 10, List.of())), List.of());
        Document doc = ServiceDocument.of(web(storefront, Snapshot.of(lb, NOW)), NOW);
        List<String> overview = section(doc, ServiceDocument.OVERVIEW);
        assertThat(overview).anySatisfy(l -> assertThat(l).contains("Capacity providers")
                .contains("FARGATE (weight 1, base 1) · FARGATE_SPOT (weight 2)"));
        assertThat(overview).anySatisfy(l -> assertThat(l).contains("EXTERNAL (blue/green by an outside tool, in task sets)"));
        assertThat(overview).anySatisfy(l -> assertThat(l).contains("storefront:1 (primary task set)"));
        List<String> rollout = section(doc, ServiceDocument.ROLLOUT);
        assertThat(rollout.get(0)).contains("Task sets");
        assertThat(rollout.get(1)).as("the primary first").contains("PRIMARY").contains("storefront:1").contains("scale 100%")
                .contains("traffic 90%").contains("2/2 running").contains("STEADY_STATE");
        assertThat(rollout).anySatisfy(l -> assertThat(l).contains("ACTIVE").contains("storefront:2").contains("traffic 10%")
                .contains("1/2 running").contains("STABILIZING"));
        assertThat(rollout).anySatisfy(l -> assertThat(l).contains("external id green-7.4.0"));
    }

    @Test
    void alarmsCostAndMetricsSourceAreSpelledOut() {
        Document doc = ServiceDocument.of(web(), NOW);
        List<String> alarms = section(doc, ServiceDocument.ALARMS);
        assertThat(alarms.get(0)).contains("1 in ALARM");
        assertThat(alarms).anySatisfy(l -> assertThat(l).contains("ALARM").contains("demo-web-cpu-high"));
        assertThat(alarms).anySatisfy(l -> assertThat(l).contains("CPUUtilization > 85 (Average of 60 s, 3 periods)"));
        List<String> cost = section(doc, ServiceDocument.COST);
        assertThat(cost).anySatisfy(l -> assertThat(l).contains("Per month").contains("$18.02"));
        assertThat(cost).anySatisfy(l -> assertThat(l).contains("Spot share").contains("0% (0 of 2 on FARGATE_SPOT)"));
        assertThat(cost).anySatisfy(l -> assertThat(l).contains("Rightsizing").contains("the size fits"));
        assertThat(section(doc, ServiceDocument.METRICS).get(0)).contains("from Container Insights");
    }

    @Test
    void networkShowsTheServicesSettingsAndEachRunningTasksInterface() {
        List<String> network = section(ServiceDocument.of(web(), NOW), ServiceDocument.NETWORK);
        assertThat(network).anySatisfy(l -> assertThat(l).contains("Network mode").contains("awsvpc"));
        assertThat(network).anySatisfy(l -> assertThat(l).contains("0a1b2c3d").contains(Fixtures.ip(HEALTHY))
                .contains("us-east-1a").contains("eni-00a1b2c3d4e5f6071"));
        assertThat(network).as("stopped tasks have no interface").noneSatisfy(l -> assertThat(l).startsWith("  2c3d4e5f"));
    }

    @Test
    void partsStillLoadingOrFailingSaySo() {
        ServicePicture p = web();
        ServicePicture partial = new ServicePicture("demo", "web", p.service(), p.tasks(), p.taskDefinition(), Snapshot.loading(),
                p.discovery(), new Snapshot<>(null, null, new Problem(Problem.Kind.ACCESS_DENIED,
                        "CloudWatch denied DescribeAlarms", NOW), false), p.cost(), p.metrics(), p.cluster());
        Document doc = ServiceDocument.of(partial, NOW);
        assertThat(section(doc, ServiceDocument.BALANCING)).contains("  loading…");
        assertThat(section(doc, ServiceDocument.ALARMS)).contains("  ⚠ CloudWatch denied DescribeAlarms");
    }
}
