package dev.berth.sandbox.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.ecs.EcsState;
import dev.berth.sandbox.sim.Region;
import dev.berth.sandbox.wire.JsonCodec;
import java.util.List;
import java.util.Map;

/**
 * The demo account: three clusters with the faults incident triage is for.
 *
 * <p>{@code prod} (Fargate, Container Insights) runs a healthy web front behind an internet-facing
 * ALB, JSON APIs, a hot search API whose CPU alarm is in ALARM, a checkout API that target tracking
 * scales (on FARGATE with a Spot share, with Service Connect), a worker that crash-loops, a payments
 * API (EFS receipts, secrets from Secrets Manager and SSM, and a token in a plain environment
 * variable) whose next revision fails its deployment a minute after start and is rolled back by the
 * circuit breaker (UpdateService to {@code payments-api:2} repeats it), a catalog API behind an
 * internal ALB whose health checks answer 502 so ECS keeps replacing its tasks, and a storefront
 * deployed blue/green by an outside tool (EXTERNAL controller: two task sets, traffic split 90/10).
 * Orders, payments and catalog register in Cloud Map ({@code prod.internal}); one orders record
 * still points at a task an operator stopped (its deregistration was lost).
 *
 * <p>{@code staging} runs its web front on Fargate Spot (one task interrupted eight minutes in),
 * has an image that cannot be pulled and an API that runs out of memory now and then.
 * {@code batch-ec2} runs workers (bind mount and Docker volume) on four EC2 instances, one of whose
 * agents is disconnected. The account is built twenty sandbox minutes in the past and lived through
 * to now, so it starts with stopped tasks, events and logs, and three hours of metrics.
 */
final class DemoScenario implements Scenario {
    private static final long HISTORY_MILLIS = 20 * 60_000L;
    private static final long METRICS_MILLIS = 3 * 60 * 60_000L;
    /** When, after start, the payments deployment that fails begins. */
    private static final long BAD_DEPLOYMENT_AFTER_MILLIS = 60_000L;
    private static final long LOST_DEREGISTRATION_AT = 5 * 60_000L;
    private static final long SPOT_INTERRUPTION_AT = 8 * 60_000L;
    private static final List<String> PROD_SUBNETS = List.of("subnet-0a3f5c1e9b7d24601", "subnet-0b8e2d4f6a1c35702",
            "subnet-0c5d7e9f1b3a46803");
    private static final List<String> STAGING_SUBNETS = List.of("subnet-0d2c4e6a8b0f13904", "subnet-0e7b9d1f3c5a24a05");

    @Override
    public void build(Region region) {
        EcsState ecs = region.ecs();
        LocalCalls calls = new LocalCalls(region);
        long now = ecs.now();
        long start = now - HISTORY_MILLIS;
        ecs.simulate(start, now, () -> {
            populate(calls);
            ecs.schedule(start + LOST_DEREGISTRATION_AT, () -> loseDeregistration(calls));
            ecs.schedule(start + SPOT_INTERRUPTION_AT, () -> ecs.interruptSpot("staging", "web"));
            ecs.backfillMetrics(now - METRICS_MILLIS, start);
        });
        ecs.schedule(now + BAD_DEPLOYMENT_AFTER_MILLIS, () -> calls.ecs("UpdateService",
                "{\"cluster\": \"prod\", \"service\": \"payments-api\", \"taskDefinition\": \"payments-api:2\"}"));
    }

