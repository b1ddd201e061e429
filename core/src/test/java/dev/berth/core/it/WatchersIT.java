package dev.berth.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.berth.core.Session;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.ScalableTarget;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceDeployment;
import dev.berth.core.model.ServiceRow;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.watch.Snapshot;
import dev.berth.sandbox.SandboxOptions;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.observers.TestObserver;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every watcher against the demo sandbox over HTTP with the real SDK. */
class WatchersIT {
    @RegisterExtension
    static final SandboxSessions sandbox = new SandboxSessions(SandboxOptions.defaults().withScenario("demo").withSpeed(10));

    private static Session session() {
        return sandbox.session();
    }



    /** Waits for a snapshot fetched from now on (not a replay of an older one) matching {@code ok}; answers its value. */
    static <T> T first(Observable<Snapshot<T>> slice, Predicate<T> ok) {
        java.time.Instant from = java.time.Instant.now();
        Predicate<Snapshot<T>> fresh = s -> s.hasValue() && !s.fetchedAt().isBefore(from) && ok.test(s.value());
        TestObserver<Snapshot<T>> o = slice.test();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> o.values().stream().anyMatch(fresh));
            o.assertNoErrors();
            return o.values().stream().filter(fresh).findFirst().orElseThrow().value();
        } finally {
            o.dispose();
        }
    }

    @Test
    void clustersAreListedAndDescribed() {
        List<Cluster> clusters = first(session().clusters(), l -> l.size() == 3);
        assertThat(clusters).extracting(Cluster::name).containsExactlyInAnyOrder("prod", "staging", "batch-ec2");
        assertThat(clusters).filteredOn(c -> c.name().equals("prod")).singleElement()
                .satisfies(c -> {
                    assertThat(c.containerInsights()).isTrue();
                    assertThat(c.activeServices()).isEqualTo(8);
                    assertThat(c.tags()).containsEntry("env", "prod");
                });
    }

    @Test
    void theServiceListOfAClusterEndsFullyDescribed() {
        session().visible("prod", List.of("web", "orders-api"));
        List<ServiceRow> rows = first(session().services("prod"), l -> l.size() == 8 && l.stream().allMatch(ServiceRow::described));
        assertThat(rows).extracting(ServiceRow::name).contains("web", "payments-api", "notifications-worker");
        assertThat(rows).filteredOn(r -> r.name().equals("web")).singleElement()
                .satisfies(r -> assertThat(r.service().desiredCount()).isEqualTo(3));
    }

    @Test
    void oneServiceComesWithDeploymentsAndEvents() {
        Service web = first(session().service("prod", "web"), s -> !s.events().isEmpty());
        assertThat(web.primaryDeployment()).isNotNull();
        assertThat(web.revision()).startsWith("web:");
        assertThat(web.network().subnets()).hasSize(3);
        assertThat(web.loadBalancers()).hasSize(1);
        assertThat(web.events().get(0).message()).contains("(service web)");
    }

    @Test
    void tasksOfAServiceIncludeRecentlyStoppedOnesWithTheirReasons() {
        List<Task> tasks = first(session().tasks("prod", "notifications-worker"), l -> l.stream().anyMatch(Task::stopped));
        assertThat(tasks).allSatisfy(t -> assertThat(t.serviceName()).isEqualTo("notifications-worker"));
        assertThat(tasks).filteredOn(Task::stopped).first().satisfies(t -> {
            assertThat(t.stoppedReason()).isNotBlank();
            assertThat(t.containers()).anySatisfy(c -> assertThat(c.exitCode()).isEqualTo(1));
        });
    }

    @Test
    void containerInstancesOfTheEc2Cluster() {
        List<ContainerInstance> instances = first(session().containerInstances("batch-ec2"), l -> l.size() == 4);
        assertThat(instances).allSatisfy(i -> {
            assertThat(i.registeredCpu()).isEqualTo(2048);
            assertThat(i.agentVersion()).isNotBlank();
        });
        assertThat(instances).filteredOn(i -> !i.agentConnected()).as("the demo's disconnected agent").singleElement()
                .satisfies(i -> assertThat(i.remainingCpu()).isLessThan(i.registeredCpu()));
    }

    @Test
    void deploymentsHistoryOfAService() {
        List<ServiceDeployment> deployments = first(session().deployments("prod", "web"), l -> !l.isEmpty());
        assertThat(deployments.get(0).status()).isIn("SUCCESSFUL", "IN_PROGRESS", "PENDING");
    }

    @Test
    void taskDefinitionsFamiliesRevisionsAndOneInFull() {
        assertThat(first(session().taskDefinitionFamilies(), l -> !l.isEmpty())).contains("web", "payments-api");
        List<TaskDefinitionRef> revisions = first(session().revisions("payments-api"), l -> l.size() >= 2);
        assertThat(revisions).extracting(TaskDefinitionRef::revision).isSortedAccordingTo((a, b) -> b - a);
        TaskDefinition td = session().taskDefinition("payments-api:2").blockingGet();
        assertThat(td.containers()).first().satisfies(c -> {
            assertThat(c.image()).endsWith("payments-api:3.3.0-rc1");
            assertThat(c.awsLogs().group()).isEqualTo("/ecs/prod/payments-api");
        });
        assertThat(td.json()).contains("\"family\" : \"payments-api\"").contains("\"containerDefinitions\"");
    }

    @Test
    void autoscalingOfAService() {
        ScalableTarget target = first(session().scaling("prod", "checkout-api"), t -> true);
        assertThat(target.minCapacity()).isEqualTo(2);
        assertThat(target.maxCapacity()).isEqualTo(8);
        assertThat(target.policies()).singleElement().satisfies(p -> assertThat(p.targetValue()).isEqualTo(50.0));
        TestObserver<Snapshot<ScalableTarget>> none = session().scaling("prod", "web").test();
        await().atMost(Duration.ofSeconds(20)).until(() -> none.values().stream().anyMatch(s -> s.fetchedAt() != null));
        assertThat(none.values().stream().filter(s -> s.fetchedAt() != null).findFirst().orElseThrow().value()).isNull();
        none.dispose();
    }

    @Test
    void metricsOfAClusterAndItsServicesInOneSlice() {
        List<dev.berth.core.model.ServiceMetrics> m = first(session().metrics("prod", List.of("web", "search-api"), Duration.ofHours(1)),
                l -> l.size() == 3 && l.stream().allMatch(x -> !x.cpu().isEmpty()));
        assertThat(m.get(0).service()).isNull();
        assertThat(m).extracting(dev.berth.core.model.ServiceMetrics::service).containsExactly(null, "search-api", "web");
        assertThat(m.get(1).latestCpu()).as("the demo's hot search API").isGreaterThan(70.0);
        assertThat(m.get(2).latestCpu()).isLessThan(60.0);
        assertThat(m.get(2).cpu()).extracting(dev.berth.core.model.MetricPoint::at).isSorted();
        assertThat(m.get(2).memory()).isNotEmpty();
    }

    @Test
    void theAccountArrivesAfterTheFirstSliceIsWatched() {
        first(session().clusters(), l -> !l.isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> session().context().account() != null);
        assertThat(session().context().account()).isEqualTo("123456789012");
        assertThat(session().context().sandbox()).isTrue();
    }
}
