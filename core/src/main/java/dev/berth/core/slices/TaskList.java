package dev.berth.core.slices;

import dev.berth.core.watch.PollStep;
import dev.berth.core.model.Task;
import dev.berth.core.sources.EcsSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The tasks of a service (or a whole cluster): running ones, and stopped ones within the lookback.
 * Each poll lists both desired statuses, then describes, a hundred per call, only what may have
 * changed: tasks never seen, tasks that moved to the stopped list or have not finished stopping,
 * and running tasks last described longer than {@code revisit} ago (zero for a service's own
 * list, minutes for cluster-wide lists that feed triage).
 */
final class TaskList implements PollStep<List<Task>> {
    private static final Comparator<Task> ORDER = Comparator
            .comparing((Task t) -> t.stopped() ? 1 : 0)
            .thenComparing(t -> t.createdAt() == null ? Instant.EPOCH : t.createdAt(), Comparator.reverseOrder())
            .thenComparing(Task::id);

    private final EcsSource ecs;
    private final String cluster;
    private final String service;
    private final Duration revisit;
    private final Duration lookback;
    private final Clock clock;
    private final Map<String, Known> known = new HashMap<>();

    private record Known(Task task, Instant describedAt) {
    }

    TaskList(EcsSource ecs, String cluster, String service, Duration revisit, Duration lookback, Clock clock) {
        this.ecs = ecs;
        this.cluster = cluster;
        this.service = service;
        this.revisit = revisit;
        this.lookback = lookback;
        this.clock = clock;
    }

    @Override
    public List<Task> poll(List<Task> previous, Consumer<List<Task>> partial) {
        Set<String> running = new LinkedHashSet<>(ecs.taskArns(cluster, service, false));
        Set<String> stopping = new LinkedHashSet<>(ecs.taskArns(cluster, service, true));
        Instant now = clock.instant();
        List<String> toDescribe = new ArrayList<>();
        for (String arn : running) {
            Known k = known.get(arn);
            if (k == null || !now.isBefore(k.describedAt.plus(revisit))) {
                toDescribe.add(arn);
            }
        }
        for (String arn : stopping) {
            Known k = known.get(arn);
            if (k == null || !k.task.stopped()) {
                toDescribe.add(arn);
            }
        }
        known.keySet().retainAll(union(running, stopping));
        for (Task t : ecs.describeTasks(cluster, toDescribe)) {
            known.put(t.arn(), new Known(t, now));
        }
        Instant oldest = now.minus(lookback);
        known.values().removeIf(k -> k.task.stopped() && k.task.stoppedAt() != null && k.task.stoppedAt().isBefore(oldest));
        List<Task> out = new ArrayList<>(known.size());
        known.values().forEach(k -> out.add(k.task));
        out.sort(ORDER);
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return u;
    }
}