    private static void populate(LocalCalls calls) {
        Region region = calls.region();
        String account = region.account();
        String ecr = account + ".dkr.ecr." + region.name() + ".amazonaws.com/";

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
        List<String> instances = region.ecs().registerContainerInstances("batch-ec2", "m5.large", 2048, 7680, 4);

        DemoEdges edges = new DemoEdges(calls, "vpc-0f1e2d3c4b5a69788");
        String prodGroup = ServiceSpec.securityGroup("prod");
        String publicAlb = edges.loadBalancer("prod-web", "internet-facing", PROD_SUBNETS, prodGroup);
        String internalAlb = edges.loadBalancer("prod-internal", "internal", PROD_SUBNETS, prodGroup);
        String webGroup = edges.targetGroup("prod-web", 80, "/healthz");
        String catalogGroup = edges.targetGroup("prod-catalog", 8080, "/health");
        String blueGroup = edges.targetGroup("prod-storefront-blue", 8080, "/health");
        String greenGroup = edges.targetGroup("prod-storefront-green", 8080, "/health");
        edges.listener(publicAlb, 80, webGroup, 1);
        edges.listener(publicAlb, 8080, blueGroup, 90, greenGroup, 10);
        edges.listener(internalAlb, 8080, catalogGroup, 1);
        edges.namespace("prod.internal");
        String ordersRegistry = edges.registry("orders", "A", 10);
        String paymentsRegistry = edges.registry("payments", "SRV", 60);
        String catalogRegistry = edges.registry("catalog", "A", 10);

        ObjectNode web = service("prod", "web", 3, PROD_SUBNETS, true, "frontend", "prod");
        balance(web, webGroup, "web", 80, 30);
        deploy(calls, fargate("web", "public.ecr.aws/nginx/nginx:1.27", 256, 512, 80, "/ecs/prod/web",
                Map.of("sandbox.cpu", "22", "sandbox.logs", "access")), web);

        ObjectNode orders = service("prod", "orders-api", 2, PROD_SUBNETS, true, "orders", "prod");
        orders.putArray("serviceRegistries").addObject().put("registryArn", ordersRegistry);
        deploy(calls, fargate("orders-api", ecr + "orders-api:1.14.2", 512, 1024, 8080, "/ecs/prod/orders-api",
                Map.of("sandbox.cpu", "35")), orders);

        AppSpec payments = fargate("payments-api", ecr + "payments-api:3.2.0", 512, 1024, 8080, "/ecs/prod/payments-api",
                Map.of("sandbox.cpu", "30"));
        ObjectNode paymentsService = service("prod", "payments-api", 2, PROD_SUBNETS, true, "payments", "prod");
        paymentsService.putArray("serviceRegistries").addObject().put("registryArn", paymentsRegistry)
                .put("containerName", "payments-api").put("containerPort", 8080);
        calls.ecs("RegisterTaskDefinition", withStorageAndSecrets(payments.register(account, region.name()), region));
        calls.ecs("CreateService", paymentsService);
        calls.ecs("RegisterTaskDefinition", withStorageAndSecrets(payments.withImage(ecr + "payments-api:3.3.0-rc1",
                Map.of("sandbox.behaviour", "crash-on-start")).register(account, region.name()), region));

        deploy(calls, fargate("search-api", ecr + "search-api:5.0.4", 1024, 2048, 8080, "/ecs/prod/search-api",
                Map.of("sandbox.cpu", "91", "sandbox.cpu-wave", "0.04", "sandbox.error-rate", "0.04")),
                service("prod", "search-api", 2, PROD_SUBNETS, true, "search", "prod"));

        ObjectNode checkout = service("prod", "checkout-api", 2, PROD_SUBNETS, true, "checkout", "prod");
        checkout.remove("launchType");
        ArrayNode strategy = checkout.putArray("capacityProviderStrategy");
        strategy.addObject().put("capacityProvider", "FARGATE").put("weight", 1).put("base", 1);
        strategy.addObject().put("capacityProvider", "FARGATE_SPOT").put("weight", 2);
        ObjectNode connect = checkout.putObject("serviceConnectConfiguration").put("enabled", true).put("namespace", "prod.internal");
        connect.putArray("services").addObject().put("portName", "http").put("discoveryName", "checkout")
                .putArray("clientAliases").addObject().put("port", 8080).put("dnsName", "checkout.prod.internal");
        deploy(calls, fargate("checkout-api", ecr + "checkout-api:2.7.1", 512, 1024, 8080, "/ecs/prod/checkout-api",
                Map.of("sandbox.cpu", "72", "sandbox.cpu-wave", "0.3")), checkout);

        deploy(calls, fargate("notifications-worker", ecr + "notifications-worker:1.3.0", 256, 512, 0,
                "/ecs/prod/notifications-worker", Map.of("sandbox.behaviour", "crash-on-start", "sandbox.logs", "text")),
                service("prod", "notifications-worker", 1, PROD_SUBNETS, false, "platform", "prod"));

        ObjectNode catalog = service("prod", "catalog-api", 2, PROD_SUBNETS, false, "catalog", "prod");
        // Checks fail from the first (unhealthy after three, 30 s); ECS replaces a task only once its
        // five-minute grace period is over, so the catalog's targets are unhealthy most of the time.
        balance(catalog, catalogGroup, "catalog-api", 8080, 300);
        catalog.putArray("serviceRegistries").addObject().put("registryArn", catalogRegistry);
        deploy(calls, fargate("catalog-api", ecr + "catalog-api:4.2.0", 512, 1024, 8080, "/ecs/prod/catalog-api",
                Map.of("sandbox.cpu", "25", "sandbox.health-check", "http-502")), catalog);

        storefront(calls, ecr, blueGroup, greenGroup);

        deploy(calls, fargate("staging-web", "public.ecr.aws/nginx/nginx:1.27", 256, 512, 80, "/ecs/staging/web",
                Map.of("sandbox.cpu", "6", "sandbox.logs", "access")),
                new ServiceSpec("staging", "web", "staging-web", 1, true, true, STAGING_SUBNETS, false, "frontend", "staging").create());
        deploy(calls, fargate("reports-api", ecr + "reports-api:2.0.0-rc3", 512, 1024, 8080, "/ecs/staging/reports-api",
                Map.of("sandbox.behaviour", "pull-error")),
                service("staging", "reports-api", 1, STAGING_SUBNETS, false, "data", "staging"));
        deploy(calls, fargate("staging-orders-api", ecr + "orders-api:1.15.0-beta2", 512, 1024, 8080,
                "/ecs/staging/orders-api", Map.of("sandbox.behaviour", "oom", "sandbox.memory", "62", "sandbox.lifetime", "240-600")),
                new ServiceSpec("staging", "orders-api", "staging-orders-api", 2, true, false, STAGING_SUBNETS, false, "orders",
                        "staging").create());

        AppSpec etl = new AppSpec("etl-worker", ecr + "etl-worker:4.1.0", 512, 1536, 0, false, "/ecs/batch/etl-worker",
                Map.of("sandbox.cpu", "55", "sandbox.logs", "text"));
        calls.ecs("RegisterTaskDefinition", withHostVolumes(etl.register(account, region.name())));
        calls.ecs("CreateService", new ServiceSpec("batch-ec2", "etl-worker", "etl-worker", 3, false, false, List.of(), false,
                "data", "prod").create());
        deploy(calls, new AppSpec("ledger-sync", ecr + "ledger-sync:0.9.7", 256, 512, 8080, false, "/ecs/batch/ledger-sync",
                Map.of("sandbox.cpu", "12")),
                new ServiceSpec("batch-ec2", "ledger-sync", "ledger-sync", 1, false, false, List.of(), false, "finance", "prod").create());
        region.ecs().disconnectAgent("batch-ec2", instances.get(instances.size() - 1));

        calls.scaling("RegisterScalableTarget", """
                {"ServiceNamespace": "ecs", "ResourceId": "service/prod/checkout-api",
                 "ScalableDimension": "ecs:service:DesiredCount", "MinCapacity": 2, "MaxCapacity": 8}""");
        calls.scaling("PutScalingPolicy", """
                {"PolicyName": "checkout-api-cpu-target", "ServiceNamespace": "ecs", "ResourceId": "service/prod/checkout-api",
                 "ScalableDimension": "ecs:service:DesiredCount", "PolicyType": "TargetTrackingScaling",
                 "TargetTrackingScalingPolicyConfiguration": {"TargetValue": 50.0,
                   "PredefinedMetricSpecification": {"PredefinedMetricType": "ECSServiceAverageCPUUtilization"},
                   "ScaleOutCooldown": 120, "ScaleInCooldown": 300}}""");

        edges.serviceAlarm("prod", "search-api", "CPUUtilization", 80);
        edges.serviceAlarm("prod", "web", "CPUUtilization", 85);
        edges.serviceAlarm("prod", "orders-api", "MemoryUtilization", 90);
    }

