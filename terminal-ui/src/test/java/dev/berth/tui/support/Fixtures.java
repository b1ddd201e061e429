package dev.berth.tui.support;

import dev.berth.core.model.Cluster;
import dev.berth.core.model.Container;
import dev.berth.core.model.Deployment;
import dev.berth.core.model.DeploymentSettings;
import dev.berth.core.model.LogLine;
import dev.berth.core.model.NetworkSettings;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.ServiceRow;
import dev.berth.core.model.Severity;
import dev.berth.core.model.Task;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small ECS records for tests, with the account and region of the fake session. */
public final class Fixtures {
    public static final String ACCOUNT = "123456789012";
    public static final String REGION = "us-east-1";

    private Fixtures() {
    }

    public static Cluster cluster(String name, int services, int running) {
        return new Cluster("arn:aws:ecs:" + REGION + ":" + ACCOUNT + ":cluster/" + name, name, "ACTIVE", services, running, 0, 0,
                false, Map.of());
    }

    public static String taskDefArn(String family, int revision) {
        return "arn:aws:ecs:" + REGION + ":" + ACCOUNT + ":task-definition/" + family + ":" + revision;
    }

    public static Service service(String cluster, String name, int desired, int running, String rollout, Instant now) {
        String td = taskDefArn(name, 3);
        Deployment primary = new Deployment("ecs-svc/" + name, "PRIMARY", td, desired, running, 0, 0, rollout, null,
                now.minusSeconds(3600), now.minusSeconds(60));
        List<ServiceEvent> events = List.of(new ServiceEvent(name + "-e1", now.minusSeconds(120),
                "(service " + name + ") has reached a steady state."));
        return new Service("arn:aws:ecs:" + REGION + ":" + ACCOUNT + ":service/" + cluster + "/" + name, name,
                "arn:aws:ecs:" + REGION + ":" + ACCOUNT + ":cluster/" + cluster, "ACTIVE", desired, running, 0, td,
                "FARGATE", List.of(), new DeploymentSettings(100, 200, true, true), List.of(primary), events,
                NetworkSettings.NONE, List.of(), null, "ECS", now.minusSeconds(86_400), Map.of());
    }

    public static ServiceRow row(Service s) {
        return new ServiceRow(s.arn(), s.name(), s);
    }

    public static Task task(String cluster, String service, String id, String status, Integer exitCode, String stopCode,
                            String reason, Instant now) {
        boolean stopped = "STOPPED".equals(status);
        Container c = new Container(service, "public.ecr.aws/demo/" + service + ":1", status, exitCode,
                stopped && exitCode != null && exitCode == 137 ? "OutOfMemoryError: Container killed due to memory usage" : null,
                "HEALTHY", "rt-" + id, "256", "512");
        return new Task("arn:aws:ecs:" + REGION + ":" + ACCOUNT + ":task/" + cluster + "/" + id, id,
                "arn:aws:ecs:" + REGION + ":" + ACCOUNT + ":cluster/" + cluster, taskDefArn(service, 3), "service:" + service,
                "ecs-svc/" + service, status, stopped ? "STOPPED" : "RUNNING", stopped ? "UNKNOWN" : "HEALTHY", "FARGATE", null,
                "us-east-1a", ip(id), null, "256", "512", now.minusSeconds(900), now.minusSeconds(880),
                stopped ? now.minusSeconds(100) : null, stopped ? now.minusSeconds(90) : null, stopCode, reason, List.of(c),
                "eni-0" + id.substring(0, 16), "subnet-0a3f5c1e9b7d24601");
    }

    /** A task's private IP, told apart by its id (targets and Cloud Map instances point at it). */
    public static String ip(String taskId) {
        return "10.0.1." + (10 + Math.floorMod(taskId.hashCode(), 200));
    }

    public static LogLine log(String taskId, String container, long at, String message, Severity severity) {
        return new LogLine(at, at, taskId + "-" + at + "-" + message.hashCode(), "/ecs/demo",
                "ecs/" + container + "/" + taskId, taskId, container, message, severity);
    }
}
