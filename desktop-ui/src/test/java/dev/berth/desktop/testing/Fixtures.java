package dev.berth.desktop.testing;

import dev.berth.core.model.CapacityProviderShare;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.Container;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.Deployment;
import dev.berth.core.model.DeploymentSettings;
import dev.berth.core.model.LoadBalancerRef;
import dev.berth.core.model.LogLine;
import dev.berth.core.model.MetricPoint;
import dev.berth.core.model.NetworkSettings;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceDeployment;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.ServiceRow;
import dev.berth.core.model.Severity;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.triage.Finding;
import dev.berth.core.triage.FindingKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small ECS world like the sandbox's demo: a healthy web service, a crash-looping worker, a rollout. */
public final class Fixtures {
    public static final String ACCOUNT = "123456789012";
    public static final String REGION = "us-east-1";
    private static final Instant CREATED = Instant.parse("2026-01-05T09:30:00Z");

    private Fixtures() {
    }

    public static String arn(String kind, String rest) {
        return "arn:aws:ecs:" + REGION + ":" + ACCOUNT + ":" + kind + "/" + rest;
    }

    public static Cluster cluster(String name, int services, int running) {
        return new Cluster(arn("cluster", name), name, "ACTIVE", services, running, 0, 2, true, Map.of());
    }

    public static Deployment deployment(String id, String status, String revision, int desired, int running, String rollout,
                                        Instant created) {
        return new Deployment(id, status, arn("task-definition", revision), desired, running, 0, 0, rollout, null, created, created);
    }

    public static Service service(String cluster, String name, String revision, int desired, int running, List<Deployment> deployments,
                                  List<ServiceEvent> events) {
        return new Service(arn("service", cluster + "/" + name), name, arn("cluster", cluster), "ACTIVE", desired, running,
                Math.max(0, desired - running) > 0 ? 1 : 0, arn("task-definition", revision), "FARGATE",
                List.<CapacityProviderShare>of(), new DeploymentSettings(100, 200, true, true), deployments, events,
                new NetworkSettings(List.of("subnet-0a1b2c"), List.of("sg-0123abcd"), false),
                List.of(new LoadBalancerRef(arn("targetgroup", name + "-tg/abc"), name + "-alb", name, 8080)), 60, "ECS",
                CREATED, Map.of("team", "platform"));
    }

    public static Service steadyService(String cluster, String name, String revision, int count) {
        Instant t = Instant.now().minus(Duration.ofHours(2));
        return service(cluster, name, revision, count, count,
                List.of(deployment("ecs-svc/" + name + "1", "PRIMARY", revision, count, count, "COMPLETED", t)),
                List.of(new ServiceEvent("e1", Instant.now().minusSeconds(300), "(service " + name + ") has reached a steady state.")));
    }

    public static Task task(String cluster, String service, String id, String revision, String lastStatus, Integer exitCode,
                            String stoppedReason, Instant started) {
        boolean stopped = "STOPPED".equals(lastStatus);
        return new Task(arn("task", cluster + "/" + id), id, arn("cluster", cluster), arn("task-definition", revision),
                "service:" + service, "ecs-svc/1", lastStatus, stopped ? "STOPPED" : "RUNNING", stopped ? "UNKNOWN" : "HEALTHY",
                "FARGATE", null, "us-east-1a", "10.0.1." + (Math.abs(id.hashCode()) % 200 + 10), null, "256", "512",
                started.minusSeconds(20), started, stopped ? started.plusSeconds(40) : null, stopped ? started.plusSeconds(45) : null,
                stopped ? "EssentialContainerExited" : null, stoppedReason,
                List.of(new Container(service, "public.ecr.aws/berth/" + service + ":1.2", lastStatus, exitCode,
                        exitCode != null && exitCode == 137 ? "OutOfMemoryError: Container killed due to memory usage" : null,
                        stopped ? "UNKNOWN" : "HEALTHY", "rt-" + id, "0", "512")));
    }

    public static ContainerInstance instance(String id, boolean connected) {
        return new ContainerInstance(arn("container-instance", "prod/" + id), "i-0" + id, "ACTIVE", connected, "1.85.0", 3, 0,
                2048, 1024, 4096, 1536, "us-east-1b", Instant.now().minus(Duration.ofDays(3)));
    }

