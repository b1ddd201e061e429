package dev.berth.sandbox.scenario;

import dev.berth.sandbox.ecs.EcsState;
import dev.berth.sandbox.sim.Region;
import java.util.List;
import java.util.Map;

/**
 * The demo account: three clusters with the faults incident triage is for. {@code prod} (Fargate,
 * Container Insights) runs a healthy web front, JSON APIs, a hot search API, a checkout API that
 * target tracking scales, a worker that crash-loops, and a payments API whose next revision fails
 * its deployment a minute after start and is rolled back by the circuit breaker (UpdateService to
 * {@code payments-api:2} repeats it). {@code staging} runs its web front on Fargate Spot, has an image
 * that cannot be pulled and an API that runs out of memory now and then. {@code batch-ec2} runs workers on three EC2 instances. The
 * account is built twenty sandbox minutes in the past and lived through to now, so it starts with
 * stopped tasks, events and logs, and three hours of metrics.
 */
final class DemoScenario implements Scenario {
    private static final long HISTORY_MILLIS = 20 * 60_000L;
    private static final long METRICS_MILLIS = 3 * 60 * 60_000L;
    /** When, after start, the payments deployment that fails begins. */
    private static final long BAD_DEPLOYMENT_AFTER_MILLIS = 60_000L;

    @Override
    public void build(Region region) {
        EcsState ecs = region.ecs();
        LocalCalls calls = new LocalCalls(region);
        long now = ecs.now();
        long start = now - HISTORY_MILLIS;
        ecs.simulate(start, now, () -> {
            populate(calls);
            ecs.backfillMetrics(now - METRICS_MILLIS, start);
        });
        ecs.schedule(now + BAD_DEPLOYMENT_AFTER_MILLIS, () -> calls.ecs("UpdateService",
                "{\"cluster\": \"prod\", \"service\": \"payments-api\", \"taskDefinition\": \"payments-api:2\"}"));
    }

