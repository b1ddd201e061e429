package dev.berth.desktop.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Session;
import dev.berth.core.config.BerthConfig;
import dev.berth.core.config.Pacing;
import dev.berth.core.keymap.Keymap;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.SecretNames;
import dev.berth.core.model.Task;
import dev.berth.core.triage.Finding;
import dev.berth.core.triage.FindingKind;
import dev.berth.core.watch.Snapshot;
import dev.berth.desktop.app.MainViewModel;
import dev.berth.desktop.app.PageKind;
import dev.berth.desktop.detail.DetailTab;
import dev.berth.desktop.detail.DetailViewModel;
import dev.berth.desktop.detail.Section;
import dev.berth.desktop.detail.Target;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.instances.InstanceLists;
import dev.berth.desktop.services.ServicesViewModel;
import dev.berth.desktop.table.ResourceListViewModel;
import dev.berth.desktop.tasks.TaskLists;
import dev.berth.desktop.testing.SandboxSessions;
import dev.berth.desktop.testing.SectionRows;
import dev.berth.desktop.testing.SectionRows.Row;
import dev.berth.desktop.testing.UiThread;
import dev.berth.desktop.triage.TriageViewModel;
import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxOptions;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The detail's view models for what surrounds a service, on the real core against the demo sandbox
 * (real SDK clients over HTTP): what each tab says about the demo's load balancers, Cloud Map
 * names, networks, storage and secrets, task sets, alarms, costs, agents and findings.
 */