    public static TaskDefinition taskDefinition(String family, int revision, String image, int memory) {
        String arn = arn("task-definition", family + ":" + revision);
        String json = "{\n  \"family\": \"" + family + "\",\n  \"revision\": " + revision + ",\n  \"cpu\": \"256\",\n  \"memory\": \""
                + memory + "\",\n  \"containerDefinitions\": [\n    {\n      \"name\": \"" + family + "\",\n      \"image\": \""
                + image + "\",\n      \"essential\": true\n    }\n  ]\n}";
        return new TaskDefinition(new TaskDefinitionRef(arn, family, revision), "ACTIVE", "256", String.valueOf(memory), "awsvpc",
                List.of("FARGATE"), null, null,
                List.of(new ContainerDefinition(family, image, 256, memory, true, Map.of("LOG_LEVEL", "info"), Map.of(),
                        new ContainerDefinition.AwsLogs("/ecs/" + family, REGION, "ecs"))),
                Instant.now().minus(Duration.ofDays(revision)), json);
    }

    public static List<MetricPoint> series(double base, double swing, int points, Duration step) {
        List<MetricPoint> out = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = points - 1; i >= 0; i--) {
            double v = base + swing * Math.sin(i / 3.0) + (i % 5) * swing / 10;
            out.add(new MetricPoint(now.minus(step.multipliedBy(i)), Math.max(0, Math.min(100, v))));
        }
        return out;
    }

    public static ServiceMetrics metrics(String cluster, String service, double cpu, double memory, Duration window) {
        int points = (int) Math.min(60, window.toMinutes());
        Duration step = window.dividedBy(points);
        return new ServiceMetrics(cluster, service, series(cpu, 8, points, step), series(memory, 4, points, step));
    }

    public static LogLine line(long ts, String taskId, String message, Severity severity) {
        return new LogLine(ts, ts + 100, "ev-" + ts + "-" + taskId + "-" + message.hashCode(), "/ecs/web", "ecs/web/" + taskId,
                taskId, "web", message, severity);
    }

    /** n lines across three tasks, every 10th a WARN and every 50th an ERROR. */
    public static List<LogLine> lines(int n, long startMillis) {
        List<LogLine> out = new ArrayList<>(n);
        String[] tasks = {"a1b2c3d4e5f60718", "b2c3d4e5f6071829", "c3d4e5f607182930"};
        for (int i = 0; i < n; i++) {
            Severity s = i % 50 == 0 ? Severity.ERROR : i % 10 == 0 ? Severity.WARN : Severity.INFO;
            String msg = switch (s) {
                case ERROR -> "ERROR request failed: upstream timeout after 3000 ms (order " + i + ")";
                case WARN -> "WARN slow query took " + (200 + i % 700) + " ms";
                default -> "10.0.0." + (i % 250) + " - - \"GET /api/orders/" + i + " HTTP/1.1\" 200 " + (512 + i % 1000);
            };
            out.add(line(startMillis + i * 10L, tasks[i % 3], msg, s));
        }
        return out;
    }

    /** Pushes the demo world into a fake session: clusters prod and staging, four services in prod. */
    public static void populate(FakeSession s) {
        Instant now = Instant.now();
        s.push("clusters", List.of(cluster("prod", 4, 7), cluster("staging", 2, 2)));
        Service web = steadyService("prod", "web", "web:3", 3);
        Service worker = service("prod", "worker", "worker:7", 3, 1,
                List.of(deployment("ecs-svc/w1", "PRIMARY", "worker:7", 3, 1, "IN_PROGRESS", now.minusSeconds(900))),
                List.of(new ServiceEvent("w2", now.minusSeconds(60), "(service worker) has started 1 tasks: (task 9f8e7d6c5b4a3921)."),
                        new ServiceEvent("w1", now.minusSeconds(120),
                                "(service worker) deployment ecs-svc/w1 deployment failed: tasks failed to start.")));
        Service api = service("prod", "api", "api:12", 2, 2,
                List.of(deployment("ecs-svc/a2", "PRIMARY", "api:12", 2, 1, "IN_PROGRESS", now.minusSeconds(200)),
                        deployment("ecs-svc/a1", "ACTIVE", "api:11", 2, 1, "COMPLETED", now.minus(Duration.ofDays(1)))),
                List.of(new ServiceEvent("a1", now.minusSeconds(200), "(service api) has started 1 tasks: (task 1234abcd5678ef90).")));
        Service batch = steadyService("prod", "batch", "batch:2", 0);
        s.push("services/prod", List.of(new ServiceRow(web.arn(), "web", web), new ServiceRow(worker.arn(), "worker", worker),
                new ServiceRow(api.arn(), "api", api), new ServiceRow(batch.arn(), "batch", batch)));
        for (Service x : List.of(web, worker, api, batch)) {
            s.push("service/prod/" + x.name(), x);
        }
        s.push("tasks/prod/web", List.of(
                task("prod", "web", "a1b2c3d4e5f60718", "web:3", "RUNNING", null, null, now.minus(Duration.ofHours(2))),
                task("prod", "web", "b2c3d4e5f6071829", "web:3", "RUNNING", null, null, now.minus(Duration.ofHours(2))),
                task("prod", "web", "c3d4e5f607182930", "web:3", "RUNNING", null, null, now.minus(Duration.ofMinutes(50)))));
        List<Task> workerTasks = List.of(
                task("prod", "worker", "9f8e7d6c5b4a3921", "worker:7", "RUNNING", null, null, now.minusSeconds(60)),
                task("prod", "worker", "8e7d6c5b4a392110", "worker:7", "STOPPED", 137,
                        "Essential container in task exited", now.minusSeconds(400)),
                task("prod", "worker", "7d6c5b4a39211009", "worker:7", "STOPPED", 1,
                        "Essential container in task exited", now.minusSeconds(700)));
        s.push("tasks/prod/worker", workerTasks);
        s.push("tasks/prod/null", workerTasks);
        s.push("instances/prod", List.of(instance("1a2b3c4d", true), instance("5e6f7a8b", false)));
        s.push("deployments/prod/web", List.of(new ServiceDeployment(arn("service-deployment", "prod/web/d2"), "SUCCESSFUL", null,
                arn("task-definition", "web:3"), arn("task-definition", "web:2"), now.minusSeconds(2400), now.minusSeconds(2390),
                now.minusSeconds(2000), 0, 3, false)));
        s.push("deployments/prod/worker", List.of(new ServiceDeployment(arn("service-deployment", "prod/worker/d9"), "ROLLBACK_FAILED",
                "circuit breaker tripped", arn("task-definition", "worker:7"), arn("task-definition", "worker:6"),
                now.minusSeconds(900), now.minusSeconds(890), now.minusSeconds(300), 3, 3, true)));
        s.push("families", List.of("api", "batch", "web", "worker"));
        List<TaskDefinitionRef> webRevs = List.of(taskDefinition("web", 3, "public.ecr.aws/berth/web:1.3", 512).ref(),
                taskDefinition("web", 2, "public.ecr.aws/berth/web:1.2", 512).ref(),
                taskDefinition("web", 1, "public.ecr.aws/berth/web:1.1", 256).ref());
        s.push("revisions/web", webRevs);
        s.putTaskDefinition(taskDefinition("web", 3, "public.ecr.aws/berth/web:1.3", 512));
        s.putTaskDefinition(taskDefinition("web", 2, "public.ecr.aws/berth/web:1.2", 512));
        s.putTaskDefinition(taskDefinition("web", 1, "public.ecr.aws/berth/web:1.1", 256));
        s.push("triage/null", List.of(
                new Finding("crash:prod/worker", FindingKind.CRASH_LOOP, Severity.ERROR, "prod", "worker", "7d6c5b4a39211009",
                        "worker restarted 3 times in 15 minutes", now.minusSeconds(700),
                        List.of("task 7d6c5b4a39211009 exit 1: Essential container in task exited", "task 8e7d6c5b4a392110 exit 137")),
                new Finding("oom:prod/worker", FindingKind.OOM_KILLED, Severity.ERROR, "prod", "worker", "8e7d6c5b4a392110",
                        "worker task killed for memory", now.minusSeconds(400), List.of("container worker exit 137: OutOfMemoryError")),
                new Finding("below:prod/worker", FindingKind.BELOW_DESIRED, Severity.WARN, "prod", "worker", null,
                        "worker runs 1 of 3", now.minusSeconds(800), List.of("desired 3, running 1, pending 1"))));
        s.answerMetrics(k -> k.services().stream().map(name -> metrics(k.cluster(), name,
                name.equals("worker") ? 88 : name.equals("api") ? 55 : 30, name.equals("worker") ? 91 : 45, k.window())).toList());
    }
}