    /**
     * The storefront, deployed blue/green by an outside tool: revision 1 (blue, primary) and
     * revision 2 (green) each at full scale behind their own target group; the listener sends 90%
     * of the traffic to blue.
     */
    private static void storefront(LocalCalls calls, String ecr, String blueGroup, String greenGroup) {
        Region region = calls.region();
        AppSpec blue = fargate("storefront", ecr + "storefront:7.3.0", 512, 1024, 8080, "/ecs/prod/storefront",
                Map.of("sandbox.cpu", "28"));
        calls.ecs("RegisterTaskDefinition", blue.register(region.account(), region.name()));
        calls.ecs("RegisterTaskDefinition", blue.withImage(ecr + "storefront:7.4.0", Map.of("sandbox.cpu", "31"))
                .register(region.account(), region.name()));
        ObjectNode service = service("prod", "storefront", 2, PROD_SUBNETS, false, "storefront", "prod");
        service.remove("taskDefinition");
        service.remove("deploymentConfiguration");
        service.putObject("deploymentController").put("type", "EXTERNAL");
        calls.ecs("CreateService", service);
        String blueSet = taskSet(calls, "storefront:1", blueGroup, "blue-7.3.0");
        taskSet(calls, "storefront:2", greenGroup, "green-7.4.0");
        calls.ecs("UpdateServicePrimaryTaskSet", "{\"cluster\": \"prod\", \"service\": \"storefront\", \"primaryTaskSet\": \""
                + blueSet + "\"}");
    }