    private static void populate(LocalCalls calls) {
        Region region = calls.region();
        String account = region.account();
        String ecr = account + ".dkr.ecr." + region.name() + ".amazonaws.com/";
        List<String> prodSubnets = List.of("subnet-0a3f5c1e9b7d24601", "subnet-0b8e2d4f6a1c35702", "subnet-0c5d7e9f1b3a46803");
        List<String> stagingSubnets = List.of("subnet-0d2c4e6a8b0f13904", "subnet-0e7b9d1f3c5a24a05");

        calls.ecs("CreateCluster", """
                {"clusterName": "prod", "settings": [{"name": "containerInsights", "value": "enabled"}],
                 "capacityProviders": ["FARGATE", "FARGATE_SPOT"],
                 "defaultCapacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1, "base": 0}],
                 "tags": [{"key": "env", "value": "prod"}]}""");
        calls.ecs("CreateCluster", """
                {"clusterName": "staging", "capacityProviders": ["FARGATE", "FARGATE_SPOT"],
                 "tags": [{"key": "env", "value": "staging"}]}""");
        calls.ecs("CreateCluster", """
                {"clusterName": "batch-ec2", "tags": [{"key": "env", "value": "prod"}, {"key": "team", "value": "data"}]}""");
        region.ecs().registerContainerInstances("batch-ec2", "m5.large", 2048, 7680, 3);

        String targetGroup = region.arn("elasticloadbalancing", "targetgroup/prod-web/6d0ecf831eec9f09");
        AppSpec payments = fargate("payments-api", ecr + "payments-api:3.2.0", 512, 1024, 8080, "/ecs/prod/payments-api",
                Map.of("sandbox.cpu", "30"));
        deploy(calls, fargate("web", "public.ecr.aws/nginx/nginx:1.27", 256, 512, 80, "/ecs/prod/web",
                Map.of("sandbox.cpu", "22", "sandbox.logs", "access")),
                new ServiceSpec("prod", "web", "web", 3, true, false, prodSubnets, true, "frontend", "prod", targetGroup));
        deploy(calls, fargate("orders-api", ecr + "orders-api:1.14.2", 512, 1024, 8080, "/ecs/prod/orders-api",
                Map.of("sandbox.cpu", "35")),
                new ServiceSpec("prod", "orders-api", "orders-api", 2, true, false, prodSubnets, true, "orders", "prod", null));
        deploy(calls, payments, new ServiceSpec("prod", "payments-api", "payments-api", 2, true, false, prodSubnets, true,
                "payments", "prod", null));
        calls.ecs("RegisterTaskDefinition", payments.withImage(ecr + "payments-api:3.3.0-rc1",
                Map.of("sandbox.behaviour", "crash-on-start")).register(account, region.name()));
        deploy(calls, fargate("search-api", ecr + "search-api:5.0.4", 1024, 2048, 8080, "/ecs/prod/search-api",
                Map.of("sandbox.cpu", "91", "sandbox.cpu-wave", "0.04", "sandbox.error-rate", "0.04")),
                new ServiceSpec("prod", "search-api", "search-api", 2, true, false, prodSubnets, true, "search", "prod", null));
        deploy(calls, fargate("checkout-api", ecr + "checkout-api:2.7.1", 512, 1024, 8080, "/ecs/prod/checkout-api",
                Map.of("sandbox.cpu", "72", "sandbox.cpu-wave", "0.3")),
                new ServiceSpec("prod", "checkout-api", "checkout-api", 2, true, false, prodSubnets, true, "checkout", "prod", null));
        deploy(calls, fargate("notifications-worker", ecr + "notifications-worker:1.3.0", 256, 512, 0,
                "/ecs/prod/notifications-worker", Map.of("sandbox.behaviour", "crash-on-start", "sandbox.logs", "text")),
                new ServiceSpec("prod", "notifications-worker", "notifications-worker", 1, true, false, prodSubnets, false,
                        "platform", "prod", null));

        deploy(calls, fargate("staging-web", "public.ecr.aws/nginx/nginx:1.27", 256, 512, 80, "/ecs/staging/web",
                Map.of("sandbox.cpu", "6", "sandbox.logs", "access")),
                new ServiceSpec("staging", "web", "staging-web", 1, true, true, stagingSubnets, false, "frontend", "staging", null));
        deploy(calls, fargate("reports-api", ecr + "reports-api:2.0.0-rc3", 512, 1024, 8080, "/ecs/staging/reports-api",
                Map.of("sandbox.behaviour", "pull-error")),
                new ServiceSpec("staging", "reports-api", "reports-api", 1, true, false, stagingSubnets, false, "data", "staging", null));
        deploy(calls, fargate("staging-orders-api", ecr + "orders-api:1.15.0-beta2", 512, 1024, 8080,
                "/ecs/staging/orders-api", Map.of("sandbox.behaviour", "oom", "sandbox.memory", "62", "sandbox.lifetime", "240-600")),
                new ServiceSpec("staging", "orders-api", "staging-orders-api", 2, true, false, stagingSubnets, false, "orders",
                        "staging", null));

        deploy(calls, new AppSpec("etl-worker", ecr + "etl-worker:4.1.0", 512, 1536, 0, false, "/ecs/batch/etl-worker",
                Map.of("sandbox.cpu", "55", "sandbox.logs", "text")),
                new ServiceSpec("batch-ec2", "etl-worker", "etl-worker", 3, false, false, List.of(), false, "data", "prod", null));
        deploy(calls, new AppSpec("ledger-sync", ecr + "ledger-sync:0.9.7", 256, 512, 8080, false, "/ecs/batch/ledger-sync",
                Map.of("sandbox.cpu", "12")),
                new ServiceSpec("batch-ec2", "ledger-sync", "ledger-sync", 1, false, false, List.of(), false, "finance", "prod", null));

        calls.scaling("RegisterScalableTarget", """
                {"ServiceNamespace": "ecs", "ResourceId": "service/prod/checkout-api",
                 "ScalableDimension": "ecs:service:DesiredCount", "MinCapacity": 2, "MaxCapacity": 8}""");
        calls.scaling("PutScalingPolicy", """
                {"PolicyName": "checkout-api-cpu-target", "ServiceNamespace": "ecs", "ResourceId": "service/prod/checkout-api",
                 "ScalableDimension": "ecs:service:DesiredCount", "PolicyType": "TargetTrackingScaling",
                 "TargetTrackingScalingPolicyConfiguration": {"TargetValue": 50.0,
                   "PredefinedMetricSpecification": {"PredefinedMetricType": "ECSServiceAverageCPUUtilization"},
                   "ScaleOutCooldown": 120, "ScaleInCooldown": 300}}""");
    }

    private static AppSpec fargate(String family, String image, int cpu, int memory, int port, String logGroup,
                                   Map<String, String> labels) {
        return new AppSpec(family, image, cpu, memory, port, true, logGroup, labels);
    }

    private static void deploy(LocalCalls calls, AppSpec app, ServiceSpec service) {
        calls.ecs("RegisterTaskDefinition", app.register(calls.region().account(), calls.region().name()));
        calls.ecs("CreateService", service.create());
    }
}
