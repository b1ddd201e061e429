package dev.berth.sandbox.ecs;

import dev.berth.sandbox.ecs.workload.Behaviour;
import dev.berth.sandbox.ecs.workload.Workload;
import dev.berth.sandbox.metrics.MetricStore;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * AWS/ECS CPUUtilization and MemoryUtilization each minute, per service and per cluster, and
 * ECS/ContainerInsights for clusters that enable it. A service's CPU is its load spread over the
 * tasks it runs, swinging slowly over time, with noise drawn from the seed, the service and the
 * minute, so a backfilled hour and a lived hour look alike and the same seed gives the same charts.
 */
final class UtilizationMetrics {
    static final String NAMESPACE = "AWS/ECS";
    static final String INSIGHTS = "ECS/ContainerInsights";
    private static final long MINUTE = 60_000L;

    private final EcsState ecs;
    private final long seed;

    UtilizationMetrics(EcsState ecs, long seed) {
        this.ecs = ecs;
        this.seed = seed;
    }

    /** The datapoints of the minute starting at {@code minute}, from what runs now. */
    void emit(long minute) {
        emitMinute(minute, true);
    }

    /** History for [from, to) as if each service had run its desired count all along. */
    void backfill(long from, long to) {
        for (long minute = from - Math.floorMod(from, MINUTE); minute < to; minute += MINUTE) {
            emitMinute(minute, false);
        }
    }

    private void emitMinute(long minute, boolean live) {
        for (Cluster c : ecs.clusters.values()) {
            if (!c.active()) {
                continue;
            }
            double cpuSum = 0;
            double memorySum = 0;
            int tasks = 0;
            for (EcsService s : c.services.values()) {
                if (s.taskDefinition == null) {
                    continue; // an EXTERNAL service before its first task set
                }
                int running = live ? s.counts(null).running() : assumedRunning(s);
                if (running == 0) {
                    continue;
                }
                double cpu = cpu(s, running, minute);
                double memory = memory(s, minute, live);
                put(c, s, minute, running, cpu, memory);
                cpuSum += cpu * running;
                memorySum += memory * running;
                tasks += running;
            }
            if (tasks > 0) {
                putCluster(c, minute, cpuSum / tasks, memorySum / tasks);
            }
        }
    }

    /** For history: the desired count, unless the service's tasks never get to run. */
    private static int assumedRunning(EcsService s) {
        Behaviour b = s.taskDefinition.workload.behaviour();
        return b == Behaviour.PULL_ERROR || b == Behaviour.CRASH_ON_START ? 0 : s.targetCount();
    }

    private void put(Cluster c, EcsService s, long minute, int running, double cpu, double memory) {
        MetricStore store = ecs.region().metrics();
        Instant at = Instant.ofEpochMilli(minute);
        Map<String, String> dims = s.metricDimensions;
        store.put(NAMESPACE, "CPUUtilization", dims, at, cpu, "Percent");
        store.put(NAMESPACE, "MemoryUtilization", dims, at, memory, "Percent");
        if (!c.containerInsights.equals("disabled")) {
            TaskDefinition td = s.taskDefinition;
            store.put(INSIGHTS, "CpuUtilized", dims, at, cpu / 100 * td.reservedCpu() * running, "None");
            store.put(INSIGHTS, "MemoryUtilized", dims, at, memory / 100 * td.reservedMemory() * running, "Megabytes");
            store.put(INSIGHTS, "RunningTaskCount", dims, at, running, "Count");
        }
    }

    private void putCluster(Cluster c, long minute, double cpu, double memory) {
        MetricStore store = ecs.region().metrics();
        Instant at = Instant.ofEpochMilli(minute);
        Map<String, String> dims = c.metricDimensions;
        store.put(NAMESPACE, "CPUUtilization", dims, at, cpu, "Percent");
        store.put(NAMESPACE, "MemoryUtilization", dims, at, memory, "Percent");
    }

    /** CPU percent per task: the load over the running tasks, with a slow swing and a little noise. */
    double cpu(EcsService s, int running, long minute) {
        Workload w = s.taskDefinition.workload;
        double phase = Math.floorMod(s.arn.hashCode(), 360) * Math.PI / 180;
        double swing = 1 + w.cpuWave() * Math.sin(2 * Math.PI * minute / (47 * MINUTE) + phase)
                + 0.05 * Math.sin(2 * Math.PI * minute / (24 * 60 * MINUTE));
        double value = s.load * swing / running + noise(s, minute, 3);
        return clamp(value, 0.3, 100);
    }

    /**
     * Memory percent per task. A service whose containers leak climbs with its tasks' age towards
     * the kill; when {@code live} is false (backfill) it sits halfway.
     */
    double memory(EcsService s, long minute, boolean live) {
        Workload w = s.taskDefinition.workload;
        double base = w.memoryPercent();
        if (w.behaviour() == Behaviour.OOM) {
            double mid = (w.minLifetimeSeconds() + w.maxLifetimeSeconds()) * 500.0;
            double sum = 0;
            int n = 0;
            if (live) {
                for (Task t : s.live) {
                    if (t.lastStatus == TaskStatus.RUNNING) {
                        sum += base + (100 - base) * Math.min(1, (minute + MINUTE - t.startedAt) / mid);
                        n++;
                    }
                }
            }
            base = n == 0 ? (base + 100) / 2 : sum / n;
        }
        return clamp(base + noise(s, minute + 1, 2), 0.5, 100);
    }

    private double noise(EcsService s, long minute, double amplitude) {
        SplittableRandom r = new SplittableRandom(seed * 31 + s.arn.hashCode() * 1_000_003L + minute / MINUTE);
        return (r.nextDouble() * 2 - 1) * amplitude;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