    private static String taskSet(LocalCalls calls, String revision, String targetGroup, String externalId) {
        ObjectNode req = JsonCodec.MAPPER.createObjectNode()
                .put("cluster", "prod").put("service", "storefront").put("taskDefinition", revision).put("externalId", externalId)
                .put("launchType", "FARGATE");
        networkOf(req, PROD_SUBNETS, ServiceSpec.securityGroup("prod"));
        req.putArray("loadBalancers").addObject().put("targetGroupArn", targetGroup).put("containerName", "storefront")
                .put("containerPort", 8080);
        req.putObject("scale").put("value", 100.0).put("unit", "PERCENT");
        return calls.ecs("CreateTaskSet", req).get("taskSet").get("id").asText();
    }

    /**
     * Five minutes in, an operator stops one orders task; ECS replaces it, but the instance of the
     * stopped task comes back into Cloud Map (as a stale sidecar would re-register it), so
     * {@code orders.prod.internal} still answers an address nothing listens on.
     */
    private static void loseDeregistration(LocalCalls calls) {
        JsonNode running = calls.ecs("ListTasks", "{\"cluster\": \"prod\", \"serviceName\": \"orders-api\"}").get("taskArns");
        if (running.isEmpty()) {
            return;
        }
        JsonNode task = calls.ecs("StopTask", "{\"cluster\": \"prod\", \"task\": \"" + running.get(0).asText()
                + "\", \"reason\": \"Moved off a noisy host by on-call\"}").get("task");
        String ip = null;
        for (JsonNode detail : task.path("attachments").path(0).path("details")) {
            if (detail.path("name").asText().equals("privateIPv4Address")) {
                ip = detail.path("value").asText();
            }
        }
        JsonNode registry = calls.discovery("ListServices", "{}").get("Services");
        for (JsonNode s : registry) {
            if (s.get("Name").asText().equals("orders") && ip != null) {
                String id = task.get("taskArn").asText().substring(task.get("taskArn").asText().lastIndexOf('/') + 1);
                calls.discovery("RegisterInstance", "{\"ServiceId\": \"" + s.get("Id").asText() + "\", \"InstanceId\": \"" + id
                        + "\", \"Attributes\": {\"AWS_INSTANCE_IPV4\": \"" + ip + "\", \"AVAILABILITY_ZONE\": \""
                        + task.get("availabilityZone").asText() + "\", \"AWS_INIT_HEALTH_STATUS\": \"HEALTHY\", "
                        + "\"ECS_CLUSTER_NAME\": \"prod\", \"ECS_SERVICE_NAME\": \"orders-api\"}}");
            }
        }
    }

