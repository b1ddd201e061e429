package dev.berth.desktop.testing;

import dev.berth.core.model.Alarm;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CostEstimate;
import dev.berth.core.model.Discovery;
import dev.berth.core.model.DiscoveryInstance;
import dev.berth.core.model.DiscoveryNamespace;
import dev.berth.core.model.DiscoveryRegistry;
import dev.berth.core.model.DnsRecord;
import dev.berth.core.model.FargatePrice;
import dev.berth.core.model.HealthCheckSettings;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.LoadBalancing;
import dev.berth.core.model.MountPoint;
import dev.berth.core.model.Rightsizing;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetHealth;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.model.Volume;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What surrounds the fixture world's {@code prod/web}: an ALB whose third target fails its checks, a
 * Cloud Map name with one record left behind by a stopped task, two alarms (one firing), a cost
 * estimate, and a revision with an EFS volume, secrets and a token in its environment.
 */
public final class SurroundingFixtures {
    /** The task id the stale Cloud Map record points at (not among web's tasks). */
    public static final String GONE_TASK = "0ff1ce0ff1ce4711";
    public static final String TOKEN = "tok-3f9a0c1d2e";

    private SurroundingFixtures() {
    }

    /** Pushes web's surroundings into a fake already {@link Fixtures#populate populated}. */
    public static void populate(FakeSession s) {
        List<Task> tasks = s.value("tasks/prod/web");
        s.push("load-balancing/prod/web", loadBalancing(tasks));
        s.push("discovery/prod/web", discovery(tasks));
        s.push("alarms/prod/web", alarms());
        s.push("cost/prod/web", cost());
        s.putTaskDefinition(definition());
    }

    /** The third task's target is unhealthy (502s); the other two are healthy. */
    public static LoadBalancing loadBalancing(List<Task> tasks) {
        String lb = "arn:aws:elasticloadbalancing:us-east-1:" + Fixtures.ACCOUNT + ":loadbalancer/app/prod-web/50dc6c495c0c9188";
        List<TargetHealth> targets = new java.util.ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            boolean bad = i == tasks.size() - 1;
            targets.add(new TargetHealth(t.privateIp(), 8080, t.availabilityZone(), bad ? "unhealthy" : "healthy",
                    bad ? "Target.ResponseCodeMismatch" : null, bad ? "Health checks failed with these codes: [502]" : null, t.id()));
        }
        TargetGroup group = new TargetGroup("arn:aws:elasticloadbalancing:us-east-1:" + Fixtures.ACCOUNT + ":targetgroup/prod-web/abc",
                "prod-web", "HTTP", 8080, "ip", List.of(lb),
                new HealthCheckSettings("HTTP", "traffic-port", "/healthz", 10, 5, 2, 3, "200"), 100, targets);
        return new LoadBalancing("prod", "web", 60, List.of(group), List.of(new LoadBalancer(lb, "prod-web", "application",
                "internet-facing", "prod-web-1234567890.us-east-1.elb.amazonaws.com", "active")));
    }

    public static Discovery discovery(List<Task> tasks) {
        List<DiscoveryInstance> instances = new java.util.ArrayList<>();
        for (Task t : tasks) {
            instances.add(new DiscoveryInstance(t.id(), t.privateIp(), null, t.availabilityZone(), "HEALTHY", t.id(), Map.of()));
        }
        instances.add(new DiscoveryInstance(GONE_TASK, "10.0.1.250", null, "us-east-1a", "HEALTHY", GONE_TASK, Map.of()));
        DiscoveryRegistry web = new DiscoveryRegistry("arn:aws:servicediscovery:us-east-1:" + Fixtures.ACCOUNT + ":service/srv-web",
                "srv-web", "web", new DiscoveryNamespace("ns-1", "arn:ns-1", "prod.internal", "DNS_PRIVATE"), "MULTIVALUE",
                List.of(new DnsRecord("A", 10)), true, instances);
        return new Discovery("prod", "web", List.of(web), Set.copyOf(tasks.stream().map(Task::id).toList()), null);
    }

    public static List<Alarm> alarms() {
        Instant now = Instant.now();
        return List.of(
                new Alarm("prod-web-latency", "arn:alarm:latency", null, "OK", "Threshold Crossed: no datapoints above",
                        now.minusSeconds(3600), "AWS/ApplicationELB", "TargetResponseTime", Map.of("ClusterName", "prod",
                        "ServiceName", "web"), "Average", 1.5, "GreaterThanThreshold", 60, 5),
                new Alarm("prod-web-cpu-high", "arn:alarm:cpu", "CPU of web above 85%", "ALARM",
                        "Threshold Crossed: 3 out of the last 3 datapoints were greater than the threshold (85.0).",
                        now.minusSeconds(240), "AWS/ECS", "CPUUtilization", Map.of("ClusterName", "prod", "ServiceName", "web"),
                        "Average", 85.0, "GreaterThanThreshold", 60, 3));
    }

    public static CostEstimate cost() {
        FargatePrice price = new FargatePrice("us-east-1", 0.04048, 0.004445, 0.01214, 0.001334);
        return new CostEstimate("prod", "web", "us-east-1", true, "Public Fargate price (Linux/x86) of us-east-1.", 256, 512, 3, 1,
                18.02, 2.85, price, "2026-03-01", "https://aws.amazon.com/fargate/pricing/",
                new Rightsizing(24, 12.0, 31.0, 20.0, 26.0, 256, 512, 0.0, Rightsizing.Verdict.FITS,
                        "peaks at 31% CPU and 26% memory of 0.25 vCPU / 0.5 GB over 24 h: the size fits"));
    }

    /** web:3 with an EFS volume, two secrets by reference and a token in its plain environment. */
    public static TaskDefinition definition() {
        TaskDefinition plain = Fixtures.taskDefinition("web", 3, "public.ecr.aws/berth/web:1.3", 512);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LOG_LEVEL", "info");
        env.put("API_TOKEN", TOKEN);
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("DB_PASSWORD", "arn:aws:secretsmanager:us-east-1:" + Fixtures.ACCOUNT + ":secret:prod/web/db-AbC123");
        ContainerDefinition web = new ContainerDefinition("web", "public.ecr.aws/berth/web:1.3", 256, 512, true, env, secrets,
                new ContainerDefinition.AwsLogs("/ecs/web", Fixtures.REGION, "ecs"),
                List.of(new MountPoint("uploads", "/srv/uploads", false)));
        TaskDefinitionRef ref = plain.ref();
        return new TaskDefinition(ref, "ACTIVE", "256", "512", "awsvpc", List.of("FARGATE"),
                "arn:aws:iam::" + Fixtures.ACCOUNT + ":role/ecsTaskExecutionRole", "arn:aws:iam::" + Fixtures.ACCOUNT + ":role/web-task",
                List.of(web), plain.registeredAt(), plain.json(),
                List.of(new Volume("uploads", Volume.Kind.EFS, null,
                        new Volume.Efs("fs-0123456789abcdef0", "/", "fsap-0fedcba987654321", true, true), null)),
                plain.json());
    }
}
