package dev.berth.core.slices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.model.Task;
import dev.berth.core.sources.EcsSource;
import dev.berth.core.testing.FakeEcs;
import dev.berth.core.testing.SchedulerClock;
import dev.berth.core.testing.TestContexts;
import io.reactivex.rxjava3.schedulers.TestScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TaskListTest {
    private final TestScheduler scheduler = new TestScheduler();
    private final SchedulerClock clock = new SchedulerClock(scheduler, Instant.parse("2025-03-01T12:00:00Z"));
    private final FakeEcs ecs = new FakeEcs();
    private final EcsSource source = new EcsSource(TestContexts.withEcs(ecs, clock));

    private static software.amazon.awssdk.services.ecs.model.Task task(int i, String service, String desired, String last) {
        return software.amazon.awssdk.services.ecs.model.Task.builder()
                .taskArn("arn:aws:ecs:us-east-1:123456789012:task/prod/" + String.format("t%04d", i))
                .group("service:" + service).desiredStatus(desired).lastStatus(last)
                .createdAt(Instant.parse("2025-03-01T11:00:00Z").plusSeconds(i))
                .stoppedAt("STOPPED".equals(last) ? Instant.parse("2025-03-01T11:59:00Z") : null)
                .build();
    }

    private void running(int from, int to) {
        for (int i = from; i < to; i++) {
            ecs.putTask("prod", task(i, "web", "RUNNING", "RUNNING"));
        }
    }

    @Test
    void tasksAreDescribedAHundredPerCallAndOnlyWhatChangedIsDescribedAgain() {
        running(0, 250);
        TaskList list = new TaskList(source, "prod", null, Duration.ofMinutes(5), Duration.ofHours(1), clock);
        List<Task> first = list.poll(null, x -> { });
        assertThat(first).hasSize(250);
        assertThat(ecs.calls()).filteredOn(c -> c.operation().equals("DescribeTasks"))
                .extracting(c -> c.items().size()).containsExactly(100, 100, 50);
        assertThat(ecs.count("ListTasks")).as("three pages of running, one of stopped").isEqualTo(4);

        ecs.clearCalls();
        running(250, 253);
        ecs.putTask("prod", task(7, "web", "STOPPED", "STOPPED"));
        List<Task> second = list.poll(first, x -> { });
        assertThat(ecs.calls()).filteredOn(c -> c.operation().equals("DescribeTasks")).singleElement()
                .satisfies(c -> assertThat(c.items()).hasSize(4).anyMatch(a -> a.endsWith("t0007")));
        assertThat(second).hasSize(253);
        assertThat(second).filteredOn(Task::stopped).singleElement().satisfies(t -> assertThat(t.id()).isEqualTo("t0007"));
        assertThat(second.get(second.size() - 1).stopped()).as("running first, stopped last").isTrue();

        ecs.clearCalls();
        scheduler.advanceTimeBy(6, TimeUnit.MINUTES);
        list.poll(second, x -> { });
        assertThat(ecs.calls()).filteredOn(c -> c.operation().equals("DescribeTasks"))
                .extracting(c -> c.items().size()).as("running tasks revisited after five minutes; the stopped one never")
                .containsExactly(100, 100, 52);
    }

    @Test
    void aServicesOwnListIsDescribedInFullEachPoll() {
        running(0, 3);
        TaskList list = new TaskList(source, "prod", "web", Duration.ZERO, Duration.ofHours(1), clock);
        list.poll(null, x -> { });
        ecs.clearCalls();
        list.poll(null, x -> { });
        assertThat(ecs.calls()).filteredOn(c -> c.operation().equals("DescribeTasks")).singleElement()
                .satisfies(c -> assertThat(c.items()).hasSize(3));
    }
}