class SurroundingsSandboxIT {
    private static Sandbox sandbox;
    private static SandboxSessions sessions;
    private static BerthConfig quick;
    private static Session session;
    private final UiThread ui = new UiThread();
    private DetailViewModel detail;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withSpeed(10));
        // Quick paces: the account-wide alarm sweep and the triage of surroundings come round in seconds.
        quick = new BerthConfig(null, new Pacing(Duration.ofSeconds(1), Duration.ofSeconds(3), null, null, null,
                Duration.ofSeconds(5)), null, null, null, null);
        sessions = new SandboxSessions(sandbox);
        session = sessions.open(false, quick);
    }

    @AfterAll
    static void stop() {
        session.close();
        sandbox.close();
    }

    @AfterEach
    void closeUi() {
        if (detail != null) {
            ui.run(detail::dispose);
        }
        ui.close();
    }

    private DetailViewModel service(String cluster, String name) {
        detail = ui.call(() -> new DetailViewModel(session, new Target.ServiceTarget(cluster, name), ui.scheduler(),
                Schedulers.io(), Clock.systemUTC()));
        return detail;
    }

    private static List<Task> tasks(String cluster, String service) {
        return session.tasks(cluster, service).filter(Snapshot::hasValue).map(Snapshot::value)
                .filter(l -> l.stream().anyMatch(Task::running)).blockingFirst();
    }

    @Test
    void theCatalogsUnhealthyTargetsStandBesideTheirTasksWithElbsReasonCode() {
        DetailViewModel d = service("prod", "catalog-api");
        ui.run(() -> d.show(DetailTab.LOAD_BALANCING));
        ui.until(() -> SectionRows.rows(d.loadBalancing().section("target-group-prod-catalog")).stream()
                .anyMatch(r -> r.get("State").equals("unhealthy") && !r.get("Task").equals("–")));
        Section group = ui.call(() -> d.loadBalancing().section("target-group-prod-catalog"));
        Row bad = SectionRows.rows(group).stream().filter(r -> r.get("State").equals("unhealthy") && r.task() != null)
                .findFirst().orElseThrow();
        assertThat(bad.get("Reason")).isEqualTo("Target.ResponseCodeMismatch");
        assertThat(bad.get("Description")).isEqualTo("Health checks failed with these codes: [502]");
        assertThat(bad.tone("State")).isEqualTo(Tone.BAD);
        assertThat(group.tone()).isEqualTo(Tone.BAD);
        Task task = tasks("prod", "catalog-api").stream().filter(t -> t.id().equals(bad.task())).findFirst().orElseThrow();
        assertThat(bad.get("Task")).isEqualTo(TaskLists.shortId(task.id()));
        assertThat(bad.get("Target")).isEqualTo(task.privateIp() + ":8080");
        assertThat(SectionRows.field(group, "Health check")).contains("/health").contains("every 10 s");
        assertThat(SectionRows.field(group, "Thresholds")).contains("after 2 passing").contains("after 3 failing");
        Section balancers = ui.call(() -> d.loadBalancing().section("load-balancers"));
        assertThat(SectionRows.field(balancers, "Health check grace")).startsWith("300 s");
        assertThat(SectionRows.rows(balancers)).singleElement().satisfies(r -> assertThat(r.get("Scheme")).isEqualTo("internal"));
    }

    @Test
    void paymentsEnvironmentIsMaskedUntilRevealedAndHidesAgainOnLeavingTheTab() {
        DetailViewModel d = service("prod", "payments-api");
        ui.run(() -> d.show(DetailTab.STORAGE));
        ui.until(() -> d.storage().sections().section("environment") != null);
        assertThat(token(d)).isEqualTo(SecretNames.MASK);
        assertThat(ui.call(() -> d.storage().maskableProperty().get())).isTrue();
        Section secrets = ui.call(() -> d.storage().sections().section("secrets"));
        assertThat(SectionRows.rows(secrets)).extracting(r -> r.get("Variable") + " " + r.get("Store"))
                .containsExactlyInAnyOrder("DB_PASSWORD Secrets Manager", "STRIPE_API_KEY SSM Parameter Store");
        assertThat(SectionRows.rows(secrets)).allSatisfy(r -> assertThat(r.get("Reference")).startsWith("arn:aws:"));
        Section volumes = ui.call(() -> d.storage().sections().section("volumes"));
        assertThat(SectionRows.rows(volumes)).extracting(r -> r.get("Volume") + " " + r.get("Kind") + " " + r.get("Options"))
                .containsExactly("receipts EFS TLS, IAM auth", "scratch bind mount ");
        assertThat(SectionRows.rows(volumes).get(0).get("Source")).contains("access point fsap-");
        assertThat(SectionRows.rows(volumes).get(0).get("Mounted at")).isEqualTo("payments-api:/var/lib/payments/receipts");
        assertThat(SectionRows.field(ui.call(() -> d.storage().sections().section("roles")), "Task role"))
                .endsWith(":role/payments-api-task");

        ui.run(() -> d.storage().revealedProperty().set(true));
        assertThat(token(d)).startsWith("sandbox-token-");
        ui.run(() -> d.show(DetailTab.OVERVIEW));
        assertThat(ui.call(() -> d.storage().revealedProperty().get())).as("leaving the tab hides them again").isFalse();
        assertThat(token(d)).isEqualTo(SecretNames.MASK);
    }

    private String token(DetailViewModel d) {
        return ui.call(() -> SectionRows.rows(d.storage().sections().section("environment")).stream()
                .filter(r -> r.get("Variable").equals("PAYMENTS_API_TOKEN")).findFirst().orElseThrow().get("Value"));
    }

    @Test
    void ordersCloudMapNameStillAnswersWithTheTaskAnOperatorStopped() {
        DetailViewModel d = service("prod", "orders-api");
        ui.run(() -> d.show(DetailTab.DISCOVERY));
        ui.until(() -> SectionRows.rows(d.discovery().section("registry-orders")).stream()
                .anyMatch(r -> r.get("Task").startsWith("NOT RUNNING")));
        Section orders = ui.call(() -> d.discovery().section("registry-orders"));
        assertThat(orders.title()).startsWith("Cloud Map orders.prod.internal");
        assertThat(orders.tone()).isEqualTo(Tone.BAD);
        assertThat(SectionRows.field(orders, "Records")).startsWith("A (TTL 10 s)");
        assertThat(SectionRows.field(orders, "Namespace")).isEqualTo("prod.internal (private DNS)");
        Row stale = SectionRows.rows(orders).stream().filter(r -> r.get("Task").startsWith("NOT RUNNING")).findFirst().orElseThrow();
        assertThat(stale.get("Health")).as("its last report stands").isEqualTo("HEALTHY");
        assertThat(stale.tone("Task")).isEqualTo(Tone.BAD);
        assertThat(SectionRows.rows(orders)).filteredOn(r -> r.get("Task").equals("running")).hasSize(2);
    }

    @Test
    void checkoutTalksThroughServiceConnectAndRunsPartlyOnSpot() {
        DetailViewModel d = service("prod", "checkout-api");
        ui.run(() -> d.show(DetailTab.DISCOVERY));
        ui.until(() -> d.discovery().section("service-connect") != null);
        assertThat(SectionRows.rows(ui.call(() -> d.discovery().section("service-connect"))))
                .singleElement().satisfies(r -> assertThat(r.get("Clients dial")).isEqualTo("checkout.prod.internal:8080"));
        ui.run(() -> d.show(DetailTab.NETWORK));
        ui.until(() -> !SectionRows.rows(d.network().section("task-network")).isEmpty());
        Section placement = ui.call(() -> d.network().section("placement"));
        assertThat(SectionRows.field(placement, "Launch")).isEqualTo("FARGATE base 1, weight 1 · FARGATE_SPOT weight 2");
        assertThat(SectionRows.field(placement, "Network mode")).startsWith("awsvpc");
        assertThat(SectionRows.field(placement, "Public IP")).startsWith("none");
        List<Row> network = SectionRows.rows(ui.call(() -> d.network().section("task-network")));
        assertThat(network).allSatisfy(r -> {
            assertThat(r.get("Network interface")).matches("eni-[0-9a-f]{17}");
            assertThat(r.get("Subnet")).startsWith("subnet-");
            assertThat(r.get("Zone")).startsWith("us-east-1");
            assertThat(r.get("Private IP")).matches("10\\.0\\.\\d+\\.\\d+");
        });
        assertThat(network).extracting(r -> r.get("Capacity")).contains("FARGATE");

        ServicesViewModel list = ui.call(() -> new ServicesViewModel(session, "prod", ui.scheduler()));
        try {
            ui.until(() -> list.list().rows().stream().anyMatch(i -> i.name().equals("checkout-api") && i.described()));
            assertThat(ui.call(() -> list.list().rows().stream().filter(i -> i.name().equals("checkout-api")).findFirst()
                    .orElseThrow().launchType())).as("the list names the whole strategy").isEqualTo("FARGATE/SPOT");
        } finally {
            ui.run(list::dispose);
        }
    }

    @Test
    void storefrontsTaskSetsShowTheirShareOfTheTraffic() {
        DetailViewModel d = service("prod", "storefront");
        ui.until(() -> SectionRows.rows(overview(d, "task-sets")).stream().anyMatch(r -> r.get("Traffic").equals("90 %")));
        List<Row> sets = SectionRows.rows(ui.call(() -> overview(d, "task-sets")));
        assertThat(sets).extracting(r -> r.get("Status") + " " + r.get("Revision") + " " + r.get("Scale") + " " + r.get("Traffic"))
                .containsExactly("PRIMARY storefront:1 100 % 90 %", "ACTIVE storefront:2 100 % 10 %");
        assertThat(SectionRows.field(ui.call(() -> overview(d, "service")), "Deployment controller")).startsWith("EXTERNAL");
        assertThat(ui.call(() -> d.progressTextProperty().get())).startsWith("Primary task set storefront:1");
    }

    @Test
    void searchApisCpuAlarmIsInAlarmAndRedInItsOverview() {
        DetailViewModel d = service("prod", "search-api");
        ui.until(() -> overview(d, "alarms") != null && overview(d, "alarms").tone() == Tone.BAD);
        Row alarm = SectionRows.rows(ui.call(() -> overview(d, "alarms"))).get(0);
        assertThat(alarm.get("Alarm")).isEqualTo("prod-search-api-cpu-high");
        assertThat(alarm.get("State")).isEqualTo("ALARM");
        assertThat(alarm.tone("State")).isEqualTo(Tone.BAD);
        assertThat(alarm.get("Condition")).startsWith("CPUUtilization > 80");
        assertThat(ui.call(() -> d.overview().get(0).id())).as("a firing alarm comes first").isEqualTo("alarms");
    }

    @Test
    void webCostsItsThreeTasksAtTheFargatePriceAndStagingRunsOnSpot() {
        DetailViewModel web = service("prod", "web");
        ui.run(() -> web.show(DetailTab.COST));
        ui.until(() -> web.cost().section("estimate") != null && web.cost().section("estimate").title().contains("$"));
        Section estimate = ui.call(() -> web.cost().section("estimate"));
        assertThat(estimate.title()).isEqualTo("Monthly estimate  ·  $27.03");
        assertThat(SectionRows.field(estimate, "Tasks")).isEqualTo("3 running × 0.25 vCPU, 0.5 GB");
        assertThat(SectionRows.field(estimate, "Spot share")).startsWith("0 %");
        assertThat(ui.call(() -> web.cost().section("rightsizing")).title()).startsWith("Rightsizing over 24 h");
        ui.run(web::dispose);

        DetailViewModel staging = service("staging", "web");
        ui.run(() -> staging.show(DetailTab.COST));
        ui.until(() -> "100 % of the running tasks".equals(SectionRows.field(staging.cost().section("estimate"), "Spot share")));
    }

    @Test
    void metricsSayTheyComeFromContainerInsightsWhereTheClusterHasIt() {
        DetailViewModel prod = service("prod", "web");
        ui.run(() -> prod.show(DetailTab.METRICS));
        ui.until(() -> prod.metrics().sourceProperty().get().startsWith("Container Insights"));
        ui.run(prod::dispose);
        DetailViewModel staging = service("staging", "web");
        ui.run(() -> staging.show(DetailTab.METRICS));
        ui.until(() -> staging.metrics().sourceProperty().get().startsWith("AWS/ECS service metrics"));
    }

    @Test
    void theDisconnectedAgentIsRedInTheContainerInstances() {
        ResourceListViewModel<ContainerInstance> list = ui.call(() -> InstanceLists.of(session, "batch-ec2", ui.scheduler()));
        try {
            ui.until(() -> list.rows().size() == 4);
            List<ContainerInstance> down = ui.call(() -> list.rows().stream().filter(i -> !i.agentConnected()).toList());
            assertThat(down).hasSize(1);
            assertThat(list.columns()).filteredOn(c -> c.title().equals("Agent")).singleElement().satisfies(c -> {
                assertThat(c.text().apply(down.get(0))).isEqualTo("DISCONNECTED");
                assertThat(c.tone().apply(down.get(0))).isEqualTo(Tone.BAD);
            });
            assertThat(list.columns()).extracting(c -> c.title()).contains("CPU free", "Memory free", "Agent version");
            ui.run(() -> list.filterProperty().set("disconnected"));
            assertThat(ui.call(() -> List.copyOf(list.filtered()))).as("the filter finds it by its agent's state")
                    .containsExactlyElementsOf(down);
        } finally {
            ui.run(list::dispose);
        }
    }

    @Test
    void findingsAboutSurroundingsAreListedAndOpenWhereTheTroubleShows() {
        TriageViewModel triage = ui.call(() -> {
            TriageViewModel t = new TriageViewModel(session, ui.scheduler(), Clock.systemUTC());
            t.watch();
            return t;
        });
        Set<FindingKind> wanted = EnumSet.of(FindingKind.TARGETS_UNHEALTHY, FindingKind.DISCOVERY_RECORD_STALE,
                FindingKind.AGENT_DISCONNECTED, FindingKind.SPOT_INTERRUPTED, FindingKind.ALARM_FIRING);
        try {
            ui.until(() -> triage.findings().stream().map(Finding::kind).collect(Collectors.toSet()).containsAll(wanted));
            List<Finding> findings = ui.call(() -> List.copyOf(triage.findings()));
            // The window's model closes its session when disposed: it gets one of its own.
            Session own = sessions.open(false, quick);
            MainViewModel main = ui.call(() -> new MainViewModel(Keymap.defaults(), o -> own, ui.scheduler(), ui.scheduler(),
                    Clock.systemUTC()));
            ui.run(() -> main.attach(own));
            ui.until(() -> main.pageProperty().get() != null);

            Finding targets = find(findings, FindingKind.TARGETS_UNHEALTHY);
            assertThat(targets.service()).isEqualTo("catalog-api");
            ui.run(() -> main.openFinding(targets));
            ui.until(() -> main.detailProperty().get() != null
                    && main.detailProperty().get().target().equals(new Target.ServiceTarget("prod", "catalog-api")));
            assertThat(ui.call(() -> main.detailProperty().get().tabProperty().get())).isEqualTo(DetailTab.LOAD_BALANCING);

            Finding records = find(findings, FindingKind.DISCOVERY_RECORD_STALE);
            ui.run(() -> main.openFinding(records));
            ui.until(() -> main.detailProperty().get().target().equals(new Target.ServiceTarget("prod", "orders-api")));
            assertThat(ui.call(() -> main.detailProperty().get().tabProperty().get())).isEqualTo(DetailTab.DISCOVERY);

            Finding spot = find(findings, FindingKind.SPOT_INTERRUPTED);
            ui.run(() -> main.openFinding(spot));
            ui.until(() -> main.detailProperty().get() != null && main.detailProperty().get().target() instanceof Target.TaskTarget t
                    && t.taskId().equals(spot.taskId()));
            assertThat(ui.call(() -> main.detailProperty().get().tabProperty().get())).isEqualTo(DetailTab.OVERVIEW);

            ui.run(() -> main.openFinding(find(findings, FindingKind.AGENT_DISCONNECTED)));
            assertThat(ui.call(() -> main.pageProperty().get().place().kind())).isEqualTo(PageKind.INSTANCES);
            assertThat(ui.call(() -> main.pageProperty().get().place().cluster())).isEqualTo("batch-ec2");
            ui.run(main::dispose);
        } finally {
            ui.run(triage::dispose);
        }
    }

    private static Finding find(List<Finding> findings, FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    private static Section overview(DetailViewModel d, String id) {
        return d.overview().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
