package dev.berth.tui.support;

import dev.berth.core.model.Alarm;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.ContainerInstance;
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
import dev.berth.core.model.SecretNames;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetHealth;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.model.Volume;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What surrounds the fake demo's web service: a target group with one failing target, a Cloud Map record, an alarm, a cost, its task definition. */
public final class Surroundings {
    public static final String WEB_TOKEN = "tok-5f1e2d3c4b5a";
    private static final String ARN = "arn:aws:elasticloadbalancing:" + Fixtures.REGION + ":" + Fixtures.ACCOUNT + ":";

    private Surroundings() {
    }

    /** web's target group: the first task healthy, the second failing its checks with 502s. */
    public static LoadBalancing webBalancing(String healthyTask, String failingTask) {
        String lb = ARN + "loadbalancer/app/demo-web/50dc6c495c0c9188";
        TargetGroup group = new TargetGroup(ARN + "targetgroup/demo-web/73e2d6bc24d8a067", "demo-web", "HTTP", 80, "ip",
                List.of(lb), new HealthCheckSettings("HTTP", "traffic-port", "/healthz", 10, 5, 2, 3, "200"), 100,
                List.of(new TargetHealth(Fixtures.ip(healthyTask), 80, "us-east-1a", "healthy", null, null, healthyTask),
                        new TargetHealth(Fixtures.ip(failingTask), 80, "us-east-1a", "unhealthy", "Target.ResponseCodeMismatch",
                                "Health checks failed with these codes: [502]", failingTask)));
        return new LoadBalancing("demo", "web", 60, List.of(group),
                List.of(new LoadBalancer(lb, "demo-web", "application", "internet-facing", "demo-web-1234.us-east-1.elb.amazonaws.com", "active")));
    }

    /** web.demo.internal with one instance per running task and one left behind by a stopped task. */
    public static Discovery webDiscovery(List<String> running, String stopped) {
        DiscoveryNamespace ns = new DiscoveryNamespace("ns-1", "arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-1",
                "demo.internal", "DNS_PRIVATE");
        List<DiscoveryInstance> instances = new java.util.ArrayList<>();
        for (String id : running) {
            instances.add(new DiscoveryInstance(id, Fixtures.ip(id), null, "us-east-1a", "HEALTHY", id, Map.of()));
        }
        instances.add(new DiscoveryInstance(stopped, Fixtures.ip(stopped), null, "us-east-1a", "HEALTHY", stopped, Map.of()));
        DiscoveryRegistry web = new DiscoveryRegistry("arn:aws:servicediscovery:us-east-1:123456789012:service/srv-web", "srv-web",
                "web", ns, "MULTIVALUE", List.of(new DnsRecord("A", 10)), true, instances);
        return new Discovery("demo", "web", List.of(web), Set.copyOf(running), null);
    }

    public static List<Alarm> webAlarms(Instant now) {
        return List.of(new Alarm("demo-web-cpu-high", "arn:aws:cloudwatch:us-east-1:123456789012:alarm:demo-web-cpu-high",
                "CPU of web above 85% for 3 minutes", "ALARM", "Threshold Crossed: 3 datapoints were greater than the threshold (85.0)",
                now.minusSeconds(240), "AWS/ECS", "CPUUtilization", Map.of("ClusterName", "demo", "ServiceName", "web"), "Average",
                85.0, "GreaterThanThreshold", 60, 3));
    }

    public static CostEstimate webCost() {
        return new CostEstimate("demo", "web", Fixtures.REGION, true, null, 256, 512, 2, 0, 18.02, 0,
                new FargatePrice(Fixtures.REGION, 0.04048, 0.004445, 0.01334, 0.00146), "2026-03-01",
                "https://aws.amazon.com/fargate/pricing/", new Rightsizing(24, 20.0, 54.0, 40.0, 59.0, 256, 512, 0.0,
                Rightsizing.Verdict.FITS, "peaks at 54% CPU and 59% memory of 0.25 vCPU / 0.5 GB over 24 h: the size fits"));
    }

    /** web:3 with an EFS volume, a secret by reference and a token in its plain environment. */
    public static TaskDefinition webDefinition(Instant registered) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", "80");
        env.put("API_TOKEN", WEB_TOKEN);
        ContainerDefinition web = new ContainerDefinition("web", "public.ecr.aws/demo/web:1", 0, null, true, env,
                Map.of("DB_PASSWORD", "arn:aws:secretsmanager:us-east-1:123456789012:secret:demo/web/db-AbC123"),
                new ContainerDefinition.AwsLogs("/ecs/demo/web", "us-east-1", "ecs"),
                List.of(new MountPoint("uploads", "/srv/uploads", false)));
        String json = "{\n  \"family\": \"web\",\n  \"revision\": 3,\n  \"environment\": [{\"name\": \"API_TOKEN\", \"value\": \""
                + WEB_TOKEN + "\"}]\n}";
        return new TaskDefinition(new TaskDefinitionRef(Fixtures.taskDefArn("web", 3), "web", 3), "ACTIVE", "256", "512", "awsvpc",
                List.of("FARGATE"), "arn:aws:iam::123456789012:role/ecsTaskExecutionRole", "arn:aws:iam::123456789012:role/web-task",
                List.of(web), registered, json,
                List.of(new Volume("uploads", Volume.Kind.EFS, null,
                        new Volume.Efs("fs-0123456789abcdef0", "/", "fsap-0fedcba9876543210", true, true), null)),
                json.replace(WEB_TOKEN, SecretNames.MASK));
    }

    /** Four EC2 instances, the last one's agent disconnected. */
    public static List<ContainerInstance> instances(Instant now) {
        List<ContainerInstance> out = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            out.add(new ContainerInstance("arn:aws:ecs:us-east-1:123456789012:container-instance/batch/ci" + i,
                    "i-0" + i + "a1b2c3d4e5f6071", "ACTIVE", i != 3, "1.86.3", 1, 0, 2048, 1536, 7680, 6144,
                    "us-east-1" + (char) ('a' + i % 3), now.minusSeconds(3600)));
        }
        return out;
    }
}