    /** Payments keeps receipts on EFS (access point, TLS, IAM), reads two secrets, and has a token in its environment. */
    private static ObjectNode withStorageAndSecrets(ObjectNode definition, Region region) {
        String prefix = region.name() + ":" + region.account();
        ArrayNode volumes = definition.putArray("volumes");
        ObjectNode efs = volumes.addObject().put("name", "receipts").putObject("efsVolumeConfiguration")
                .put("fileSystemId", "fs-0a1b2c3d4e5f60718").put("rootDirectory", "/").put("transitEncryption", "ENABLED");
        efs.putObject("authorizationConfig").put("accessPointId", "fsap-0123456789abcdef0").put("iam", "ENABLED");
        volumes.addObject().put("name", "scratch").putObject("host");
        ObjectNode container = (ObjectNode) definition.get("containerDefinitions").get(0);
        ArrayNode mounts = container.putArray("mountPoints");
        mounts.addObject().put("sourceVolume", "receipts").put("containerPath", "/var/lib/payments/receipts").put("readOnly", false);
        mounts.addObject().put("sourceVolume", "scratch").put("containerPath", "/tmp/scratch").put("readOnly", false);
        ArrayNode secrets = container.putArray("secrets");
        secrets.addObject().put("name", "DB_PASSWORD").put("valueFrom", "arn:aws:secretsmanager:" + prefix
                + ":secret:prod/payments/db-Xy9Zq1");
        secrets.addObject().put("name", "STRIPE_API_KEY").put("valueFrom", "arn:aws:ssm:" + prefix
                + ":parameter/prod/payments/stripe-key");
        ArrayNode env = (ArrayNode) container.get("environment");
        env.addObject().put("name", "PAYMENTS_API_TOKEN").put("value", "sandbox-token-0f3c9a7e51d2");
        env.addObject().put("name", "LEDGER_URL").put("value", "http://ledger-sync.batch.internal:8080");
        return definition;
    }

    /** The ETL worker has a bind mount for scratch space and a shared Docker volume for its cache. */
    private static ObjectNode withHostVolumes(ObjectNode definition) {
        ArrayNode volumes = definition.putArray("volumes");
        volumes.addObject().put("name", "scratch").putObject("host").put("sourcePath", "/mnt/scratch");
        volumes.addObject().put("name", "cache").putObject("dockerVolumeConfiguration").put("scope", "shared")
                .put("autoprovision", true).put("driver", "local");
        ArrayNode mounts = ((ObjectNode) definition.get("containerDefinitions").get(0)).putArray("mountPoints");
        mounts.addObject().put("sourceVolume", "scratch").put("containerPath", "/scratch").put("readOnly", false);
        mounts.addObject().put("sourceVolume", "cache").put("containerPath", "/var/cache/etl").put("readOnly", false);
        return definition;
    }

    private static ObjectNode service(String cluster, String name, int desired, List<String> subnets, boolean breaker,
                                      String team, String env) {
        return new ServiceSpec(cluster, name, name, desired, true, false, subnets, breaker, team, env).create();
    }

    private static void balance(ObjectNode service, String targetGroup, String container, int port, int graceSeconds) {
        service.putArray("loadBalancers").addObject().put("targetGroupArn", targetGroup).put("containerName", container)
                .put("containerPort", port);
        service.put("healthCheckGracePeriodSeconds", graceSeconds);
    }

    private static void networkOf(ObjectNode req, List<String> subnets, String securityGroup) {
        ObjectNode vpc = req.putObject("networkConfiguration").putObject("awsvpcConfiguration");
        subnets.forEach(vpc.putArray("subnets")::add);
        vpc.putArray("securityGroups").add(securityGroup);
        vpc.put("assignPublicIp", "DISABLED");
    }

    private static AppSpec fargate(String family, String image, int cpu, int memory, int port, String logGroup,
                                   Map<String, String> labels) {
        return new AppSpec(family, image, cpu, memory, port, true, logGroup, labels);
    }

    private static void deploy(LocalCalls calls, AppSpec app, ObjectNode service) {
        calls.ecs("RegisterTaskDefinition", app.register(calls.region().account(), calls.region().name()));
        calls.ecs("CreateService", service);
    }
}
